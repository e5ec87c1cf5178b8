// Where each member of a map is drawn, computed in a Web Worker (one for the app, started on first
// use) so the screen never freezes on a large map. The same map always lays out the same way; the
// last few layouts are remembered, keyed by what the layout reads (members and ties, not names).
// Types only: the layout's code (and its graph library) lives in the worker, never in a screen's chunk.
import type { LayoutInput, MapLayout } from '../core/network-layout';
import type { NetworkMap } from '../core/network-map';

type Reply = { id: number; layout: MapLayout } | { id: number; error: string };

let worker: Worker | null = null;
let nextId = 0;
const waiting = new Map<number, { resolve: (l: MapLayout) => void; reject: (e: Error) => void }>();
const remembered = new Map<string, Promise<MapLayout>>();
const REMEMBER = 4;

function startWorker(): Worker {
  const w = new Worker(new URL('./map-layout.worker.ts', import.meta.url), { type: 'module' });
  w.onmessage = (event: MessageEvent<Reply>) => {
    const reply = event.data;
    const job = waiting.get(reply.id);
    waiting.delete(reply.id);
    if (!job) return;
    if ('layout' in reply) job.resolve(reply.layout);
    else job.reject(new Error(reply.error));
  };
  w.onerror = (event) => {
    for (const job of waiting.values()) job.reject(new Error(event.message || 'the layout worker failed'));
    waiting.clear();
    worker = null;
  };
  return w;
}

function inWorker(input: LayoutInput): Promise<MapLayout> {
  // Under Vitest (jsdom has no Worker) the layout runs in place; the build never contains this branch.
  if (import.meta.env.MODE === 'test') return import('../core/network-layout').then((m) => m.layoutNetworkMap(input));
  worker ??= startWorker();
  const id = (nextId += 1);
  const w = worker;
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    w.postMessage({ id, input });
  });
}

/** The map's layout; the same members and ties give the same (remembered) promise. */
export function layoutMap(map: Pick<NetworkMap, 'members' | 'ties'>): Promise<MapLayout> {
  // What core's layoutInput() sends, built here so this module does not load the layout's code.
  const input: LayoutInput = {
    members: map.members.map((m) => ({ id: m.id })),
    ties: map.ties.map((t) => ({ from: t.from, to: t.to, kinds: t.kinds })),
  };
  const key = JSON.stringify(input);
  const known = remembered.get(key);
  if (known) return known;
  const promise = inWorker(input);
  promise.catch(() => remembered.delete(key));
  remembered.set(key, promise);
  if (remembered.size > REMEMBER) remembered.delete(remembered.keys().next().value!);
  return promise;
}

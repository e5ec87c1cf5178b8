// Hands camera frames to the decoder worker one at a time and gets their codes back. Every browser
// with a camera API has module workers; one that cannot start the worker says so (onFailure), and
// the scanner closes with a plain message rather than freezing the page with a second copy of the
// decoder on its own thread.
import type { Pixels } from './decode-frame';
import type { FrameRequest, FrameResult } from './scan-worker';

export interface FrameDecoder {
  decode(frame: Pixels): Promise<{ texts: string[]; ms: number }>;
  close(): void;
}

/** Throws when the browser cannot make the worker at all. */
export function createFrameDecoder(onFailure: () => void): FrameDecoder {
  const worker = new Worker(new URL('./scan-worker.ts', import.meta.url), { type: 'module' });
  let nextId = 0;
  const waiting = new Map<number, (result: FrameResult) => void>();
  worker.addEventListener('message', (e: MessageEvent<FrameResult>) => {
    waiting.get(e.data.id)?.(e.data);
    waiting.delete(e.data.id);
  });
  // A worker that cannot start (blocked, or its script missing): nothing will ever answer.
  worker.addEventListener('error', () => {
    for (const resolve of waiting.values()) resolve({ id: -1, texts: [], ms: 0 });
    waiting.clear();
    onFailure();
  });
  return {
    decode: (frame) => {
      const id = nextId++;
      const pixels = frame.data.buffer as ArrayBuffer;
      const request: FrameRequest = { id, width: frame.width, height: frame.height, pixels };
      return new Promise((resolve) => {
        waiting.set(id, (r) => resolve({ texts: r.texts, ms: r.ms }));
        worker.postMessage(request, [pixels]);
      });
    },
    close: () => {
      worker.terminate();
      for (const resolve of waiting.values()) resolve({ id: -1, texts: [], ms: 0 });
      waiting.clear();
    },
  };
}

// A Worker for jsdom, which has none: it runs the same core function the app's worker file runs,
// in this thread, and passes messages through structuredClone as a real worker would. Only the
// transport is stood in for; the check or the parse is the real one.
import { parseFileOfKind } from '../../src/core/parse-file';
import type { ParseRequest } from '../../src/core/parse-file';
import { answerRubricCheck } from '../../src/features/home/rubric-check-request';
import type { RubricCheckRequest } from '../../src/features/home/rubric-check-request';

/** What each of the app's worker files does with a message, by the file's name. */
const WORKERS: Record<string, (data: unknown) => unknown> = {
  'rubric-check-worker': (data) => answerRubricCheck(data as RubricCheckRequest),
  'parse-file.worker': (data) => parseFileOfKind(data as ParseRequest),
};

export class InProcessWorker {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  readonly #run: (data: unknown) => unknown;
  #ended = false;

  constructor(url: string | URL) {
    const name = Object.keys(WORKERS).find((key) => String(url).includes(key));
    if (!name) throw new Error(`No in-process stand-in for the worker ${String(url)}`);
    this.#run = WORKERS[name]!;
  }

  postMessage(data: unknown): void {
    const copy = structuredClone(data);
    setTimeout(() => {
      if (this.#ended) return;
      const answer = structuredClone(this.#run(copy));
      this.onmessage?.(new MessageEvent('message', { data: answer }));
    }, 0);
  }

  terminate(): void {
    this.#ended = true;
  }
}

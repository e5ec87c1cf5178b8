// The decoder off the page's thread: a frame can take 20–200 ms to search, which would stall the
// camera preview. Receives RGBA pixels (transferred, not copied) and answers with the codes read.
import { decodeFrame } from './decode-frame';

export interface FrameRequest {
  id: number;
  width: number;
  height: number;
  pixels: ArrayBuffer;
}

export interface FrameResult {
  id: number;
  texts: string[];
  /** Time spent decoding, for the bench and for pacing the camera loop. */
  ms: number;
}

// A module worker's global scope; the DOM typings know only the window's postMessage.
const scope = globalThis as unknown as {
  addEventListener(type: 'message', listener: (e: MessageEvent<FrameRequest>) => void): void;
  postMessage(message: FrameResult): void;
};

scope.addEventListener('message', (e) => {
  const { id, width, height, pixels } = e.data;
  const started = performance.now();
  const texts = decodeFrame({ data: new Uint8ClampedArray(pixels), width, height });
  scope.postMessage({ id, texts, ms: performance.now() - started });
});

// Reads the QR codes in one camera frame (RGBA pixels), with @nuintun/qrcode: pure JavaScript, no
// wasm, nothing fetched, so the Content-Security-Policy stays as it is. Runs in a worker
// (scan-worker.ts), in the bench under Node, and on the page where workers are missing.
import { binarize, Decoder, Detector, grayscale } from '@nuintun/qrcode';

export interface Pixels {
  data: Uint8ClampedArray;
  width: number;
  height: number;
}

const detector = new Detector();
const decoder = new Decoder();

// grayscale() reads only data, width and height: a plain object does, in a worker and under Node.
/** The text of every QR code found in the frame; none when there is none, never an exception. */
export function decodeFrame(frame: Pixels): string[] {
  const texts: string[] = [];
  try {
    const found = detector.detect(binarize(grayscale(frame as ImageData), frame.width, frame.height));
    let next = found.next();
    while (!next.done) {
      let read = false;
      try {
        texts.push(decoder.decode(next.value.matrix).content);
        read = true;
      } catch {
        // Not every candidate is a code: try the next one.
      }
      // Telling the detector what worked spares it the combinations that overlap a read code.
      next = found.next(read);
    }
  } catch {
    // A frame too small or blank to hold a code.
  }
  return texts;
}

// A fake camera for the scanner tests: the QR code a participant's screen really shows (its
// screenshot, as grey pixels), held up in front of a webcam frame by frame, written as a Y4M video
// that Chromium plays as its camera (--use-file-for-fake-video-capture). Decoding here uses the QR
// library directly, not the app's code, to read what the screen shows.
import { writeFileSync } from 'node:fs';
import { binarize, Decoder, Detector, grayscale } from '@nuintun/qrcode';
import type { Locator } from '@playwright/test';
import { cameraFrame, FRAME_H, FRAME_W } from '../test/fixtures/camera-frames';
import type { GreyImage } from '../test/fixtures/camera-frames';

export type { GreyImage };

export const FPS = 10;

/** The element's screenshot, scaled to `size`×`size` grey pixels by the page's own canvas. */
export async function screenshotGrey(element: Locator, size: number): Promise<GreyImage> {
  const png = await element.screenshot();
  const grey = await element.page().evaluate(
    async ({ b64, size }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = size;
      canvas.height = size;
      const context = canvas.getContext('2d')!;
      context.drawImage(img, 0, 0, size, size);
      const rgba = context.getImageData(0, 0, size, size).data;
      return Array.from({ length: size * size }, (_, i) => Math.round(0.299 * rgba[i * 4]! + 0.587 * rgba[i * 4 + 1]! + 0.114 * rgba[i * 4 + 2]!));
    },
    { b64: png.toString('base64'), size },
  );
  return { width: size, height: size, grey: Uint8Array.from(grey) };
}

/** Every QR code in a grey image, read with @nuintun/qrcode. */
export function readQr(image: GreyImage): string[] {
  const rgba = new Uint8ClampedArray(image.width * image.height * 4);
  image.grey.forEach((g, i) => rgba.set([g, g, g, 255], i * 4));
  const bits = binarize(grayscale({ data: rgba, width: image.width, height: image.height } as ImageData), image.width, image.height);
  const texts: string[] = [];
  const decoder = new Decoder();
  const found = new Detector().detect(bits);
  for (let next = found.next(); !next.done; ) {
    let ok = false;
    try {
      texts.push(decoder.decode(next.value.matrix).content);
      ok = true;
    } catch {
      // not a code
    }
    next = found.next(ok);
  }
  return texts;
}

/** A Y4M video (4:2:0, grey: U and V at 128) that Chromium can play as its camera. */
export function writeY4m(path: string, frames: readonly Uint8Array[]): void {
  const header = Buffer.from(`YUV4MPEG2 W${FRAME_W} H${FRAME_H} F${FPS}:1 Ip A1:1 C420jpeg\n`);
  const chroma = Buffer.alloc((FRAME_W / 2) * (FRAME_H / 2) * 2, 128);
  const parts: Buffer[] = [header];
  for (const y of frames) parts.push(Buffer.from('FRAME\n'), Buffer.from(y), chroma);
  writeFileSync(path, Buffer.concat(parts));
}

/** Each code held up for about two seconds, with a second of empty room between: a hand-held sequence. */
export function handHeldSequence(codes: readonly GreyImage[]): Uint8Array[] {
  const frames: Uint8Array[] = [];
  let seed = 1;
  for (const code of codes) {
    for (let i = 0; i < FPS; i++) frames.push(cameraFrame(null, seed++));
    for (let i = 0; i < 2 * FPS; i++) frames.push(cameraFrame(code, seed++));
  }
  for (let i = 0; i < FPS; i++) frames.push(cameraFrame(null, seed++));
  return frames;
}

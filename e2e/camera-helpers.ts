// A fake camera for the scanner tests: the QR code a participant's screen really shows (its
// screenshot, as grey pixels), held up in front of a webcam frame by frame, written as a Y4M video
// that Chromium plays as its camera (--use-file-for-fake-video-capture). Decoding here uses the QR
// library directly, not the app's code, to read what the screen shows.
import { writeFileSync } from 'node:fs';
import { binarize, Decoder, Detector, grayscale } from '@nuintun/qrcode';
import type { Locator } from '@playwright/test';

export const FRAME_W = 640;
export const FRAME_H = 480;
export const FPS = 10;

export interface GreyImage {
  width: number;
  height: number;
  /** One byte of brightness per pixel, row by row. */
  grey: Uint8Array;
}

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

function random(seed: number) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

/**
 * One camera frame (the Y plane): a dim room, and, when `qr` is given, a phone held up in it, its
 * screen showing the code, a little off-centre and moving a few pixels from frame to frame.
 */
export function cameraFrame(qr: GreyImage | null, seed: number): Uint8Array {
  const rnd = random(seed);
  const y = new Uint8Array(FRAME_W * FRAME_H);
  for (let row = 0; row < FRAME_H; row++) {
    for (let col = 0; col < FRAME_W; col++) y[row * FRAME_W + col] = 95 + Math.round(25 * Math.sin(col / 90) + 15 * Math.cos(row / 70));
  }
  if (qr) {
    const jx = Math.round((rnd() - 0.5) * 8);
    const jy = Math.round((rnd() - 0.5) * 8);
    const phone = { w: qr.width + 40, h: qr.height + 170 };
    const left = Math.round((FRAME_W - phone.w) / 2) + 30 + jx;
    const top = Math.round((FRAME_H - phone.h) / 2) + jy;
    for (let row = 0; row < phone.h; row++) {
      for (let col = 0; col < phone.w; col++) {
        const edge = row < 12 || col < 12 || row >= phone.h - 12 || col >= phone.w - 12;
        y[(top + row) * FRAME_W + left + col] = edge ? 28 : 232; // the phone's body, then its lit screen
      }
    }
    const qx = left + 20;
    const qy = top + 90;
    for (let row = 0; row < qr.height; row++) {
      for (let col = 0; col < qr.width; col++) {
        // A screen seen by a webcam: blacks lifted, whites dimmed.
        y[(qy + row) * FRAME_W + qx + col] = 30 + Math.round((qr.grey[row * qr.width + col]! * 195) / 255);
      }
    }
  }
  for (let i = 0; i < y.length; i++) y[i] = Math.max(0, Math.min(255, y[i]! + Math.round((rnd() - 0.5) * 12)));
  return y;
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

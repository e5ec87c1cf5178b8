// Reading a file the user picked as text: oversized files are refused before they are read, and
// binary files (a photo, a PDF, a Word file chosen by mistake) are recognised from their bytes.
import { decodeText, MAX_IMPORT_BYTES } from '../core/json-input';
import type { Checked } from '../core/problems';

export async function readFileText(file: File, maxBytes: number = MAX_IMPORT_BYTES): Promise<Checked<string>> {
  if (file.size > maxBytes) return { ok: false, problem: { code: 'too-large', size: file.size, max: maxBytes } };
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (e) {
    return { ok: false, problem: { code: 'file-unreadable', detail: String(e) } };
  }
  return decodeText(bytes);
}

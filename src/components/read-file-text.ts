// Reading a file the user picked as text, refusing oversized files before reading them.
import { formatBytes, MAX_IMPORT_BYTES } from '../core/json-input';

export type FileText = { ok: true; text: string } | { ok: false; error: string };

export async function readFileText(file: File, maxBytes: number = MAX_IMPORT_BYTES): Promise<FileText> {
  if (file.size > maxBytes) {
    return {
      ok: false,
      error: `“${file.name}” is too large (${formatBytes(file.size)}); Fivefold reads files up to ${formatBytes(maxBytes)}.`,
    };
  }
  try {
    return { ok: true, text: await file.text() };
  } catch (e) {
    return { ok: false, error: `“${file.name}” could not be read (${String(e)}).` };
  }
}

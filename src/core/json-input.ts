// Reading outside text as JSON safely: a size cap before parsing, and errors a person can act on.
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

export type JsonResult = { ok: true; value: unknown } | { ok: false; error: string };

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} kB`;
  return `${bytes} bytes`;
}

/** Refuses text over the cap before parsing it, so a huge file cannot freeze the page. */
export function readJson(text: string, maxBytes: number = MAX_IMPORT_BYTES): JsonResult {
  // Length in UTF-16 units is a fast lower bound on the byte size; good enough for a cap.
  if (text.length > maxBytes) {
    return {
      ok: false,
      error: `The file is too large (${formatBytes(text.length)}); Fivefold reads files up to ${formatBytes(maxBytes)}.`,
    };
  }
  if (text.trim() === '') return { ok: false, error: 'The file is empty.' };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return { ok: false, error: `The file is not valid JSON, so it cannot be a Fivefold file (${detail}).` };
  }
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

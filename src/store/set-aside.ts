// Where unreadable saved data goes instead of being lost: its own storage key (or, if storage is
// full, memory for this session), so the user can download it and nothing is overwritten unseen.
const PREFIX = 'fivefold:set-aside:';
const inMemory = new Map<string, string>();
let counter = 0;

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export function keepAside(raw: string): string {
  counter += 1;
  const key = `${PREFIX}${new Date().toISOString()}#${counter}`;
  try {
    const s = storage();
    if (!s) throw new Error('no storage');
    s.setItem(key, raw);
  } catch {
    inMemory.set(key, raw);
  }
  return key;
}

export function readSetAside(key: string): string | null {
  return inMemory.get(key) ?? storage()?.getItem(key) ?? null;
}

export function forgetSetAside(key: string): void {
  inMemory.delete(key);
  storage()?.removeItem(key);
}

export function stringifyForBackup(data: unknown): string {
  if (typeof data === 'string') return data;
  try {
    return JSON.stringify(data, null, 2) ?? String(data);
  } catch {
    return String(data);
  }
}

// Records keyed by id, changed without mutation and safe for any key (even '__proto__'): shared by
// the store's slices and the checks that run after loading.
export const put = <T,>(record: Record<string, T>, key: string, value: T): Record<string, T> => {
  const out = { ...record };
  Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  return out;
};

export const without = <T,>(record: Record<string, T>, key: string): Record<string, T> => {
  if (!Object.hasOwn(record, key)) return record;
  const { [key]: _gone, ...rest } = record;
  return rest;
};

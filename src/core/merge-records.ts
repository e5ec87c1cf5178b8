// Adding records to a collection without ever overwriting one: identical records are skipped (also
// when an earlier merge already made a copy), and a different record under a taken id becomes a copy.
import { newId } from './assessment';
import { isPlainObject } from './json-input';

export interface MergeOutcome<T> {
  records: Record<string, T>;
  added: number;
  alreadyThere: number;
  /** Records whose id was taken by a different record here: kept as copies under new ids. */
  copies: number;
}

/** JSON with object keys sorted, so two records with the same content compare equal. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    isPlainObject(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

/** Adds incoming records without overwriting any: identical ones are skipped, conflicts become copies. */
export function mergeRecords<T extends { id: string }>(current: Record<string, T>, incoming: T[]): MergeOutcome<T> {
  const records = { ...current };
  // Defined, not assigned, so an id such as "__proto__" is stored like any other.
  const put = (id: string, record: T) =>
    Object.defineProperty(records, id, { value: record, enumerable: true, writable: true, configurable: true });
  // Content without the id: a copy made by an earlier restore counts as already here.
  const contentOf = ({ id: _id, ...rest }: T) => canonicalJson(rest);
  const contents = new Set(Object.values(records).map(contentOf));
  let added = 0;
  let alreadyThere = 0;
  let copies = 0;
  for (const record of incoming) {
    const existing = Object.hasOwn(records, record.id) ? records[record.id] : undefined;
    if (existing && canonicalJson(existing) === canonicalJson(record)) {
      alreadyThere += 1;
    } else if (existing && contents.has(contentOf(record))) {
      alreadyThere += 1;
    } else if (!existing) {
      put(record.id, record);
      added += 1;
    } else {
      const id = newId();
      put(id, { ...record, id });
      copies += 1;
    }
    contents.add(contentOf(record));
  }
  return { records, added, alreadyThere, copies };
}

// Puts a translation's words into the English catalogue objects, keeping a copy of the English to
// put back. Values are replaced key by key, so an object the screens hold stays the same object.
import { english } from './catalogues';
import type { Translation } from './catalogues';

type Node = Record<string, unknown>;
const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);

function copy(node: Node): Node {
  return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, isNode(v) ? copy(v) : v]));
}

function assign(target: Node, source: Node) {
  for (const [key, value] of Object.entries(source)) {
    const into = target[key];
    if (isNode(into) && isNode(value)) assign(into, value);
    else target[key] = value;
  }
}

const originals = new Map<string, Node>(Object.entries(english).map(([k, v]) => [k, copy(v as Node)]));

/** The English words, as the modules first defined them (the pseudo-locale is made from these). */
export const englishCopy = (): Readonly<Record<keyof Translation, Node>> =>
  Object.fromEntries(originals) as Record<keyof Translation, Node>;

export function applyCatalogues(translation: Translation | null) {
  for (const [name, target] of Object.entries(english)) {
    assign(target as Node, originals.get(name)!);
    if (translation) assign(target as Node, translation[name as keyof Translation] as unknown as Node);
  }
}

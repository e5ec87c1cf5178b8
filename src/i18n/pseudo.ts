// The pseudo-locale: every English word accented and bracketed (“Réśûļţš” → ⟦Ŕéšûļţš⟧), made from
// the English catalogues. Only tests choose it (localStorage "fivefold:language" = "en-XA"): any
// plain English left on a screen is then a string that does not come from a catalogue.
import { englishCopy } from './apply';
import type { Translation } from './catalogues';
import type { LanguagePack } from './load';

const ACCENTS: Record<string, string> = {
  a: 'á', b: 'ƀ', c: 'ç', d: 'ð', e: 'é', f: 'ƒ', g: 'ĝ', h: 'ĥ', i: 'î', j: 'ĵ', k: 'ķ', l: 'ļ', m: 'ɱ',
  n: 'ñ', o: 'ö', p: 'þ', q: 'ǫ', r: 'ŕ', s: 'š', t: 'ţ', u: 'û', v: 'ṽ', w: 'ŵ', x: 'ẋ', y: 'ý', z: 'ž',
  A: 'Á', B: 'Ɓ', C: 'Ç', D: 'Ð', E: 'É', F: 'Ƒ', G: 'Ĝ', H: 'Ĥ', I: 'Î', J: 'Ĵ', K: 'Ķ', L: 'Ļ', M: 'Ṁ',
  N: 'Ñ', O: 'Ö', P: 'Þ', Q: 'Ǫ', R: 'Ŕ', S: 'Š', T: 'Ţ', U: 'Û', V: 'Ṽ', W: 'Ŵ', X: 'Ẋ', Y: 'Ý', Z: 'Ž',
};

/** Accents every letter and brackets the whole; empty text and separators (": ") stay as they are. */
export function pseudo(text: string): string {
  if (!/[A-Za-z]/.test(text)) return text;
  return `⟦${text.replace(/[A-Za-z]/g, (c) => ACCENTS[c] ?? c)}⟧`;
}

function pseudoValue(value: unknown): unknown {
  if (typeof value === 'string') return pseudo(value);
  if (typeof value === 'function') {
    return (...args: unknown[]) => pseudoValue((value as (...a: unknown[]) => unknown)(...args));
  }
  if (Array.isArray(value)) return value.map(pseudoValue);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, pseudoValue(v)]));
  }
  return value;
}

export function pseudoPack(): LanguagePack {
  return { catalogue: pseudoValue(englishCopy()) as Translation, rubrics: [] };
}

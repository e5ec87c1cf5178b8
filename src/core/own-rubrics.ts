// A federation's own rubrics, kept in this browser's library beside the built-in ones. Each is
// checked in full (rubric-schema.ts) when it is added; on load only its outline is checked here, so
// the first screen does not carry the whole rubric schema, and a damaged save is set aside, not used.
import type { RubricRef } from './assessment';
import { isPlainObject } from './json-input';
import type { Rubric } from './rubric-schema';
import type { RubricTranslation } from './rubric-translation';

export interface OwnRubric {
  rubric: Rubric;
  /** When it was added to this browser's library (ISO date-time). */
  addedAt: string;
  /** Its words in other languages, by language tag: one per language, each checked when added. */
  translations?: Record<string, RubricTranslation>;
}

/** An own rubric's key in the library: one entry per id and version. */
export function ownRubricKey(ref: Pick<RubricRef, 'id' | 'version'>): string {
  return `${ref.id}@${ref.version}`;
}

const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

/** Whether saved data still has a rubric's outline: ids, titles, five levels per question. */
export function looksLikeRubric(value: unknown): value is Rubric {
  if (!isPlainObject(value) || !isText(value.id) || !isText(value.version) || !isText(value.title)) return false;
  const { principles, bands, stages, outcomes, recommendationTiers } = value;
  if (!Array.isArray(principles) || principles.length === 0 || !Array.isArray(bands) || !Array.isArray(stages)) return false;
  if (!Array.isArray(outcomes) || !isPlainObject(recommendationTiers)) return false;
  return principles.every(
    (p) =>
      isPlainObject(p) &&
      isText(p.id) &&
      isText(p.title) &&
      isPlainObject(p.recommendations) &&
      Array.isArray(p.indicators) &&
      p.indicators.every((i) => isPlainObject(i) && isText(i.id) && Array.isArray(i.levels) && i.levels.length === 5),
  );
}

/** Whether saved data is a library entry whose key fits its rubric (its translations are sorted by keptTranslations). */
export function isOwnRubricEntry(key: string, value: unknown): value is OwnRubric {
  return isPlainObject(value) && typeof value.addedAt === 'string' && looksLikeRubric(value.rubric) && ownRubricKey(value.rubric) === key;
}

/**
 * A saved entry's translations whose outline is whole and which name its rubric and version and the
 * language they are kept under; `damaged` lists the languages set aside (the rubric itself is kept).
 */
export function keptTranslations(entry: OwnRubric): { kept: Record<string, RubricTranslation>; damaged: string[] } {
  const kept: Record<string, RubricTranslation> = {};
  const damaged: string[] = [];
  const stored: unknown = entry.translations;
  if (stored === undefined) return { kept, damaged };
  if (!isPlainObject(stored)) return { kept, damaged: ['*'] };
  for (const [language, t] of Object.entries(stored)) {
    const whole =
      isPlainObject(t) && t.language === language && isText(t.title) && isPlainObject(t.rubric) &&
      t.rubric.id === entry.rubric.id && t.rubric.version === entry.rubric.version &&
      ['bands', 'principles', 'indicators', 'recommendations', 'stages', 'outcomes', 'outcomeRatingLabels'].every((k) => isPlainObject(t[k]));
    if (whole) kept[language] = t as unknown as RubricTranslation;
    else damaged.push(language);
  }
  return { kept, damaged };
}

/**
 * The rubric a record refers to: a built-in one by its id (its history maps older versions), or an
 * own one by id and version (the newest version kept when that one is gone).
 */
export function resolveRubric(ref: Pick<RubricRef, 'id' | 'version'>, builtin: readonly Rubric[], own: readonly Rubric[]): Rubric | null {
  const shipped = builtin.find((r) => r.id === ref.id);
  if (shipped) return shipped;
  const same = own.filter((r) => r.id === ref.id);
  return same.find((r) => r.version === ref.version) ?? same.sort((a, b) => b.version.localeCompare(a.version, 'en', { numeric: true }))[0] ?? null;
}

/** The rubric an invitation or a file carries, when its outline is whole and it is the one it names. */
export function carriedRubric(ref: Pick<RubricRef, 'id' | 'version'>, data: unknown): Rubric | null {
  return looksLikeRubric(data) && data.id === ref.id && data.version === ref.version ? data : null;
}

/**
 * The rubric an imported file's record is read with: one this browser has, else the own rubric the
 * file carries (`rubricData`, written on export), so a file made on another browser still opens.
 * Only its outline is checked here; the page checks it in full before keeping it in the library.
 */
export function fileRubric(
  ref: Pick<RubricRef, 'id' | 'version'>,
  rubrics: readonly Rubric[],
  carried: unknown,
): { rubric: Rubric; carried?: Rubric } | null {
  const known = rubrics.find((r) => r.id === ref.id);
  if (known) return { rubric: known };
  const brought = carriedRubric(ref, carried);
  return brought ? { rubric: brought, carried: brought } : null;
}

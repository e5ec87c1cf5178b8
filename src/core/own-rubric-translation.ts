// Checking a translation of an own rubric before it joins the library: the file's shape, that the
// library holds the rubric and version it translates, that it fits that rubric (checkTranslation),
// and that the rubric in its words still follows the rubric format (checkRubric: lengths of labels…).
// Loaded only in the rubric-check worker: it carries the whole schema library.
import { applyTranslation } from './apply-rubric-translation';
import { DEFAULT_RUBRIC_REF } from './default-rubric-ref';
import { checkRubric } from './rubric-problems';
import type { RubricPlace, RubricProblem } from './rubric-problems';
import type { Rubric } from './rubric-schema';
import { parseRubricTranslation } from './rubric-translation';
import type { RubricTranslation } from './rubric-translation';
import { checkTranslation } from './rubric-translation-check';
import type { TranslationProblem, TranslationSection } from './rubric-translation-check';

/** A problem with where it is in the rubric (positions from 0), or null when the rubric has no such place. */
export type PlacedTranslationProblem = TranslationProblem & { place: RubricPlace | null };

export interface TranslatedRubricRef {
  id: string;
  version: string;
  title: string;
}

export type TranslationCheck =
  | { ok: true; translation: RubricTranslation; rubric: TranslatedRubricRef }
  | { ok: false; code: 'shape'; technical: string }
  | { ok: false; code: 'builtin'; id: string; version: string }
  /** `versions`: the versions of that rubric the library does have. */
  | { ok: false; code: 'no-rubric'; id: string; version: string; title: string | null; versions: string[] }
  | { ok: false; code: 'misfit'; rubric: TranslatedRubricRef; language: string; problems: PlacedTranslationProblem[] }
  | { ok: false; code: 'applied'; rubric: TranslatedRubricRef; language: string; problems: RubricProblem[] };

/** Checks `data` as a translation of one of `library`'s rubrics. */
export function checkOwnTranslation(data: unknown, library: readonly Rubric[]): TranslationCheck {
  const parsed = parseRubricTranslation(data);
  if (!parsed.ok) return { ok: false, code: 'shape', technical: parsed.error };
  const translation = parsed.value;
  const { id, version } = translation.rubric;
  if (id === DEFAULT_RUBRIC_REF.id) return { ok: false, code: 'builtin', id, version };
  const rubric = library.find((r) => r.id === id && r.version === version);
  if (!rubric) {
    const same = library.filter((r) => r.id === id);
    return { ok: false, code: 'no-rubric', id, version, title: same[0]?.title ?? null, versions: same.map((r) => r.version) };
  }
  const ref = { id, version, title: rubric.title };
  const problems = checkTranslation(rubric, translation);
  if (problems.length > 0) {
    return { ok: false, code: 'misfit', rubric: ref, language: translation.language, problems: problems.map((p) => ({ ...p, place: placeOf(rubric, p) })) };
  }
  const applied = checkRubric(applyTranslation(rubric, translation));
  if (!applied.ok) return { ok: false, code: 'applied', rubric: ref, language: translation.language, problems: applied.problems };
  return { ok: true, translation, rubric: ref };
}

/** Where a problem's id sits in the rubric; null for ids the rubric does not have and for the glossary count. */
export function placeOf(rubric: Rubric, problem: TranslationProblem): RubricPlace | null {
  switch (problem.code) {
    case 'rubric-mismatch':
    case 'version-mismatch':
    case 'unknown-id':
      return null;
    case 'glossary-count':
      return null;
    case 'level-count':
      return sectionPlace(rubric, 'indicators', problem.id);
    case 'next-steps-count':
      return sectionPlace(rubric, 'stages', problem.id);
    case 'missing-id':
      return sectionPlace(rubric, problem.section, problem.id);
    case 'optional-mismatch': {
      if (problem.section !== 'glossary') return sectionPlace(rubric, problem.section, problem.id);
      const at = (rubric.glossary ?? []).findIndex((g) => g.term === problem.id);
      return at < 0 ? null : { glossary: at };
    }
  }
}

function sectionPlace(rubric: Rubric, section: TranslationSection, id: string): RubricPlace | null {
  const at = (items: readonly { id: string }[]) => items.findIndex((item) => item.id === id);
  switch (section) {
    case 'bands':
      return at(rubric.bands) < 0 ? null : { band: at(rubric.bands) };
    case 'stages':
      return at(rubric.stages) < 0 ? null : { stage: at(rubric.stages) };
    case 'outcomes':
      return at(rubric.outcomes) < 0 ? null : { outcome: at(rubric.outcomes) };
    case 'principles':
      return at(rubric.principles) < 0 ? null : { principle: at(rubric.principles) };
    case 'indicators':
      for (const [pi, p] of rubric.principles.entries()) {
        const qi = at(p.indicators);
        if (qi >= 0) return { principle: pi, question: qi };
      }
      return null;
    case 'recommendations':
      for (const [pi, p] of rubric.principles.entries()) {
        for (const tier of ['low', 'middle', 'high'] as const) {
          const ri = at(p.recommendations[tier]);
          if (ri >= 0) return { principle: pi, recommendation: { tier, index: ri } };
        }
      }
      return null;
  }
}

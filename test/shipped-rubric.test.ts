// The built-in Five Principles rubric: it parses, has the shape the product promises, its ids are
// unique, and it explains its words (the writing rules themselves are in rubric-lint.test.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import rubricJson from '../rubrics/five-principles.json';
import { parseRubric } from '../src/core/rubric-schema';
import { DEFAULT_RUBRIC_REF, defaultRubricTitle } from '../src/core/default-rubric-ref';

const TRANSLATIONS = join(__dirname, '../rubrics/translations');

const parsed = parseRubric(rubricJson);

describe('rubrics/five-principles.json', () => {
  it('parses against the rubric schema', () => {
    expect(parsed.ok ? 'valid' : parsed.error).toBe('valid');
  });

  const rubric = parsed.ok ? parsed.value : undefined;

  it('holds the five principles in order, each with at least five indicators of five anchors', () => {
    expect(rubric?.id).toBe('five-principles');
    expect(rubric?.principles.map((p) => p.id)).toEqual([
      'institutionalization',
      'diversity',
      'intergenerational-infrastructure',
      'self-reliance',
      'embeddedness',
    ]);
    for (const p of rubric?.principles ?? []) {
      expect(p.indicators.length, p.id).toBeGreaterThanOrEqual(5);
      for (const ind of p.indicators) expect(ind.levels, ind.id).toHaveLength(5);
    }
  });

  it('has a stage ladder, the six outcomes and 2–4 recommendations per tier', () => {
    expect(rubric?.stages.length).toBeGreaterThanOrEqual(5);
    expect(rubric?.outcomes.map((o) => o.id)).toEqual([
      'pooling-resources',
      'reducing-costs',
      'strategic-alignment',
      'economies-of-scale',
      'public-goods',
      'spreading-awareness',
    ]);
    for (const p of rubric?.principles ?? []) {
      for (const tier of ['low', 'middle', 'high'] as const) {
        expect(p.recommendations[tier].length).toBeGreaterThanOrEqual(2);
        expect(p.recommendations[tier].length).toBeLessThanOrEqual(4);
      }
    }
  });

  it('uses no label twice within one indicator, so each choice is distinguishable', () => {
    for (const p of rubric?.principles ?? []) {
      for (const ind of p.indicators) {
        const labels = ind.levels.map((l) => l.label.toLowerCase());
        expect(new Set(labels).size, ind.id).toBe(5);
      }
    }
  });
});

describe('rubrics/five-principles.json: plain words', () => {
  const rubric = parsed.ok ? parsed.value : undefined;

  it('is in format version 2 and gives every principle a plain subtitle beside its framework title', () => {
    expect(rubric?.schemaVersion).toBe(2);
    expect(rubric?.principles.map((p) => p.title)).toEqual([
      'Institutionalization of relationships',
      'Diversity of agents',
      'Intergenerational infrastructure',
      'Self-reliance',
      'Embeddedness in the broader society',
    ]);
    for (const p of rubric?.principles ?? []) expect(p.subtitle?.length, p.id).toBeGreaterThan(20);
  });

  it.each([
    'indivisible reserve', 'asset lock', 'secondary co-op', 'apex body', 'federation', 'consortium', 'secondment',
    'seconded staff', 'multi-stakeholder co-op', 'single-strand tie', 'multi-strand tie', 'multiplexity', 'surplus pooling',
    'revolving loan fund', 'public goods', 'shadow board', 'mutual fund', 'Coopfond', 'Law 59/1992', 'CQCM',
    "Chantier de l'économie sociale", 'Mondragon', 'Laboral Kutxa', 'Lagun Aro', 'inter-cooperation',
  ])('explains “%s” in its glossary, with a definition', (word) => {
    const entry = rubric?.glossary?.find((g) => [g.term, ...(g.aliases ?? [])].some((t) => t.toLowerCase() === word.toLowerCase()));
    expect(entry?.definition.length, word).toBeGreaterThan(20);
  });

  it('names the source of the five principle names and the ICA principles it builds on', () => {
    expect(rubric?.description).toContain('“Complex Networks for Cooperative Economies”');
    expect(rubric?.description).toContain("International Centre for Co-operative Management at Saint Mary's University");
    for (const n of ['third', 'fifth', 'sixth', 'seventh']) expect(rubric?.description).toContain(n);
  });
});

describe('DEFAULT_RUBRIC_REF', () => {
  it('matches the shipped rubric, so the first screen can start an assessment without loading it', () => {
    const rubric = parsed.ok ? parsed.value : undefined;
    expect(DEFAULT_RUBRIC_REF).toEqual({
      id: rubric?.id,
      version: rubric?.version,
      title: rubric?.title,
      titles: Object.fromEntries(
        readdirSync(TRANSLATIONS)
          .filter((f) => f.startsWith(`${rubric?.id}.`))
          .map((f) => JSON.parse(readFileSync(join(TRANSLATIONS, f), 'utf8')) as { language: string; title: string })
          .map((t) => [t.language, t.title]),
      ),
      firstStep: rubric?.principles[0]?.id,
    });
    expect(Object.keys(DEFAULT_RUBRIC_REF.titles).sort()).toEqual(['es', 'fr']);
    expect(defaultRubricTitle('fr')).toBe(DEFAULT_RUBRIC_REF.titles.fr);
    expect(defaultRubricTitle('en')).toBe(rubric?.title);
    expect(defaultRubricTitle('en-XA')).toBe(rubric?.title);
  });
});

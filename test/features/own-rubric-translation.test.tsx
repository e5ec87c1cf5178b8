// @vitest-environment jsdom
// Adding a translation of an own rubric as a user does it, on the start page's "Your own rubric" card:
// the example rubric, then its real French file; the library lists the language, and in French the
// rubric every screen reads (findAnyRubric) has French questions under the same ids. Refusals name the
// rubric, the language and the place in plain words, with the technical detail folded away.
import { readFileSync } from 'node:fs';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Rubric } from '../../src/core/rubric-schema';
import type { RubricTranslation } from '../../src/core/rubric-translation';
import OwnRubrics from '../../src/features/home/own-rubrics';
import { setLanguage } from '../../src/i18n/language';
import { findAnyRubric } from '../../src/store/rubric-selectors';
import { useAppStore } from '../../src/store/store';
import { InProcessWorker } from '../helpers/in-process-worker';
import { expectPlain } from '../helpers/plain-words';
import { resetStore } from '../store/reset-store';

const read = <T,>(path: string) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as T;
const example = read<Rubric>('../../rubrics/examples/housing-federation-health-check.json');
const french = () => read<RubricTranslation>('../../rubrics/examples/translations/housing-federation-health-check.fr.json');
const fileOf = (data: unknown, name: string) => new File([JSON.stringify(data)], name, { type: 'application/json' });
const ref = { id: example.id, version: example.version };

beforeAll(() => vi.stubGlobal('Worker', InProcessWorker));
afterAll(() => vi.unstubAllGlobals());
beforeEach(resetStore);
afterEach(() => setLanguage('en', false));

async function addExample(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: 'Try an example rubric' }));
  await screen.findByText(/^Added “Housing co-operative federation health check” \(version 1\.0\.0\)/);
}

/** The text a user reads in the alert: everything but the folded "Details". */
async function alertText(): Promise<string> {
  const clone = (await screen.findByRole('alert')).cloneNode(true) as HTMLElement;
  clone.querySelectorAll('details').forEach((d) => d.remove());
  const text = clone.textContent ?? '';
  expectPlain(text);
  return text;
}

describe('a translation of an own rubric', () => {
  it('is added with the own-rubric button, listed, kept with the rubric, and shows the rubric in French', async () => {
    const user = userEvent.setup();
    render(<OwnRubrics />);
    await addExample(user);
    await user.upload(screen.getByLabelText('Use your own rubric'), fileOf(french(), 'housing-federation-health-check.fr.json'));
    await screen.findByText('French words added to “Housing co-operative federation health check” (version 1.0.0).', { exact: false });
    const item = screen.getByText('Housing co-operative federation health check', { selector: 'strong.saved-item__name' }).closest('li')!;
    expect(within(item).getByText(/· also in French/)).toBeTruthy();
    expect(Object.keys(useAppStore.getState().ownRubrics[`${ref.id}@${ref.version}`]!.translations!)).toEqual(['fr']);

    // In English the rubric is as written; in French every screen reads it in French, ids unchanged.
    expect(findAnyRubric(ref)!.principles[0]!.indicators[0]!.question).toBe(example.principles[0]!.indicators[0]!.question);
    await setLanguage('fr', false);
    const inFrench = findAnyRubric(ref)!;
    expect(inFrench.title).toBe('Bilan de santé d’une fédération de coopératives d’habitation');
    expect(inFrench.principles[0]!.indicators[0]!.question).toBe(
      'Combien de coopératives membres ont tenu une assemblée générale de leurs membres au cours des douze derniers mois ?',
    );
    expect(inFrench.principles.flatMap((p) => p.indicators.map((i) => i.id))).toEqual(example.principles.flatMap((p) => p.indicators.map((i) => i.id)));
    // The same object every time, so screens that memoise on the rubric do not redo their work.
    expect(findAnyRubric(ref)).toBe(inFrench);
    // Spanish has no translation: the rubric as written.
    await setLanguage('es', false);
    expect(findAnyRubric(ref)!.title).toBe(example.title);
  });

  it('goes with its rubric when that is removed, and comes back with Undo', async () => {
    const user = userEvent.setup();
    render(<OwnRubrics />);
    await addExample(user);
    await user.upload(screen.getByLabelText('Use your own rubric'), fileOf(french(), 'fr.json'));
    await screen.findByText(/^French words added/);
    await user.click(screen.getByRole('button', { name: /^Remove Housing co-operative federation health check/ }));
    expect(useAppStore.getState().ownRubrics).toEqual({});
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(Object.keys(useAppStore.getState().ownRubrics[`${ref.id}@${ref.version}`]!.translations!)).toEqual(['fr']);
  });

  it('is kept when the same rubric file is added again', async () => {
    const user = userEvent.setup();
    render(<OwnRubrics />);
    await addExample(user);
    await user.upload(screen.getByLabelText('Use your own rubric'), fileOf(french(), 'fr.json'));
    await screen.findByText(/^French words added/);
    await user.upload(screen.getByLabelText('Use your own rubric'), fileOf(example, 'housing.json'));
    await screen.findByText(/^Added “Housing co-operative federation health check”/);
    expect(Object.keys(useAppStore.getState().ownRubrics[`${ref.id}@${ref.version}`]!.translations ?? {})).toEqual(['fr']);
  });

  it('for a rubric not in the library is refused: it says which rubric and version, and to add that rubric first', async () => {
    const user = userEvent.setup();
    render(<OwnRubrics />);
    await user.upload(screen.getByLabelText('Use your own rubric'), fileOf(french(), 'fr.json'));
    const text = await alertText();
    expect(text).toContain('“fr.json” cannot be used as a translation. Nothing was added.');
    expect(text).toContain(
      'It translates the rubric “housing-federation-health-check”, version 1.0.0, which is not in this browser. Add that rubric first (with “Use your own rubric”), then its translation.',
    );
    expect(useAppStore.getState().ownRubrics).toEqual({});
  });

  it('that does not fit names the rubric, the language and each place in plain words; nothing is added', async () => {
    const user = userEvent.setup();
    render(<OwnRubrics />);
    await addExample(user);
    const t = french();
    t.indicators['ha-peer-support']!.levels.pop();
    delete t.bands['steady'];
    t.outcomes['old-outcome'] = t.outcomes['member-skills']!;
    await user.upload(screen.getByLabelText('Use your own rubric'), fileOf(t, 'fr.json'));
    const text = await alertText();
    expect(text).toContain('The French words do not fit “Housing co-operative federation health check” (version 1.0.0) in 3 places:');
    expect(text).toContain('Score band 2: the translation has no words for it.');
    expect(text).toContain('The translation has words for “old-outcome” among the outcomes, which the rubric does not have');
    expect(text).toContain('Principle 2, question 3: 4 levels where the rubric has 5.');
    expect(useAppStore.getState().ownRubrics[`${ref.id}@${ref.version}`]!.translations).toBeUndefined();
  });

  it('in French, the refusal is in French', async () => {
    await setLanguage('fr', false);
    const user = userEvent.setup();
    render(<OwnRubrics />);
    const t = french();
    await user.upload(screen.getByLabelText('Utiliser votre propre grille'), fileOf(t, 'fr.json'));
    const text = await alertText();
    expect(text).toContain('«\u00a0fr.json\u00a0» ne peut pas servir de traduction. Rien n’a été ajouté.');
    expect(text).toContain('Il traduit la grille «\u00a0housing-federation-health-check\u00a0», version 1.0.0, qui n’est pas dans ce navigateur.');
  });
});

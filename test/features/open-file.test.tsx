// @vitest-environment jsdom
// Opening a file on the start page, as a user does it: every refusal is read back from the screen
// and must name the question or the problem in plain words, with no validator glyphs (✖ →), JSON
// paths or library wording; the technical detail is folded away under "Details".
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Assessment } from '../../src/core/assessment';
import { serializeAssessment } from '../../src/core/assessment-file';
import { serializeBackup } from '../../src/core/backup-file';
import { FIVE_PRINCIPLES } from '../../src/core/builtin-rubrics';
import type { Rubric } from '../../src/core/rubric-schema';
import { serializeWorkshop } from '../../src/core/workshop-file';
import { OpenFile } from '../../src/features/home/open-file';
import { useAppStore } from '../../src/store/store';
import { sampleAssessment } from '../fixtures/sample-assessment';
import { sampleWorkshop } from '../fixtures/sample-workshop';
import { InProcessWorker } from '../helpers/in-process-worker';
import { expectPlain } from '../helpers/plain-words';
import { resetStore } from '../store/reset-store';

beforeEach(resetStore);

const question = (p: number, i: number) => FIVE_PRINCIPLES.principles[p - 1]!.indicators[i - 1]!.question;

/** An exported assessment file with one part of the assessment changed. */
function fileWith(spoil: (assessment: Record<string, unknown> & { answers: Record<string, unknown> }) => void, name = 'spoilt.json'): File {
  const file = JSON.parse(serializeAssessment(sampleAssessment())) as { assessment: Record<string, unknown> & { answers: Record<string, unknown> } };
  spoil(file.assessment);
  return new File([JSON.stringify(file)], name, { type: 'application/json' });
}

/** Chooses the file as a user would (any file: a user can switch the picker to "All files"). */
async function choose(file: File) {
  const user = userEvent.setup({ applyAccept: false });
  render(<OpenFile />);
  await user.upload(screen.getByLabelText('Choose a file to import'), file);
}

/** The text a user reads in the alert: everything but the folded "Details". */
async function alertText(): Promise<string> {
  const alert = await screen.findByRole('alert');
  const clone = alert.cloneNode(true) as HTMLElement;
  clone.querySelectorAll('details').forEach((d) => d.remove());
  const text = clone.textContent ?? '';
  expectPlain(text);
  return text;
}

const bytes = (...parts: (number[] | string)[]): Uint8Array<ArrayBuffer> =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p)));

describe('a refused assessment file names the question and the problem', () => {
  it('a level out of range: "Question 1.1 “…” has the level 7; levels run from 0 to 4"', async () => {
    await choose(fileWith((a) => (a.answers['inst-formal-agreements'] = { value: 7 })));
    const text = await alertText();
    expect(text).toContain('Could not import “spoilt.json”. Nothing was changed.');
    expect(text).toContain(`Question 1.1 “${question(1, 1)}” has the level 7; levels run from 0 to 4.`);
    // The technical path is kept for support, folded away.
    const details = within(screen.getByRole('alert')).getByText('Details').closest('details')!;
    expect(details).not.toHaveAttribute('open');
    expect(details).toHaveTextContent('answers["inst-formal-agreements"].value');
    expect(details.textContent).not.toMatch(/[✖→]/);
    expect(Object.keys(useAppStore.getState().assessments)).toEqual([]);
  });

  it('a note over the limit: says how long it is, the limit, and whose note', async () => {
    await choose(fileWith((a) => (a.answers['div-sectors'] = { value: 2, note: 'é'.repeat(20_050) })));
    expect(await alertText()).toContain(`The note on question 2.1 “${question(2, 1)}” is 20,050 characters long; the limit is 20,000.`);
  });

  it.each<[string, (a: Record<string, unknown>) => void, string]>([
    ['a missing network name', (a) => delete a.networkName, 'The network name is missing.'],
    ['a network name that is a number', (a) => (a.networkName = 1984), 'The network name is not text (it is a number).'],
    ['a network name over the limit', (a) => (a.networkName = 'N'.repeat(250)), 'The network name is 250 characters long; the limit is 200.'],
    ['a bad date', (a) => (a.updatedAt = '14/03/2025'), 'The date of the last change, “14/03/2025”, is not a date and time Fivefold can read.'],
    ['an answer that is a list', (a) => ((a.answers as Record<string, unknown>)['gen-education'] = { value: [3] }), `Question 3.3 “${question(3, 3)}” has an answer, which Fivefold does not know`],
    ['an unknown entry', (a) => (a.favouriteColour = 'teal'), 'The assessment holds an entry Fivefold does not know (“favouriteColour”).'],
    ['a stage that is a number', (a) => (a.stageId = 3), 'The stage of development is not text (it is a number).'],
  ])('%s', async (_name, spoil, words) => {
    await choose(fileWith(spoil));
    expect(await alertText()).toContain(words);
  });

  it('a file for another rubric says so', async () => {
    await choose(fileWith((a) => (a.rubric = { id: 'seven-habits', version: '2.0.0' })));
    expect(await alertText()).toContain('This file is for another rubric, “seven-habits” (version 2.0.0), which this copy of Fivefold does not have.');
  });

  it('a file from a newer Fivefold says so, and how to proceed', async () => {
    const text = serializeAssessment(sampleAssessment()).replace('"schemaVersion": 2', '"schemaVersion": 3');
    await choose(new File([text], 'from-the-future.json'));
    const words = await alertText();
    expect(words).toContain('This file was made by a newer version of Fivefold, which this version cannot read.');
    expect(words).toContain('reload this page while you are online');
    expect(words).toContain('export it again from the same version of Fivefold as yours');
    expect(words).not.toContain('type');
  });
});

describe('a file that is not a Fivefold file at all', () => {
  it.each<[string, Uint8Array<ArrayBuffer>, string]>([
    ['a PNG picture', bytes([0x89], 'PNG\r\n\x1a\n', [0, 0, 0, 13], 'IHDR', [0, 0, 1, 0]), 'This is not a text file: it looks like a picture (PNG).'],
    ['a JPEG photo', bytes([0xff, 0xd8, 0xff, 0xe0, 0, 16], 'JFIF'), 'This is not a text file: it looks like a photo or picture (JPEG).'],
    ['a PDF', bytes('%PDF-1.7\n%', [0xe2, 0xe3, 0xcf, 0xd3], '\n1 0 obj'), 'This is not a text file: it looks like a PDF document.'],
    ['a Word document', bytes('PK', [3, 4, 20, 0, 6, 0], '[Content_Types].xml'), 'This is not a text file: it looks like a Word or Excel document, or a zip archive.'],
    ['some other binary', bytes('data', [0, 1, 2, 0xff, 0xfe, 0]), 'This is not a text file; it may be a picture or a document.'],
    ['text in another encoding', bytes('{"name": "Coop', [0xe9], 'rative"}'), 'This is not text Fivefold can read (UTF-8): it may be a document, or text saved in another encoding.'],
  ])('%s: says it is not a text file, without garbled characters', async (_name, content, words) => {
    await choose(new File([content], 'chosen-by-mistake'));
    const text = await alertText();
    expect(text).toContain(words);
    expect(text).toContain('choose the file whose name ends in .json');
    expect(text).not.toMatch(/[\uFFFD\u3400-\u9FFF]/); // no replacement characters, no 慧扲条
  });

  it('a CSV export: says it is a table of values, not a file Fivefold opens', async () => {
    await choose(new File(['principle,indicator_id,number,question\r\nDiversity,div-sectors,2.1,"In how many…"\r\n'], 'fivefold.csv', { type: 'text/csv' }));
    expect(await alertText()).toContain('This is a table of values (a CSV file), not a file Fivefold can open.');
  });

  it('JSON from another program: says it is not a Fivefold file', async () => {
    await choose(new File(['{"survey": "2024", "answers": [1, 2, 3]}'], 'survey.json'));
    expect(await alertText()).toContain('This is not a Fivefold assessment file.');
  });
});

describe('a file accepted with changes', () => {
  it('says what was left out, and its status ends with that, not with a stray "Results"', async () => {
    await choose(fileWith((a) => (a.answers['inst-retired-question'] = { value: 2 })));
    const status = await screen.findByRole('status');
    const text = status.textContent ?? '';
    expect(text).toContain('Imported “Łódź Spółdzielnia & Coopérative du Québec”.');
    expect(text).toContain(`Some parts are not in this version of the rubric (${FIVE_PRINCIPLES.title}, version ${FIVE_PRINCIPLES.version}) and were left out:`);
    expect(text).toMatch(/The answer to a question this version does not have \(“inst-retired-question”\)\.$/);
    expect(text).not.toMatch(/Results$/);
    expectPlain(text);
    expect(screen.getByRole('link', { name: 'See the results' })).toBeInTheDocument();
    expect(Object.values(useAppStore.getState().assessments)).toHaveLength(1);
  });

  it('a backup restores what it can and names, in plain words, each record it left out', async () => {
    const good = { ...sampleAssessment(), id: 'good' };
    const bad = { ...sampleAssessment(), id: 'bad', networkName: 'Mondragón', answers: { 'self-capital': { value: -1 } } };
    const text = serializeBackup({ assessments: [good, bad as never], workshops: [] });
    await choose(new File([text], 'backup.json'));
    const status = await screen.findByRole('status');
    await waitFor(() => expect(status).toHaveTextContent('Backup restored: 1 added.'));
    expect(status).toHaveTextContent('These could not be read and were left out:');
    expect(status).toHaveTextContent(`The assessment “Mondragón” could not be read: Question 4.1 “${question(4, 1)}” has the level -1; levels run from 0 to 4.`);
    expectPlain(status.textContent ?? '');
  });
});

describe('a file made with an own rubric, opened on a browser that does not have it', () => {
  // The carried rubric is checked in a worker, as in the browser; jsdom has none.
  beforeAll(() => vi.stubGlobal('Worker', InProcessWorker));
  afterAll(() => vi.unstubAllGlobals());
  const example = JSON.parse(readFileSync(join(__dirname, '../../rubrics/examples/housing-federation-health-check.json'), 'utf8')) as Rubric;
  const own = (): Assessment => ({
    ...sampleAssessment(),
    rubric: { id: example.id, version: example.version },
    answers: { [example.principles[0]!.indicators[0]!.id]: { value: 3, note: 'Signé à Québec — «à jour»' } },
    actions: [],
  });

  it('brings the rubric into the library and opens the assessment under it', async () => {
    await choose(new File([serializeAssessment(own(), new Date(), null, example)], 'own.json'));
    const status = await screen.findByRole('status');
    expect(within(status).getByText('Imported “Łódź Spółdzielnia & Coopérative du Québec”.').tagName).toBe('STRONG');
    // The rubric's note is a sentence of its own, not part of the bold result.
    expect(within(status).getByText(`Its rubric, “${example.title}” (version ${example.version}), is now kept in your rubrics on this device.`).tagName).toBe('P');
    expectPlain(status.textContent ?? '');
    const state = useAppStore.getState();
    expect(Object.keys(state.ownRubrics)).toEqual([`${example.id}@${example.version}`]);
    const [imported] = Object.values(state.assessments);
    expect(imported!.answers[example.principles[0]!.indicators[0]!.id]).toEqual({ value: 3, note: 'Signé à Québec — «à jour»' });
  });

  it('without the rubric in the file, says the rubric is missing and imports nothing', async () => {
    await choose(new File([serializeAssessment(own())], 'own.json'));
    expect(await alertText()).toContain(`This file is for another rubric, “${example.id}” (version ${example.version}), which this copy of Fivefold does not have.`);
    expect(useAppStore.getState().assessments).toEqual({});
  });

  it('with a damaged rubric in the file, names the rubric and its first problem, and keeps nothing', async () => {
    const broken = structuredClone(example) as unknown as { principles: { indicators: { levels: { description: string }[] }[] }[] } & Rubric;
    broken.principles[1]!.indicators[2]!.levels[3]!.description = '';
    await choose(new File([serializeAssessment(own(), new Date(), null, broken)], 'own.json'));
    const text = await alertText();
    expect(text).toContain(`The file carries its own rubric, “${example.title}”, but that rubric cannot be used.`);
    expect(text).toContain('Principle 2, question 3, level 3: the description is empty.');
    const state = useAppStore.getState();
    expect(state.assessments).toEqual({});
    expect(state.ownRubrics).toEqual({});
  });

  it('a backup brings the library’s own rubrics, so its records open; a damaged one is named and left out', async () => {
    const broken = { ...structuredClone(example), id: 'broken-check', title: 'Bilan abîmé' } as Rubric;
    (broken.principles[0]!.indicators[0]!.levels[0] as { label: string }).label = '';
    const text = serializeBackup({ assessments: [own()], workshops: [], ownRubrics: [example, broken] });
    await choose(new File([text], 'backup.json'));
    const status = await screen.findByRole('status');
    await waitFor(() => expect(status).toHaveTextContent('Backup restored: 1 added. It brought one rubric of your own, now kept in your rubrics on this device.'));
    expect(status).toHaveTextContent('The file carries its own rubric, “Bilan abîmé”, but that rubric cannot be used.');
    expectPlain(status.textContent ?? '');
    expect(Object.keys(useAppStore.getState().ownRubrics)).toEqual([`${example.id}@${example.version}`]);
    expect(Object.values(useAppStore.getState().assessments)).toHaveLength(1);
  });

  it('a backup brings the own rubrics’ translations too, each checked against its rubric', async () => {
    const fr = JSON.parse(readFileSync(join(process.cwd(), 'rubrics/examples/translations/housing-federation-health-check.fr.json'), 'utf8')) as { language: string };
    const orphan = { ...fr, rubric: { id: 'not-here', version: '1.0.0' } };
    const text = serializeBackup({ assessments: [own()], workshops: [], ownRubrics: [example], ownRubricTranslations: [fr, orphan] });
    await choose(new File([text], 'backup.json'));
    const status = await screen.findByRole('status');
    await waitFor(() => expect(status).toHaveTextContent('It translates the rubric “not-here”, version 1.0.0, which is not in this browser.'));
    expect(Object.keys(useAppStore.getState().ownRubrics[`${example.id}@${example.version}`]!.translations!)).toEqual(['fr']);
  });

  it('a workshop file brings its rubric too', async () => {
    const workshop = { ...sampleWorkshop(), rubric: { id: example.id, version: example.version }, ballots: [] };
    await choose(new File([serializeWorkshop(workshop, new Date(), null, example)], 'workshop.json'));
    const status = await screen.findByRole('status');
    expect(status).toHaveTextContent(`Its rubric, “${example.title}”`);
    expect(Object.keys(useAppStore.getState().ownRubrics)).toEqual([`${example.id}@${example.version}`]);
    expect(Object.values(useAppStore.getState().workshops)).toHaveLength(1);
  });
});

// The app in French and Spanish: the language control, the browser's languages on a first visit, an
// assessment answered and exported in French and read in Spanish, a workshop whose participants
// answer in different languages, and a pseudo-locale walk that finds no English left on any screen.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import fr from '../rubrics/translations/five-principles.fr.json' with { type: 'json' };
import es from '../rubrics/translations/five-principles.es.json' with { type: 'json' };
import { escapeRegExp, rubric } from './helpers';
import { pseudo } from '../src/i18n/pseudo';
import { checkInLanguage, englishPhrases, plainEnglishText, switchFromAnotherTab, visibleEnglish } from './language-helpers';
import { LONG_NETWORK, LONG_NOTE, reflowChecker, useWideText, walkSoloScreens, walkWorkshopScreens } from './reflow-helpers';
import { setUpWorkshop } from './workshop-helpers';

type Translation = Pick<typeof fr, 'principles' | 'indicators'>;

async function choose(page: Page, name: 'English' | 'Français' | 'Español', label = /^(Language|Langue|Idioma)$/) {
  await page.getByRole('combobox', { name: label }).selectOption({ label: name });
}

test('a browser set to Spanish opens in Spanish; the choice is remembered on the device', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'es-ES' });
  const page = await context.newPage();
  await page.goto('./#/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('combobox', { name: 'Idioma' })).toHaveValue('es');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Empezar la evaluación' })).toBeVisible();
  // The built-in rubric is named in the page's language from the first screen on.
  await expect(page.locator('.hero .lead')).toContainText('“Los cinco principios para redes sostenibles y resilientes”');
  await choose(page, 'Français');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('button', { name: 'Commencer l’évaluation' })).toBeVisible();
  await expect(page.locator('.hero .lead')).toContainText('«\u00a0Les cinq principes pour des réseaux durables et résilients\u00a0»');
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Langue' })).toHaveValue('fr');
  await expect(page.getByRole('button', { name: 'Commencer l’évaluation' })).toBeVisible();
  await context.close();
});

/** Answers a whole assessment from its first principle's page, with the words of the translation. */
async function answerAll(page: Page, t: Translation, level: (pi: number, ii: number) => number, next: RegExp) {
  for (const [pi, principle] of rubric.principles.entries()) {
    await expect(page.getByRole('heading', { level: 1, name: t.principles[principle.id as keyof typeof t.principles].title })).toBeVisible();
    for (const [ii, indicator] of principle.indicators.entries()) {
      const words = t.indicators[indicator.id as keyof typeof t.indicators];
      const group = page.getByRole('radiogroup', { name: words.question, exact: true });
      await group.getByRole('radio', { name: new RegExp(`^${escapeRegExp(words.levels[level(pi, ii)]!.label)}`) }).check();
    }
    await page.getByRole('link', { name: next }).click();
  }
}

test('in French: answer, results, PDF; then the same results in Spanish', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('./#/');
  await choose(page, 'Français');
  await page.getByRole('textbox', { name: 'Nom du réseau', exact: true }).fill('Réseau des coopératives de Lévis');
  await page.getByRole('textbox', { name: 'Qui fait l’évaluation' }).fill('Anaïs Bélanger');
  await page.getByRole('button', { name: 'Commencer l’évaluation' }).click();
  const oneAtATime = page.getByRole('checkbox', { name: 'Une question à la fois' });
  if (await oneAtATime.isChecked()) await oneAtATime.uncheck();
  const level = (pi: number, ii: number) => (pi + ii) % 5;
  await answerAll(page, fr, level, /^Suivant :/);
  await expect(page.getByRole('heading', { level: 1, name: 'À propos du réseau' })).toBeVisible();
  await page.getByRole('link', { name: 'Voir les résultats' }).click();

  const table = page.getByRole('table', { name: /Scores par principe/ });
  await expect(table).toBeVisible();
  for (const p of rubric.principles) {
    await expect(table.getByRole('row', { name: new RegExp(`^${escapeRegExp(fr.principles[p.id as keyof typeof fr.principles].title)}`) })).toBeVisible();
  }
  const frScores = await table.getByRole('row').allInnerTexts();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Télécharger le rapport PDF' }).click();
  const path = test.info().outputPath('rapport.pdf');
  await (await download).saveAs(path);
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  for (const p of Object.values(fr.principles)) expect(text).toContain(p.title);
  // Some headings are set in capitals on the page.
  for (const heading of ['Synthèse', 'Indice global de résilience', 'Plan d’action', 'Priorités, en commençant par le principe le plus faible', 'Comment les scores sont calculés', 'Page 2 sur']) {
    expect(text.toLowerCase()).toContain(heading.toLowerCase());
  }
  expect(text).toContain('50 sur 100');
  expect(text.toLowerCase()).not.toContain('overall resilience index');
  expect(text).not.toContain('out of 100');
  expect(readFileSync(path, 'latin1')).toMatch(/\/Lang \(fr\)/);

  // The same assessment read in Spanish: the same numbers, in Spanish words.
  await choose(page, 'Español');
  const esTable = page.getByRole('table', { name: /Puntuaciones por principio/ });
  await expect(esTable).toBeVisible();
  for (const p of rubric.principles) {
    await expect(esTable.getByRole('row', { name: new RegExp(`^${escapeRegExp(es.principles[p.id as keyof typeof es.principles].title)}`) })).toBeVisible();
  }
  await expect(esTable.getByRole('row', { name: /^Índice global de resiliencia/ })).toBeVisible();
  await expect(esTable.getByRole('columnheader', { name: 'Puntuación' })).toBeVisible();
  const esScores = await esTable.getByRole('row').allInnerTexts();
  const numbers = (rows: string[]) => rows.map((r) => r.match(/\d+/g)?.join(' ') ?? '');
  expect(numbers(esScores)).toEqual(numbers(frScores));
});

/** A participant's ballot, answered in their own language, handed in; returns the ballot link. */
async function ballotIn(page: Page, invitation: string, language: 'Français' | 'Español', t: Translation, level: number) {
  await page.goto(invitation);
  await choose(page, language);
  const words = language === 'Français'
    ? { start: 'Commencer les questions', next: /^(Suivant|Vérifier et remettre)$/, last: 'Vérifier et remettre', handIn: 'Remettre mes réponses', link: 'Lien du bulletin' }
    : { start: 'Empezar las preguntas', next: /^(Siguiente|Revisar y entregar)$/, last: 'Revisar y entregar', handIn: 'Entregar mis respuestas', link: 'Enlace de la papeleta' };
  await page.getByRole('button', { name: words.start }).click();
  const questions = new Map(Object.entries(t.indicators).map(([id, w]) => [w.question, { id, w }]));
  for (let n = 1; ; n++) {
    const title = (await page.getByRole('heading', { level: 1 }).innerText()).trim();
    const found = [...questions.keys()].find((q) => title.endsWith(q));
    expect(found, `a ${language} question: ${title}`).toBeTruthy();
    const { w } = questions.get(found!)!;
    await page.getByRole('radiogroup', { name: w.question, exact: true })
      .getByRole('radio', { name: new RegExp(`^${escapeRegExp(w.levels[level]!.label)}`) }).check();
    const next = page.getByRole('button', { name: words.next });
    const last = (await next.innerText()) === words.last;
    await next.click();
    if (last) break;
  }
  await page.getByRole('button', { name: words.handIn }).click();
  return page.getByRole('textbox', { name: words.link, exact: true }).inputValue();
}

test('a workshop with one French and one Spanish participant aggregates their ballots together', async ({ browser, page }) => {
  test.setTimeout(180_000);
  const invitation = await setUpWorkshop(page, { networkName: 'Red intercooperativa de Lyon y Bilbao', facilitator: 'Itziar Etxeberria' });
  const links: string[] = [];
  for (const [language, t, level] of [['Français', fr, 4], ['Español', es, 2]] as const) {
    const context = await browser.newContext();
    const participant = await context.newPage();
    links.push(await ballotIn(participant, invitation, language, t, level));
    await context.close();
  }
  for (const link of links) {
    await page.goto('./#/');
    await page.goto(link);
    await page.getByRole('button', { name: /^Add this ballot to/ }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Added' })).toBeVisible();
  }
  await page.getByRole('link', { name: 'See the group picture' }).click();
  // Levels 4 and 2 on every question: a median of 3, so every principle scores 75.
  const table = page.getByRole('table', { name: /Group scores by principle/ });
  await expect(table).toBeVisible();
  for (const p of rubric.principles) {
    await expect(table.getByRole('row', { name: new RegExp(`^${escapeRegExp(p.title)}`) })).toContainText('75');
  }
  await expect(table.getByRole('row', { name: /^Overall resilience index/ })).toContainText('75');
});

test('a pseudo-locale walk of every screen finds no English from the catalogues', async ({ page }) => {
  test.setTimeout(240_000);
  const phrases = englishPhrases();
  expect(phrases.length).toBeGreaterThan(300);
  const found: string[] = [];
  // What the walk types, shown as typed in any language.
  const typed = [LONG_NETWORK, LONG_NOTE, 'Ana Núñez and the Comité de coordination intercoopératif', 'Marie-Ève Tremblay-Ouellet',
    'Travailleuses et travailleurs membres', 'Organisations partenaires du territoire', 'Fivefold',
    // A command to type, the same in every language.
    'npm run serve:room'];
  const inner = async (screen: string) => {
    await expect(page.locator('body')).toContainText('⟦');
    for (const p of await visibleEnglish(page, phrases)) found.push(`${screen}: “${p}”`);
    for (const p of await plainEnglishText(page, typed)) found.push(`${screen}: plain English “${p}”`);
  };
  // Screens whose open menu or step would not survive the redraw a language change makes.
  const skip = ['home-library-menu', 'home-reassess', 'step-one-question-principles', 'ballot-question', 'ballot-handed-in'];
  await walkSoloScreens(page, checkInLanguage(page, 'en-XA', 'en', inner, skip));
  await walkWorkshopScreens(page, checkInLanguage(page, 'en-XA', 'en', inner, skip));
  expect(found).toEqual([]);
});

test.describe('French text, ~25 % longer than English, still reflows at 360 px with wide text', () => {
  for (const [part, walk] of [
    ['assessment screens', walkSoloScreens],
    ['workshop screens', walkWorkshopScreens],
  ] as const) {
    test(part, async ({ page }) => {
      test.setTimeout(300_000);
      await page.setViewportSize({ width: 360, height: 740 });
      await useWideText(page);
      const { check, expectNone } = reflowChecker(page, `fr-360-wide-${part.split(' ')[0]}`);
      const skip = ['home-library-menu', 'home-reassess', 'step-one-question-principles', 'ballot-question', 'ballot-handed-in'];
      await walk(page, checkInLanguage(page, 'fr', 'fr', check, skip));
      expectNone();
    });
  }
});

test('a damaged file is explained in French and Spanish, naming the question in that language, with no English left', async ({ page }) => {
  await page.goto('./#/');
  const first = rubric.principles[0]!.indicators[0]!;
  const now = new Date().toISOString();
  const ref = { id: rubric.id, version: rubric.version };
  const assessment = { id: 'e2e-1', kind: 'solo', networkName: 'Réseau de l’Estrie', assessors: 'Ida', createdAt: now, updatedAt: now, rubric: ref, answers: { [first.id]: { value: 7 } }, stageId: null, outcomes: {} };
  const buffer = Buffer.from(JSON.stringify({ type: 'fivefold/assessment', schemaVersion: 1, rubric: ref, exportedAt: now, assessment }));
  const importIt = (label: RegExp) => page.getByLabel(label).setInputFiles({ name: 'niveau-7.json', mimeType: 'application/json', buffer });
  const alert = page.getByRole('alert');

  await choose(page, 'Français');
  await importIt(/^Choisir un fichier à importer$/);
  await expect(alert).toContainText('L’évaluation contenue dans le fichier n’a pas pu être lue\u00a0:');
  await expect(alert).toContainText(`La question 1.1 «\u00a0${fr.indicators[first.id as keyof typeof fr.indicators].question}\u00a0» a le niveau 7\u00a0; les niveaux vont de 0 à 4.`);
  await expect(alert.getByText('Détails')).toBeVisible();

  await choose(page, 'Español');
  await importIt(/^Elegir un archivo para importar$/);
  await expect(alert).toContainText('No se pudo leer la evaluación del archivo:');
  await expect(alert).toContainText(`La pregunta 1.1 “${es.indicators[first.id as keyof typeof es.indicators].question}” tiene el nivel 7; los niveles van de 0 a 4.`);

  // In the pseudo-locale, nothing of the message is English from a catalogue.
  await switchFromAnotherTab(page, 'en-XA', 'en');
  await importIt(new RegExp(`^${escapeRegExp(pseudo('Choose a file to import'))}$`));
  await expect(alert).toContainText('⟦');
  const alertText = await alert.innerText();
  expect(englishPhrases().filter((p) => alertText.includes(p))).toEqual([]);
});

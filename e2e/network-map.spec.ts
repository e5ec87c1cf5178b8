// The network map, end to end as the issue asks: five members and six ties entered by form, ten more
// members from a CSV (a wrong file first: nothing imported, the row named), the measures table read,
// a "From your network map" line beside a diversity question, a match, and the PDF's map page.
import { execFileSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './a11y-helpers';
import { address, rubric, startAssessment } from './helpers';
import { LONG_NETWORK, reflowChecker, useWideText } from './reflow-helpers';

const NETWORK = 'Valley Co-operative Network';

const FORM_MEMBERS = [
  { name: 'Riverbank Bakery', sector: 'Food and farming', kind: 'Worker', need: 'Bookkeeping' },
  { name: 'Søren’s Ærø Dairy', sector: 'Food and farming', kind: 'Producer/agricultural' },
  { name: 'Hillside Housing', sector: 'Housing', kind: 'Housing' },
  { name: 'Northern Credit Union', sector: 'Finance', kind: 'Credit union/financial' },
  { name: 'Co-op Development Fund', sector: 'Finance', kind: 'Support body' },
];

/** from, to, kinds, in writing, since: 4 of the 6 in writing, 1 tied two ways. */
const FORM_TIES: [string, string, string[], boolean, string][] = [
  ['Riverbank Bakery', 'Søren’s Ærø Dairy', ['Trade'], true, '2015'],
  ['Søren’s Ærø Dairy', 'Hillside Housing', ['Trade'], false, ''],
  ['Hillside Housing', 'Northern Credit Union', ['Finance/lending'], true, '2009'],
  ['Northern Credit Union', 'Co-op Development Fund', ['Finance/lending', 'Education/training'], true, ''],
  ['Riverbank Bakery', 'Northern Credit Union', ['Finance/lending'], false, ''],
  ['Søren’s Ærø Dairy', 'Co-op Development Fund', ['Education/training'], true, '2020'],
];

const CSV_HEADER = 'name,sector,kind,size,founded,place,needs,offers';
const CSV_ROWS = [
  '"Ledger Workers’ Co-op",Services,worker,12,2011,Riverton,,bookkeeping',
  'Green Energy Co-op,Energy,consumer,800,2014,Hillside,,',
  'Tech Makers,Technology,worker,9,2019,Riverton,,IT',
  'Care Together,Health and care,multi-stakeholder,60,2016,Lakeview,,',
  'Market Hall,Retail,consumer,2300,1998,Riverton,,',
  'Print Works,Manufacturing,worker,14,2005,Hillside,,',
  'School Meals,Food and farming,worker,25,2012,Lakeview,,',
  'Bike Couriers,Transport,worker,7,2021,Riverton,,transport',
  'Town Council,Services,public body,,,Riverton,,',
  'Valley Radio,Culture and media,worker,5,2010,Lakeview,,',
];

function csv(rows: string[]) {
  return { name: 'members.csv', mimeType: 'text/csv', buffer: Buffer.from([CSV_HEADER, ...rows].join('\r\n'), 'utf8') };
}

async function addMember(page: Page, m: (typeof FORM_MEMBERS)[number]) {
  const form = page.getByRole('form', { name: 'Add a member' });
  await form.getByLabel('Name', { exact: true }).fill(m.name);
  await form.getByLabel('Sector', { exact: true }).selectOption({ label: m.sector });
  await form.getByLabel('Kind', { exact: true }).selectOption({ label: m.kind });
  if (m.need) {
    await form.getByRole('button', { name: 'Add a need' }).click();
    await form.getByRole('group', { name: 'Need 1' }).getByLabel('Category').selectOption({ label: m.need });
  }
  // By keyboard: Enter in the name field submits the form.
  await form.getByLabel('Name', { exact: true }).press('Enter');
  await expect(page.getByText(`Added ${m.name}.`)).toBeVisible();
}

async function addTie(page: Page, [from, to, kinds, written, since]: (typeof FORM_TIES)[number]) {
  const form = page.getByRole('form', { name: 'Tie two members' });
  await form.getByLabel('From', { exact: true }).selectOption({ label: from });
  await form.getByLabel('To', { exact: true }).selectOption({ label: to });
  for (const kind of kinds) await form.getByRole('checkbox', { name: kind }).check();
  if (written) await form.getByRole('checkbox', { name: 'In writing' }).check();
  if (since) await form.getByLabel('Since', { exact: true }).fill(since);
  await form.getByRole('button', { name: 'Add tie' }).click();
  await expect(page.getByText(`Tied ${from} and ${to}.`)).toBeVisible();
}

async function measure(page: Page, term: string) {
  const table = page.getByRole('table', { name: /measures/i });
  return (await table.getByRole('row', { name: new RegExp(`^${term}`) }).getByRole('cell').first().innerText()).trim();
}

test('map a network by form and CSV, read its measures, see its evidence and a match, and find them in the PDF', async ({ page }) => {
  test.setTimeout(120_000);
  const id = await startAssessment(page, NETWORK, 'Ana Núñez');

  // The start page's "Network map" control opens this network's map.
  await page.goto('./#/');
  await page.getByRole('link', { name: 'Network map' }).click();
  await expect(page.getByRole('heading', { level: 1, name: NETWORK })).toBeVisible();

  for (const m of FORM_MEMBERS) await addMember(page, m);
  await page.getByRole('navigation', { name: 'Parts of the map' }).getByRole('link', { name: 'Ties' }).click();
  for (const t of FORM_TIES) await addTie(page, t);
  await expect(page.getByRole('heading', { name: 'Ties (6)' })).toBeVisible();

  // A file with one wrong row imports nothing and names the row and column.
  await page.getByRole('link', { name: 'Members' }).click();
  await page.getByLabel('Import members').setInputFiles(csv([...CSV_ROWS.slice(0, 2), 'Odd One,Retail,cooperative,,,,,', ...CSV_ROWS.slice(2)]));
  await expect(page.getByRole('alert')).toContainText('Nothing was imported from “members.csv”');
  await expect(page.getByRole('alert')).toContainText('Row 4, column');
  await expect(page.getByRole('heading', { name: 'Members (5)' })).toBeVisible();
  // The template is linked from the screen.
  await expect(page.getByRole('link', { name: /template/i })).toHaveAttribute('href', /^data:text\/csv/);

  await page.getByLabel('Import members').setInputFiles(csv(CSV_ROWS));
  await expect(page.getByRole('heading', { name: 'Members (15)' })).toBeVisible();

  // The measures, computed by hand: 15 members, 6 ties, 4 in writing, 1 of 6 tied two ways.
  await page.getByRole('link', { name: 'Measures' }).click();
  expect(await measure(page, 'Members')).toBe('15');
  expect(await measure(page, 'Ties in writing')).toBe('67%');
  expect(await measure(page, 'Multiplexity')).toBe('0.17');
  // 15 members: 105 possible pairs, 6 tied.
  expect(await measure(page, 'Density')).toBe('0.06');
  expect(await measure(page, 'Most ties')).toMatch(/^(Søren’s Ærø Dairy and Northern Credit Union|Northern Credit Union and Søren’s Ærø Dairy)$/);

  // The drawing and its table of the same facts.
  await page.getByRole('link', { name: 'Drawing' }).click();
  await expect(page.getByRole('img', { name: /Drawing of the network map of Valley Co-operative Network: 15 members and 6 ties/ })).toBeVisible();

  // The match: Riverbank needs bookkeeping, Ledger offers it, not yet tied.
  await page.getByRole('link', { name: 'Matches' }).click();
  const match = page.getByRole('listitem').filter({ hasText: 'Riverbank Bakery needs bookkeeping; Ledger Workers’ Co-op offers bookkeeping' });
  await expect(match).toContainText('not yet tied');

  // Beside the diversity of sectors question: 11 sectors among the 13 co-ops, Food and farming 3 of 13.
  const diversity = rubric.principles.find((p) => p.indicators.some((i) => i.id === 'div-sectors'))!;
  await page.goto(address.step(id, diversity.id));
  await expect(page.locator('#indicator-div-sectors')).toContainText('From your network map: 11 sectors; the largest holds 23% of member co-ops');

  // The PDF's map page holds the measures and the match.
  await page.goto(address.results(id));
  await expect(page.getByRole('heading', { name: 'From your network map' })).toBeVisible();
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download PDF report' }).click();
  const path = test.info().outputPath('report.pdf');
  await (await downloadPromise).saveAs(path);
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).toContain('Network map');
  expect(text).toContain('Ties in writing: 67%');
  expect(text).toContain('Multiplexity: 0.17');
  expect(text).toContain('Riverbank Bakery needs bookkeeping; Ledger Workers’ Co-op offers bookkeeping — not yet tied.');

  // The print view has the map too: its drawing, measures and the match.
  await page.goto(address.report(id));
  const printed = page.getByRole('region', { name: 'Network map' });
  await expect(printed.getByRole('img', { name: /Drawing of the network map/ })).toBeVisible();
  await expect(printed.getByRole('row', { name: /^Ties in writing 67%/ })).toBeVisible();
  await expect(printed).toContainText('Riverbank Bakery needs bookkeeping; Ledger Workers’ Co-op offers bookkeeping — not yet tied.');
});

/** A 30-member map of long, accented names with ties of every sort, brought in by CSV. */
async function thirtyMemberMap(page: Page) {
  await page.goto('./#/');
  await page.getByLabel('Name of the network to map').fill(LONG_NETWORK);
  await page.getByRole('button', { name: 'Open its map' }).click();
  await expect(page.getByRole('heading', { level: 1, name: LONG_NETWORK })).toBeVisible();
  const sectors = ['Food and farming', 'Manufacturing', 'Health and care', 'Culture and media', 'Finance', 'Housing'];
  const kinds = ['worker', 'consumer', 'producer/agricultural', 'credit union/financial', 'support body', 'public body', 'other'];
  const names = Array.from({ length: 30 }, (_, i) => `Coopérative de développement régional numéro ${i + 1}`);
  const members = names.map((n, i) => `"${n}",${sectors[i % sectors.length]},${kinds[i % kinds.length]},${(i * 37) % 500},${1950 + i},Rimouski,${i % 3 ? '' : 'bookkeeping'},${i % 4 ? '' : 'bookkeeping;IT'}`);
  const ties = names.slice(1).map((n, i) => `"${names[Math.floor(i / 3)]}","${n}",${i % 2 ? 'trade;finance' : 'education'},${i % 3 ? 'yes' : 'no'},${i % 2 ? 2010 + i : ''}`);
  await page.getByLabel('Import members').setInputFiles({ name: 'm.csv', mimeType: 'text/csv', buffer: Buffer.from([CSV_HEADER, ...members].join('\n')) });
  await expect(page.getByRole('heading', { name: 'Members (30)' })).toBeVisible();
  await page.getByRole('link', { name: 'Ties', exact: true }).click();
  await page.getByLabel('Import ties').setInputFiles({ name: 't.csv', mimeType: 'text/csv', buffer: Buffer.from(['from,to,kinds,written,since', ...ties].join('\n')) });
  await expect(page.getByRole('heading', { name: 'Ties (29)' })).toBeVisible();
}

const VIEWS = ['Members', 'Ties', 'Drawing', 'Measures', 'Matches'];

test('every part of the map passes axe, with a form error and a failed import on view', async ({ page }) => {
  await thirtyMemberMap(page);
  for (const view of VIEWS) {
    await page.getByRole('navigation', { name: 'Parts of the map' }).getByRole('link', { name: view, exact: true }).click();
    await expect(page.getByRole('link', { name: view, exact: true })).toHaveAttribute('aria-current', 'page');
    if (view === 'Drawing') await expect(page.getByRole('img', { name: /Drawing of the network map/ })).toBeVisible();
    await expectNoAxeViolations(page, `map: ${view}`);
  }
  await page.getByRole('link', { name: 'Members', exact: true }).click();
  await page.getByRole('button', { name: 'Add member' }).click();
  await expect(page.getByLabel('Name', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel('Import members').setInputFiles(csv(['Odd One,Retail,cooperative,,,,,']));
  await expect(page.getByRole('alert').filter({ hasText: 'Nothing was imported' })).toBeVisible();
  await expectNoAxeViolations(page, 'map: members with problems');
});

test('every part of the map reflows at 360 px in a wide font, nothing outside its card', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await useWideText(page);
  await thirtyMemberMap(page);
  const { check, expectNone } = reflowChecker(page, 'map-360');
  for (const view of VIEWS) {
    await page.getByRole('navigation', { name: 'Parts of the map' }).getByRole('link', { name: view, exact: true }).click();
    if (view === 'Drawing') await expect(page.getByRole('img', { name: /Drawing of the network map/ })).toBeVisible();
    await check(view);
  }
  expectNone();
});

// A workshop's CSV read back through a real CSV parser: whose answers (network, day, rubric) and the
// solo columns first, unchanged, then the round, participants and facilitator, the group's median,
// spread, disagreement, agreed level and rationale, and the counts per level.
import Papa from 'papaparse';
import { FIVE_PRINCIPLES } from '../../src/core/builtin-rubrics';
import { buildWorkshopReportModel } from '../../src/core/workshop-report';
import { buildCsv } from '../../src/export/csv/build-csv';
import { WORKSHOP_RATIONALE, sampleWorkshop } from '../fixtures/sample-workshop';

const NOW = new Date('2026-04-01T10:00:00.000Z');
const CONTEXT = ['network', 'assessed_on', 'assessor', 'rubric_id', 'rubric_version'];
const SOLO = ['principle', 'indicator_id', 'number', 'question', 'level', 'level_label', 'answer', 'note'];
const WORKSHOP = ['round', 'participants', 'facilitator'];
const GROUP = ['median', 'spread', 'disagreement', 'consensus_level', 'consensus_rationale'];
const COUNTS = ['count_0', 'count_1', 'count_2', 'count_3', 'count_4', 'count_na', 'count_dont_know'];

function parse(csv: string): Record<string, string>[] {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const result = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, newline: '\r\n', skipEmptyLines: true });
  expect(result.errors).toEqual([]);
  return result.data;
}

describe('buildCsv: a workshop', () => {
  const csv = buildCsv(buildWorkshopReportModel(FIVE_PRINCIPLES, sampleWorkshop(), NOW));
  const rows = parse(csv);
  const row = (number: string) => rows.find((r) => r.number === number)!;

  it('keeps the solo columns first and adds the group columns after them, one row per question', () => {
    expect(csv.slice(1, csv.indexOf('\r\n')).split(',')).toEqual([...CONTEXT, ...SOLO, ...WORKSHOP, ...GROUP, ...COUNTS]);
    expect(rows).toHaveLength(25);
  });

  it('names the workshop on every row: network as typed, its day, rubric, round and who took part', () => {
    for (const r of rows) {
      expect(r).toMatchObject({
        network: 'Łódź Spółdzielnia & Coopérative du Québec',
        assessed_on: '2026-03-14',
        assessor: 'Facilitated workshop with 3 participants (facilitator: Mercè Puig)',
        rubric_id: 'five-principles',
        rubric_version: FIVE_PRINCIPLES.version,
        round: '1',
        participants: '3',
        facilitator: 'Mercè Puig',
      });
    }
  });

  it('says round 2 once the second round has answers', () => {
    const w = sampleWorkshop();
    w.ballots.push({ ...w.ballots[0]!, id: 'round-2-zofia', round: 2 });
    const second = parse(buildCsv(buildWorkshopReportModel(FIVE_PRINCIPLES, w, NOW)));
    expect(second.every((r) => r.round === '2' && r.participants === '1')).toBe(true);
  });

  it('gives the group value, its basis, and the statistics', () => {
    expect(row('1.2')).toMatchObject({ level: '2', level_label: 'Shared body, members lack a vote', answer: 'median', median: '2', spread: '0', disagreement: 'no' });
    expect(row('2.4')).toMatchObject({
      level: '1.5',
      level_label: 'between Discussed, not counted and Counted, no action',
      answer: 'median between levels',
      median: '1.5',
      count_1: '1',
      count_2: '1',
      count_dont_know: '1',
    });
    expect(row('2.3')).toMatchObject({ level: '', answer: 'no level given', median: '', spread: '', count_na: '3' });
    expect(row('4.2')).toMatchObject({ disagreement: 'yes', spread: '2', count_0: '1', count_1: '1', count_2: '1', consensus_level: '' });
  });

  it('gives the agreed level and its rationale exactly as typed', () => {
    expect(row('1.1')).toMatchObject({
      level: '1',
      answer: 'agreed level',
      median: '2',
      spread: '4',
      disagreement: 'yes',
      consensus_level: '1',
      consensus_rationale: WORKSHOP_RATIONALE,
      count_0: '1',
      count_2: '1',
      count_4: '1',
    });
  });

  it('puts participants’ notes in the note column, each headed by who wrote it', () => {
    expect(row('1.1').note).toBe(
      'Zofia Wójcik (worker-members): Umowa z piekarnią wygasła — nothing is signed in Łódź.\n\nSøren Ærø (partner organisations): Mondragón-style charter signed by every member in 2023.',
    );
  });

  it('guards typed text against formula injection', () => {
    const w = sampleWorkshop();
    w.consensus['inst-formal-agreements']!.rationale = '=HYPERLINK("http://x")';
    w.ballots[0]!.participant = '@admin';
    w.networkName = '=HYPERLINK("http://x")';
    w.facilitator = '+Mercè';
    const guarded = parse(buildCsv(buildWorkshopReportModel(FIVE_PRINCIPLES, w, NOW)));
    expect(guarded.every((r) => r.network === '\'=HYPERLINK("http://x")' && r.facilitator === "'+Mercè")).toBe(true);
    expect(guarded[0]!.consensus_rationale).toBe('\'=HYPERLINK("http://x")');
    expect(guarded[0]!.note!.startsWith("'@admin (worker-members): ")).toBe(true);
  });
});

// A workshop's Markdown report: the group's picture in the PDF's words and order, the rationale and
// participants' notes kept as typed but unable to change the document's structure.
import { FIVE_PRINCIPLES } from '../../src/core/builtin-rubrics';
import { buildWorkshopReportModel } from '../../src/core/workshop-report';
import { buildMarkdown } from '../../src/export/markdown/build-markdown';
import { answerText, reportText } from '../../src/export/report-text';
import { participantsLine, roundLine, workshopText as wt } from '../../src/export/workshop-text';
import { WORKSHOP_RATIONALE, sampleWorkshop } from '../fixtures/sample-workshop';

const NOW = new Date('2026-04-01T10:00:00.000Z');
const model = buildWorkshopReportModel(FIVE_PRINCIPLES, sampleWorkshop(), NOW);
const ws = model.workshop!;
const md = buildMarkdown(model);
const lines = md.split('\n');

describe('buildMarkdown: a workshop', () => {
  it('names the workshop as the assessor and puts the group’s picture between the summary and the principles', () => {
    expect(md).toContain('- Assessed by: Facilitated workshop with 3 participants (facilitator: Mercè Puig)');
    expect(md).toContain('- Date: 14 March 2026');
    const order = [`## ${reportText.summary}`, `## ${wt.groupPicture}`, `### ${wt.distribution}`, `### ${wt.disagreed}`, `### ${wt.agreed}`, `## ${reportText.principles}`].map((h) => lines.indexOf(h));
    expect(order.every((at) => at > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(lines).toContain(participantsLine(ws));
  });

  it('has one distribution row per question with the counts, median, spread and disagreement mark', () => {
    const rows = lines.filter((l) => /^\| \d\.\d \|/.test(l));
    expect(rows).toHaveLength(25);
    expect(rows[0]).toBe(`| 1.1 | ${ws.perIndicator[0]!.question} | 1 | 0 | 1 | 0 | 1 | 0 | 0 | 2 | 4 | Disagreement |`);
    expect(rows.find((r) => r.startsWith('| 2.4 |'))).toMatch(/\| 0 \| 1 \| 1 \| 0 \| 0 \| 0 \| 1 \| 1\.5 \| 1 \| {2}\|$/);
    expect(rows.find((r) => r.startsWith('| 2.3 |'))).toMatch(/\| 3 \| 0 \| – \| – \| {2}\|$/);
  });

  it('lists the agenda most divided first, with the agreed level where there is one', () => {
    const agenda = lines.filter((l) => l.startsWith('- ') && l.includes('Disagreement'));
    expect(agenda).toEqual(
      ws.agenda.map((r) => `- ${r.number} ${r.question} — ${roundLine(ws, r)}${r.consensus ? ` — ${answerText(r.consensus.answer)}` : ''}`),
    );
    expect(agenda.map((l) => l.slice(2, 5))).toEqual(['1.1', '4.2']);
  });

  it('quotes the rationale line by line under “What the group agreed” and under its question', () => {
    const [first, second] = WORKSHOP_RATIONALE.split('\n');
    expect(lines.filter((l) => l === `> **${wt.rationale}:** ${first}`)).toHaveLength(2);
    expect(lines.filter((l) => l === `> ${second}`)).toHaveLength(2);
  });

  it('shows each question’s group value, first round and participants’ notes by name', () => {
    for (const ind of model.principles.flatMap((p) => p.indicators)) {
      expect(lines.some((l) => l.startsWith(`**${answerText(ind.answer)}**`))).toBe(true);
    }
    expect(lines).toContain('**Median 1.5 (between level 1: Discussed, not counted and level 2: Counted, no action)**');
    expect(lines).toContain('First round: 0×1, 2×1, 4×1 · median 2 · spread 4 · Disagreement');
    expect(lines).toContain('> **Zofia Wójcik (worker-members):** Umowa z piekarnią wygasła — nothing is signed in Łódź.');
    expect(lines).toContain('> **Élodie Tremblay (user-members):** Coopérative du Québec moved two bakers last winter.');
    expect(lines).toContain('> It was informal.');
  });

  it('keeps typed text as text: a hostile rationale or note cannot add a heading, list or table row', () => {
    const w = sampleWorkshop();
    w.consensus['inst-formal-agreements']!.rationale = '# not a heading\n- not a list\n| a | b |';
    w.ballots[0]!.answers['inst-shared-entities'] = { value: 2, note: '## nor this\n<script>x</script>' };
    w.ballots[0]!.participant = 'Ana | Núñez';
    const hostile = buildMarkdown(buildWorkshopReportModel(FIVE_PRINCIPLES, w, NOW));
    const out = hostile.split('\n');
    expect(out.some((l) => /^#{1,6} (not a heading|nor this)/.test(l) || l.startsWith('- not a list'))).toBe(false);
    expect(out).toContain('> \\- not a list');
    expect(out).toContain('> \\| a \\| b \\|');
    expect(hostile).toContain('> **Ana \\| Núñez (worker-members):** ## nor this');
    expect(hostile).not.toMatch(/(?<!\\)<script/);
  });

  it('has a rounds table only when round 2 exists', () => {
    expect(md).not.toContain(wt.rounds);
    const w = sampleWorkshop();
    w.ballots.push({ ...w.ballots[0]!, id: 'round-2', round: 2 });
    const withRounds = buildMarkdown(buildWorkshopReportModel(FIVE_PRINCIPLES, w, NOW));
    expect(withRounds).toContain(`### ${wt.rounds}`);
    expect(withRounds).toContain('| 1.1 | How much of the regular co-operation in your network is covered by written agreements that last beyond a single deal? | median 2, spread 4 | median 0, spread 0 | -2 |');
  });
});

// The Markdown export holds the report's content in the report's words, and typed text cannot
// change its structure (no stray headings, lists, broken tables or raw HTML).
import type { Assessment } from '../../src/core/assessment';
import { FIVE_PRINCIPLES } from '../../src/core/builtin-rubrics';
import { buildReportModel } from '../../src/core/report-model';
import type { ReportModel } from '../../src/core/report-model';
import { buildMarkdown } from '../../src/export/markdown/build-markdown';
import {
  answerText,
  assessedByText,
  formatDueDate,
  formatReportDate,
  formatReportScore,
  methodParagraphs,
  reportText,
  scoreLine,
} from '../../src/export/report-text';
import { changeLine, reportNames, summarySentence, summaryText } from '../../src/export/summary-text';
import { sampleAssessment } from '../fixtures/sample-assessment';
import { lastYearAssessment, plannedAssessment } from '../fixtures/sample-plan';

const NOW = new Date('2026-04-01T10:00:00.000Z');
const HOSTILE_NOTE = [
  '# not a heading',
  '| pipe | in | a | note |',
  '| --- | --- | --- | --- |',
  '- not a list',
  '1. not a numbered list',
  '> not a quote',
  '```',
  '<script>alert(1)</script>',
  '===',
].join('\n');

function modelOf(assessment: Assessment = { ...sampleAssessment({ longNotes: true }), actions: plannedAssessment().actions, boardAsk: plannedAssessment().boardAsk }): ReportModel {
  return buildReportModel(FIVE_PRINCIPLES, assessment, NOW, lastYearAssessment());
}

const unescapedPipes = (line: string) => line.split(/(?<!\\)\|/).length - 1;
const tableRows = (md: string, header: string) => {
  const lines = md.split('\n');
  const start = lines.findIndex((l) => l.startsWith(`| ${header} |`));
  const end = lines.findIndex((l, i) => i > start && !l.startsWith('|'));
  return lines.slice(start, end);
};

describe('buildMarkdown: content', () => {
  const model = modelOf();
  const md = buildMarkdown(model);
  const lines = md.split('\n');

  it('opens with the title and the cover facts', () => {
    expect(lines[0]).toBe(`# ${reportText.documentTitle}: ${model.networkName}`);
    expect(md).toContain(`${reportText.assessedBy}: ${assessedByText(model)}`);
    expect(md).toContain(`${reportText.date}: ${formatReportDate(model.assessedAt)}`);
    expect(md).toContain(reportText.rubricVersion(model.rubric.title, model.rubric.version));
  });

  it('keeps the PDF’s section order', () => {
    const order = [
      `## ${reportText.summary}`,
      `### ${summaryText.changeTitle(model.change!.since)}`,
      `### ${reportText.scoresTable}`,
      `### ${reportText.boardAsk}`,
      `## ${reportText.actionPlan}`,
      `## ${reportText.priorities}`,
      `## ${reportText.principles}`,
      `## ${reportText.stageAndOutcomes}`,
      `## ${reportText.method}`,
    ].map((h) => lines.indexOf(h));
    expect(order.every((at) => at > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('summarises the overall index, weakest principle, the executive summary and the change since last time', () => {
    expect(md).toContain(`${formatReportScore(model.overall)} out of 100 · ${model.overallBand}`);
    expect(md).toContain(`${model.weakest!.title} · ${formatReportScore(model.weakest!.score)}`);
    const names = reportNames(model);
    for (const sentence of model.summary) expect(md).toContain(summarySentence(sentence, names));
    for (const c of model.change!.principles) expect(lines).toContain(`- ${changeLine(c, model.change!.versions)}`);
    expect(md).toContain(model.boardAsk);
  });

  it('has the stage with its note and what gets a network to the next stage', () => {
    const stage = model.stage!;
    expect(md).toContain(reportText.stageOf(stage.number, model.stageCount, stage.title));
    expect(md).toContain(stage.note);
    expect(md).toContain(`**${reportText.nextStage}:** ${stage.next}`);
    for (const step of stage.nextSteps) expect(lines).toContain(`- ${step}`);
  });

  it('gives every principle its title and formatted score, in the table and in its own section', () => {
    const rows = tableRows(md, reportText.colPrinciple);
    for (const p of model.principles) {
      expect(lines).toContain(`### ${reportText.principleHeading(p)}`);
      expect(md).toContain(scoreLine(p));
      expect(rows.some((r) => r.includes(p.title) && r.includes(`| ${formatReportScore(p.score)} |`))).toBe(true);
    }
  });

  it('shows every question once, with its answer text, level anchor and every line of its note', () => {
    for (const ind of model.principles.flatMap((p) => p.indicators)) {
      expect(lines.filter((l) => l.includes(ind.question))).toEqual([`#### ${ind.number} ${ind.question}`]);
      expect(lines.some((l) => l.startsWith(`**${answerText(ind.answer)}**`))).toBe(true);
      if (ind.answer.kind === 'level') expect(md).toContain(ind.answer.anchor);
      for (const noteLine of ind.note.split('\n')) {
        expect(lines.some((l) => l.startsWith('> ') && l.includes(noteLine))).toBe(true);
      }
    }
    for (const h of [...model.strengths, ...model.gaps]) {
      expect(lines).toContain(`**${answerText(h.answer)}** · ${model.strengths.includes(h) ? reportText.strength : reportText.gap}`);
    }
  });

  it('has the action plan as a table: each action with its principle, owner, due date and status, in order', () => {
    const rows = tableRows(md, reportText.colNumber);
    expect(rows).toHaveLength(2 + model.actions.length);
    model.actions.forEach((a, i) => {
      const row = rows[2 + i]!;
      expect(row.startsWith(`| ${a.number} |`)).toBe(true);
      for (const cell of [a.principle ?? '', a.owner, a.due ? formatDueDate(a.due) : '', reportText.status[a.status]]) expect(row).toContain(cell);
    });
    expect(rows[3]).toContain(reportText.carried);
  });

  it('lists each principle’s recommended actions once, weakest principle first, with lead and first step', () => {
    const headings = model.priorities.map((p) => lines.findIndex((l) => l.startsWith(`### ${p.number}. ${p.title} ·`)));
    expect([...headings].sort((a, b) => a - b)).toEqual(headings);
    for (const r of model.priorities.flatMap((p) => p.recommendations)) {
      expect(lines.filter((l) => l.includes(r.text))).toHaveLength(1);
      if (r.lead) expect(md).toContain(`${reportText.lead}: ${r.lead}`);
    }
  });

  it('has the method paragraphs and every outcome with its rating', () => {
    for (const paragraph of methodParagraphs(model)) expect(lines).toContain(paragraph);
    const rows = tableRows(md, 'Outcome');
    for (const o of model.outcomes) {
      expect(rows).toContain(`| ${o.title}: ${o.description} | ${o.rating ?? reportText.notRated} |`);
    }
  });
});

describe('buildMarkdown: typed text stays text', () => {
  const assessment = sampleAssessment();
  assessment.networkName = 'Co-op network\n# not a heading ##';
  assessment.answers['inst-formal-agreements'] = { value: 2, note: HOSTILE_NOTE };
  assessment.stageNote = '- not a list\n## not a heading either';
  const model = modelOf(assessment);
  model.principles[0]!.title = 'Trade | finance\nand # more';
  model.outcomes[0]!.description = 'Shared | pooled\n| --- |';
  const md = buildMarkdown(model);
  const lines = md.split('\n');

  it('keeps the title on one line and its trailing # as text', () => {
    expect(lines[0]).toBe(`# ${reportText.documentTitle}: Co-op network # not a heading \\##`);
    expect(lines[1]).toBe('');
  });

  it('never lets a note line start a heading, list, quote, fence or setext underline', () => {
    expect(lines.some((l) => l.startsWith('# not a heading'))).toBe(false);
    expect(lines.some((l) => l.startsWith('## not a heading'))).toBe(false);
    const start = lines.indexOf('> **Note:** # not a heading');
    const end = lines.findIndex((l, i) => i > start && !l.startsWith('>'));
    const quoted = lines.slice(start + 1, end).filter((l) => l !== '>');
    // Every typed line is in the quote, and each one starts with an escape.
    expect(quoted).toHaveLength(HOSTILE_NOTE.split('\n').length - 1);
    expect(quoted.every((l) => /^> (\\|\d+\\[.)])/.test(l))).toBe(true);
    expect(quoted).toContain('> \\- not a list');
    expect(quoted).toContain('> 1\\. not a numbered list');
  });

  it('escapes pipes and flattens line breaks, so every table row keeps its columns', () => {
    const scores = tableRows(md, reportText.colPrinciple);
    expect(scores).toHaveLength(2 + model.principles.length);
    expect(scores.every((r) => unescapedPipes(r) === 5)).toBe(true);
    expect(scores[2]).toContain('Trade \\| finance and # more');
    const outcomes = tableRows(md, 'Outcome');
    expect(outcomes).toHaveLength(2 + model.outcomes.length);
    expect(outcomes.every((r) => unescapedPipes(r) === 3)).toBe(true);
  });

  it('emits no raw HTML', () => {
    expect(md).not.toMatch(/(?<!\\)<[a-z/!]/i);
    expect(md).toContain('\\<script>alert(1)\\</script>');
  });
});

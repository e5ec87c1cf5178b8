// The Markdown export holds the report's content in the report's words, and typed text cannot
// change its structure (no stray headings, lists, broken tables or raw HTML).
import { FIVE_PRINCIPLES } from '../../src/core/builtin-rubrics';
import { buildReportModel } from '../../src/core/report-model';
import type { ReportModel } from '../../src/core/report-model';
import { buildMarkdown } from '../../src/export/markdown/build-markdown';
import {
  actionDetails,
  actionsOf,
  answerText,
  assessedByText,
  dontKnowText,
  formatReportDate,
  formatReportScore,
  methodParagraphs,
  reportText,
  scoreLine,
} from '../../src/export/report-text';
import { sampleAssessment } from '../fixtures/sample-assessment';

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

function modelOf(assessment = sampleAssessment({ longNotes: true })): ReportModel {
  return buildReportModel(FIVE_PRINCIPLES, assessment, NOW);
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
      `### ${reportText.scoresTable}`,
      `### ${reportText.strengths}`,
      `### ${reportText.gaps}`,
      `### ${reportText.dontKnow}`,
      `## ${reportText.principles}`,
      `## ${reportText.outcomes}`,
      `## ${reportText.allNextSteps}`,
      `## ${reportText.method}`,
      `## ${reportText.appendix}`,
    ].map((h) => lines.indexOf(h));
    expect(order.every((at) => at > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('summarises the overall index, weakest principle, stage and knowledge gaps', () => {
    expect(md).toContain(`${formatReportScore(model.overall)} out of 100 · ${model.overallBand}`);
    expect(md).toContain(`${model.weakest!.title} · ${formatReportScore(model.weakest!.score)}`);
    const stage = model.stage!;
    expect(md).toContain(reportText.stageOf(stage.number, model.stageCount, stage.title));
    expect(md).toContain(stage.note);
    expect(md).toContain(`**${reportText.nextStage}:** ${stage.next}`);
    for (const step of stage.nextSteps) expect(lines).toContain(`- ${step}`);
    expect(md).toContain(dontKnowText(model));
    for (const h of [...model.strengths, ...model.gaps]) expect(md).toContain(`${h.number} ${h.question}`);
  });

  it('gives every principle its title and formatted score, in the table and in its own section', () => {
    const rows = tableRows(md, reportText.colPrinciple);
    for (const p of model.principles) {
      expect(lines).toContain(`### ${reportText.principleHeading(p)}`);
      expect(md).toContain(scoreLine(p));
      expect(rows.some((r) => r.includes(p.title) && r.includes(`| ${formatReportScore(p.score)} |`))).toBe(true);
    }
  });

  it('shows every question with its answer text, level anchor and every line of its note', () => {
    for (const ind of model.principles.flatMap((p) => p.indicators)) {
      expect(lines).toContain(`#### ${ind.number} ${ind.question}`);
      expect(lines).toContain(`**${answerText(ind.answer)}**`);
      if (ind.answer.kind === 'level') expect(md).toContain(ind.answer.anchor);
      for (const noteLine of ind.note.split('\n')) {
        expect(lines.some((l) => l.startsWith('> ') && l.includes(noteLine))).toBe(true);
      }
    }
  });

  it('lists every next step in its principle (with who leads it and a first step) and again in the collected list', () => {
    for (const a of model.principles.flatMap((p) => actionsOf(p))) {
      expect(lines.filter((l) => l === `- ${[a.text, ...actionDetails(a)].join(' ')}`)).toHaveLength(2);
    }
  });

  it('has the method paragraphs and every outcome with its rating', () => {
    for (const paragraph of methodParagraphs(model)) expect(lines).toContain(paragraph);
    const rows = tableRows(md, 'Outcome');
    for (const o of model.outcomes) {
      expect(rows).toContain(`| ${o.title}: ${o.description} | ${o.rating ?? reportText.notRated} |`);
    }
  });

  it('ends with every question and its answer, including “Not answered”', () => {
    const appendix = md.slice(md.indexOf(`## ${reportText.appendix}`));
    for (const ind of model.principles.flatMap((p) => p.indicators)) {
      expect(appendix).toContain(`- ${ind.number} ${ind.question} — ${answerText(ind.answer)}`);
    }
    expect(appendix).toContain('Not answered');
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

// The answers as a spreadsheet: one row per indicator, in rubric order, written so that Excel and
// LibreOffice open it with accents intact and never run a cell as a formula.
import type { ReportAnswer, ReportModel } from '../../core/report-model';

const HEADER = ['principle', 'indicator_id', 'number', 'question', 'level', 'level_label', 'answer', 'note'];

// Plain, stable words rather than the report's display text, so a spreadsheet can filter on them.
const ANSWER_WORDS: Record<ReportAnswer['kind'], string> = {
  level: 'level',
  'not-applicable': 'not applicable',
  'dont-know': "don't know",
  unanswered: 'not answered',
};

// Spreadsheets treat a cell starting with one of these as a formula (OWASP "CSV injection");
// a leading apostrophe makes them show it as text. Rubric files can be imported too, so every field is guarded.
const FORMULA_START = /^[=+\-@\t\r]/;

/** One field: formula-guarded, then quoted per RFC 4180 when it holds a comma, quote or line break. */
export function csvField(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function buildCsv(model: ReportModel): string {
  const rows = model.principles.flatMap((p) =>
    p.indicators.map((ind) => {
      const level = ind.answer.kind === 'level' ? ind.answer : null;
      return [
        p.title,
        ind.id,
        ind.number,
        ind.question,
        level ? String(level.level) : '',
        level ? level.label : '',
        ANSWER_WORDS[ind.answer.kind],
        ind.note,
      ];
    }),
  );
  const lines = [HEADER, ...rows].map((fields) => fields.map(csvField).join(','));
  // The BOM is how Excel learns the file is UTF-8; CRLF is what RFC 4180 asks for.
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

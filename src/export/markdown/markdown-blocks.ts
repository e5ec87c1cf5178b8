// Markdown building blocks. Rubric and user text are escaped, so whatever is typed stays text and
// cannot add headings, lists, tables or HTML.
import { reportText } from '../report-text';

/** Typed backslashes are doubled, or a typed "\|" would cancel our escape; "<" would open raw HTML. */
export function escapeInline(text: string): string {
  return text.replace(/[\\|<]/g, (c) => `\\${c}`);
}

/** One line of text that must not start a heading, list, quote, fence, rule or setext underline. */
export function escapeLine(line: string): string {
  const text = escapeInline(line.trimStart());
  // "1.3" is not a list item; "1. " and "1) " are.
  const numbered = /^(\d+)[.)](\s|$)/.exec(text);
  if (numbered) return `${numbered[1]}\\${text.slice(numbered[1]!.length)}`;
  return /^[#>+\-*_=`~]/.test(text) ? `\\${text}` : text;
}

/** Text inside a line (heading, table cell, bold label), where a line break would end the structure early. */
export function flat(text: string): string {
  return escapeInline(text.replace(/\s+/g, ' ').trim());
}

/** The same, for a list item: its start could still open a nested heading or list. */
export function oneLine(text: string): string {
  return escapeLine(text.replace(/\s+/g, ' ').trim());
}

export function heading(level: number, text: string): string {
  // A run of # at the end would be read as the heading's closing sequence and dropped.
  return `${'#'.repeat(level)} ${flat(text).replace(/#+$/, (m) => `\\${m}`)}`;
}

export function paragraph(text: string): string {
  return text.split(/\r\n|\r|\n/).map(escapeLine).join('\n');
}

export function list(items: string[]): string {
  return items.map((item) => `- ${oneLine(item)}`).join('\n');
}

export function table(columns: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.map(flat).join(' | ')} |`;
  return [line(columns), `|${columns.map(() => ' --- |').join('')}`, ...rows.map(line)].join('\n');
}

/** Typed text as a blockquote: every typed line keeps its own "> " line, blank lines separate paragraphs. */
export function quote(text: string, label: string = reportText.note): string {
  const lines = text.split(/\r\n|\r|\n/).filter((l) => l.trim() !== '');
  return lines.map((l, i) => `> ${i === 0 ? `**${flat(label)}:** ${escapeInline(l.trim())}` : escapeLine(l)}`).join('\n>\n');
}

export function fact(label: string, value: string): string {
  return `**${label}:** ${flat(value)}`;
}

// The network map's section of the Markdown report: the PDF map page's facts (not its drawing) as a
// summary, a table of measures and a list of the top matches.
import type { ReportModel } from '../../core/report-model';
import { mapReportFacts } from '../map-report';
import { mapReportText as t } from '../map-report-text';
import { heading, list, paragraph, table } from './markdown-blocks';

export function mapSection(model: ReportModel): string[] {
  const map = model.networkMap;
  if (!map?.members.length) return [];
  const facts = mapReportFacts(map);
  return [
    heading(2, t.title),
    paragraph(facts.summary),
    heading(3, t.measures),
    table([t.colMeasure, t.colValue, t.colMeaning], facts.measures.map((r) => [r.term, r.value, r.note])),
    heading(3, t.matches),
    ...(facts.matches.length ? [list(facts.matches)] : []),
    ...(facts.matchesNote ? [paragraph(facts.matchesNote)] : []),
  ];
}

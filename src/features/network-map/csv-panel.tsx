// Members or ties from a spreadsheet: import a CSV file (all or nothing: one wrong row and nothing
// changes, every problem listed by row and column in plain words), download the template, export
// what the map holds in the same format.
import { useId, useMemo, useState } from 'react';
import type { NetworkMap } from '../../core/network-map';
import { importMembersCsv, importTiesCsv } from '../../core/network-map-csv-import';
import { membersCsv, membersTemplate, tiesCsv, tiesTemplate } from '../../core/network-map-csv-export';
import { MAX_REPORTED_PROBLEMS } from '../../core/network-map-csv';
import { downloadFile, fileNameFrom } from '../../lib/download';
import { readFileText } from '../../lib/read-file-text';
import { csvMessages as m, csvProblemDetail, csvProblemText, csvReadProblemText } from './csv-messages';
import type { CsvWhat } from './csv-messages';

type Outcome =
  | { kind: 'busy' }
  | { kind: 'done'; text: string; ignored: string[] }
  | { kind: 'failed'; file: string; total: number; items: string[]; details: string[] };

const CSV_TYPE = 'text/csv;charset=utf-8';

/** A template as a download link: small, made on this device, so a data: address holds it whole. */
const templateHref = (what: CsvWhat) =>
  `data:${CSV_TYPE},${encodeURIComponent(what === 'members' ? membersTemplate() : tiesTemplate())}`;

interface Props {
  what: CsvWhat;
  map: NetworkMap;
  networkName: string;
  save: (map: NetworkMap) => void;
}

export function CsvPanel({ what, map, networkName, save }: Props) {
  const uid = useId();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const template = useMemo(() => templateHref(what), [what]);

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setOutcome({ kind: 'busy' });
    const read = await readFileText(file);
    if (!read.ok) {
      setOutcome({ kind: 'failed', file: file.name, total: 1, items: [csvReadProblemText(read.problem)], details: [JSON.stringify(read.problem)] });
      return;
    }
    const result = (what === 'members' ? importMembersCsv : importTiesCsv)(map, read.value);
    if (!result.ok) {
      setOutcome({
        kind: 'failed',
        file: file.name,
        total: result.total,
        items: result.problems.map(csvProblemText),
        details: result.problems.map(csvProblemDetail),
      });
      return;
    }
    if (result.map !== map) save(result.map);
    setOutcome({ kind: 'done', text: m.imported(what, result.added.length, result.updated.length, result.unchanged.length), ignored: result.ignoredColumns });
  };

  const exportCsv = () =>
    downloadFile(fileNameFrom([networkName || 'network', what], 'csv'), what === 'members' ? membersCsv(map) : tiesCsv(map), CSV_TYPE);

  return (
    <section className="card csv-panel" aria-labelledby={`${uid}-title`}>
      <h2 id={`${uid}-title`}>{m.importTitle[what]}</h2>
      <p id={`${uid}-hint`} className="field__hint">
        {m.importHint[what]}
      </p>
      <div className="actions__row">
        <label className="button file-button">
          {what === 'members' ? m.importMembers : m.importTies}
          <input
            type="file"
            accept=".csv,text/csv,text/plain"
            className="visually-hidden"
            aria-describedby={`${uid}-hint`}
            onChange={(e) => {
              void onFile(e.target.files?.[0]);
              e.target.value = '';
            }}
          />
        </label>
        <a className="button button--secondary" href={template} download={`fivefold-${what}-template.csv`}>
          {m.template[what]}
        </a>
        <button type="button" className="button button--secondary" onClick={exportCsv} disabled={(what === 'members' ? map.members : map.ties).length === 0}>
          {m.exportCsv[what]}
        </button>
      </div>
      <div role="status">
        {outcome?.kind === 'busy' && <p className="small muted">{m.working}</p>}
        {outcome?.kind === 'done' && (
          <div className="notice">
            <p>
              <strong>{outcome.text}</strong>
            </p>
            {outcome.ignored.length > 0 && <p>{m.ignoredColumns(outcome.ignored)}</p>}
          </div>
        )}
      </div>
      {outcome?.kind === 'failed' && (
        <div className="notice notice--error" role="alert">
          <p>
            <strong>{m.failed(outcome.file, outcome.total)}</strong>
          </p>
          <ul className="problem-list">
            {outcome.items.map((item, i) => (
              <li key={i}>{item}</li>
            ))}
          </ul>
          {outcome.total > outcome.items.length && <p className="small">{m.moreProblems(Math.min(outcome.items.length, MAX_REPORTED_PROBLEMS), outcome.total)}</p>}
          <details className="why">
            <summary>{m.details}</summary>
            <p className="pre-line small">{outcome.details.join('\n')}</p>
          </details>
        </div>
      )}
    </section>
  );
}

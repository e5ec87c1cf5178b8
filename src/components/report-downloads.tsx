// The report card shared by the results screen and the workshop: PDF (A4 or US Letter), the print
// view, CSV and Markdown, all from one report model built when the user asks.
import { useId, useState } from 'react';
import type { ReportModel } from '../core/report-model';
import { messages } from './report-messages';

type PageSize = 'a4' | 'letter';

/** US Letter where it is the usual paper; A4 everywhere else. */
function defaultPageSize(): PageSize {
  const region = typeof navigator === 'undefined' ? '' : navigator.language.split('-')[1];
  return region === 'US' || region === 'CA' ? 'letter' : 'a4';
}

export function ReportDownloads({ buildModel, printHref }: { buildModel: () => ReportModel; printHref: string }) {
  const [pageSize, setPageSize] = useState<PageSize>(defaultPageSize);
  const [status, setStatus] = useState<{ kind: 'busy' | 'error'; text: string } | null>(null);
  const uid = useId();

  const run = async (what: 'pdf' | 'csv' | 'actions-csv' | 'md') => {
    setStatus({ kind: 'busy', text: messages.preparing });
    try {
      const model = buildModel();
      if (what === 'pdf') {
        const { downloadPdfReport } = await import('../export/pdf/download-pdf');
        await downloadPdfReport(model, pageSize);
      } else {
        const text = await import('../export/download-text-report');
        if (what === 'csv') text.downloadCsvReport(model);
        else if (what === 'actions-csv') text.downloadActionsCsv(model);
        else text.downloadMarkdownReport(model);
      }
      setStatus(null);
    } catch (e) {
      setStatus({ kind: 'error', text: messages.reportFailed(e instanceof Error ? e.message : String(e)) });
    }
  };

  return (
    <section className="card no-print" aria-labelledby={`${uid}-title`}>
      <h2 id={`${uid}-title`}>{messages.reportTitle}</h2>
      <p className="small muted">{messages.reportIntro}</p>
      <fieldset className="paper-size">
        <legend>{messages.paperSize}</legend>
        {(['a4', 'letter'] as const).map((size) => (
          <label key={size} className={`segment${pageSize === size ? ' segment--checked' : ''}`}>
            <input
              type="radio"
              name={`${uid}-paper`}
              value={size}
              checked={pageSize === size}
              onChange={() => setPageSize(size)}
            />
            {messages.paperNames[size]}
          </label>
        ))}
      </fieldset>
      <div className="actions__row">
        <button type="button" className="button" onClick={() => void run('pdf')} disabled={status?.kind === 'busy'}>
          {messages.downloadPdf}
        </button>
        <a className="button button--secondary" href={printHref}>
          {messages.printView}
        </a>
        <button type="button" className="button button--secondary" onClick={() => void run('csv')}>
          {messages.downloadCsv}
        </button>
        <button type="button" className="button button--secondary" onClick={() => void run('actions-csv')}>
          {messages.downloadActionsCsv}
        </button>
        <button type="button" className="button button--secondary" onClick={() => void run('md')}>
          {messages.downloadMarkdown}
        </button>
      </div>
      <p role="status" className={status?.kind === 'error' ? 'field__error' : 'small muted'}>
        {status?.text ?? ''}
      </p>
    </section>
  );
}

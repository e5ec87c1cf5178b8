// Bringing ballots in: any number of ballot files (picked or dropped on the zone, which is also the
// button that opens the file picker) and pasted ballot links, one per line. Each result is reported;
// errors change nothing.
import { useId, useRef, useState } from 'react';
import type { DragEvent } from 'react';
import { findRubric } from '../../../core/builtin-rubrics';
import { useAppStore } from '../../../store/store';
import { ImportSummary } from './import-summary';
import { mergeRead, readBallotFiles, readBallotLinks } from './read-ballots';
import type { ImportOutcome, ReadResult } from './read-ballots';
import { messages } from '../messages';

export function BallotImport({ workshopId }: { workshopId: string }) {
  const updateWorkshop = useAppStore((s) => s.updateWorkshop);
  const uid = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const [links, setLinks] = useState('');
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);

  const apply = (read: ReadResult) => {
    let result: ImportOutcome = { added: 0, duplicates: 0, problems: read.problems };
    updateWorkshop(workshopId, (w) => {
      const merged = mergeRead(w, read);
      result = merged.outcome;
      return merged.workshop;
    });
    setOutcome(result);
  };

  const onFiles = async (files: FileList | null | undefined) => {
    if (!files || files.length === 0) return;
    apply(await readBallotFiles([...files]));
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    void onFiles(e.dataTransfer.files);
  };

  const addLinks = () => {
    if (links.trim() === '') {
      setOutcome({ added: 0, duplicates: 0, problems: [{ source: messages.ballotLinksLabel, message: messages.noLinksPasted }] });
      return;
    }
    const workshop = useAppStore.getState().workshops[workshopId];
    if (!workshop) return;
    const read = readBallotLinks(links, workshop, findRubric(workshop.rubric));
    apply(read);
    setLinks(read.failedLines.join('\n'));
  };

  return (
    <section className="card" aria-labelledby={`${uid}-title`}>
      <h2 id={`${uid}-title`}>{messages.importTitle}</h2>
      <p className="muted">{messages.importIntro}</p>
      <button
        type="button"
        className={`drop-zone${dragging ? ' drop-zone--over' : ''}`}
        onClick={() => fileInput.current?.click()}
        onDragOver={(e) => {
          e.preventDefault();
          e.dataTransfer.dropEffect = 'copy';
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <span className="drop-zone__icon" aria-hidden="true">
          ⇩
        </span>
        <span className="drop-zone__text">{messages.dropZone}</span>
        <span className="drop-zone__hint">{messages.dropZoneHint}</span>
      </button>
      {/* Opened by the drop zone, which is the one control people and screen readers meet: hidden
          (out of the accessibility tree and the tab order), the input only does the picking. */}
      <input
        ref={fileInput}
        type="file"
        multiple
        accept=".json,application/json"
        hidden
        onChange={(e) => {
          void onFiles(e.target.files);
          e.target.value = '';
        }}
      />
      <div className="field">
        <label htmlFor={`${uid}-links`}>{messages.ballotLinksLabel}</label>
        <textarea
          id={`${uid}-links`}
          rows={4}
          value={links}
          spellCheck={false}
          autoCapitalize="off"
          autoComplete="off"
          aria-describedby={`${uid}-links-hint`}
          onChange={(e) => setLinks(e.target.value)}
        />
        <p id={`${uid}-links-hint`} className="field__hint">
          {messages.ballotLinksHint}
        </p>
      </div>
      <button type="button" className="button" onClick={addLinks}>
        {messages.addBallots}
      </button>
      <ImportSummary outcome={outcome} />
    </section>
  );
}

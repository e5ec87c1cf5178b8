// The library's panels that open from "More", loaded when chosen so the start page does not pay for
// them. "Re-assess": a new assessment of the same network, blank or from these answers. "Merge
// with…": two entries that are the same network (a typo, a new name) become one, so their trend and
// every network feature see one history; undo is offered like a delete's.
import { useId, useMemo, useState } from 'react';
import type { FormEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { MergeUndo } from '../../store/networks-slice';
import { useAppStore } from '../../store/store';
import { DEFAULT_RUBRIC_REF } from '../../core/default-rubric-ref';
import { navigate } from '../../components/router';
import { messages } from './panel-messages';

interface Props {
  networkId: string;
  name: string;
  onMerged: (undo: MergeUndo) => void;
  onCancel: () => void;
}

export function MergeForm({ networkId, name, onMerged, onCancel }: Props) {
  const uid = useId();
  const [into, setInto] = useState('');
  const networks = useAppStore(useShallow((s) => Object.values(s.networks)));
  const records = useAppStore(useShallow((s) => [...Object.values(s.assessments), ...Object.values(s.workshops)].map((r) => r.networkId)));
  const others = useMemo(() => {
    const count = (id: string) => records.filter((r) => r === id).length;
    return networks
      .filter((n) => n.id !== networkId && count(n.id) > 0)
      .map((n) => ({ id: n.id, label: messages.mergeOption(n.name || messages.unnamed, count(n.id)) }))
      .sort((a, b) => a.label.localeCompare(b.label));
  }, [networks, records, networkId]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!into) return;
    const undo = useAppStore.getState().mergeNetworks(networkId, into);
    if (undo) onMerged(undo);
  };

  if (others.length === 0) {
    return (
      <div className="inline-panel" role="status">
        <p>{messages.mergeNone}</p>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {messages.cancel}
        </button>
      </div>
    );
  }
  return (
    <form className="inline-panel" onSubmit={submit}>
      <p id={`${uid}-hint`} className="small">
        {messages.mergeHint(name)}
      </p>
      <div className="field">
        <label htmlFor={`${uid}-into`}>{messages.mergeLabel(name)}</label>
        <select id={`${uid}-into`} value={into} aria-describedby={`${uid}-hint`} onChange={(e) => setInto(e.target.value)} autoFocus>
          <option value="">{messages.mergeChoose}</option>
          {others.map((o) => (
            <option key={o.id} value={o.id}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      <div className="actions__row">
        <button type="submit" className="button" disabled={!into}>
          {messages.mergeConfirm}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {messages.cancel}
        </button>
      </div>
    </form>
  );
}

export function ReassessPanel({ assessmentId, name, onCancel }: { assessmentId: string; name: string; onCancel: () => void }) {
  const uid = useId();
  const reassess = (prefill: boolean) => {
    const id = useAppStore.getState().reassess(assessmentId, prefill);
    if (id) navigate({ name: 'step', id, step: DEFAULT_RUBRIC_REF.firstStep });
  };
  return (
    <div className="inline-panel" role="group" aria-labelledby={`${uid}-reassess`}>
      <p id={`${uid}-reassess`}>{messages.reassessQuestion(name)}</p>
      <div className="actions__row">
        {/* Focus lands on the first choice, so a keyboard user answers the question just asked. */}
        <button type="button" className="button" autoFocus onClick={() => reassess(false)}>
          {messages.reassessBlank}
        </button>
        <button type="button" className="button button--secondary" onClick={() => reassess(true)}>
          {messages.reassessPrefilled}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {messages.cancel}
        </button>
      </div>
    </div>
  );
}

// A ballot draft held in React state and mirrored to browser storage on every change.
import { useCallback, useState } from 'react';
import { clearDraft, emptyDraft, loadDraft, saveDraft } from './ballot-draft';
import type { BallotDraft } from './ballot-draft';
import type { Invitation } from '../../../core/workshop';

export interface DraftHandle {
  draft: BallotDraft;
  /** False once the browser refused to keep the draft. */
  saved: boolean;
  update: (next: BallotDraft) => void;
  reset: () => void;
}

export function useDraft(storage: Storage, key: string, invitation?: Invitation): DraftHandle {
  const [state, setState] = useState(() => ({ key, draft: loadDraft(storage, key) ?? emptyDraft(invitation), saved: true }));
  // A new key (another workshop or round) starts from what is stored under it.
  let current = state;
  if (state.key !== key) {
    current = { key, draft: loadDraft(storage, key) ?? emptyDraft(invitation), saved: true };
    setState(current);
  }
  const update = useCallback(
    (next: BallotDraft) => setState({ key, draft: next, saved: saveDraft(storage, key, next) }),
    [storage, key],
  );
  const reset = useCallback(() => {
    clearDraft(storage, key);
    setState({ key, draft: emptyDraft(invitation), saved: true });
  }, [storage, key, invitation]);
  return { draft: current.draft, saved: current.saved, update, reset };
}

// A participant's ballot in progress, kept in browser storage (not in the app's store) so that a
// reload or a closed tab loses nothing. Read loosely: anything unreadable starts a fresh ballot.
import * as z from 'zod/mini';
import { answersSchema } from '../../../core/answers';
import type { Answers } from '../../../core/answers';
import { ballotSchema, invitationSchema } from '../../../core/workshop';
import type { Ballot, Invitation, Round } from '../../../core/workshop';

export type DraftStage = 'details' | 'questions' | 'done';

export interface BallotDraft {
  stage: DraftStage;
  participant: string;
  group: string;
  /**
   * The question on screen, counted from 0 among the session's questions; one past the last is the
   * check before handing in. (A draft saved when a screen held a principle resumes at its number.)
   */
  step: number;
  answers: Answers;
  /** The handed-in ballot, so its link survives a reload. */
  ballot?: Ballot;
  /** What the participant was invited to, so a ballot link opened here can name the workshop. */
  invitation?: Invitation;
}

const draftSchema = z.object({
  stage: z.enum(['details', 'questions', 'done']),
  participant: z.string(),
  group: z.string(),
  step: z.int().check(z.minimum(0)),
  answers: answersSchema,
  ballot: z.optional(ballotSchema),
  invitation: z.optional(invitationSchema),
});

export function emptyDraft(invitation?: Invitation): BallotDraft {
  return { stage: 'details', participant: '', group: '', step: 0, answers: {}, ...(invitation && { invitation }) };
}

const PREFIX = 'fivefold:ballot-draft:';

export function joinDraftKey(workshopId: string, round: Round): string {
  return `${PREFIX}${workshopId}:r${round}`;
}

export function passDraftKey(workshopId: string): string {
  return `${PREFIX}pass:${workshopId}`;
}

export function loadDraft(storage: Storage, key: string): BallotDraft | null {
  try {
    const raw = storage.getItem(key);
    if (raw === null) return null;
    const parsed = draftSchema.safeParse(JSON.parse(raw));
    return parsed.success ? (parsed.data as BallotDraft) : null;
  } catch {
    return null;
  }
}

/** Returns false when the browser refused (storage full or blocked); the ballot still works in the tab. */
export function saveDraft(storage: Storage, key: string, draft: BallotDraft): boolean {
  try {
    storage.setItem(key, JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

export function clearDraft(storage: Storage, key: string): void {
  try {
    storage.removeItem(key);
  } catch {
    // Nothing to do: a storage that cannot be written holds nothing of ours.
  }
}

/** The invitation a participant on this device answered, found by the workshop's id. */
export function invitationFromDrafts(storage: Storage, workshopId: string): Invitation | null {
  for (const round of [1, 2] as const) {
    const draft = loadDraft(storage, joinDraftKey(workshopId, round));
    if (draft?.invitation) return draft.invitation;
  }
  return null;
}

const memory = new Map<string, string>();
/** Where storage is blocked (some private modes), the draft lives only as long as the page. */
const memoryStorage: Storage = {
  get length() {
    return memory.size;
  },
  clear: () => memory.clear(),
  getItem: (k) => memory.get(k) ?? null,
  key: (i) => [...memory.keys()][i] ?? null,
  removeItem: (k) => void memory.delete(k),
  setItem: (k, v) => void memory.set(k, String(v)),
};

export function browserStorage(kind: 'local' | 'session'): Storage {
  try {
    const storage = kind === 'local' ? window.localStorage : window.sessionStorage;
    return storage ?? memoryStorage;
  } catch {
    return memoryStorage;
  }
}

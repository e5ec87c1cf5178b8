// The user's assessments and every action that changes them. Each change stamps updatedAt.
import type { StateCreator } from 'zustand';
import { carryForward } from '../core/action-carry';
import { createAssessment, newId } from '../core/assessment';
import type { Assessment, AssessmentDetails, OutcomeRating, RubricRef } from '../core/assessment';
import type { AnswerValue } from '../core/answers';
import { mergeRecords } from '../core/merge-records';
import type { BackupContents } from '../core/backup-file';
import { ensureNetworks } from '../core/network';
import type { Network } from '../core/network';
import { previousOf } from '../core/network-history';
import { networkIdForName, withNetwork } from './networks-slice';
import type { AppState } from './store';

export interface AssessmentsSlice {
  assessments: Record<string, Assessment>;
  /** The assessment last opened on this device (each screen takes its own from its address). */
  lastAssessmentId: string | null;
  /** Starts an assessment of the network of that name on this device (or of a new network). */
  startAssessment: (rubric: RubricRef, details: Omit<AssessmentDetails, 'networkId'>) => string;
  /** Remembers an assessment as the one last opened; saves only when that changes. */
  openAssessment: (id: string) => void;
  updateDetails: (id: string, details: { networkName?: string; assessors?: string; assessedOn?: string }) => void;
  setAnswerValue: (id: string, indicatorId: string, value: AnswerValue | undefined) => void;
  setAnswerNote: (id: string, indicatorId: string, note: string) => void;
  setStage: (id: string, stageId: string | null) => void;
  setStageNote: (id: string, note: string) => void;
  setOutcome: (id: string, outcomeId: string, rating: OutcomeRating | undefined) => void;
  setLastStep: (id: string, step: string) => void;
  /** Adds an imported assessment; if its id is taken, it gets a new one so nothing is overwritten. */
  addImported: (assessment: Assessment) => string;
  markExported: (id: string, at?: Date) => void;
  /** Marks every assessment and workshop as exported (after "Export everything"). */
  markAllExported: (at?: Date) => void;
  renameAssessment: (id: string, networkName: string) => void;
  duplicateAssessment: (id: string) => string | null;
  /** Removes an assessment and returns it, so the caller can offer to undo. */
  deleteAssessment: (id: string) => Assessment | null;
  /** Puts back an assessment removed by deleteAssessment. */
  restoreAssessment: (assessment: Assessment) => void;
  /**
   * A new assessment of the same network dated today, blank or pre-filled with an earlier one's
   * answers; last time's open actions are carried into its plan.
   */
  reassess: (fromId: string, prefill: boolean) => string | null;
  /** Adds a backup's records without overwriting any (see core/backup-file.ts). */
  restoreBackup: (contents: BackupContents) => { added: number; alreadyThere: number; copies: number };
}

type Setter = Parameters<StateCreator<AppState, [], [], AssessmentsSlice>>[0];

/** A new assessment added to the store: its network named, last time's open actions carried in. */
function addNew(state: AppState, fresh: Assessment): Partial<AppState> {
  const previous = previousOf(Object.values(state.assessments), fresh);
  const assessment = previous ? { ...fresh, actions: carryForward(previous.actions) } : fresh;
  return {
    assessments: { ...state.assessments, [assessment.id]: assessment },
    networks: withNetwork(state.networks, assessment.networkId, assessment.networkName, assessment.createdAt),
    lastAssessmentId: assessment.id,
  };
}

/** Device networks plus a backup's (the device's own record wins), then any still missing. */
function mergeNetworks(device: Record<string, Network>, incoming: Network[], records: Parameters<typeof ensureNetworks>[1]) {
  const out = { ...device };
  for (const n of incoming) if (!Object.hasOwn(out, n.id)) out[n.id] = n;
  return ensureNetworks(out, records);
}

/** Applies a change to one assessment, if it exists, and stamps it; its network takes the name it now has. */
function updateOne(set: Setter, id: string, change: (a: Assessment) => Assessment, touch = true) {
  set((state) => {
    const current = Object.hasOwn(state.assessments, id) ? state.assessments[id] : undefined;
    if (!current) return {};
    const next = change(current);
    if (next === current) return {};
    const stamped = touch ? { ...next, updatedAt: new Date().toISOString() } : next;
    const assessments = { ...state.assessments, [id]: stamped };
    // A network's name is the latest one used for it.
    if (stamped.networkName === current.networkName) return { assessments };
    return { assessments, networks: withNetwork(state.networks, stamped.networkId, stamped.networkName, stamped.updatedAt) };
  });
}

export const createAssessmentsSlice: StateCreator<AppState, [], [], AssessmentsSlice> = (set, get) => ({
  assessments: {},
  lastAssessmentId: null,
  startAssessment: (rubric, details) => {
    const state = get();
    const networkId = networkIdForName(state, details.networkName) ?? undefined;
    const assessment = createAssessment(rubric, { ...details, ...(networkId ? { networkId } : {}) });
    set(addNew(state, assessment));
    return assessment.id;
  },
  // Only on a change: every set() is a save.
  openAssessment: (id) => {
    const state = get();
    if (state.lastAssessmentId !== id && Object.hasOwn(state.assessments, id)) set({ lastAssessmentId: id });
  },
  updateDetails: (id, details) => updateOne(set, id, (a) => ({ ...a, ...details })),
  setAnswerValue: (id, indicatorId, value) =>
    updateOne(set, id, (a) => {
      const { value: _old, ...rest } = a.answers[indicatorId] ?? {};
      const answer = value === undefined ? rest : { ...rest, value };
      return { ...a, answers: { ...a.answers, [indicatorId]: answer } };
    }),
  setAnswerNote: (id, indicatorId, note) =>
    updateOne(set, id, (a) => {
      const { note: _old, ...rest } = a.answers[indicatorId] ?? {};
      const answer = note === '' ? rest : { ...rest, note };
      return { ...a, answers: { ...a.answers, [indicatorId]: answer } };
    }),
  setStage: (id, stageId) => updateOne(set, id, (a) => ({ ...a, stageId })),
  setStageNote: (id, note) => updateOne(set, id, (a) => ({ ...a, stageNote: note })),
  setOutcome: (id, outcomeId, rating) =>
    updateOne(set, id, (a) => {
      const { [outcomeId]: _old, ...rest } = a.outcomes;
      return { ...a, outcomes: rating ? { ...rest, [outcomeId]: rating } : rest };
    }),
  setLastStep: (id, step) => updateOne(set, id, (a) => (a.lastStep === step ? a : { ...a, lastStep: step }), false),
  addImported: (assessment) => {
    let id = assessment.id;
    set((state) => {
      if (Object.hasOwn(state.assessments, id)) id = newId();
      const assessments = { ...state.assessments, [id]: { ...assessment, id } };
      return { assessments, networks: ensureNetworks(state.networks, [assessment]), lastAssessmentId: id };
    });
    return id;
  },
  markExported: (id, at = new Date()) =>
    set((state) => {
      const current = state.assessments[id];
      if (!current) return {};
      return { assessments: { ...state.assessments, [id]: { ...current, lastExportedAt: at.toISOString() } } };
    }),
  markAllExported: (at = new Date()) =>
    set((state) => {
      const stamp = at.toISOString();
      const mark = <T extends { lastExportedAt?: string }>(records: Record<string, T>): Record<string, T> =>
        Object.fromEntries(Object.entries(records).map(([id, r]) => [id, { ...r, lastExportedAt: stamp }]));
      return { assessments: mark(state.assessments), workshops: mark(state.workshops) };
    }),
  renameAssessment: (id, networkName) => updateOne(set, id, (a) => (a.networkName === networkName ? a : { ...a, networkName })),
  duplicateAssessment: (id) => {
    const source = get().assessments[id];
    if (!source) return null;
    const stamp = new Date().toISOString();
    const { lastExportedAt: _exported, ...rest } = source;
    const copy: Assessment = { ...rest, id: newId(), createdAt: stamp, updatedAt: stamp };
    set((state) => ({ assessments: { ...state.assessments, [copy.id]: copy } }));
    return copy.id;
  },
  deleteAssessment: (id) => {
    const removed = get().assessments[id] ?? null;
    if (!removed) return null;
    set((state) => {
      const { [id]: _gone, ...rest } = state.assessments;
      return { assessments: rest, lastAssessmentId: state.lastAssessmentId === id ? null : state.lastAssessmentId };
    });
    return removed;
  },
  restoreAssessment: (assessment) =>
    set((state) => ({
      assessments: { ...state.assessments, [assessment.id]: assessment },
      networks: ensureNetworks(state.networks, [assessment]),
    })),
  reassess: (fromId, prefill) => {
    const state = get();
    const source = Object.hasOwn(state.assessments, fromId) ? state.assessments[fromId] : undefined;
    if (!source) return null;
    const network = Object.hasOwn(state.networks, source.networkId) ? state.networks[source.networkId] : undefined;
    const fresh = createAssessment(source.rubric, {
      networkId: source.networkId,
      networkName: network?.name ?? source.networkName,
      assessors: source.assessors,
    });
    const next: Assessment = prefill
      ? { ...fresh, answers: source.answers, stageId: source.stageId, outcomes: source.outcomes }
      : fresh;
    set(addNew(state, next));
    return next.id;
  },
  restoreBackup: (contents) => {
    const state = get();
    const a = mergeRecords(state.assessments, contents.assessments);
    const w = mergeRecords(state.workshops, contents.workshops);
    const networks = mergeNetworks(state.networks, contents.networks, [...Object.values(a.records), ...Object.values(w.records)]);
    set({ assessments: a.records, workshops: w.records, networks });
    return { added: a.added + w.added, alreadyThere: a.alreadyThere + w.alreadyThere, copies: a.copies + w.copies };
  },
});

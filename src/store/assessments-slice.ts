// The user's assessments and every action that changes them. Each change stamps updatedAt.
import type { StateCreator } from 'zustand';
import { createAssessment, newId } from '../core/assessment';
import type { Assessment } from '../core/assessment';
import type { AnswerValue } from '../core/answers';
import type { OutcomeRating, RubricRef } from '../core/assessment';
import type { AppState } from './store';

export interface AssessmentsSlice {
  assessments: Record<string, Assessment>;
  activeId: string | null;
  startAssessment: (rubric: RubricRef, details: { networkName: string; assessors: string }) => string;
  openAssessment: (id: string) => void;
  closeAssessment: () => void;
  updateDetails: (details: { networkName?: string; assessors?: string }) => void;
  setAnswerValue: (indicatorId: string, value: AnswerValue | undefined) => void;
  setAnswerNote: (indicatorId: string, note: string) => void;
  setStage: (stageId: string | null) => void;
  setStageNote: (note: string) => void;
  setOutcome: (outcomeId: string, rating: OutcomeRating | undefined) => void;
  setLastStep: (step: string) => void;
  /** Adds an imported assessment; if its id is taken, it gets a new one so nothing is overwritten. */
  addImported: (assessment: Assessment) => string;
  markExported: (id: string, at?: Date) => void;
}

type Setter = Parameters<StateCreator<AppState, [], [], AssessmentsSlice>>[0];

/** Applies a change to the active assessment, if any, and stamps it. */
function updateActive(set: Setter, change: (a: Assessment) => Assessment, touch = true) {
  set((state) => {
    const id = state.activeId;
    const current = id ? state.assessments[id] : undefined;
    if (!id || !current) return {};
    const next = change(current);
    const stamped = touch ? { ...next, updatedAt: new Date().toISOString() } : next;
    return { assessments: { ...state.assessments, [id]: stamped } };
  });
}

export const createAssessmentsSlice: StateCreator<AppState, [], [], AssessmentsSlice> = (set) => ({
  assessments: {},
  activeId: null,
  startAssessment: (rubric, details) => {
    const assessment = createAssessment(rubric, details);
    set((state) => ({ assessments: { ...state.assessments, [assessment.id]: assessment }, activeId: assessment.id }));
    return assessment.id;
  },
  openAssessment: (id) => set((state) => (Object.hasOwn(state.assessments, id) ? { activeId: id } : {})),
  closeAssessment: () => set({ activeId: null }),
  updateDetails: (details) => updateActive(set, (a) => ({ ...a, ...details })),
  setAnswerValue: (indicatorId, value) =>
    updateActive(set, (a) => {
      const { value: _old, ...rest } = a.answers[indicatorId] ?? {};
      const answer = value === undefined ? rest : { ...rest, value };
      return { ...a, answers: { ...a.answers, [indicatorId]: answer } };
    }),
  setAnswerNote: (indicatorId, note) =>
    updateActive(set, (a) => {
      const { note: _old, ...rest } = a.answers[indicatorId] ?? {};
      const answer = note === '' ? rest : { ...rest, note };
      return { ...a, answers: { ...a.answers, [indicatorId]: answer } };
    }),
  setStage: (stageId) => updateActive(set, (a) => ({ ...a, stageId })),
  setStageNote: (note) => updateActive(set, (a) => ({ ...a, stageNote: note })),
  setOutcome: (outcomeId, rating) =>
    updateActive(set, (a) => {
      const { [outcomeId]: _old, ...rest } = a.outcomes;
      return { ...a, outcomes: rating ? { ...rest, [outcomeId]: rating } : rest };
    }),
  setLastStep: (step) => updateActive(set, (a) => (a.lastStep === step ? a : { ...a, lastStep: step }), false),
  addImported: (assessment) => {
    let id = assessment.id;
    set((state) => {
      if (Object.hasOwn(state.assessments, id)) id = newId();
      return { assessments: { ...state.assessments, [id]: { ...assessment, id } }, activeId: id };
    });
    return id;
  },
  markExported: (id, at = new Date()) =>
    set((state) => {
      const current = state.assessments[id];
      if (!current) return {};
      return { assessments: { ...state.assessments, [id]: { ...current, lastExportedAt: at.toISOString() } } };
    }),
});

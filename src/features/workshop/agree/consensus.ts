// Recording what the room agreed for one indicator; "no consensus yet" removes the record.
import type { Consensus, Workshop } from '../../../core/workshop';

export type ConsensusChoice = Consensus['level'] | 'none';

export function withConsensus(workshop: Workshop, indicatorId: string, choice: ConsensusChoice, rationale: string, now: Date = new Date()): Workshop {
  const consensus = { ...workshop.consensus };
  if (choice === 'none') {
    if (!Object.hasOwn(consensus, indicatorId)) return workshop;
    delete consensus[indicatorId];
  } else {
    consensus[indicatorId] = { indicatorId, level: choice, rationale, decidedAt: now.toISOString() };
  }
  return { ...workshop, consensus };
}

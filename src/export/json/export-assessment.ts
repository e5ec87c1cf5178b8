// "Export JSON": the whole assessment in the versioned envelope, with its network's map, as a file download.
import { serializeAssessment } from '../../core/assessment-file';
import type { Assessment } from '../../core/assessment';
import type { NetworkMap } from '../../core/network-map';
import type { Rubric } from '../../core/rubric-schema';
import { downloadFile, fileNameFrom } from '../../lib/download';

export function assessmentFileName(assessment: Assessment, now: Date = new Date()): string {
  return fileNameFrom(['fivefold', assessment.networkName, now.toISOString().slice(0, 10)], 'json');
}

/** `ownRubric`: the assessment's rubric when it is an own one, carried so the file opens anywhere. */
export function downloadAssessmentJson(assessment: Assessment, map: NetworkMap | null = null, ownRubric: Rubric | null = null, now: Date = new Date()): void {
  downloadFile(assessmentFileName(assessment, now), serializeAssessment(assessment, now, map, ownRubric), 'application/json');
}

// The results route, in the order a board reads it: the summary (index, band, the executive summary,
// the change since last time), the scores (chart and table), strengths and gaps, the priorities
// (weakest principle first), the action plan, what the board is asked to decide, then the stage and
// outcomes, the report and the files.
import { useEffect, useMemo, useRef } from 'react';
import { rankHighlights } from '../../core/results';
import { stepIds } from '../../core/progress';
import { buildReportModel } from '../../core/report-model';
import { formatDateTime } from '../../components/format';
import { MapEvidenceCardSlot } from '../../components/map-evidence-slot';
import { NotOnDevice } from '../../components/not-on-device';
import { ActionPlan } from '../../components/plan/action-plan';
import { BoardAsk } from '../../components/plan/board-ask';
import { Priorities } from '../../components/plan/priorities';
import { SummaryCard } from '../../components/plan/summary-card';
import { PrincipleRadar } from '../../components/principle-radar';
import { ReportDownloads } from '../../components/report-downloads';
import { hrefFor } from '../../components/router';
import { networkMapOf, ownRubricOf, useAssessment, usePreviousAssessment, withMap } from '../../store/selectors';
import { rubricOf, useScore } from '../../store/rubric-selectors';
import { useAppStore } from '../../store/store';
import { Highlights } from './highlights';
import { messages } from './messages';
import { ScoreTable } from './score-table';
import { StageAndOutcomes } from './stage-and-outcomes';

export default function ResultsPage({ id }: { id: string }) {
  const assessment = useAssessment(id);
  const previous = usePreviousAssessment(assessment);
  const rubric = rubricOf(assessment);
  const score = useScore(assessment, rubric);
  const markExported = useAppStore((s) => s.markExported);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const owner = useMemo(() => ({ kind: 'assessment' as const, id }), [id]);
  // The same model the reports render: one summary, one order of priorities.
  const model = useMemo(
    () => (assessment && rubric ? buildReportModel(rubric, assessment, new Date(), previous) : null),
    [assessment, rubric, previous],
  );
  const highlights = useMemo(
    () => (assessment && rubric ? rankHighlights(rubric, (ind) => assessment.answers[ind]?.value) : null),
    [assessment, rubric],
  );

  useEffect(() => {
    window.scrollTo({ top: 0 });
    titleRef.current?.focus();
  }, [id]);

  if (!assessment) return <NotOnDevice kind="assessment" />;
  if (!rubric || !score || !highlights || !model) {
    return (
      <div className="page">
        <p className="notice notice--error">{messages.unknownRubric(assessment.rubric.id)}</p>
        <a href={hrefFor({ name: 'home' })}>{messages.goHome}</a>
      </div>
    );
  }

  const exportJson = async () => {
    const { downloadAssessmentJson } = await import('../../export/json/export-assessment');
    downloadAssessmentJson(assessment, networkMapOf(assessment.networkId), ownRubricOf(assessment.rubric));
    markExported(assessment.id);
  };

  return (
    <div className="page page--results">
      <header className="step-header">
        <p className="eyebrow">{messages.title}</p>
        <h1 ref={titleRef} tabIndex={-1} className="step-title user-text">
          {assessment.networkName}
        </h1>
      </header>

      <SummaryCard model={model} />

      <section className="card results-scores" aria-label={messages.chartTitle}>
        <PrincipleRadar
          items={rubric.principles.map((p, i) => ({
            title: p.title,
            shortTitle: p.shortTitle,
            score: score.principles[i]?.score ?? null,
          }))}
        />
        <ScoreTable rubric={rubric} score={score} />
      </section>

      <Highlights strengths={highlights.strengths} gaps={highlights.gaps} />
      <Priorities owner={owner} priorities={model.priorities} rubric={rubric} />
      <ActionPlan owner={owner} actions={assessment.actions} rubric={rubric} />
      <BoardAsk owner={owner} text={assessment.boardAsk ?? ''} />
      <StageAndOutcomes rubric={rubric} assessment={assessment} />
      <MapEvidenceCardSlot networkId={assessment.networkId} rubric={rubric} />
      <ReportDownloads buildModel={() => withMap(buildReportModel(rubric, assessment, new Date(), previous), assessment.networkId)} printHref={hrefFor({ name: 'report', id })} />

      <section className="card actions no-print">
        <button type="button" className="button" onClick={() => void exportJson()}>
          {messages.exportJson}
        </button>
        <p className="small muted">
          {assessment.lastExportedAt
            ? messages.exportedAt(formatDateTime(assessment.lastExportedAt))
            : messages.neverExported}
        </p>
        <div className="actions__row">
          <a className="button button--secondary" href={hrefFor({ name: 'step', id, step: stepIds(rubric)[0]! })}>
            {messages.backToQuestions}
          </a>
          <a className="button button--secondary" href={hrefFor({ name: 'home' })}>
            {messages.startNew}
          </a>
          <a className="button button--secondary" href={hrefFor({ name: 'network-map', network: assessment.networkId, view: 'members' })}>
            {messages.networkMap}
          </a>
        </div>
      </section>
    </div>
  );
}

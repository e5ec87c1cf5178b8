// The results route: overall index, weakest link, chart and table, highlights, stage, next steps.
import { useEffect, useMemo, useRef } from 'react';
import { nextStepsByPrinciple, strengthsAndGaps } from '../../core/results';
import { stepIds } from '../../core/progress';
import { formatDateTime, formatScore } from '../../components/format';
import { NotOnDevice } from '../../components/not-on-device';
import { hrefFor } from '../../components/router';
import { useAssessment } from '../../store/selectors';
import { rubricOf, useScore } from '../../store/rubric-selectors';
import { useAppStore } from '../../store/store';
import { Highlights } from './highlights';
import { messages } from './messages';
import { NextSteps } from './next-steps';
import { PrincipleRadar } from '../../components/principle-radar';
import { ReportDownloads } from '../../components/report-downloads';
import { buildReportModel } from '../../core/report-model';
import { ScoreTable } from './score-table';
import { StageAndOutcomes } from './stage-and-outcomes';

export default function ResultsPage({ id }: { id: string }) {
  const assessment = useAssessment(id);
  const rubric = rubricOf(assessment);
  const score = useScore(assessment, rubric);
  const markExported = useAppStore((s) => s.markExported);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const highlights = useMemo(
    () => (assessment && rubric ? strengthsAndGaps(rubric, assessment.answers) : null),
    [assessment, rubric],
  );

  useEffect(() => {
    window.scrollTo({ top: 0 });
    titleRef.current?.focus();
  }, [id]);

  if (!assessment) return <NotOnDevice kind="assessment" />;
  if (!rubric || !score || !highlights) {
    return (
      <div className="page">
        <p className="notice notice--error">{messages.unknownRubric(assessment.rubric.id)}</p>
        <a href={hrefFor({ name: 'home' })}>{messages.goHome}</a>
      </div>
    );
  }

  const weakest = rubric.principles.find((p) => p.id === score.weakestPrincipleId);
  const weakestScore = score.principles.find((p) => p.principleId === score.weakestPrincipleId)?.score;

  const exportJson = async () => {
    const { downloadAssessmentJson } = await import('../../export/json/export-assessment');
    downloadAssessmentJson(assessment);
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

      <div className="two-up">
        <section className="card score-hero" aria-labelledby="overall-title">
          <h2 id="overall-title">{messages.overall}</h2>
          {score.overall === null ? (
            <p>{messages.notEnoughLong}</p>
          ) : (
            <p className="score-hero__value">
              <span className="score-hero__number">{formatScore(score.overall)}</span>{' '}
              <span className="muted">{messages.outOf}</span>
              <br />
              <span className="tag tag--band">{score.overallBand?.label}</span>
            </p>
          )}
          {score.overallBand && <p className="small">{score.overallBand.description}</p>}
        </section>
        <section className="card" aria-labelledby="weakest-title">
          <h2 id="weakest-title">{messages.weakestTitle}</h2>
          {weakest && weakestScore != null ? (
            <>
              <p className="weakest">
                <strong>{weakest.title}</strong> · {formatScore(weakestScore)}
              </p>
              <p className="small">{messages.weakestText}</p>
            </>
          ) : (
            <p>{messages.notEnoughLong}</p>
          )}
          <p className="small">
            {messages.dontKnowText(score.dontKnow, score.total)}
            {messages.notApplicableText(score.notApplicable)}
          </p>
        </section>
      </div>

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
      <StageAndOutcomes rubric={rubric} assessment={assessment} />
      <NextSteps items={nextStepsByPrinciple(rubric, score)} glossary={rubric.glossary} />
      <ReportDownloads buildModel={() => buildReportModel(rubric, assessment)} printHref={hrefFor({ name: 'report', id })} />

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
        </div>
      </section>
    </div>
  );
}

// The print view's page: builds the report model for the open assessment — or, given a workshop's
// id, for that workshop — and shows it with a print button.
import { useEffect, useMemo, useRef } from 'react';
import { findRubric } from '../../core/builtin-rubrics';
import { buildReportModel } from '../../core/report-model';
import { buildWorkshopReportModel } from '../../core/workshop-report';
import { hrefFor } from '../../components/router';
import { useActiveAssessment } from '../../store/selectors';
import { rubricOf } from '../../store/rubric-selectors';
import { useAppStore } from '../../store/store';
import { messages } from './messages';
import { ReportView } from './report-view';

export default function ReportPage({ workshopId }: { workshopId?: string }) {
  const assessment = useActiveAssessment();
  const workshop = useAppStore((state) => (workshopId ? (state.workshops[workshopId] ?? null) : null));
  const model = useMemo(() => {
    if (workshopId) {
      const rubric = workshop ? findRubric(workshop.rubric) : null;
      return workshop && rubric ? buildWorkshopReportModel(rubric, workshop) : null;
    }
    const rubric = rubricOf(assessment);
    return assessment && rubric ? buildReportModel(rubric, assessment) : null;
  }, [workshopId, workshop, assessment]);
  const titleRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    titleRef.current?.focus();
  }, []);

  if (!model) {
    return (
      <div className="page">
        <p>{workshopId ? messages.noWorkshop : messages.noAssessment}</p>
        <a href={hrefFor({ name: 'home' })}>{messages.goHome}</a>
      </div>
    );
  }

  return (
    <article className="page page--report">
      <div className="report-toolbar no-print">
        <button type="button" className="button" onClick={() => window.print()}>
          {messages.print}
        </button>
        <a className="button button--secondary" href={hrefFor(workshopId ? { name: 'workshop', view: 'setup' } : { name: 'results' })}>
          {workshopId ? messages.backToWorkshop : messages.backToResults}
        </a>
        <p className="small muted">{messages.printHint}</p>
      </div>
      <ReportView
        model={model}
        title={
          <h1 ref={titleRef} tabIndex={-1} className="user-text">
            {model.networkName}
          </h1>
        }
      />
    </article>
  );
}

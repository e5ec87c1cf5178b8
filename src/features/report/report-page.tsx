// The print view's page: builds the report model for one assessment or one workshop, given its id,
// and shows it with a print button.
import { useEffect, useMemo, useRef } from 'react';
import { findRubric } from '../../core/builtin-rubrics';
import { buildReportModel } from '../../core/report-model';
import { buildWorkshopReportModel } from '../../core/workshop-report';
import { NotOnDevice } from '../../components/not-on-device';
import { hrefFor } from '../../components/router';
import { useAssessment, usePreviousAssessment, usePreviousWorkshop, useWorkshop } from '../../store/selectors';
import { useNetworkMap } from '../../components/use-network-map';
import { rubricOf } from '../../store/rubric-selectors';
import { messages } from './messages';
import { ReportView } from './report-view';

// The network map's part loads only for a network that has one.

/** One of the two ids: an assessment's report, or a workshop's. */
export default function ReportPage({ assessmentId, workshopId }: { assessmentId?: string; workshopId?: string }) {
  const id = workshopId ?? assessmentId ?? '';
  const assessment = useAssessment(workshopId === undefined ? id : '');
  const workshop = useWorkshop(workshopId === undefined ? '' : id);
  const previousAssessment = usePreviousAssessment(assessment);
  const previousWorkshop = usePreviousWorkshop(workshop);
  const model = useMemo(() => {
    if (workshopId) {
      const rubric = workshop ? findRubric(workshop.rubric) : null;
      return workshop && rubric ? buildWorkshopReportModel(rubric, workshop, new Date(), previousWorkshop) : null;
    }
    const rubric = rubricOf(assessment);
    return assessment && rubric ? buildReportModel(rubric, assessment, new Date(), previousAssessment) : null;
  }, [workshopId, workshop, assessment, previousAssessment, previousWorkshop]);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const networkMap = useNetworkMap((workshopId ? workshop : assessment)?.networkId);
  useEffect(() => {
    titleRef.current?.focus();
  }, [id]);

  const subject = workshopId ? workshop : assessment;
  if (!subject) return <NotOnDevice kind={workshopId ? 'workshop' : 'assessment'} />;
  if (!model) {
    return (
      <div className="page">
        <p className="notice notice--error">{messages.unknownRubric(subject.rubric.id)}</p>
        <a href={hrefFor({ name: 'home' })}>{messages.goHome}</a>
      </div>
    );
  }
  const back = hrefFor(workshopId ? { name: 'workshop', id, view: 'overview' } : { name: 'results', id });

  return (
    <article className="page page--report">
      <div className="report-toolbar no-print">
        <button type="button" className="button" onClick={() => window.print()}>
          {messages.print}
        </button>
        <a className="button button--secondary" href={back}>
          {workshopId ? messages.backToWorkshop : messages.backToResults}
        </a>
        <p className="small muted">{messages.printHint}</p>
      </div>
      <ReportView
        model={networkMap ? { ...model, networkMap } : model}
        title={
          <h1 ref={titleRef} tabIndex={-1} className="user-text">
            {model.networkName}
          </h1>
        }
      />
    </article>
  );
}

// Every English catalogue, by name: the messages modules the screens import. A translation gives
// each of them, key for key (typed by Catalogue, checked by test/i18n/catalogues.test.ts), and
// apply.ts puts its words into these same objects, so call sites need no change.
// Only the language chunks import this file: it must stay off the first screen.
import { messages as app } from '../app/messages';
import { messages as notices } from '../components/app-messages';
import { messages as chart } from '../components/chart-messages';
import { problemMessages as problems, droppedMessages as dropped } from '../components/problem-messages';
import { fieldMessages as fields } from '../components/field-messages';
import { messages as question } from '../components/question-messages';
import { messages as reportCard } from '../components/report-messages';
import { messages as route } from '../components/route-messages';
import { messages as plan } from '../components/plan/plan-messages';
import { mapEvidenceMessages as mapEvidence } from '../components/map-evidence-messages';
import { mapReportText } from '../export/map-report-text';
import { summaryText } from '../export/summary-text';
import { mapCardMessages as mapCard } from '../features/home/network-maps-messages';
import { ownRubricMessages as ownRubric } from '../features/home/own-rubric-messages';
import { rubricMessages as rubricPicker } from '../components/rubric-messages';
import { messages as panels } from '../features/home/panel-messages';
import { messages as networkMap } from '../features/network-map/messages';
import { csvMessages as csv } from '../features/network-map/csv-messages';
import {
  CATEGORY_LABELS as mapCategories,
  MEMBER_KIND_LABELS as mapKinds,
  SECTOR_LABELS as mapSectors,
  TIE_KIND_LABELS as mapTieKinds,
  drawingWords as mapDrawing,
  mapFactText as mapFacts,
} from '../export/map-words';
import { messages as language } from './messages';
import { reportText } from '../export/report-text';
import { workshopText } from '../export/workshop-text';
import { messages as home } from '../features/home/messages';
import { messages as questionnaire } from '../features/questionnaire/messages';
import { messages as printView } from '../features/report/messages';
import { messages as results } from '../features/results/messages';
import { messages as trend } from '../features/trend/messages';
import { messages as workshop } from '../features/workshop/messages';
import { dividedMessages as divided } from '../features/workshop/divided-messages';
import { sessionMessages as session } from '../features/workshop/session-messages';
import type { Catalogue } from './catalogue-type';

export const english = {
  app, notices, chart, problems, dropped, fields, question, reportCard, route, language, reportText, workshopText,
  home, questionnaire, printView, results, trend, workshop, divided, session,
  plan, mapEvidence, mapReportText, summaryText, mapCard, panels, networkMap,
  mapKinds, mapTieKinds, mapSectors, mapCategories, mapFacts, mapDrawing, csv, ownRubric, rubricPicker,
};

export type English = typeof english;
/** A whole language: every catalogue, every key. */
export type Translation = { readonly [K in keyof English]: Catalogue<English[K]> };

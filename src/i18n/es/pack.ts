// El español: todos los catálogos y la traducción de la rúbrica de los cinco principios.
import esRubric from '../../../rubrics/translations/five-principles.es.json';
import type { RubricTranslation } from '../../core/rubric-translation';
import type { LanguagePack } from '../load';
import { home } from './home';
import { dropped, fields, problems } from './problems';
import { reportText, workshopText } from './report';
import { app, chart, language, notices, printView, question, questionnaire, reportCard, results, route, trend } from './shell';
import { divided, session, workshop } from './workshop';
import { csv, mapCategories, mapDrawing, mapFacts, mapKinds, mapSectors, mapTieKinds, networkMap } from './network-map';
import { ownRubric, rubricPicker } from './own-rubric';
import { mapCard, mapEvidence, mapReportText, panels, plan, summaryText } from './plan';

export const pack: LanguagePack = {
  catalogue: {
    app, notices, chart, problems, dropped, fields, question, reportCard, route, language, reportText, workshopText,
    home, questionnaire, printView, results, trend, workshop, divided, session,
    plan, mapEvidence, mapReportText, summaryText, mapCard, panels, networkMap,
    mapKinds, mapTieKinds, mapSectors, mapCategories, mapFacts, mapDrawing, csv, ownRubric, rubricPicker,
  },
  rubrics: [esRubric as unknown as RubricTranslation],
};

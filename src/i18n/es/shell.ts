// Las palabras de la aplicación en español: cabecera, inicio, cuestionario, resultados.
// Términos elegidos: docs/translation.md. Cada clave sigue el catálogo inglés (src/**/messages.ts).
import type { Translation } from '../catalogues';
import { plural } from '../plural';

export const app: Translation['app'] = {
  appName: 'Fivefold',
  skipToContent: 'Ir al contenido',
  loading: 'Cargando…',
  notFound: 'Esta página no existe.',
  goHome: 'Ir a la página de inicio',
  homeTitle: 'Fivefold — autoevaluación de redes cooperativas',
  screens: {
    step: 'Preguntas',
    results: 'Resultados',
    report: 'Versión para imprimir',
    'workshop-report': 'Versión para imprimir del taller',
    'workshop-new': 'Preparar un taller',
    'network-trend': 'A lo largo del tiempo',
    'trend-by-name': 'A lo largo del tiempo',
    'network-map': 'Mapa de la red',
    join: 'Invitación a un taller',
    ballot: 'Papeleta del taller',
    'not-found': 'Página no encontrada',
    legacy: 'Cargando…',
  },
  workshopViews: {
    overview: 'Taller',
    collect: 'Recoger',
    tally: 'Contar',
    picture: 'Panorama del grupo',
    agree: 'Debatir y acordar',
    groups: 'Comparar grupos',
    present: 'Presentar',
    pass: 'Pasar el dispositivo',
  },
  notOnDevice: 'No está en este dispositivo',
  title: (screen, subject) => (subject ? `${screen} — ${subject} · Fivefold` : `${screen} · Fivefold`),
};

export const language: Translation['language'] = { label: 'Idioma' };

export const notices: Translation['notices'] = {
  newVersion: 'Hay una nueva versión de Fivefold lista. Recargue la página para usarla; sus respuestas se conservan.',
  offlineReady: 'Fivefold ya puede funcionar sin conexión en este dispositivo.',
  reload: 'Recargar',
  later: 'Más tarde',
  dismiss: 'Cerrar',
  notSaved: 'No guardado. ',
  details: 'Detalles',
  saveProblem: (problem) => {
    switch (problem.code) {
      case 'storage-full':
        return 'El almacenamiento de su navegador para esta aplicación está lleno, así que sus últimos cambios no se han guardado. Exporte ahora su trabajo a un archivo y luego elimine las evaluaciones que ya no necesite.';
      case 'save-failed':
        return 'Sus últimos cambios no se han podido guardar en este navegador. Exporte ahora su trabajo a un archivo para no perder nada.';
      case 'load-failed':
        return 'Fivefold no ha podido leer lo que este navegador tenía guardado. Lo que haga a partir de ahora solo se conserva hasta que cierre la pestaña: expórtelo a un archivo.';
    }
  },
  setAsideTitle: 'Algunos datos guardados no se han podido abrir. ',
  setAsideKept: 'Fivefold los ha apartado, sin cambios, y ha abierto todo lo demás.',
  downloadUnreadable: 'Descargar los datos ilegibles',
  downloadUnreadableOf: (reason, position) =>
    `Descargar los datos ilegibles de ${reason.code === 'record' && reason.name !== null ? `“${reason.name}”` : `el elemento guardado ${position}`}`,
  deleteAndDismiss: 'Eliminarlos y cerrar',
  keepAndDismiss: 'Conservarlos y cerrar',
};

export const chart: Translation['chart'] = {
  notEnough: 'no hay respuestas suficientes',
  chartTitle: 'Los cinco principios de un vistazo',
  chartSummary: (parts) => `Gráfico radial de las puntuaciones por principio, sobre 100: ${parts.join('; ')}.`,
};

export const question: Translation['question'] = {
  notApplicable: 'No aplica',
  dontKnow: 'No sé',
  note: 'Nota',
  noteHint: 'Pruebas, ejemplos o dudas. Se muestra tal como lo escriba.',
  clearAnswer: 'Borrar la respuesta',
  moreAbout: 'Más sobre esta pregunta',
  wordsUsed: 'Términos usados aquí',
  example: (text) => `Por ejemplo: ${text}`,
  questionOf: (n, total) => `Pregunta ${n} de ${total}`,
  back: 'Atrás',
  next: 'Siguiente',
  oneAtATime: 'Una pregunta cada vez',
  oneAtATimeHint: 'Se recuerda en este dispositivo.',
};

export const reportCard: Translation['reportCard'] = {
  reportTitle: 'Informe para el consejo de administración',
  reportIntro:
    'Un PDF con las puntuaciones, el gráfico, cada respuesta y cada nota, y los próximos pasos. Se genera en este dispositivo; no se sube nada.',
  paperNames: { a4: 'A4', letter: 'Carta (EE. UU.)' },
  paperSize: 'Tamaño del papel',
  downloadPdf: 'Descargar el informe en PDF',
  printView: 'Versión para imprimir',
  downloadCsv: 'Descargar CSV',
  downloadMarkdown: 'Descargar Markdown',
  preparing: 'Preparando el informe…',
  reportFailed: (why) => `No se ha podido generar el informe (${why}). Sus respuestas están a salvo; inténtelo de nuevo.`,
  downloadActionsCsv: 'Descargar las acciones (CSV)',
};

export const route: Translation['route'] = {
  assessmentNotHere: 'Esta evaluación no está en este dispositivo',
  workshopNotHere: 'Este taller no está en este dispositivo',
  notHereHelp:
    'Puede que se haya eliminado, o que se creara en otro navegador o en otro dispositivo. Fivefold guarda todo en el navegador donde se introdujo: para traerlo aquí, expórtelo allí a un archivo y abra ese archivo desde la página de inicio aquí.',
  nothingToOpen: 'No hay nada que abrir en esta dirección',
  oldAddressAssessment:
    'Esta dirección procede de una versión anterior de Fivefold, en la que significaba “la evaluación abierta en este dispositivo”. Todavía no se ha abierto ninguna evaluación en este dispositivo.',
  oldAddressWorkshop:
    'Esta dirección procede de una versión anterior de Fivefold, en la que significaba “el taller abierto en este dispositivo”. Todavía no se ha abierto ningún taller en este dispositivo.',
  toStart: 'Ir a la página de inicio',
};

export const questionnaire: Translation['questionnaire'] = {
  notApplicable: 'No aplica',
  notApplicableHint: 'No se aplica a nuestra red. Queda fuera de la puntuación.',
  dontKnow: 'No sé',
  dontKnowHint: 'Todavía no lo sabemos. Queda fuera de la puntuación y cuenta como una laguna de conocimiento.',
  principleOf: (n, total) => `Principio ${n} de ${total}`,
  whyItMatters: 'Por qué importa',
  answeredOf: (answered, total) => `${answered} de ${total} respondidas`,
  overallProgress: (answered, total) => `${answered} de ${total} preguntas respondidas`,
  previous: 'Anterior',
  next: (title) => `Siguiente: ${title}`,
  seeResults: 'Ver los resultados',
  steps: 'Pasos',
  allSteps: 'Todos los principios',
  wrapUpTitle: 'Sobre la red',
  wrapUpIntro:
    'Dos últimas preguntas sobre la red en su conjunto. No cambian las puntuaciones; aparecen junto a ellas en los resultados.',
  stageQuestion: '¿Qué etapa describe mejor a su red hoy?',
  stageHint: 'Las redes suelen avanzar etapa por etapa. Elija la que mejor encaje, aunque algunas cosas estén más avanzadas.',
  stageNote: 'Nota sobre la etapa',
  outcomesQuestion: '¿Qué aporta hoy la red?',
  outcomesHint: 'Valore cada resultado: ¿la red ya lo ha logrado para sus cooperativas?',
  notRated: 'Sin valorar',
  detailsTitle: 'Datos de la evaluación',
  networkName: 'Nombre de la red',
  assessors: 'Quién evalúa',
  unknownRubric: (id) => `Esta evaluación usa la rúbrica “${id}”, que esta copia de Fivefold no tiene.`,
  goHome: 'Ir a la página de inicio',
  unknownStep: 'Ese paso no existe en este cuestionario.',
  lastTime: (answer) => `La última vez: ${answer}`,
  lastTimeLevel: (level, label) => `nivel ${level} — ${label}`,
  lastTimeNotApplicable: 'no aplica',
  lastTimeDontKnow: 'no lo sé',
  assessmentDate: 'Fecha de la evaluación',
  assessmentDateHint: 'Hoy, por defecto. Para registrar una evaluación anterior, como la del año pasado en papel, indique el día en que se hizo.',
  assessmentDateInvalid: 'Indique una fecha completa: año, mes y día.',
  newOfSameNetwork: (network, previous, date) =>
    `Esta es una nueva evaluación de ${network}, la misma red que la evaluación del ${previous}. Tiene fecha del ${date}.`,
  firstOfNetwork: (network, date) => `Esta evaluación de ${network} tiene fecha del ${date}.`,
  reviewTitle: 'Las acciones de la última vez',
  reviewIntro: (date) =>
    `¿Qué pasó con las acciones previstas el ${date}? Marque cada una y añada una nota: así se actualiza ese plan y la historia queda fiel. Las acciones abiertas pasan al nuevo plan, salvo que las desmarque.`,
  reviewNone: 'El plan de la última vez no tenía acciones.',
  reviewStatus: (action) => `¿Qué pasó con “${action}”?`,
  reviewNote: 'Nota',
  reviewCarry: 'Pasar al nuevo plan',
  reviewOwnerDue: (owner, due) => [owner, due].filter(Boolean).join(' · '),
  reviewUntitled: 'acción sin título',
  reviewed: 'Revisada',
  notStarted: 'Aún sin empezar',
};

export const printView: Translation['printView'] = {
  print: 'Imprimir',
  backToResults: 'Volver a los resultados',
  printHint: 'Use el cuadro de impresión de su navegador para imprimir o guardar como PDF. Cada principio empieza en una página nueva.',
  unknownRubric: (id) => `La evaluación o el taller de este informe usa la rúbrica “${id}”, que esta copia de Fivefold no tiene.`,
  backToWorkshop: 'Volver al taller',
  goHome: 'Ir a la página de inicio',
};

export const trend: Translation['trend'] = {
  eyebrow: 'A lo largo del tiempo',
  title: (network) => network,
  intro: (n) => `${plural(n, { one: '# evaluación', other: '# evaluaciones' })} de esta red, de la más antigua a la más reciente.`,
  tooFew: 'Por ahora esta red solo tiene una evaluación. Vuelva a evaluarla más adelante para ver cómo cambia.',
  none: 'En este navegador no hay ninguna evaluación de esta red.',
  chartTitle: 'Puntuaciones por principio a lo largo del tiempo (0–100)',
  chartSummary: (parts) => `Gráfico de líneas de las puntuaciones por principio a lo largo del tiempo: ${parts.join('; ')}.`,
  tableCaption: 'Puntuaciones por principio en cada evaluación',
  colPrinciple: 'Principio',
  overall: 'Índice global de resiliencia',
  notEnough: 'no hay respuestas suficientes',
  changesTitle: 'Qué cambió, pregunta por pregunta',
  changesCaption: 'Nivel elegido en cada evaluación; las flechas muestran el cambio respecto a la anterior',
  colQuestion: 'Pregunta',
  up: (n) => `sube ${n}`,
  down: (n) => `baja ${n}`,
  same: 'sin cambios',
  na: 'N/A',
  dk: 'No sé',
  blank: '—',
  absent: 'no se preguntaba entonces',
  absentNote: '“no se preguntaba entonces”: la pregunta se añadió en una versión posterior de la rúbrica.',
  assessedBy: (who) => `por ${who}`,
  back: 'Volver a la página de inicio',
  betweenTitle: 'Entre evaluaciones: lo que se hizo',
  between: (from, to) => `Del ${from} al ${to}`,
  indexChange: (from, to) => `Índice global de resiliencia: ${from} → ${to}.`,
  indexNotComparable: 'El índice global no se puede comparar: hay muy pocas respuestas en una de las dos.',
  noneDone: 'Ninguna acción del plan anterior se marcó como hecha.',
  doneTitle: (n) => (n === 1 ? 'Se hizo una acción:' : `Se hicieron ${n} acciones:`),
  doneOn: (date) => `hecha el ${date}`,
  untitled: 'acción sin título',
};

export const results: Translation['results'] = {
  title: 'Resultados',
  forNetwork: (name) => `Resultados de ${name}`,
  overall: 'Índice global de resiliencia',
  outOf: 'sobre 100',
  notEnough: 'no hay respuestas suficientes',
  notEnoughLong: 'Todavía no hay respuestas suficientes: un principio recibe puntuación cuando al menos la mitad de sus preguntas tienen un nivel.',
  weakestTitle: 'Principio más débil',
  weakestText: 'Una red es tan resiliente como su eslabón más débil. Empiece por aquí.',
  tableCaption: 'Puntuaciones por principio (0–100)',
  colPrinciple: 'Principio',
  colScore: 'Puntuación',
  colBand: 'Tramo',
  colCoverage: 'Respondidas',
  overallRow: 'Índice global de resiliencia',
  chartTitle: 'Los cinco principios de un vistazo',
  strengthsTitle: 'Fortalezas',
  strengthsEmpty: 'Todavía ningún indicador está en el nivel 3 o 4.',
  gapsTitle: 'Carencias',
  gapsEmpty: 'Ningún indicador está en el nivel 0 o 1.',
  levelOf: (level, label) => `Nivel ${level} de 4 · ${label}`,
  dontKnowTitle: 'Lagunas de conocimiento',
  dontKnowText: (n, total) =>
    n === 0
      ? 'Nadie respondió “no sé”.'
      : `${n} de ${total} preguntas se respondieron con “no sé”. Averiguarlo ya es un primer paso.`,
  notApplicableText: (n) => (n === 0 ? '' : ` ${plural(n, { one: '# marcada como “no aplica”.', other: '# marcadas como “no aplica”.' })}`),
  stageTitle: 'Etapa de desarrollo',
  stageNone: 'Todavía no se ha elegido ninguna etapa.',
  chooseStage: 'Elegir una etapa',
  stageNow: 'Hoy',
  stageNext: (title) => `Próxima etapa: ${title}`,
  stageLast: 'Es la etapa más integrada. Para mantenerla viva:',
  stageHowToGetThere: 'Lo que suele llevar a una red hasta allí:',
  outcomesTitle: 'Resultados que aporta la red',
  notRated: 'Sin valorar',
  nextStepsTitle: 'Próximos pasos por principio',
  nextStepsNone: 'Responda al menos la mitad de las preguntas de este principio para obtener próximos pasos.',
  band: (label) => `Tramo: ${label}`,
  exportJson: 'Exportar a un archivo (JSON)',
  exportedAt: (date) => `Última exportación: ${date}.`,
  neverExported: 'Todavía no se ha exportado: exporte un archivo para guardar una copia o llevarla a otro ordenador.',
  backToQuestions: 'Volver a las preguntas',
  startNew: 'Empezar una nueva evaluación',
  unknownRubric: (id) => `Esta evaluación usa la rúbrica “${id}”, que esta copia de Fivefold no tiene.`,
  goHome: 'Ir a la página de inicio',
  networkMap: 'Mapa de la red',
  actionLead: (who) => `Suele liderarlo: ${who}.`,
  actionFirstStep: (step) => `Primer paso: ${step}`,
};

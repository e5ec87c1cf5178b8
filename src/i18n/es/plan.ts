// El plan en español: resumen, prioridades, plan de acción, cambios desde la última vez,
// el mapa de la red en los informes y en la página de inicio.
import { formatReportDate } from '../../export/report-text';
import type { Translation } from '../catalogues';
import { plural } from '../plural';
import { reportText } from './report';

export const plan: Translation['plan'] = {
  summaryTitle: 'Resumen',
  outOf: 'de 100',
  notEnough: 'Aún no hay respuestas suficientes para un índice global.',
  prioritiesTitle: 'Sus prioridades',
  prioritiesIntro:
    'Primero el principio más débil: una red es tan resiliente como su eslabón más débil. Añada a su plan de acción lo que van a hacer.',
  scoreOf: (score, band) => (band ? `${score} · ${band}` : score),
  notScored: 'no hay respuestas suficientes',
  notScoredText: 'Responda al menos la mitad de las preguntas de este principio para obtener acciones recomendadas.',
  lead: 'Suele liderarlo',
  firstStep: 'Un primer paso este mes',
  addToPlan: 'Añadir al plan',
  addToPlanLabel: (text) => `Añadir al plan: ${text}`,
  inPlan: 'En su plan de acción',
  recommendationCount: (n, planned) =>
    `${plural(n, { one: '# acción recomendada', other: '# acciones recomendadas' })}${planned > 0 ? `, ${planned} en su plan` : ''} — ${plural(n, { one: 'abra para verla', other: 'abra para verlas' })}`,
  planTitle: 'Plan de acción',
  planIntro: 'Lo que van a hacer, quién lo lidera y para cuándo. Ponga primero lo más importante.',
  planEmpty: 'Aún no hay acciones. Añada una desde sus prioridades, más arriba, o escriba la suya.',
  addAction: 'Añadir acción',
  actionGroup: (n, total) => `Acción ${n} de ${total}`,
  action: 'Acción',
  principle: 'Principio',
  noPrinciple: 'Ninguno',
  owner: 'Responsable',
  ownerHint: 'Una persona o una cooperativa miembro.',
  ownerLeadHint: (lead) => `Una persona o una cooperativa miembro. Suele liderarlo: ${lead}.`,
  due: 'Fecha límite',
  status: 'Estado',
  statuses: reportText.status,
  note: 'Nota',
  carried: 'Arrastrada de la última vez',
  moveUp: 'Subir',
  moveDown: 'Bajar',
  moveUpLabel: (n) => `Subir la acción ${n}`,
  moveDownLabel: (n) => `Bajar la acción ${n}`,
  dragHandle: 'Arrastrar para reordenar',
  remove: 'Eliminar',
  removeLabel: (n) => `Eliminar la acción ${n}`,
  untitled: 'acción sin título',
  moved: (text, position, total) => `“${text}” pasó a la posición ${position} de ${total}.`,
  removed: (text) => `Se eliminó “${text}”.`,
  added: (text) => `Se añadió “${text}” al plan de acción.`,
  undo: 'Deshacer',
  boardTitle: 'Lo que pedimos que decida el consejo',
  boardHint: 'Opcional. Una o dos decisiones que quieren del consejo de administración; se imprimen en la página de resumen del informe.',
  charactersLeft: (n) => `Quedan ${n} caracteres`,
};

export const summaryText: Translation['summaryText'] = {
  title: 'Resumen',
  changeTitle: (since) => `Cambios desde el ${formatReportDate(since)}`,
  changeIntro: (since) => `Comparado con la evaluación anterior de esta red, del ${formatReportDate(since)}.`,
  overall: 'Índice global de resiliencia',
  overallIs: (score, band) => `El índice global de resiliencia es ${score} de 100${band ? `: ${band}` : ''}.`,
  overallNotEnough: (levelled, total) =>
    `Aún no hay respuestas suficientes para un índice global: ${levelled} de ${total} preguntas tienen un nivel.`,
  strongestWeakest: (strongest, strongScore, weakest, weakScore) =>
    `${strongest} es el principio más fuerte (${strongScore}) y ${weakest} el más débil (${weakScore}): una red es tan resiliente como su eslabón más débil.`,
  principlesEven: (score) => `Todos los principios tienen una puntuación parecida (${score}).`,
  firstAssessment: 'Es la primera evaluación de esta red aquí: vuelva a evaluarla más adelante para ver qué cambia.',
  indexMoved: (up, from, to) => `el índice ${up ? 'subió' : 'bajó'} de ${from} a ${to}`,
  indexStayed: (to) => `el índice se mantuvo en ${to}`,
  principleMovedMost: (title, up, from, to) => `“${title}” fue el que más ${up ? 'subió' : 'bajó'}, de ${from} a ${to}`,
  since: (since, parts) => `Desde el ${since}, ${parts.join(', y ')}.`,
  unchanged: (since, overall) => `Las puntuaciones no han cambiado desde el ${since}${overall === null ? '' : `: el índice sigue en ${overall}`}.`,
  questionsChanged: (version, since) =>
    `Las preguntas cambiaron con la versión ${version} de la rúbrica, así que ningún principio se puede comparar con el ${since}.`,
  notEnoughBothTimes: (since) => `Ningún principio tuvo respuestas suficientes las dos veces para compararlo con el ${since}.`,
  dontKnowShare: (count, of, share) =>
    `${plural(count, { one: '# respuesta', other: '# respuestas' })} de ${of} (${share}) ${plural(count, { one: 'fue', other: 'fueron' })} “No sé”: averiguarlo ya es un primer paso.`,
  allDontKnow: (count) =>
    count === 1
      ? 'La única respuesta hasta ahora es “No sé”: averiguarlo es el primer paso.'
      : `Todas las respuestas hasta ahora (${count}) son “No sé”: averiguarlo es el primer paso.`,
  moved: (title, up, from, to) => `${title}: ${up ? 'subió' : 'bajó'} de ${from} a ${to}`,
  stayed: (title, to) => `${title}: se mantuvo en ${to}`,
  notComparableQuestions: (title, then, now) =>
    `${title}: no comparable, sus preguntas cambiaron entre las versiones ${then} y ${now} de la rúbrica`,
  notComparableThen: (title) => `${title}: no comparable, muy pocas respuestas la última vez`,
  notComparableNow: (title) => `${title}: no comparable, muy pocas respuestas esta vez`,
};

export const mapEvidence: Translation['mapEvidence'] = {
  cardTitle: 'Según su mapa de la red',
  cardIntro:
    'Lo que su mapa de la red dice sobre las preguntas que ilumina. Sus respuestas siguen siendo su propio criterio; actualice el mapa antes de cada evaluación.',
  openMap: 'Mapa de la red',
};

export const mapReportText: Translation['mapReportText'] = {
  title: 'Mapa de la red',
  summary: (members, ties, coops, partners) =>
    `${plural(members, { one: '# miembro', other: '# miembros' })} (${plural(coops, { one: '# cooperativa', other: '# cooperativas' })}, ${plural(partners, { one: '# aliada externa', other: '# aliadas externas' })}) y ${plural(ties, { one: '# vínculo', other: '# vínculos' })}.`,
  drawingNote: 'Cada figura es un miembro, con el color y la forma de su tipo; cada línea es un vínculo.',
  measures: 'Medidas',
  colMeasure: 'Medida',
  colValue: 'Valor',
  colMeaning: 'Qué significa',
  matches: 'Mejores coincidencias',
  matchesNone: 'Aún ningún miembro necesita lo que otro ofrece.',
  moreMatches: (shown, total) => `Se muestran ${shown} de ${total} coincidencias; la pantalla del mapa las lista todas.`,
};

export const mapCard: Translation['mapCard'] = {
  title: 'Mapa de la red',
  text: 'Trace quién está en su red, cómo se vinculan y qué necesita y ofrece cada miembro. El mapa muestra su diversidad y sus puntos débiles, sugiere contactos entre cooperativas y pone sus datos junto a las preguntas.',
  open: 'Mapa de la red',
  size: (members, ties) => `${plural(members, { one: '# miembro', other: '# miembros' })}, ${plural(ties, { one: '# vínculo', other: '# vínculos' })}`,
  notMapped: 'Aún sin mapa',
  newTitle: 'Trazar el mapa de una red',
  nameLabel: 'Nombre de la red que quiere trazar',
  nameHint: 'Una red que ya está en este dispositivo abre su propio mapa.',
  nameRequired: 'Escriba el nombre de la red.',
  start: 'Abrir su mapa',
  unnamed: 'Red sin nombre',
};

export const panels: Translation['panels'] = {
  reassessQuestion: (name) => `Una nueva evaluación de ${name}, con fecha de hoy. ¿Empezarla en blanco o a partir de estas respuestas?`,
  reassessBlank: 'Empezar en blanco',
  reassessPrefilled: 'Partir de estas respuestas',
  mergeLabel: (name) => `Unir ${name} con`,
  mergeHint: (name) =>
    `Si ${name} y otra entrada son la misma red (una errata, un nombre nuevo), únalas: todas sus evaluaciones y talleres compartirán una sola historia.`,
  mergeNone: 'Aquí no hay otra red con la que unirla.',
  mergeConfirm: 'Unir',
  mergeChoose: 'Elija una red',
  mergeOption: (name, n) => `${name} (${plural(n, { one: '# registro', other: '# registros' })})`,
  cancel: 'Cancelar',
  unnamed: 'Red sin nombre',
};

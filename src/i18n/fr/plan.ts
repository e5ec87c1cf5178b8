// Le plan en français : synthèse, priorités, plan d’action, évolution depuis la dernière fois,
// la carte du réseau dans les rapports et sur la page d’accueil.
import { formatReportDate } from '../../export/report-text';
import type { Translation } from '../catalogues';
import { plural } from '../plural';
import { reportText } from './report';

export const plan: Translation['plan'] = {
  summaryTitle: 'Synthèse',
  outOf: 'sur 100',
  notEnough: 'Pas encore assez de réponses pour un indice global.',
  prioritiesTitle: 'Vos priorités',
  prioritiesIntro:
    'Le principe le plus faible d’abord\u00a0: un réseau n’est pas plus résilient que son maillon le plus faible. Ajoutez ce que vous allez faire à votre plan d’action.',
  scoreOf: (score, band) => (band ? `${score} · ${band}` : score),
  notScored: 'pas assez de réponses',
  notScoredText: 'Répondez à au moins la moitié des questions de ce principe pour obtenir des actions recommandées.',
  lead: 'Habituellement portée par',
  firstStep: 'Un premier pas ce mois-ci',
  addToPlan: 'Ajouter au plan',
  addToPlanLabel: (text) => `Ajouter au plan\u00a0: ${text}`,
  inPlan: 'Dans votre plan d’action',
  recommendationCount: (n, planned) =>
    `${plural(n, { one: '# action recommandée', other: '# actions recommandées' })}${planned > 0 ? `, dont ${planned} dans votre plan` : ''} — ${plural(n, { one: 'ouvrir pour la voir', other: 'ouvrir pour les voir' })}`,
  planTitle: 'Plan d’action',
  planIntro: 'Ce que vous allez faire, qui s’en charge et pour quand. Mettez le plus important en premier.',
  planEmpty: 'Pas encore d’action. Ajoutez-en une depuis vos priorités ci-dessus, ou écrivez la vôtre.',
  addAction: 'Ajouter une action',
  actionGroup: (n, total) => `Action ${n} sur ${total}`,
  action: 'Action',
  principle: 'Principe',
  noPrinciple: 'Aucun',
  owner: 'Responsable',
  ownerHint: 'Une personne ou une coopérative membre.',
  ownerLeadHint: (lead) => `Une personne ou une coopérative membre. Habituellement portée par\u00a0: ${lead}.`,
  due: 'Échéance',
  status: 'État',
  statuses: reportText.status,
  note: 'Note',
  carried: 'Reportée de la dernière fois',
  moveUp: 'Monter',
  moveDown: 'Descendre',
  moveUpLabel: (n) => `Monter l’action ${n}`,
  moveDownLabel: (n) => `Descendre l’action ${n}`,
  dragHandle: 'Glisser pour changer l’ordre',
  remove: 'Supprimer',
  removeLabel: (n) => `Supprimer l’action ${n}`,
  untitled: 'action sans titre',
  moved: (text, position, total) => `«\u00a0${text}\u00a0» placée en position ${position} sur ${total}.`,
  removed: (text) => `«\u00a0${text}\u00a0» supprimée.`,
  added: (text) => `«\u00a0${text}\u00a0» ajoutée au plan d’action.`,
  undo: 'Annuler',
  boardTitle: 'Ce que nous demandons au conseil de décider',
  boardHint: 'Facultatif. Une ou deux décisions que vous attendez du conseil d’administration\u00a0; elles sont imprimées sur la page de synthèse du rapport.',
  charactersLeft: (n) => `${n} caractères restants`,
};

export const summaryText: Translation['summaryText'] = {
  title: 'Synthèse',
  changeTitle: (since) => `Évolution depuis le ${formatReportDate(since)}`,
  changeIntro: (since) => `Par rapport à l’évaluation précédente de ce réseau, le ${formatReportDate(since)}.`,
  overall: 'Indice global de résilience',
  overallIs: (score, band) => `L’indice global de résilience est de ${score} sur 100${band ? `\u00a0: ${band}` : ''}.`,
  overallNotEnough: (levelled, total) =>
    `Il n’y a pas encore assez de réponses pour un indice global\u00a0: ${levelled} questions sur ${total} ont un niveau.`,
  strongestWeakest: (strongest, strongScore, weakest, weakScore) =>
    `${strongest} est le principe le plus fort (${strongScore}) et ${weakest} le plus faible (${weakScore})\u00a0: un réseau n’est pas plus résilient que son maillon le plus faible.`,
  principlesEven: (score) => `Tous les principes ont à peu près le même score (${score}).`,
  firstAssessment: 'C’est la première évaluation de ce réseau ici\u00a0: réévaluez-le plus tard pour voir ce qui change.',
  indexMoved: (up, from, to) => `l’indice est ${up ? 'monté' : 'descendu'} de ${from} à ${to}`,
  indexStayed: (to) => `l’indice est resté à ${to}`,
  principleMovedMost: (title, up, from, to) => `«\u00a0${title}\u00a0» est ${up ? 'monté' : 'descendu'} le plus, de ${from} à ${to}`,
  since: (since, parts) => `Depuis le ${since}, ${parts.join(', et ')}.`,
  unchanged: (since, overall) => `Les scores n’ont pas changé depuis le ${since}${overall === null ? '' : `\u00a0: l’indice est toujours de ${overall}`}.`,
  questionsChanged: (version, since) =>
    `Les questions ont changé avec la version ${version} de la grille\u00a0: aucun principe ne peut être comparé avec le ${since}.`,
  notEnoughBothTimes: (since) => `Aucun principe n’avait assez de réponses les deux fois pour être comparé avec le ${since}.`,
  dontKnowShare: (count, of, share) =>
    `${plural(count, { one: '# réponse', other: '# réponses' })} sur ${of} (${share}) ${plural(count, { one: 'était', other: 'étaient' })} «\u00a0Je ne sais pas\u00a0»\u00a0: se renseigner est déjà un premier pas.`,
  allDontKnow: (count) =>
    count === 1
      ? 'La seule réponse pour l’instant est «\u00a0Je ne sais pas\u00a0»\u00a0: se renseigner est le premier pas.'
      : `Toutes les réponses jusqu’ici (${count}) sont «\u00a0Je ne sais pas\u00a0»\u00a0: se renseigner est le premier pas.`,
  moved: (title, up, from, to) => `${title}\u00a0: ${up ? 'en hausse' : 'en baisse'}, de ${from} à ${to}`,
  stayed: (title, to) => `${title}\u00a0: inchangé, à ${to}`,
  notComparableQuestions: (title, then, now) =>
    `${title}\u00a0: pas comparable, ses questions ont changé entre les versions ${then} et ${now} de la grille`,
  notComparableThen: (title) => `${title}\u00a0: pas comparable, trop peu de réponses la dernière fois`,
  notComparableNow: (title) => `${title}\u00a0: pas comparable, trop peu de réponses cette fois`,
};

export const mapEvidence: Translation['mapEvidence'] = {
  cardTitle: 'D’après votre carte du réseau',
  cardIntro:
    'Ce que votre carte du réseau dit des questions qu’elle éclaire. Vos réponses restent votre propre jugement\u00a0; mettez la carte à jour avant chaque évaluation.',
  openMap: 'Carte du réseau',
};

export const mapReportText: Translation['mapReportText'] = {
  title: 'Carte du réseau',
  summary: (members, ties, coops, partners) =>
    `${plural(members, { one: '# membre', other: '# membres' })} (${plural(coops, { one: '# coopérative', other: '# coopératives' })}, ${plural(partners, { one: '# partenaire extérieur', other: '# partenaires extérieurs' })}) et ${plural(ties, { one: '# lien', other: '# liens' })}.`,
  drawingNote: 'Chaque forme est un membre, avec la couleur et la forme de son type\u00a0; chaque trait est un lien.',
  measures: 'Mesures',
  colMeasure: 'Mesure',
  colValue: 'Valeur',
  colMeaning: 'Ce que cela veut dire',
  matches: 'Meilleurs jumelages',
  matchesNone: 'Aucun membre n’a encore besoin de ce qu’un autre propose.',
  moreMatches: (shown, total) => `Les ${shown} affichés sur ${total} jumelages\u00a0; l’écran de la carte les liste tous.`,
};

export const mapCard: Translation['mapCard'] = {
  title: 'Carte du réseau',
  text: 'Dessinez qui fait partie de votre réseau, comment ils sont liés, et ce dont chaque membre a besoin et ce qu’il propose. La carte montre sa diversité et ses points faibles, suggère des rapprochements entre coopératives et place ses constats à côté des questions.',
  open: 'Carte du réseau',
  size: (members, ties) => `${plural(members, { one: '# membre', other: '# membres' })}, ${plural(ties, { one: '# lien', other: '# liens' })}`,
  notMapped: 'Pas encore de carte',
  newTitle: 'Dresser la carte d’un réseau',
  nameLabel: 'Nom du réseau à cartographier',
  nameHint: 'Un réseau déjà présent sur cet appareil ouvre sa propre carte.',
  nameRequired: 'Saisissez le nom du réseau.',
  start: 'Ouvrir sa carte',
  unnamed: 'Réseau sans nom',
};

export const panels: Translation['panels'] = {
  reassessQuestion: (name) => `Une nouvelle évaluation de ${name}, datée d’aujourd’hui. La commencer vierge, ou à partir de ces réponses\u00a0?`,
  reassessBlank: 'Commencer vierge',
  reassessPrefilled: 'Partir de ces réponses',
  mergeLabel: (name) => `Fusionner ${name} avec`,
  mergeHint: (name) =>
    `Si ${name} et une autre entrée sont le même réseau (une faute de frappe, un nouveau nom), fusionnez-les\u00a0: toutes leurs évaluations et tous leurs ateliers partagent alors un seul historique.`,
  mergeNone: 'Il n’y a ici aucun autre réseau avec lequel fusionner.',
  mergeConfirm: 'Fusionner',
  mergeChoose: 'Choisir un réseau',
  mergeOption: (name, n) => `${name} (${plural(n, { one: '# fiche', other: '# fiches' })})`,
  cancel: 'Annuler',
  unnamed: 'Réseau sans nom',
};

// Les mots de l'application en français : l'en-tête, l'accueil, le questionnaire, les résultats.
// Termes choisis : docs/translation.md. Chaque clé suit le catalogue anglais (src/**/messages.ts).
import type { Translation } from '../catalogues';
import { plural } from '../plural';

export const app: Translation['app'] = {
  appName: 'Fivefold',
  skipToContent: 'Aller au contenu',
  loading: 'Chargement…',
  notFound: 'Cette page n’existe pas.',
  goHome: 'Aller à la page d’accueil',
  homeTitle: 'Fivefold — autoévaluation de réseaux coopératifs',
  screens: {
    step: 'Questions',
    results: 'Résultats',
    report: 'Version imprimable',
    'workshop-report': 'Version imprimable de l’atelier',
    'workshop-new': 'Préparer un atelier',
    'network-trend': 'Dans le temps',
    'trend-by-name': 'Dans le temps',
    'network-map': 'Carte du réseau',
    join: 'Invitation à un atelier',
    ballot: 'Bulletin d’atelier',
    'not-found': 'Page introuvable',
    legacy: 'Chargement…',
  },
  workshopViews: {
    overview: 'Atelier',
    collect: 'Recueillir',
    tally: 'Compter',
    picture: 'Portrait du groupe',
    agree: 'Discuter et s’accorder',
    groups: 'Comparer les groupes',
    present: 'Présenter',
    pass: 'Passer l’appareil',
  },
  notOnDevice: 'Pas sur cet appareil',
  title: (screen, subject) => (subject ? `${screen} — ${subject} · Fivefold` : `${screen} · Fivefold`),
};

export const language: Translation['language'] = { label: 'Langue' };

export const notices: Translation['notices'] = {
  newVersion: 'Une nouvelle version de Fivefold est prête. Rechargez la page pour l’utiliser\u00a0; vos réponses sont conservées.',
  offlineReady: 'Fivefold est prêt à fonctionner hors ligne sur cet appareil.',
  reload: 'Recharger',
  later: 'Plus tard',
  dismiss: 'Fermer',
  notSaved: 'Non enregistré. ',
  details: 'Détails',
  saveProblem: (problem) => {
    switch (problem.code) {
      case 'storage-full':
        return 'L’espace de stockage de votre navigateur pour cette application est plein\u00a0: vos dernières modifications ne sont pas enregistrées. Exportez votre travail dans un fichier dès maintenant, puis supprimez les évaluations dont vous n’avez plus besoin.';
      case 'save-failed':
        return 'Vos dernières modifications n’ont pas pu être enregistrées dans ce navigateur. Exportez votre travail dans un fichier dès maintenant pour ne rien perdre.';
      case 'load-failed':
        return 'Fivefold n’a pas pu lire ce que ce navigateur avait enregistré. Ce que vous faites maintenant n’est conservé que jusqu’à la fermeture de l’onglet\u00a0: exportez-le dans un fichier.';
    }
  },
  setAsideTitle: 'Certaines données enregistrées n’ont pas pu être ouvertes. ',
  setAsideKept: 'Fivefold les a mises de côté, sans les modifier, et a ouvert tout le reste.',
  downloadUnreadable: 'Télécharger les données illisibles',
  downloadUnreadableOf: (reason, position) =>
    `Télécharger les données illisibles de ${reason.code === 'record' && reason.name !== null ? `«\u00a0${reason.name}\u00a0»` : `l’élément enregistré ${position}`}`,
  deleteAndDismiss: 'Les supprimer et fermer',
  keepAndDismiss: 'Les garder et fermer',
};

export const chart: Translation['chart'] = {
  notEnough: 'pas assez de réponses',
  chartTitle: 'Les cinq principes d’un coup d’œil',
  chartSummary: (parts) => `Graphique radar des scores par principe, sur 100\u00a0: ${parts.join('\u00a0; ')}.`,
};

export const question: Translation['question'] = {
  notApplicable: 'Sans objet',
  dontKnow: 'Je ne sais pas',
  note: 'Note',
  noteHint: 'Des preuves, des exemples ou des doutes. Affiché exactement comme vous l’écrivez.',
  clearAnswer: 'Effacer la réponse',
  moreAbout: 'En savoir plus sur cette question',
  wordsUsed: 'Mots employés ici',
  example: (text) => `Par exemple\u00a0: ${text}`,
  questionOf: (n, total) => `Question ${n} sur ${total}`,
  back: 'Retour',
  next: 'Suivant',
  oneAtATime: 'Une question à la fois',
  oneAtATimeHint: 'Mémorisé sur cet appareil.',
};

export const reportCard: Translation['reportCard'] = {
  reportTitle: 'Rapport pour le conseil d’administration',
  reportIntro:
    'Un PDF avec les scores, le graphique, chaque réponse et chaque note, et les prochaines étapes. Produit sur cet appareil\u00a0; rien n’est envoyé.',
  paperNames: { a4: 'A4', letter: 'Lettre US' },
  paperSize: 'Format du papier',
  downloadPdf: 'Télécharger le rapport PDF',
  printView: 'Version imprimable',
  downloadCsv: 'Télécharger en CSV',
  downloadMarkdown: 'Télécharger en Markdown',
  preparing: 'Préparation du rapport…',
  reportFailed: (why) => `Le rapport n’a pas pu être produit (${why}). Vos réponses sont en sécurité\u00a0; veuillez réessayer.`,
  downloadActionsCsv: 'Télécharger les actions (CSV)',
};

export const route: Translation['route'] = {
  assessmentNotHere: 'Cette évaluation n’est pas sur cet appareil',
  workshopNotHere: 'Cet atelier n’est pas sur cet appareil',
  notHereHelp:
    'Elle a peut-être été supprimée, ou créée dans un autre navigateur ou sur un autre appareil. Fivefold garde tout dans le navigateur où les données ont été saisies\u00a0: pour l’amener ici, exportez-la là-bas dans un fichier, puis ouvrez ce fichier depuis la page d’accueil ici.',
  nothingToOpen: 'Rien à ouvrir à cette adresse',
  oldAddressAssessment:
    'Cette adresse vient d’une version antérieure de Fivefold, où elle désignait «\u00a0l’évaluation ouverte sur cet appareil\u00a0». Aucune évaluation n’a encore été ouverte sur cet appareil.',
  oldAddressWorkshop:
    'Cette adresse vient d’une version antérieure de Fivefold, où elle désignait «\u00a0l’atelier ouvert sur cet appareil\u00a0». Aucun atelier n’a encore été ouvert sur cet appareil.',
  toStart: 'Aller à la page d’accueil',
};

export const questionnaire: Translation['questionnaire'] = {
  notApplicable: 'Sans objet',
  notApplicableHint: 'Cela ne s’applique pas à notre réseau. Exclu du score.',
  dontKnow: 'Je ne sais pas',
  dontKnowHint: 'Nous ne pouvons pas encore le dire. Exclu du score et compté comme une lacune de connaissance.',
  principleOf: (n, total) => `Principe ${n} sur ${total}`,
  whyItMatters: 'Pourquoi c’est important',
  answeredOf: (answered, total) => `${answered} sur ${total} avec réponse`,
  overallProgress: (answered, total) => `${answered} questions sur ${total} avec réponse`,
  previous: 'Précédent',
  next: (title) => `Suivant\u00a0: ${title}`,
  seeResults: 'Voir les résultats',
  steps: 'Étapes',
  allSteps: 'Tous les principes',
  wrapUpTitle: 'À propos du réseau',
  wrapUpIntro:
    'Deux dernières questions sur le réseau dans son ensemble. Elles ne changent pas les scores\u00a0; elles apparaissent à côté d’eux dans les résultats.',
  stageQuestion: 'Quelle étape décrit le mieux votre réseau aujourd’hui\u00a0?',
  stageHint: 'Les réseaux progressent en général une étape à la fois. Choisissez celle qui convient le mieux, même si certaines choses sont plus avancées.',
  stageNote: 'Note sur l’étape',
  outcomesQuestion: 'Qu’est-ce que le réseau apporte aujourd’hui\u00a0?',
  outcomesHint: 'Évaluez chaque résultat\u00a0: le réseau l’a-t-il déjà apporté à ses membres\u00a0?',
  notRated: 'Non évalué',
  detailsTitle: 'Détails de l’évaluation',
  networkName: 'Nom du réseau',
  assessors: 'Qui fait l’évaluation',
  unknownRubric: (id) => `Cette évaluation utilise la grille «\u00a0${id}\u00a0», que cette copie de Fivefold n’a pas.`,
  goHome: 'Aller à la page d’accueil',
  unknownStep: 'Cette étape n’existe pas dans ce questionnaire.',
  lastTime: (answer) => `La dernière fois\u00a0: ${answer}`,
  lastTimeLevel: (level, label) => `niveau ${level} — ${label}`,
  lastTimeNotApplicable: 'sans objet',
  lastTimeDontKnow: 'je ne sais pas',
  assessmentDate: 'Date de l’évaluation',
  assessmentDateHint: 'Aujourd’hui par défaut. Pour saisir une évaluation plus ancienne, comme celle de l’an dernier sur papier, indiquez le jour où elle a été faite.',
  assessmentDateInvalid: 'Veuillez indiquer une date complète\u00a0: année, mois et jour.',
  newOfSameNetwork: (network, previous, date) =>
    `Ceci est une nouvelle évaluation de ${network}, le même réseau que l’évaluation du ${previous}. Elle est datée du ${date}.`,
  firstOfNetwork: (network, date) => `Cette évaluation de ${network} est datée du ${date}.`,
  reviewTitle: 'Les actions de la dernière fois',
  reviewIntro: (date) =>
    `Qu’est-il advenu des actions prévues le ${date}\u00a0? Indiquez où en est chacune et ajoutez une note\u00a0: cela met à jour ce plan, pour que l’historique reste fidèle. Les actions en cours passent dans le nouveau plan, sauf si vous les décochez.`,
  reviewNone: 'Le plan de la dernière fois ne comptait aucune action.',
  reviewStatus: (action) => `Qu’est-il advenu de «\u00a0${action}\u00a0»\u00a0?`,
  reviewNote: 'Note',
  reviewCarry: 'Reporter dans le nouveau plan',
  reviewOwnerDue: (owner, due) => [owner, due].filter(Boolean).join(' · '),
  reviewUntitled: 'action sans titre',
  reviewed: 'Passée en revue',
  notStarted: 'Pas encore commencée',
};

export const printView: Translation['printView'] = {
  print: 'Imprimer',
  backToResults: 'Retour aux résultats',
  printHint: 'Utilisez la boîte de dialogue d’impression de votre navigateur pour imprimer ou enregistrer en PDF. Chaque principe commence sur une nouvelle page.',
  unknownRubric: (id) => `L’évaluation ou l’atelier de ce rapport utilise la grille «\u00a0${id}\u00a0», que cette copie de Fivefold n’a pas.`,
  backToWorkshop: 'Retour à l’atelier',
  goHome: 'Aller à la page d’accueil',
};

export const trend: Translation['trend'] = {
  eyebrow: 'Dans le temps',
  title: (network) => network,
  intro: (n) => `${plural(n, { one: '# évaluation', other: '# évaluations' })} de ce réseau, de la plus ancienne à la plus récente.`,
  tooFew: 'Ce réseau n’a encore qu’une évaluation. Réévaluez-le plus tard pour voir comment il évolue.',
  none: 'Aucune évaluation de ce réseau n’est enregistrée dans ce navigateur.',
  chartTitle: 'Scores par principe dans le temps (0–100)',
  chartSummary: (parts) => `Graphique linéaire des scores par principe dans le temps\u00a0: ${parts.join('\u00a0; ')}.`,
  tableCaption: 'Scores par principe à chaque évaluation',
  colPrinciple: 'Principe',
  overall: 'Indice global de résilience',
  notEnough: 'pas assez de réponses',
  changesTitle: 'Ce qui a changé, question par question',
  changesCaption: 'Niveau choisi à chaque évaluation\u00a0; les flèches montrent l’évolution depuis la précédente',
  colQuestion: 'Question',
  up: (n) => `en hausse de ${n}`,
  down: (n) => `en baisse de ${n}`,
  same: 'aucun changement',
  na: 'S. O.',
  dk: 'Je ne sais pas',
  blank: '—',
  absent: 'pas posée alors',
  absentNote: '«\u00a0pas posée alors\u00a0»\u00a0: la question a été ajoutée dans une version ultérieure de la grille.',
  assessedBy: (who) => `par ${who}`,
  back: 'Retour à la page d’accueil',
  betweenTitle: 'Entre deux évaluations\u00a0: ce qui a été fait',
  between: (from, to) => `Du ${from} au ${to}`,
  indexChange: (from, to) => `Indice global de résilience\u00a0: ${from} → ${to}.`,
  indexNotComparable: 'L’indice global ne peut pas être comparé\u00a0: trop peu de réponses à l’une des deux.',
  noneDone: 'Aucune action du plan précédent n’a été marquée comme faite.',
  doneTitle: (n) => (n === 1 ? 'Une action a été faite\u00a0:' : `${n} actions ont été faites\u00a0:`),
  doneOn: (date) => `faite le ${date}`,
  untitled: 'action sans titre',
};

export const results: Translation['results'] = {
  title: 'Résultats',
  forNetwork: (name) => `Résultats pour ${name}`,
  overall: 'Indice global de résilience',
  outOf: 'sur 100',
  notEnough: 'pas assez de réponses',
  notEnoughLong: 'Pas encore assez de réponses\u00a0: un principe reçoit un score dès qu’au moins la moitié de ses questions ont un niveau.',
  weakestTitle: 'Principe le plus faible',
  weakestText: 'Un réseau n’est pas plus résilient que son maillon le plus faible. Commencez ici.',
  tableCaption: 'Scores par principe (0–100)',
  colPrinciple: 'Principe',
  colScore: 'Score',
  colBand: 'Palier',
  colCoverage: 'Avec réponse',
  overallRow: 'Indice global de résilience',
  chartTitle: 'Les cinq principes d’un coup d’œil',
  strengthsTitle: 'Forces',
  strengthsEmpty: 'Aucun indicateur n’est encore au niveau 3 ou 4.',
  gapsTitle: 'Lacunes',
  gapsEmpty: 'Aucun indicateur n’est au niveau 0 ou 1.',
  levelOf: (level, label) => `Niveau ${level} sur 4 · ${label}`,
  dontKnowTitle: 'Lacunes de connaissance',
  dontKnowText: (n, total) =>
    n === 0
      ? 'Personne n’a répondu «\u00a0Je ne sais pas\u00a0».'
      : `${n} questions sur ${total} ont reçu la réponse «\u00a0Je ne sais pas\u00a0». S’informer est déjà un premier pas.`,
  notApplicableText: (n) => (n === 0 ? '' : ` ${plural(n, { one: '# marquée sans objet.', other: '# marquées sans objet.' })}`),
  stageTitle: 'Étape de développement',
  stageNone: 'Aucune étape choisie pour l’instant.',
  chooseStage: 'Choisir une étape',
  stageNow: 'Aujourd’hui',
  stageNext: (title) => `Étape suivante\u00a0: ${title}`,
  stageLast: 'C’est l’étape la plus intégrée. Pour la faire vivre\u00a0:',
  stageHowToGetThere: 'Ce qui mène généralement un réseau jusque-là\u00a0:',
  outcomesTitle: 'Résultats que le réseau apporte',
  notRated: 'Non évalué',
  nextStepsTitle: 'Prochaines étapes par principe',
  nextStepsNone: 'Répondez à au moins la moitié des questions de ce principe pour obtenir des prochaines étapes.',
  band: (label) => `Palier\u00a0: ${label}`,
  exportJson: 'Exporter dans un fichier (JSON)',
  exportedAt: (date) => `Dernière exportation le ${date}.`,
  neverExported: 'Pas encore exportée\u00a0: exportez un fichier pour en garder une copie ou la transférer sur un autre ordinateur.',
  backToQuestions: 'Retour aux questions',
  startNew: 'Commencer une nouvelle évaluation',
  unknownRubric: (id) => `Cette évaluation utilise la grille «\u00a0${id}\u00a0», que cette copie de Fivefold n’a pas.`,
  goHome: 'Aller à la page d’accueil',
  networkMap: 'Carte du réseau',
  actionLead: (who) => `Habituellement mené par\u00a0: ${who}.`,
  actionFirstStep: (step) => `Première étape\u00a0: ${step}`,
};

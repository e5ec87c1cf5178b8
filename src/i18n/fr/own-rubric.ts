// La grille d’une fédération, en français : la carte de la page d’accueil, la bibliothèque des
// grilles, le choix de la grille et ce qui ne va pas dans un fichier de grille, placé comme on le lit.
import type { Translation } from '../catalogues';
import { plural } from '../plural';

const elements = (n: number) => plural(n, { one: '# élément', other: '# éléments' });

export const ownRubric: Translation['ownRubric'] = {
  title: 'Votre propre grille',
  intro:
    'Une fédération ou un réseau peut rédiger sa propre grille — ses principes, ses questions et ses niveaux — dans un fichier, et l’utiliser ici à la place de la grille intégrée. Elle est vérifiée, puis conservée dans ce navigateur.',
  use: 'Utiliser votre propre grille',
  useHint: 'Choisissez un fichier de grille (.json) rédigé dans le format de grille de Fivefold, ou la traduction d’une grille déjà présente ici.',
  example: 'Essayer une grille d’exemple',
  exampleHint: 'Un bilan de santé en trois principes pour une fédération de coopératives d’habitation, pour voir comment fonctionne une grille à vous.',
  checking: 'Vérification de la grille…',
  added: (title, version) =>
    `«\u00a0${title}\u00a0» (version ${version}) a été ajoutée à vos grilles. Choisissez-la sous «\u00a0Grille\u00a0» quand vous commencez une évaluation ou un atelier.`,
  translationAdded: (language, title, version) =>
    `Version en ${language} ajoutée à «\u00a0${title}\u00a0» (version ${version}). La grille s’affiche ainsi quand Fivefold est en ${language}.`,
  translationFailed: (file) => `«\u00a0${file}\u00a0» ne peut pas servir de traduction. Rien n’a été ajouté.`,
  inLanguages: (names) => `· aussi en ${names}`,
  languages: { en: 'anglais', fr: 'français', es: 'espagnol' },
  translation: {
    shape: 'Le fichier se présente comme la traduction d’une grille, mais il n’est pas rédigé dans le format des traductions (voir Détails).',
    builtin: 'C’est une traduction de la grille intégrée, dont les traductions sont fournies avec Fivefold. Seules les traductions de vos propres grilles peuvent être ajoutées ici.',
    noRubric: (id, version) =>
      `Il traduit la grille «\u00a0${id}\u00a0», version ${version}, qui n’est pas dans ce navigateur. Ajoutez d’abord cette grille (avec «\u00a0Utiliser votre propre grille\u00a0»), puis sa traduction.`,
    otherVersion: (title, version, have) =>
      `Il traduit la version ${version} de «\u00a0${title}\u00a0», mais ce navigateur a la version ${have}. Ajoutez d’abord la version ${version}, ou prenez une traduction écrite pour la version ${have}.`,
    misfit: (language, title, version, n) =>
      plural(n, {
        one: `La version en ${language} ne correspond pas à «\u00a0${title}\u00a0» (version ${version}) à un endroit\u00a0:`,
        other: `La version en ${language} ne correspond pas à «\u00a0${title}\u00a0» (version ${version}) à # endroits\u00a0:`,
      }),
    applied: (language, title, n) =>
      plural(n, {
        one: `En ${language}, «\u00a0${title}\u00a0» enfreindrait une règle du format de grille\u00a0:`,
        other: `En ${language}, «\u00a0${title}\u00a0» enfreindrait # règles du format de grille\u00a0:`,
      }),
    missing: 'la traduction n’a pas de texte pour cet élément',
    unknownId: (id, section) =>
      `La traduction a du texte pour «\u00a0${id}\u00a0» parmi ${section}, que la grille n’a pas (vérifiez l’orthographe de l’identifiant).`,
    sections: {
      bands: 'les tranches de score', principles: 'les principes', indicators: 'les questions',
      recommendations: 'les recommandations', stages: 'les étapes', outcomes: 'les résultats',
    },
    levelCount: (found, expected) => `${plural(found, { one: '# niveau', other: '# niveaux' })} alors que la grille en a ${expected}`,
    nextStepsCount: (found, expected) =>
      `${plural(found, { one: '# prochaine étape', other: '# prochaines étapes' })} alors que la grille en a ${expected}`,
    glossaryCount: (found, expected) =>
      `Le glossaire\u00a0: ${plural(found, { one: '# terme', other: '# termes' })} alors que la grille en a ${expected}.`,
    onlyInRubric: (field) => `la grille a ${field}, la traduction non`,
    onlyInTranslation: (field) => `la traduction a ${field}, la grille non`,
    otherRubric: (found, expected) => `La traduction est celle de «\u00a0${found}\u00a0», pas de «\u00a0${expected}\u00a0».`,
    otherVersionOf: (found, expected) => `La traduction est celle de la version ${found}, pas ${expected}.`,
  },
  libraryTitle: 'Grilles dans ce navigateur',
  item: (version, principles, questions) =>
    `Version ${version} · ${plural(principles, { one: '# principe', other: '# principes' })}, ${plural(questions, { one: '# question', other: '# questions' })}`,
  inUse: (n) => `Utilisée ici par ${plural(n, { one: '# évaluation ou atelier', other: '# évaluations et ateliers' })}.`,
  remove: 'Retirer',
  removeLabel: (title, version) => `Retirer ${title} (version ${version}) de ce navigateur`,
  removed: (title) => `«\u00a0${title}\u00a0» a été retirée.`,
  removedInUse: 'Les évaluations et les ateliers qui l’utilisent ne pourront pas s’ouvrir tant qu’elle n’aura pas été ajoutée de nouveau.',
  undo: 'Annuler',
  failed: (file) => `«\u00a0${file}\u00a0» ne peut pas servir de grille. Rien n’a été ajouté.`,
  problems: (n) => plural(n, { one: 'Une chose est à corriger dans le fichier\u00a0:', other: '# choses sont à corriger dans le fichier\u00a0:' }),
  moreProblems: (n) => plural(n, { one: 'Et # autre (voir Détails).', other: 'Et # autres (voir Détails).' }),
  builtinId: (id) =>
    `Son identifiant, «\u00a0${id}\u00a0», est celui de la grille intégrée. Donnez à votre grille un identifiant bien à elle (dans le champ "id" du fichier), pour que les deux ne soient jamais confondues.`,
  place: {
    principle: (n) => `principe ${n}`,
    question: (n) => `question ${n}`,
    level: (n) => `niveau ${n}`,
    lowRecommendation: (n) => `recommandation ${n} pour un score faible`,
    middleRecommendation: (n) => `recommandation ${n} pour un score moyen`,
    highRecommendation: (n) => `recommandation ${n} pour un score élevé`,
    band: (n) => `palier de score ${n}`,
    stage: (n) => `étape ${n}`,
    nextStep: (n) => `prochaine étape ${n}`,
    outcome: (n) => `résultat ${n}`,
    glossary: (n) => `terme du glossaire ${n}`,
    alias: (n) => `autre forme ${n}`,
    history: (n) => `entrée d’historique ${n}`,
    wholeRubric: 'la grille',
  },
  fields: {
    $schema: 'l’adresse du schéma',
    schemaVersion: 'la version du format (schemaVersion)',
    id: 'l’identifiant',
    version: 'le numéro de version',
    title: 'le titre',
    subtitle: 'le sous-titre',
    shortTitle: 'le titre court',
    description: 'la description',
    language: 'la langue',
    definition: 'la définition',
    whyItMatters: 'le texte «\u00a0Pourquoi c’est important\u00a0»',
    question: 'la question',
    help: 'le texte d’aide',
    label: 'le libellé',
    text: 'le texte',
    lead: 'qui la porte habituellement',
    firstStep: 'la première étape',
    term: 'le terme',
    example: 'l’exemple',
    min: 'le score minimal',
    principles: 'la liste des principes',
    indicators: 'la liste des questions',
    levels: 'la liste des niveaux',
    recommendations: 'la liste des recommandations',
    bands: 'la liste des paliers de score',
    stages: 'la liste des étapes',
    nextSteps: 'la liste des prochaines étapes',
    outcomes: 'la liste des résultats',
    glossary: 'le glossaire',
    aliases: 'la liste des autres formes du terme',
    history: 'l’historique',
    added: 'la liste des questions ajoutées',
    renamed: 'la liste des questions renommées',
    removed: 'la liste des questions retirées',
    recommendationTiers: 'le bloc des paliers de recommandations',
    'recommendationTiers.middleFrom': 'le score à partir duquel s’appliquent les recommandations pour un score moyen (middleFrom)',
    'recommendationTiers.highFrom': 'le score à partir duquel s’appliquent les recommandations pour un score élevé (highFrom)',
    outcomeRatingLabels: 'le bloc des mots pour apprécier les résultats',
  },
  otherField: (name) => `le champ «\u00a0${name}\u00a0»`,
  thisEntry: 'cette entrée',
  kinds: {
    text: 'du texte', number: 'un nombre', 'whole-number': 'un nombre entier', 'yes-no': 'oui ou non', list: 'une liste',
    entries: 'un groupe de champs', nothing: 'vide', other: 'autre chose',
  },
  wrong: {
    missing: (field) => `il manque ${field}`,
    empty: (field) => `${field} est vide`,
    wrongType: (field, expected, received) => `${field} devrait être ${expected}, pas ${received}`,
    tooLong: (field, length, max) => `${field} compte ${length} caractères\u00a0; ${max} au maximum`,
    tooFew: (field, count, min) => `${field} compte ${elements(count)}\u00a0; il en faut au moins ${min}`,
    tooMany: (field, count, max) => `${field} compte ${elements(count)}\u00a0; ${max} au maximum`,
    wrongCount: (field, count, expected) => `${field} compte ${elements(count)}\u00a0; il en faut exactement ${expected}`,
    belowMin: (field, value, min) => `${field} vaut ${value}, sous le minimum de ${min}`,
    aboveMax: (field, value, max) => `${field} vaut ${value}, au-dessus du maximum de ${max}`,
    badId: (field, value) =>
      `${field} «\u00a0${value}\u00a0» ne suit pas l’écriture des identifiants\u00a0: lettres minuscules, chiffres et tirets simples, comme «\u00a0mon-principe\u00a0»`,
    badFormat: (field, value) => `${field} «\u00a0${value}\u00a0» n’a pas la forme attendue`,
    duplicate: (field, value) => `${field} «\u00a0${value}\u00a0» est en double\u00a0: la même valeur sert déjà ailleurs dans la grille`,
    unknownField: (key) => `«\u00a0${key}\u00a0» n’est pas un champ que le format de grille connaît (vérifiez son orthographe)`,
    mustBe: (field, allowed) => `${field} doit être ${allowed}`,
    unknownValue: (field) => `${field} n’a pas une des valeurs permises`,
    tooManyWords: (field, words, max) => `${field} compte ${words} mots\u00a0; un niveau en compte ${max} au plus`,
    rule: (field) => `${field} ne respecte pas les règles du format de grille (voir Détails)`,
  },
  or: (a, b) => `${a} ou ${b}`,
  problem: (place, what) => `${place}\u00a0: ${what}.`,
};

export const rubricPicker: Translation['rubricPicker'] = {
  picker: 'Grille',
  pickerHint: 'Les questions auxquelles répondre\u00a0: la grille intégrée ou une grille de votre bibliothèque.',
  option: (title, version) => `${title} (version ${version})`,
  builtinOption: (title, version) => `${title} (version ${version}, intégrée)`,
};

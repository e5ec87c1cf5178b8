// Les mots des problèmes de fichiers, de liens et de données enregistrées, en français : quelle
// question ou quel champ, ce qui ne va pas, et que faire.
import type { Translation } from '../catalogues';
import { plural } from '../plural';

const q = (text: string) => `«\u00a0${text}\u00a0»`;
const upperFirst = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export const problems: Translation['problems'] = {
  moreProblems: (n) => plural(n, { one: 'Et # autre problème (voir Détails).', other: 'Et # autres problèmes (voir Détails).' }),
  jsonHint: 'Fivefold lit les fichiers .json qu’il exporte\u00a0: choisissez le fichier dont le nom se termine par .json.',
  binary: {
    png: 'une image (PNG)', jpeg: 'une photo ou une image (JPEG)', gif: 'une image (GIF)', webp: 'une image (WebP)',
    pdf: 'un document PDF', zip: 'un document Word ou Excel, ou une archive zip', office: 'un document Word ou Excel',
  },
  update:
    'Pour l’ouvrir, mettez Fivefold à jour\u00a0: rechargez cette page en étant en ligne. Ou demandez à la personne qui l’a envoyé de l’exporter à nouveau depuis la même version de Fivefold que la vôtre.',
  otherKind: {
    assessment: 'C’est un fichier d’évaluation\u00a0: ouvrez-le depuis la page d’accueil.',
    workshop: 'C’est un fichier d’atelier\u00a0: ouvrez-le depuis la page d’accueil.',
    ballot: 'C’est le bulletin d’un participant\u00a0; ajoutez-le à son atelier sous «\u00a0Recueillir\u00a0».',
    backup: 'C’est un fichier de sauvegarde\u00a0: restaurez-le depuis la page d’accueil.',
    invitation: '',
  },
  linkDamaged: 'Le lien est abîmé ou incomplet\u00a0: copiez à nouveau le lien en entier, ou demandez qu’on vous le renvoie.',
  linkDamagedWhy: {
    check: '',
    characters: 'Il contient des caractères qu’un lien ne peut pas contenir.',
    unpack: 'Il n’a pas pu être décompressé.',
    contents: 'Son contenu est illisible.',
  },
  unnamedWorkshop: 'un réseau sans nom',
  codeTryAgain: 'Demandez au participant de remettre à nouveau son bulletin, ou d’envoyer plutôt le lien ou le fichier.',
  lead: {
    tooLarge: (size, max) => `Le fichier est trop volumineux (${size})\u00a0; Fivefold lit les fichiers jusqu’à ${max}.`,
    fileUnreadable: 'Le fichier n’a pas pu être lu sur cet appareil. Choisissez-le à nouveau, ou copiez-le d’abord sur cet appareil.',
    empty: 'Le fichier est vide.',
    otherEncoding: 'Ce n’est pas du texte que Fivefold sait lire (UTF-8)\u00a0: c’est peut-être un document, ou du texte enregistré dans un autre encodage.',
    notText: 'Ce n’est pas un fichier texte\u00a0; c’est peut-être une image ou un document.',
    looksLike: (what) => `Ce n’est pas un fichier texte\u00a0: on dirait ${what}.`,
    csv: 'C’est un tableau de valeurs (un fichier CSV), pas un fichier que Fivefold peut ouvrir.',
    damaged: 'Le fichier semble tronqué ou abîmé, et Fivefold ne peut pas le lire. Exportez-le à nouveau là d’où il vient.',
    notOurs: 'C’est un fichier texte, mais ce n’est pas Fivefold qui l’a écrit.',
    notFivefold: {
      assessment: 'Ce n’est pas un fichier d’évaluation Fivefold.',
      workshop: 'Ce n’est pas un fichier d’atelier Fivefold.',
      ballot: 'Ce n’est pas un fichier de bulletin Fivefold.',
      backup: 'Ce n’est pas un fichier de sauvegarde Fivefold.',
      invitation: 'Ce n’est pas un fichier d’invitation Fivefold.',
    },
    noVersion: 'Le fichier n’indique pas quelle version de son format il utilise\u00a0: Fivefold ne peut donc pas le lire.',
    newerVersion: 'Ce fichier a été créé par une version plus récente de Fivefold, que cette version ne sait pas lire.',
    unknownRubric: (rubric, version) =>
      `Ce fichier est prévu pour une autre grille, ${q(rubric)} (version ${version}), que cette copie de Fivefold n’a pas.`,
    invalid: {
      file: {
        assessment: 'L’évaluation contenue dans le fichier n’a pas pu être lue\u00a0:',
        workshop: 'L’atelier contenu dans le fichier n’a pas pu être lu\u00a0:',
        ballot: 'Le bulletin contenu dans le fichier n’a pas pu être lu\u00a0:',
        backup: 'La sauvegarde contenue dans le fichier n’a pas pu être lue\u00a0:',
        invitation: 'L’invitation contenue dans le fichier n’a pas pu être lue\u00a0:',
      },
      link: {
        assessment: 'L’évaluation contenue dans le lien n’a pas pu être lue\u00a0:',
        workshop: 'L’atelier contenu dans le lien n’a pas pu être lu\u00a0:',
        ballot: 'Le bulletin contenu dans le lien n’a pas pu être lu\u00a0:',
        backup: 'La sauvegarde contenue dans le lien n’a pas pu être lue\u00a0:',
        invitation: 'L’invitation contenue dans le lien n’a pas pu être lue\u00a0:',
      },
    },
    linkOtherVersion: {
      ballot: 'Ce lien de bulletin a été créé par une autre version de Fivefold, que cette version ne sait pas lire.',
      invitation: 'Ce lien d’invitation a été créé par une autre version de Fivefold, que cette version ne sait pas lire.',
    },
    ballotLink: 'C’est un lien de bulletin, pas une invitation\u00a0: ajoutez-le à l’atelier auquel il appartient.',
    invitationLink: 'C’est un lien d’invitation, pas un bulletin\u00a0: ouvrez-le pour remplir un bulletin.',
    linkNotFivefold: { ballot: 'Ce n’est pas un lien de bulletin Fivefold.', invitation: 'Ce n’est pas un lien d’invitation Fivefold.' },
    linkTooLong: {
      ballot: (max) => `Ce lien de bulletin est trop long pour être authentique\u00a0; Fivefold lit les liens jusqu’à ${max}.`,
      invitation: (max) => `Ce lien d’invitation est trop long pour être authentique\u00a0; Fivefold lit les liens jusqu’à ${max}.`,
    },
    linkTooBig: {
      ballot: (max) => `Une fois décompressé, ce lien de bulletin dépasse ${max}, bien plus qu’aucun bulletin n’en demande.`,
      invitation: (max) => `Une fois décompressé, ce lien d’invitation dépasse ${max}, bien plus qu’aucune invitation n’en demande.`,
    },
    codeNotFivefold: 'Ce code QR n’est pas un bulletin Fivefold.',
    codeOtherVersion: 'Ce code de bulletin a été créé par une autre version de Fivefold, que cette version ne sait pas lire.',
    codeDamaged: 'Ce code de bulletin n’a pas pu être lu\u00a0: sa vérification échoue, il a peut-être été modifié ou mal lu.',
    codeOtherWorkshop: 'Ce bulletin est destiné à un autre atelier, pas à celui-ci.',
    codeOtherRound: (round, current) => `Ce bulletin est celui du tour ${round}\u00a0; l’atelier recueille en ce moment le tour ${current}.`,
    codeAnswerAgain: (current) => `Demandez à la personne de répondre à nouveau avec l’invitation du tour ${current}.`,
    codeInvitation: 'C’est l’invitation de l’atelier, pas un bulletin. Lisez le code QR qu’une personne affiche après avoir remis son bulletin.',
    otherWorkshop: (network, date) => `Ce bulletin est destiné à un autre atelier, pas à celui-ci (${network}, ${date}).`,
    otherRubric: (ballot, workshop) => `Ce bulletin a été rempli avec la grille ${q(ballot)}\u00a0; cet atelier utilise ${q(workshop)}.`,
    otherRubricVersion: (ballot, workshop) => `Ce bulletin a été rempli avec la version ${ballot} de la grille\u00a0; cet atelier utilise la version ${workshop}.`,
  },
  mapWhy: {
    notAMap: 'elle n’a pas la forme d’une carte du réseau.',
    newerVersion: 'elle a été créée par une version plus récente de Fivefold.',
    noMigration: (version) => `elle est dans un format de carte (numéro ${version}) que cette version de Fivefold ne sait pas lire.`,
    invalid: 'certains de ses membres ou de ses liens n’ont pas la forme attendue par Fivefold.',
  },
  mapArrival: {
    unreadable: (why) => `La carte du réseau qui l’accompagnait n’a pas été importée\u00a0: ${why}`,
    keptDevice: (name) =>
      `La carte du réseau ${q(name)} contenue dans le fichier n’a pas été importée\u00a0: cet appareil a une autre carte de ce réseau, qui reste telle quelle.`,
    restoredMaps: (n) => plural(n, { one: '# carte du réseau a aussi été restaurée.', other: '# cartes du réseau ont aussi été restaurées.' }),
  },
  mapUnreadable: {
    backup: (why) => `Une carte du réseau contenue dans la sauvegarde n’a pas pu être lue\u00a0: ${why}`,
    saved: (why) => `Une carte du réseau enregistrée dans ce navigateur n’a pas pu être lue\u00a0: ${why}`,
  },
  namedMapUnreadable: {
    backup: (name, why) => `La carte du réseau ${q(name)} contenue dans la sauvegarde n’a pas pu être lue\u00a0: ${why}`,
    saved: (name, why) => `La carte du réseau ${q(name)} enregistrée dans ce navigateur n’a pas pu être lue\u00a0: ${why}`,
  },
  backup: {
    notAList: {
      assessment: 'La liste des évaluations de la sauvegarde n’est pas une liste\u00a0: aucune n’a été lue.',
      workshop: 'La liste des ateliers de la sauvegarde n’est pas une liste\u00a0: aucun n’a été lu.',
      map: 'La liste des cartes du réseau de la sauvegarde n’est pas une liste\u00a0: aucune n’a été lue.',
    },
    numbered: {
      assessment: (n) => `L’évaluation n° ${n} de la sauvegarde n’a pas pu être lue\u00a0:`,
      workshop: (n) => `L’atelier n° ${n} de la sauvegarde n’a pas pu être lu\u00a0:`,
    },
    named: {
      assessment: (name) => `L’évaluation ${q(name)} n’a pas pu être lue\u00a0:`,
      workshop: (name) => `L’atelier ${q(name)} n’a pas pu être lu\u00a0:`,
    },
  },
  saved: {
    notJson: 'Les données enregistrées sont abîmées\u00a0: elles ne sont pas sous une forme que Fivefold sait lire.',
    unknownShape: 'Les données enregistrées ne sont pas sous une forme que Fivefold connaît.',
    newer:
      'Elles ont été enregistrées par une version plus récente de Fivefold. Rechargez cette page en étant en ligne pour mettre Fivefold à jour, et elles s’ouvriront de nouveau.',
    noMigration: (version) => `Elles ont été enregistrées dans un format de stockage (numéro ${version}) que cette version de Fivefold ne sait pas lire.`,
    notACollection: {
      assessment: 'La liste des évaluations enregistrées n’a pas la forme attendue par Fivefold.',
      workshop: 'La liste des ateliers enregistrés n’a pas la forme attendue par Fivefold.',
      rubric: 'La liste des grilles enregistrées n’a pas la forme attendue par Fivefold.',
      map: 'La liste des cartes du réseau enregistrées n’a pas la forme attendue par Fivefold.',
    },
    ownRubricButton: 'Utiliser votre propre grille',
    ownRubric: (button) => `Une grille de votre bibliothèque n’a pas pu être lue. Ouvrez à nouveau son fichier avec ${q(button)}.`,
    namedOwnRubric: (title, button) => `Votre grille ${q(title)} n’a pas pu être lue. Ouvrez à nouveau son fichier avec ${q(button)}.`,
    record: { assessment: 'Une évaluation enregistrée n’a pas pu être lue\u00a0:', workshop: 'Un atelier enregistré n’a pas pu être lu\u00a0:' },
    namedRecord: {
      assessment: (name) => `L’évaluation enregistrée ${q(name)} n’a pas pu être lue\u00a0:`,
      workshop: (name) => `L’atelier enregistré ${q(name)} n’a pas pu être lu\u00a0:`,
    },
  },
};

export const fields: Translation['fields'] = {
  quote: q,
  fields: {
    id: 'l’identifiant interne',
    kind: 'le type d’enregistrement',
    networkName: 'le nom du réseau',
    networkId: 'le réseau de rattachement',
    assessedOn: 'la date de l’évaluation',
    actions: 'le plan d’action',
    boardAsk: 'ce que l’on demande au conseil de décider',
    assessors: 'la liste des personnes qui évaluent',
    createdAt: 'la date de début',
    updatedAt: 'la date de la dernière modification',
    lastExportedAt: 'la date du dernier export',
    rubric: 'la grille utilisée',
    'rubric.id': 'le nom de la grille utilisée',
    'rubric.version': 'la version de la grille utilisée',
    answers: 'la liste des réponses',
    stageId: 'l’étape de développement',
    stageNote: 'la note sur l’étape de développement',
    outcomes: 'la liste des appréciations des résultats',
    lastStep: 'la dernière étape ouverte',
    date: 'la date de l’atelier',
    facilitator: 'le nom de la personne qui anime',
    groups: 'la liste des groupes de points de vue',
    anonymous: 'le choix des bulletins anonymes',
    ballots: 'la liste des bulletins',
    tallies: 'la liste des comptes à main levée',
    consensus: 'la liste des réponses convenues',
    currentRound: 'le tour en cours',
    principles: 'la liste des principes couverts par la séance',
    workshopId: 'l’atelier de rattachement',
    round: 'le tour',
    participant: 'le nom du participant ou de la participante',
    group: 'le groupe de points de vue',
    submittedAt: 'l’heure de remise',
    source: 'le mode de remise',
  },
  question: (number, text) => `la question ${number} ${q(text)}`,
  questionById: (id) => `la question ${q(id)}`,
  questionFields: {
    answer: (question) => `la réponse à ${question}`,
    'answer.note': (question) => `la note de ${question}`,
    consensus: (question) => `la réponse convenue pour ${question}`,
    'consensus.level': (question) => `le niveau convenu pour ${question}`,
    'consensus.rationale': (question) => `la raison notée pour la réponse convenue à ${question}`,
    'consensus.decidedAt': (question) => `le moment où la réponse à ${question} a été convenue`,
    'consensus.indicatorId': (question) => `la question indiquée dans la réponse convenue à ${question}`,
  },
  action: (n) => `l’action ${n}`,
  actionWithText: (n, text) => `l’action ${n} (${q(text)})`,
  actionFields: {
    'action.id': (a) => `l’identifiant interne de ${a}`,
    'action.text': (a) => `le texte de ${a}`,
    'action.owner': (a) => `la personne responsable de ${a}`,
    'action.due': (a) => `l’échéance de ${a}`,
    'action.status': (a) => `l’état de ${a}`,
    'action.note': (a) => `la note de ${a}`,
    'action.principleId': (a) => `le principe de ${a}`,
    'action.indicatorId': (a) => `la question de ${a}`,
    'action.recommendationId': (a) => `la recommandation d’où vient ${a}`,
    'action.carriedFrom': (a) => `l’action antérieure que poursuit ${a}`,
    'action.doneOn': (a) => `le jour où ${a} a été réalisée`,
    'action.review': (a) => `le bilan de ${a}`,
  },
  tallyFor: (question) => `le compte à main levée pour ${question}`,
  tallyNumber: (n) => `le compte à main levée n° ${n}`,
  tallyFields: {
    'tally.counts': (t) => `le nombre de mains levées à chaque niveau dans ${t}`,
    'tally.notApplicable': (t) => `le nombre de mains «\u00a0Sans objet\u00a0» dans ${t}`,
    'tally.dontKnow': (t) => `le nombre de mains «\u00a0Je ne sais pas\u00a0» dans ${t}`,
    'tally.round': (t) => `le tour de ${t}`,
    'tally.workshopId': (t) => `l’atelier indiqué dans ${t}`,
    'tally.indicatorId': (t) => `la question indiquée dans ${t}`,
  },
  outcome: (title) => `l’appréciation du résultat ${q(title)}`,
  group: (n) => `le groupe de points de vue n° ${n}`,
  ballot: (n) => `le bulletin ${n}`,
  ballotOf: (n, participant) => `le bulletin ${n} (${participant})`,
  entry: (key) => `l’entrée ${q(key)}`,
  records: { assessment: 'l’évaluation', workshop: 'l’atelier', ballot: 'le bulletin', backup: 'la sauvegarde', invitation: 'l’invitation' },
  partOf: { file: 'une partie du fichier', link: 'une partie du lien', saved: 'une partie des données enregistrées', backup: 'une partie de la sauvegarde' },
  expected: { text: 'du texte', number: 'un nombre', 'whole-number': 'un nombre entier', 'yes-no': 'un oui ou un non', list: 'une liste', nothing: 'vide' },
  received: {
    text: 'du texte', number: 'un nombre décimal', 'whole-number': 'un nombre', 'yes-no': 'un oui ou un non', list: 'une liste',
    entries: 'un groupe d’entrées', nothing: 'vide', other: 'autre chose',
  },
  clauses: {
    questionLevel: (question, value, min, max) => `${question} a le niveau ${value}\u00a0; les niveaux vont de ${min} à ${max}`,
    fieldLevel: (s, value, min, max) => `${s} vaut ${value}\u00a0; les niveaux vont de ${min} à ${max}`,
    notAnAnswer: (question, min, max) =>
      `${question} a une réponse que Fivefold ne connaît pas\u00a0; une réponse est un niveau de ${min} à ${max}, «\u00a0Sans objet\u00a0» ou «\u00a0Je ne sais pas\u00a0»`,
    notThisAnswer: (question, value, min, max) =>
      `${question} a pour réponse ${q(value)}, que Fivefold ne connaît pas\u00a0; une réponse est un niveau de ${min} à ${max}, «\u00a0Sans objet\u00a0» ou «\u00a0Je ne sais pas\u00a0»`,
    tooLong: (s, length, max) => `${s} compte ${length} caractères\u00a0; la limite est de ${max}`,
    empty: (s) => `${s} est vide`,
    missing: (s) => `il manque ${s}`,
    notExpected: (s, expected, received) => `${s} n’est pas ${expected} (c’est ${received})`,
    notInForm: (s, received) => `${s} n’a pas la forme attendue par Fivefold (c’est ${received})`,
    badDate: (s, value) => `${s}, ${q(value)}, n’est pas une date que Fivefold sait lire (une date s’écrit année-mois-jour, par exemple 2025-03-14)`,
    badDateTime: (s, value) => `${s}, ${q(value)}, n’est pas une date et une heure que Fivefold sait lire`,
    onlyOneOf: (s, value, allowed) => `${s} vaut ${value}\u00a0; les valeurs possibles sont ${allowed}`,
    unknownSomething: (s) => `${s} contient quelque chose que Fivefold ne connaît pas`,
    unknownValue: (s, value) => `${s} est ${q(value)}, une valeur que Fivefold ne connaît pas`,
    atLeast: (s, value, min) => `${s} vaut ${value}\u00a0; le minimum est ${min}`,
    atMost: (s, value, max) => `${s} vaut ${value}\u00a0; le maximum est ${max}`,
    tooMany: (s, count, max) => `trop d’entrées dans ${s}\u00a0: ${count} pour une limite de ${max}`,
    tooFew: (s, count, min) => `trop peu d’entrées dans ${s}\u00a0: ${count} alors qu’il en faut ${min}`,
    unknownField: (s, key) => `${s} contient une entrée que Fivefold ne connaît pas (${q(key)})`,
    groupTwice: (name) => `le groupe de points de vue ${q(name)} figure deux fois`,
    usedTwice: (s) => `${s} figure deux fois`,
    idMismatch: 'son identifiant interne ne correspond pas à l’emplacement où il a été enregistré',
    unreadable: (part, s) => `${part} n’a pas pu être lue\u00a0: ${s}`,
  },
  sentence: (clause) => `${upperFirst(clause)}.`,
  inBallot: (ballot, clause) => `${upperFirst(ballot)}\u00a0: ${clause}.`,
};

export const dropped: Translation['dropped'] = {
  heading: (rubric) =>
    `Certaines parties n’existent pas dans cette version de la grille (${rubric.title}, version ${rubric.version}) et ont été laissées de côté\u00a0:`,
  part: (part) => {
    switch (part.code) {
      case 'unknown-question':
        return `La réponse à une question que cette version n’a pas («\u00a0${part.indicatorId}\u00a0»).`;
      case 'unknown-outcome':
        return `L’appréciation d’un résultat que cette version ne prévoit pas («\u00a0${part.outcomeId}\u00a0»).`;
      case 'unknown-stage':
        return `Une étape de développement que cette version n’a pas («\u00a0${part.stageId}\u00a0»).`;
    }
  },
};

// Les mots des problèmes de fichiers et de liens en français (le reste des phrases : à venir).
import type { Translation } from '../catalogues';

export const problems: Translation['problems'] = {
  moreProblems: (n) => (n === 1 ? 'Et 1 autre problème (voir Détails).' : `Et ${n} autres problèmes (voir Détails).`),
  kinds: { assessment: 'évaluation', workshop: 'atelier', ballot: 'bulletin', backup: 'sauvegarde', invitation: 'invitation', rubric: 'grille', map: 'carte du réseau' },
  jsonHint: 'Fivefold lit les fichiers .json qu’il exporte : choisissez le fichier dont le nom se termine par .json.',
  binary: {
    png: 'une image (PNG)', jpeg: 'une photo ou une image (JPEG)', gif: 'une image (GIF)', webp: 'une image (WebP)',
    pdf: 'un document PDF', zip: 'un document Word ou Excel, ou une archive zip', office: 'un document Word ou Excel',
  },
  update:
    'Pour l’ouvrir, mettez Fivefold à jour : rechargez cette page en étant en ligne. Ou demandez à la personne qui l’a envoyé de l’exporter à nouveau depuis la même version de Fivefold que la vôtre.',
  otherKind: {
    assessment: 'C’est un fichier d’évaluation : ouvrez-le depuis la page d’accueil.',
    workshop: 'C’est un fichier d’atelier : ouvrez-le depuis la page d’accueil.',
    ballot: 'C’est le bulletin d’un participant ; ajoutez-le à son atelier sous « Recueillir ».',
    backup: 'C’est un fichier de sauvegarde : restaurez-le depuis la page d’accueil.',
    invitation: '',
  },
  linkDamaged: 'Le lien est abîmé ou incomplet : copiez à nouveau le lien en entier, ou demandez qu’on vous le renvoie.',
  linkDamagedWhy: {
    check: '',
    characters: 'Il contient des caractères qu’un lien ne peut pas contenir.',
    unpack: 'Il n’a pas pu être décompressé.',
    contents: 'Son contenu est illisible.',
  },
  unnamedWorkshop: 'un réseau sans nom',
  codeTryAgain: 'Demandez au participant de remettre à nouveau son bulletin, ou d’envoyer plutôt le lien ou le fichier.',
};

export const dropped: Translation['dropped'] = {
  heading: (rubric) =>
    `Certaines parties n’existent pas dans cette version de la grille (${rubric.title}, version ${rubric.version}) et ont été laissées de côté :`,
  part: (part) => {
    switch (part.code) {
      case 'unknown-question':
        return `La réponse à une question que cette version n’a pas (« ${part.indicatorId} »).`;
      case 'unknown-outcome':
        return `L’appréciation d’un résultat que cette version ne prévoit pas (« ${part.outcomeId} »).`;
      case 'unknown-stage':
        return `Une étape de développement que cette version n’a pas (« ${part.stageId} »).`;
    }
  },
};

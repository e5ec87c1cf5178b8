// Las palabras de los problemas con archivos y enlaces en español.
import type { Translation } from '../catalogues';

export const problems: Translation['problems'] = {
  moreProblems: (n) => (n === 1 ? 'Y 1 problema más (vea Detalles).' : `Y ${n} problemas más (vea Detalles).`),
  kinds: { assessment: 'evaluación', workshop: 'taller', ballot: 'papeleta', backup: 'copia de seguridad', invitation: 'invitación', rubric: 'rúbrica', map: 'mapa de la red' },
  jsonHint: 'Fivefold lee los archivos .json que exporta: elija el archivo cuyo nombre termina en .json.',
  binary: {
    png: 'una imagen (PNG)', jpeg: 'una foto o imagen (JPEG)', gif: 'una imagen (GIF)', webp: 'una imagen (WebP)',
    pdf: 'un documento PDF', zip: 'un documento de Word o Excel, o un archivo zip', office: 'un documento de Word o Excel',
  },
  update:
    'Para abrirlo, actualice Fivefold: recargue esta página con conexión. O pida a quien lo envió que lo vuelva a exportar desde la misma versión de Fivefold que la suya.',
  otherKind: {
    assessment: 'Es un archivo de evaluación: ábralo desde la página de inicio.',
    workshop: 'Es un archivo de taller: ábralo desde la página de inicio.',
    ballot: 'Es la papeleta de una persona participante; añádala a su taller en “Recoger”.',
    backup: 'Es una copia de seguridad: restáurela desde la página de inicio.',
    invitation: '',
  },
  linkDamaged: 'El enlace está dañado o incompleto: vuelva a copiar el enlace completo o pida que se lo envíen de nuevo.',
  linkDamagedWhy: {
    check: '',
    characters: 'Contiene caracteres que un enlace no puede llevar.',
    unpack: 'No se pudo descomprimir.',
    contents: 'Su contenido no se puede leer.',
  },
  unnamedWorkshop: 'una red sin nombre',
  codeTryAgain: 'Pida a la persona participante que vuelva a entregar su papeleta, o que envíe el enlace o el archivo.',
};

export const dropped: Translation['dropped'] = {
  heading: (rubric) =>
    `Algunas partes no existen en esta versión de la rúbrica (${rubric.title}, versión ${rubric.version}) y se dejaron fuera:`,
  part: (part) => {
    switch (part.code) {
      case 'unknown-question':
        return `La respuesta a una pregunta que esta versión no tiene (“${part.indicatorId}”).`;
      case 'unknown-outcome':
        return `La valoración de un resultado que esta versión no incluye (“${part.outcomeId}”).`;
      case 'unknown-stage':
        return `Una etapa de desarrollo que esta versión no tiene (“${part.stageId}”).`;
    }
  },
};

// Las palabras de los problemas con archivos, enlaces y datos guardados, en español: qué pregunta o
// qué campo, qué falla y qué hacer.
import type { Translation } from '../catalogues';
import { plural } from '../plural';

const q = (text: string) => `“${text}”`;
const upperFirst = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export const problems: Translation['problems'] = {
  moreProblems: (n) => plural(n, { one: 'Y # problema más (vea Detalles).', other: 'Y # problemas más (vea Detalles).' }),
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
  lead: {
    tooLarge: (size, max) => `El archivo es demasiado grande (${size}); Fivefold lee archivos de hasta ${max}.`,
    fileUnreadable: 'No se pudo leer el archivo en este dispositivo. Vuelva a elegirlo, o cópielo antes a este dispositivo.',
    empty: 'El archivo está vacío.',
    otherEncoding: 'No es un texto que Fivefold pueda leer (UTF-8): puede ser un documento, o un texto guardado con otra codificación.',
    notText: 'No es un archivo de texto; puede ser una imagen o un documento.',
    looksLike: (what) => `No es un archivo de texto: parece ${what}.`,
    csv: 'Es una tabla de valores (un archivo CSV), no un archivo que Fivefold pueda abrir.',
    damaged: 'El archivo parece cortado o dañado, así que Fivefold no puede leerlo. Vuelva a exportarlo desde donde salió.',
    notOurs: 'Es un archivo de texto, pero no lo escribió Fivefold.',
    notFivefold: {
      assessment: 'No es un archivo de evaluación de Fivefold.',
      workshop: 'No es un archivo de taller de Fivefold.',
      ballot: 'No es un archivo de papeleta de Fivefold.',
      backup: 'No es una copia de seguridad de Fivefold.',
      invitation: 'No es un archivo de invitación de Fivefold.',
    },
    noVersion: 'El archivo no indica qué versión de su formato usa, así que Fivefold no puede leerlo.',
    newerVersion: 'Este archivo se creó con una versión más reciente de Fivefold, que esta versión no puede leer.',
    unknownRubric: (rubric, version) =>
      `Este archivo es de otra rúbrica, ${q(rubric)} (versión ${version}), que esta copia de Fivefold no tiene.`,
    invalid: {
      file: {
        assessment: 'No se pudo leer la evaluación del archivo:',
        workshop: 'No se pudo leer el taller del archivo:',
        ballot: 'No se pudo leer la papeleta del archivo:',
        backup: 'No se pudo leer la copia de seguridad del archivo:',
        invitation: 'No se pudo leer la invitación del archivo:',
      },
      link: {
        assessment: 'No se pudo leer la evaluación del enlace:',
        workshop: 'No se pudo leer el taller del enlace:',
        ballot: 'No se pudo leer la papeleta del enlace:',
        backup: 'No se pudo leer la copia de seguridad del enlace:',
        invitation: 'No se pudo leer la invitación del enlace:',
      },
    },
    linkOtherVersion: {
      ballot: 'Este enlace de papeleta se creó con otra versión de Fivefold, que esta versión no puede leer.',
      invitation: 'Este enlace de invitación se creó con otra versión de Fivefold, que esta versión no puede leer.',
    },
    ballotLink: 'Es un enlace de papeleta, no una invitación: añádalo al taller al que pertenece.',
    invitationLink: 'Es un enlace de invitación, no una papeleta: ábralo para rellenar una papeleta.',
    linkNotFivefold: { ballot: 'No es un enlace de papeleta de Fivefold.', invitation: 'No es un enlace de invitación de Fivefold.' },
    linkTooLong: {
      ballot: (max) => `Este enlace de papeleta es demasiado largo para ser auténtico; Fivefold lee enlaces de hasta ${max}.`,
      invitation: (max) => `Este enlace de invitación es demasiado largo para ser auténtico; Fivefold lee enlaces de hasta ${max}.`,
    },
    linkTooBig: {
      ballot: (max) => `Al descomprimirlo, este enlace de papeleta ocupa más de ${max}, mucho más de lo que necesita una papeleta.`,
      invitation: (max) => `Al descomprimirlo, este enlace de invitación ocupa más de ${max}, mucho más de lo que necesita una invitación.`,
    },
    codeNotFivefold: 'Este código QR no es una papeleta de Fivefold.',
    codeOtherVersion: 'Este código de papeleta se creó con otra versión de Fivefold, que esta versión no puede leer.',
    codeDamaged: 'No se pudo leer este código de papeleta: no pasa la comprobación, así que puede haberse modificado o leído mal.',
    codeOtherWorkshop: 'Esta papeleta es de otro taller, no de este.',
    codeOtherRound: (round, current) => `Esta papeleta es de la ronda ${round}; el taller está recogiendo ahora la ronda ${current}.`,
    codeAnswerAgain: (current) => `Pida a la persona participante que responda de nuevo con la invitación de la ronda ${current}.`,
    codeInvitation: 'Es la invitación del taller, no una papeleta. Escanee el código QR que muestra cada participante después de entregar.',
    otherWorkshop: (network, date) => `Esta papeleta es de otro taller, no de este (${network}, ${date}).`,
    otherRubric: (ballot, workshop) => `Esta papeleta se rellenó con la rúbrica ${q(ballot)}; este taller usa ${q(workshop)}.`,
    otherRubricVersion: (ballot, workshop) => `Esta papeleta se rellenó con la versión ${ballot} de la rúbrica; este taller usa la versión ${workshop}.`,
  },
  mapWhy: {
    notAMap: 'no tiene la forma de un mapa de la red.',
    newerVersion: 'se creó con una versión más reciente de Fivefold.',
    noMigration: (version) => `está en un formato de mapa (número ${version}) que esta versión de Fivefold no puede leer.`,
    invalid: 'algunos de sus miembros o vínculos no tienen la forma que Fivefold espera.',
  },
  mapArrival: {
    unreadable: (why) => `No se trajo el mapa de la red que venía con él: ${why}`,
    keptDevice: (name) =>
      `No se trajo el mapa de la red ${q(name)} del archivo: este dispositivo tiene otro mapa de esa red, que se queda como está.`,
    restoredMaps: (n) => plural(n, { one: 'También se restauró # mapa de la red.', other: 'También se restauraron # mapas de la red.' }),
  },
  mapUnreadable: {
    backup: (why) => `No se pudo leer un mapa de la red de la copia de seguridad: ${why}`,
    saved: (why) => `No se pudo leer un mapa de la red guardado en este navegador: ${why}`,
  },
  namedMapUnreadable: {
    backup: (name, why) => `No se pudo leer el mapa de la red ${q(name)} de la copia de seguridad: ${why}`,
    saved: (name, why) => `No se pudo leer el mapa de la red ${q(name)} guardado en este navegador: ${why}`,
  },
  backup: {
    notAList: {
      assessment: 'La lista de evaluaciones de la copia de seguridad no es una lista, así que no se leyó ninguna.',
      workshop: 'La lista de talleres de la copia de seguridad no es una lista, así que no se leyó ninguno.',
      map: 'La lista de mapas de la red de la copia de seguridad no es una lista, así que no se leyó ninguno.',
    },
    numbered: {
      assessment: (n) => `No se pudo leer la evaluación n.º ${n} de la copia de seguridad:`,
      workshop: (n) => `No se pudo leer el taller n.º ${n} de la copia de seguridad:`,
    },
    named: {
      assessment: (name) => `No se pudo leer la evaluación ${q(name)}:`,
      workshop: (name) => `No se pudo leer el taller ${q(name)}:`,
    },
  },
  saved: {
    notJson: 'Los datos guardados están dañados: no tienen una forma que Fivefold pueda leer.',
    unknownShape: 'Los datos guardados no tienen una forma que Fivefold conozca.',
    newer: 'Se guardaron con una versión más reciente de Fivefold. Recargue esta página con conexión para actualizar Fivefold, y se abrirán de nuevo.',
    noMigration: (version) => `Se guardaron en un formato de almacenamiento (número ${version}) que esta versión de Fivefold no puede leer.`,
    notACollection: {
      assessment: 'La lista de evaluaciones guardadas no tiene la forma que Fivefold espera.',
      workshop: 'La lista de talleres guardados no tiene la forma que Fivefold espera.',
      rubric: 'La lista de rúbricas guardadas no tiene la forma que Fivefold espera.',
      map: 'La lista de mapas de la red guardados no tiene la forma que Fivefold espera.',
    },
    ownRubricButton: 'Usar su propia rúbrica',
    ownRubric: (button) => `No se pudo leer una rúbrica de su biblioteca. Vuelva a abrir su archivo con ${q(button)}.`,
    namedOwnRubric: (title, button) => `No se pudo leer su rúbrica ${q(title)}. Vuelva a abrir su archivo con ${q(button)}.`,
    record: { assessment: 'No se pudo leer una evaluación guardada:', workshop: 'No se pudo leer un taller guardado:' },
    namedRecord: {
      assessment: (name) => `No se pudo leer la evaluación guardada ${q(name)}:`,
      workshop: (name) => `No se pudo leer el taller guardado ${q(name)}:`,
    },
  },
};

export const fields: Translation['fields'] = {
  quote: q,
  fields: {
    id: 'el identificador interno',
    kind: 'el tipo de registro',
    networkName: 'el nombre de la red',
    networkId: 'la red a la que pertenece',
    assessedOn: 'la fecha de la evaluación',
    actions: 'el plan de acción',
    boardAsk: 'lo que se pide que decida el consejo',
    assessors: 'la lista de quienes evalúan',
    createdAt: 'la fecha de inicio',
    updatedAt: 'la fecha del último cambio',
    lastExportedAt: 'la fecha de la última exportación',
    rubric: 'la rúbrica que usa',
    'rubric.id': 'el nombre de la rúbrica que usa',
    'rubric.version': 'la versión de la rúbrica que usa',
    answers: 'la lista de respuestas',
    stageId: 'la etapa de desarrollo',
    stageNote: 'la nota sobre la etapa de desarrollo',
    outcomes: 'la lista de valoraciones de los resultados',
    lastStep: 'el último paso abierto',
    date: 'la fecha del taller',
    facilitator: 'el nombre de quien dinamiza',
    groups: 'la lista de grupos de perspectiva',
    anonymous: 'la opción de papeletas anónimas',
    ballots: 'la lista de papeletas',
    tallies: 'la lista de recuentos a mano alzada',
    consensus: 'la lista de respuestas acordadas',
    currentRound: 'la ronda actual',
    principles: 'la lista de principios que cubre la sesión',
    workshopId: 'el taller al que pertenece',
    round: 'la ronda',
    participant: 'el nombre de la persona participante',
    group: 'el grupo de perspectiva',
    submittedAt: 'la hora de entrega',
    source: 'la forma de entrega',
  },
  question: (number, text) => `la pregunta ${number} ${q(text)}`,
  questionById: (id) => `la pregunta ${q(id)}`,
  questionFields: {
    answer: (question) => `la respuesta a ${question}`,
    'answer.note': (question) => `la nota de ${question}`,
    consensus: (question) => `la respuesta acordada para ${question}`,
    'consensus.level': (question) => `el nivel acordado para ${question}`,
    'consensus.rationale': (question) => `el motivo anotado para la respuesta acordada a ${question}`,
    'consensus.decidedAt': (question) => `el momento en que se acordó la respuesta a ${question}`,
    'consensus.indicatorId': (question) => `la pregunta indicada en la respuesta acordada a ${question}`,
  },
  action: (n) => `la acción ${n}`,
  actionWithText: (n, text) => `la acción ${n} (${q(text)})`,
  actionFields: {
    'action.id': (a) => `el identificador interno de ${a}`,
    'action.text': (a) => `el texto de ${a}`,
    'action.owner': (a) => `la persona responsable de ${a}`,
    'action.due': (a) => `la fecha límite de ${a}`,
    'action.status': (a) => `el estado de ${a}`,
    'action.note': (a) => `la nota de ${a}`,
    'action.principleId': (a) => `el principio de ${a}`,
    'action.indicatorId': (a) => `la pregunta de ${a}`,
    'action.recommendationId': (a) => `la recomendación de la que se copió ${a}`,
    'action.carriedFrom': (a) => `la acción anterior que continúa ${a}`,
    'action.doneOn': (a) => `el día en que se completó ${a}`,
    'action.review': (a) => `la revisión de ${a}`,
  },
  tallyFor: (question) => `el recuento a mano alzada de ${question}`,
  tallyNumber: (n) => `el recuento a mano alzada n.º ${n}`,
  tallyFields: {
    'tally.counts': (t) => `el número de manos en cada nivel en ${t}`,
    'tally.notApplicable': (t) => `el número de manos “No aplica” en ${t}`,
    'tally.dontKnow': (t) => `el número de manos “No sé” en ${t}`,
    'tally.round': (t) => `la ronda de ${t}`,
    'tally.workshopId': (t) => `el taller indicado en ${t}`,
    'tally.indicatorId': (t) => `la pregunta indicada en ${t}`,
  },
  outcome: (title) => `la valoración del resultado ${q(title)}`,
  group: (n) => `el grupo de perspectiva n.º ${n}`,
  ballot: (n) => `la papeleta ${n}`,
  ballotOf: (n, participant) => `la papeleta ${n} (${participant})`,
  entry: (key) => `la entrada ${q(key)}`,
  records: { assessment: 'la evaluación', workshop: 'el taller', ballot: 'la papeleta', backup: 'la copia de seguridad', invitation: 'la invitación' },
  partOf: { file: 'una parte del archivo', link: 'una parte del enlace', saved: 'una parte de los datos guardados', backup: 'una parte de la copia de seguridad' },
  expected: { text: 'texto', number: 'un número', 'whole-number': 'un número entero', 'yes-no': 'un sí o un no', list: 'una lista', nothing: 'un valor vacío' },
  received: {
    text: 'texto', number: 'un número decimal', 'whole-number': 'un número', 'yes-no': 'un sí o un no', list: 'una lista',
    entries: 'un grupo de entradas', nothing: 'un valor vacío', other: 'otra cosa',
  },
  clauses: {
    questionLevel: (question, value, min, max) => `${question} tiene el nivel ${value}; los niveles van de ${min} a ${max}`,
    fieldLevel: (s, value, min, max) => `${s} es ${value}; los niveles van de ${min} a ${max}`,
    notAnAnswer: (question, min, max) =>
      `${question} tiene una respuesta que Fivefold no reconoce; una respuesta es un nivel de ${min} a ${max}, “No aplica” o “No sé”`,
    notThisAnswer: (question, value, min, max) =>
      `${question} tiene la respuesta ${q(value)}, que Fivefold no reconoce; una respuesta es un nivel de ${min} a ${max}, “No aplica” o “No sé”`,
    tooLong: (s, length, max) => `${s} tiene ${length} caracteres; el límite es ${max}`,
    empty: (s) => `${s} está en blanco`,
    missing: (s) => `falta ${s}`,
    notExpected: (s, expected, received) => `${s} no es ${expected} (es ${received})`,
    notInForm: (s, received) => `${s} no tiene la forma que Fivefold espera (es ${received})`,
    badDate: (s, value) => `${s}, ${q(value)}, no es una fecha que Fivefold pueda leer (una fecha se escribe año-mes-día, por ejemplo 2025-03-14)`,
    badDateTime: (s, value) => `${s}, ${q(value)}, no es una fecha y hora que Fivefold pueda leer`,
    onlyOneOf: (s, value, allowed) => `${s} es ${value}; los valores posibles son ${allowed}`,
    unknownSomething: (s) => `${s} contiene algo que Fivefold no reconoce`,
    unknownValue: (s, value) => `${s} es ${q(value)}, un valor que Fivefold no reconoce`,
    atLeast: (s, value, min) => `${s} es ${value}; el mínimo es ${min}`,
    atMost: (s, value, max) => `${s} es ${value}; el máximo es ${max}`,
    tooMany: (s, count, max) => `demasiadas entradas en ${s}: ${count}; el límite es ${max}`,
    tooFew: (s, count, min) => `muy pocas entradas en ${s}: ${count}, cuando se necesitan ${min}`,
    unknownField: (s, key) => `${s} contiene una entrada que Fivefold no reconoce (${q(key)})`,
    groupTwice: (name) => `el grupo de perspectiva ${q(name)} aparece dos veces`,
    usedTwice: (s) => `${s} aparece dos veces`,
    idMismatch: 'su identificador interno no coincide con la clave con la que se guardó',
    unreadable: (part, s) => `no se pudo leer ${part}: ${s}`,
  },
  sentence: (clause) => `${upperFirst(clause)}.`,
  inBallot: (ballot, clause) => `${upperFirst(ballot)}: ${clause}.`,
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

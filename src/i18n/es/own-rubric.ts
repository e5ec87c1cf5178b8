// La rúbrica propia de una federación, en español: la tarjeta de la página de inicio, la biblioteca de
// rúbricas, la elección de rúbrica y lo que falla en un archivo de rúbrica, situado como se lee.
import type { Translation } from '../catalogues';
import { plural } from '../plural';

const elements = (n: number) => plural(n, { one: '# elemento', other: '# elementos' });

export const ownRubric: Translation['ownRubric'] = {
  title: 'Su propia rúbrica',
  intro:
    'Una federación o una red puede redactar su propia rúbrica —sus principios, sus preguntas y sus niveles— en un archivo y usarla aquí en lugar de la rúbrica incluida. Se comprueba y luego se guarda en este navegador.',
  use: 'Usar su propia rúbrica',
  useHint: 'Elija un archivo de rúbrica (.json) escrito en el formato de rúbrica de Fivefold, o la traducción de una rúbrica que ya esté aquí.',
  example: 'Probar una rúbrica de ejemplo',
  exampleHint: 'Un chequeo de salud en tres principios para una federación de cooperativas de vivienda, para ver cómo funciona una rúbrica propia.',
  checking: 'Comprobando la rúbrica…',
  added: (title, version) =>
    `Se añadió “${title}” (versión ${version}) a sus rúbricas. Elíjala en “Rúbrica” al empezar una evaluación o un taller.`,
  translationAdded: (language, title, version) =>
    `Versión en ${language} añadida a “${title}” (versión ${version}). La rúbrica se muestra así cuando Fivefold está en ${language}.`,
  translationFailed: (file) => `“${file}” no puede usarse como traducción. No se añadió nada.`,
  inLanguages: (names) => `· también en ${names}`,
  languages: { en: 'inglés', fr: 'francés', es: 'español' },
  translation: {
    shape: 'El archivo dice ser la traducción de una rúbrica, pero no está escrito en el formato de las traducciones (vea Detalles).',
    builtin: 'Es una traducción de la rúbrica incluida, cuyas traducciones vienen con Fivefold. Aquí solo pueden añadirse traducciones de sus propias rúbricas.',
    noRubric: (id, version) =>
      `Traduce la rúbrica “${id}”, versión ${version}, que no está en este navegador. Añada primero esa rúbrica (con “Usar su propia rúbrica”) y después su traducción.`,
    otherVersion: (title, version, have) =>
      `Traduce la versión ${version} de “${title}”, pero este navegador tiene la versión ${have}. Añada primero la versión ${version}, o use una traducción escrita para la versión ${have}.`,
    misfit: (language, title, version, n) =>
      plural(n, {
        one: `La versión en ${language} no encaja con “${title}” (versión ${version}) en un punto:`,
        other: `La versión en ${language} no encaja con “${title}” (versión ${version}) en # puntos:`,
      }),
    applied: (language, title, n) =>
      plural(n, {
        one: `En ${language}, “${title}” incumpliría una regla del formato de rúbrica:`,
        other: `En ${language}, “${title}” incumpliría # reglas del formato de rúbrica:`,
      }),
    missing: 'la traducción no tiene texto para este elemento',
    unknownId: (id, section) =>
      `La traducción tiene texto para “${id}” entre ${section}, que la rúbrica no tiene (revise cómo está escrito el identificador).`,
    sections: {
      bands: 'las franjas de puntuación', principles: 'los principios', indicators: 'las preguntas',
      recommendations: 'las recomendaciones', stages: 'las etapas', outcomes: 'los resultados',
    },
    levelCount: (found, expected) => `${plural(found, { one: '# nivel', other: '# niveles' })} cuando la rúbrica tiene ${expected}`,
    nextStepsCount: (found, expected) =>
      `${plural(found, { one: '# paso siguiente', other: '# pasos siguientes' })} cuando la rúbrica tiene ${expected}`,
    glossaryCount: (found, expected) =>
      `El glosario: ${plural(found, { one: '# término', other: '# términos' })} cuando la rúbrica tiene ${expected}.`,
    onlyInRubric: (field) => `la rúbrica tiene ${field}, la traducción no`,
    onlyInTranslation: (field) => `la traducción tiene ${field}, la rúbrica no`,
    otherRubric: (found, expected) => `La traducción es de “${found}”, no de “${expected}”.`,
    otherVersionOf: (found, expected) => `La traducción es de la versión ${found}, no de la ${expected}.`,
  },
  libraryTitle: 'Rúbricas en este navegador',
  item: (version, principles, questions) =>
    `Versión ${version} · ${plural(principles, { one: '# principio', other: '# principios' })}, ${plural(questions, { one: '# pregunta', other: '# preguntas' })}`,
  inUse: (n) => `En uso aquí: ${plural(n, { one: '# evaluación o taller', other: '# evaluaciones y talleres' })}.`,
  remove: 'Quitar',
  removeLabel: (title, version) => `Quitar ${title} (versión ${version}) de este navegador`,
  removed: (title) => `Se quitó “${title}”.`,
  removedInUse: 'Las evaluaciones y los talleres que la usan no podrán abrirse hasta que se vuelva a añadir.',
  undo: 'Deshacer',
  failed: (file) => `“${file}” no puede usarse como rúbrica. No se añadió nada.`,
  problems: (n) => plural(n, { one: 'Hay que corregir una cosa en el archivo:', other: 'Hay que corregir # cosas en el archivo:' }),
  moreProblems: (n) => plural(n, { one: 'Y # más (vea Detalles).', other: 'Y # más (vea Detalles).' }),
  builtinId: (id) =>
    `Su identificador, “${id}”, es el de la rúbrica incluida. Dé a su rúbrica un identificador propio (en el campo "id" del archivo), para que nunca se confundan.`,
  place: {
    principle: (n) => `principio ${n}`,
    question: (n) => `pregunta ${n}`,
    level: (n) => `nivel ${n}`,
    lowRecommendation: (n) => `recomendación ${n} para puntuación baja`,
    middleRecommendation: (n) => `recomendación ${n} para puntuación media`,
    highRecommendation: (n) => `recomendación ${n} para puntuación alta`,
    band: (n) => `tramo de puntuación ${n}`,
    stage: (n) => `etapa ${n}`,
    nextStep: (n) => `próximo paso ${n}`,
    outcome: (n) => `resultado ${n}`,
    glossary: (n) => `término del glosario ${n}`,
    alias: (n) => `otra forma ${n}`,
    history: (n) => `entrada del historial ${n}`,
    wholeRubric: 'la rúbrica',
  },
  fields: {
    $schema: 'la dirección del esquema',
    schemaVersion: 'la versión del formato (schemaVersion)',
    id: 'el identificador',
    version: 'el número de versión',
    title: 'el título',
    subtitle: 'el subtítulo',
    shortTitle: 'el título corto',
    description: 'la descripción',
    language: 'el idioma',
    definition: 'la definición',
    whyItMatters: 'el texto sobre por qué importa',
    question: 'la pregunta',
    help: 'el texto de ayuda',
    label: 'la etiqueta',
    text: 'el texto',
    lead: 'quién suele liderarlo',
    firstStep: 'el primer paso',
    term: 'el término',
    example: 'el ejemplo',
    min: 'la puntuación mínima',
    principles: 'la lista de principios',
    indicators: 'la lista de preguntas',
    levels: 'la lista de niveles',
    recommendations: 'la lista de recomendaciones',
    bands: 'la lista de tramos de puntuación',
    stages: 'la lista de etapas',
    nextSteps: 'la lista de próximos pasos',
    outcomes: 'la lista de resultados',
    glossary: 'el glosario',
    aliases: 'la lista de otras formas del término',
    history: 'el historial',
    added: 'la lista de preguntas añadidas',
    renamed: 'la lista de preguntas renombradas',
    removed: 'la lista de preguntas retiradas',
    recommendationTiers: 'el bloque de niveles de recomendación',
    'recommendationTiers.middleFrom': 'la puntuación a partir de la cual se aplican las recomendaciones para puntuación media (middleFrom)',
    'recommendationTiers.highFrom': 'la puntuación a partir de la cual se aplican las recomendaciones para puntuación alta (highFrom)',
    outcomeRatingLabels: 'el bloque de palabras para valorar los resultados',
  },
  otherField: (name) => `el campo “${name}”`,
  thisEntry: 'esta entrada',
  kinds: {
    text: 'texto', number: 'un número', 'whole-number': 'un número entero', 'yes-no': 'sí o no', list: 'una lista',
    entries: 'un grupo de campos', nothing: 'vacío', other: 'otra cosa',
  },
  wrong: {
    missing: (field) => `falta ${field}`,
    empty: (field) => `${field} está en blanco`,
    wrongType: (field, expected, received) => `${field} debería ser ${expected}, no ${received}`,
    tooLong: (field, length, max) => `${field} tiene ${length} caracteres; el máximo es ${max}`,
    tooFew: (field, count, min) => `${field} tiene ${elements(count)}; necesita al menos ${min}`,
    tooMany: (field, count, max) => `${field} tiene ${elements(count)}; el máximo es ${max}`,
    wrongCount: (field, count, expected) => `${field} tiene ${elements(count)}; necesita exactamente ${expected}`,
    belowMin: (field, value, min) => `${field} vale ${value}, por debajo del mínimo de ${min}`,
    aboveMax: (field, value, max) => `${field} vale ${value}, por encima del máximo de ${max}`,
    badId: (field, value) =>
      `${field} “${value}” no sigue la forma de los identificadores: letras minúsculas, cifras y guiones sueltos, como “mi-principio”`,
    badFormat: (field, value) => `${field} “${value}” no tiene la forma que necesita`,
    duplicate: (field, value) => `${field} “${value}” se repite: ya se usa en otra parte de la rúbrica`,
    unknownField: (key) => `“${key}” no es un campo que conozca el formato de rúbrica (revise cómo está escrito)`,
    mustBe: (field, allowed) => `${field} debe ser ${allowed}`,
    unknownValue: (field) => `${field} no es uno de los valores admitidos`,
    tooManyWords: (field, words, max) => `${field} tiene ${words} palabras; un nivel puede tener ${max} como máximo`,
    rule: (field) => `${field} no sigue las reglas del formato de rúbrica (vea Detalles)`,
  },
  or: (a, b) => `${a} o ${b}`,
  problem: (place, what) => `${place}: ${what}.`,
};

export const rubricPicker: Translation['rubricPicker'] = {
  picker: 'Rúbrica',
  pickerHint: 'Las preguntas que responder: la rúbrica incluida o una de su biblioteca.',
  option: (title, version) => `${title} (versión ${version})`,
  builtinOption: (title, version) => `${title} (versión ${version}, incluida)`,
};

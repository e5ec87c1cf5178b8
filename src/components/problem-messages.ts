// Words for everything that can go wrong reading a file, a link or saved data: what the user picked,
// what is wrong in it (by question and field), and what to do. Core reports codes with parameters
// (src/core/problems.ts); every sentence is here. The technical detail goes to a "Details" view.
import type { MapReadProblem } from '../core/network-map-migrate';
import type { BackupProblem, DroppedPart, FieldProblem, MapProblem, PathKey, ReadProblem, RecordKind, SetAsideReason } from '../core/problems';
import type { Rubric } from '../core/rubric-schema';
import { fieldSentence } from './field-messages';
import { formatBytes, formatDay } from './format';

/** A problem in words: sentences to read, a list of specifics, and technical detail for support. */
export interface Worded {
  lead: string[];
  items: string[];
  details: string;
}

export interface WordsContext {
  rubrics: readonly Rubric[];
  source: 'file' | 'link';
}

/** Shown at most, so a file with a thousand wrong answers still gives a readable message. */
const MAX_ITEMS = 8;

export const problemMessages = {
  moreProblems: (n: number) => (n === 1 ? 'And 1 more problem (see Details).' : `And ${n} more problems (see Details).`),
  kinds: { assessment: 'assessment', workshop: 'workshop', ballot: 'ballot', backup: 'backup', invitation: 'invitation', map: 'network map' },
  jsonHint: 'Fivefold reads the .json files it exports: choose the file whose name ends in .json.',
  binary: {
    png: 'a picture (PNG)', jpeg: 'a photo or picture (JPEG)', gif: 'a picture (GIF)', webp: 'a picture (WebP)',
    pdf: 'a PDF document', zip: 'a Word or Excel document, or a zip archive', office: 'a Word or Excel document',
  },
  update:
    'To open it, update Fivefold: reload this page while you are online. Or ask whoever sent it to export it again from the same version of Fivefold as yours.',
  otherKind: {
    assessment: 'This is an assessment file: open it from the start page.',
    workshop: 'This is a workshop file: open it from the start page.',
    ballot: 'This is a participant’s ballot; add it to its workshop under “Collect”.',
    backup: 'This is a backup file: restore it from the start page.',
    invitation: '',
  },
  linkDamaged: 'The link is damaged or incomplete: copy the whole link again, or ask for it to be sent again.',
  linkDamagedWhy: { check: '', characters: 'It holds characters a link cannot.', unpack: 'It could not be unpacked.', contents: 'Its contents are not readable.' },
  unnamedWorkshop: 'an unnamed network',
  codeTryAgain: 'Ask the participant to hand in their ballot again, or to send the link or the file instead.',
} as const;

const m = problemMessages;
const quote = (text: string | number) => `“${text}”`;

/** A technical path, as support would read it: answers["inst-formal-agreements"].value. Details only. */
export function formatPath(path: readonly PathKey[]): string {
  const text = path
    .map((k, i) => (typeof k === 'number' ? `[${k}]` : /^[A-Za-z_$][\w$]*$/.test(k) ? `${i === 0 ? '' : '.'}${k}` : `[${JSON.stringify(k)}]`))
    .join('');
  return text || '(top level)';
}

/** The problem's code and parameters, as support would read them. */
const technical = (problem: object): string => JSON.stringify({ ...problem, problems: undefined, place: undefined, path: undefined });

const fieldDetails = (problems: readonly FieldProblem[]) => problems.map((p) => `${formatPath(p.path)}: ${technical(p)}`);

/** The sentences for a record's field problems: the first few, and how many more. */
function fieldItems(problems: readonly FieldProblem[], record: RecordKind, rubric: string | null, rubrics: readonly Rubric[], source: string): string[] {
  const ctx = { rubrics, rubricId: rubric, record, source };
  const shown = problems.slice(0, MAX_ITEMS).map((p) => fieldSentence(p, ctx));
  return problems.length > MAX_ITEMS ? [...shown, m.moreProblems(problems.length - MAX_ITEMS)] : shown;
}

function rubricTitle(id: string, rubrics: readonly Rubric[]): string {
  return quote(rubrics.find((r) => r.id === id)?.title ?? id);
}

function lead(problem: ReadProblem, ctx: WordsContext): string[] {
  const kind = (k: RecordKind) => m.kinds[k];
  switch (problem.code) {
    case 'too-large':
      return [`The file is too large (${formatBytes(problem.size)}); Fivefold reads files up to ${formatBytes(problem.max)}.`];
    case 'file-unreadable':
      return ['The file could not be read from this device. Choose it again, or copy it onto this device first.'];
    case 'empty':
      return ['The file is empty.'];
    case 'binary':
      if (problem.format === 'other-encoding') {
        return ['This is not text Fivefold can read (UTF-8): it may be a document, or text saved in another encoding.', m.jsonHint];
      }
      return [
        problem.format === 'unknown'
          ? 'This is not a text file; it may be a picture or a document.'
          : `This is not a text file: it looks like ${m.binary[problem.format]}.`,
        m.jsonHint,
      ];
    case 'not-json':
      if (problem.looksLike === 'csv') return ['This is a table of values (a CSV file), not a file Fivefold can open.', m.jsonHint];
      if (problem.looksLike === 'damaged') return ['The file looks cut short or damaged, so Fivefold cannot read it. Export it again where it came from.'];
      return ['This is a text file, but not one Fivefold wrote.', m.jsonHint];
    case 'not-fivefold':
      return [`This is not a Fivefold ${kind(problem.expected)} file.`];
    case 'other-kind':
      return [m.otherKind[problem.found]];
    case 'no-version':
      return ['The file does not say which version of its format it uses, so Fivefold cannot read it.'];
    case 'newer-version':
      return [`This file was made by a newer version of Fivefold, which this version cannot read.`, m.update];
    case 'unknown-rubric':
      return [`This file is for another rubric, ${quote(problem.rubric.id)} (version ${problem.rubric.version}), which this copy of Fivefold does not have.`];
    case 'invalid':
      return [`The ${kind(problem.record)} in the ${ctx.source} could not be read:`];
    case 'link-other-version':
      return [`This ${kind(problem.expected)} link was made by another version of Fivefold, which this version cannot read.`, m.update];
    case 'link-other-kind':
      return problem.found === 'ballot'
        ? ['This is a ballot link, not an invitation: add it to the workshop it belongs to.']
        : ['This is an invitation link, not a ballot: open it to fill in a ballot.'];
    case 'link-not-fivefold':
      return [`This is not a Fivefold ${kind(problem.expected)} link.`];
    case 'link-too-long':
      return [`This ${kind(problem.expected)} link is too long to be genuine; Fivefold reads links up to ${formatBytes(problem.max)}.`];
    case 'link-too-big':
      return [`This ${kind(problem.expected)} link unpacks to more than ${formatBytes(problem.max)}, more than any ${kind(problem.expected)} needs.`];
    case 'link-damaged':
      return [m.linkDamaged, m.linkDamagedWhy[problem.why]].filter((s) => s !== '');
    case 'code-not-fivefold':
      return ['This QR code is not a Fivefold ballot.'];
    case 'code-other-version':
      return ['This ballot code was made by another version of Fivefold, which this version cannot read.', m.codeTryAgain];
    case 'code-damaged':
      return ['This ballot code could not be read: it does not check out, so it may have been changed or misread.', m.codeTryAgain];
    case 'code-other-workshop':
      return ['This ballot is for another workshop, not this one.'];
    case 'code-other-round':
      return [
        `This ballot is for round ${problem.round}; the workshop is collecting round ${problem.current} now.`,
        `Ask the participant to answer again with the round ${problem.current} invitation.`,
      ];
    case 'code-invitation':
      return ['This is the workshop’s invitation, not a ballot. Scan the QR code a participant shows after handing in.'];
    case 'other-workshop':
      return [
        `This ballot is for another workshop, not this one (${problem.networkName.trim() || m.unnamedWorkshop}, ${formatDay(problem.date)}).`,
      ];
    case 'other-rubric':
      return [`This ballot was made with the rubric ${rubricTitle(problem.ballot.id, ctx.rubrics)}; this workshop uses ${rubricTitle(problem.workshop.id, ctx.rubrics)}.`];
    case 'other-rubric-version':
      return [`This ballot was made with version ${problem.ballot.version} of the rubric; this workshop uses version ${problem.workshop.version}.`];
  }
}

/** Why a file or a link could not be read, or a ballot not added. */
export function readProblemWords(problem: ReadProblem, ctx: WordsContext): Worded {
  if (problem.code === 'invalid') {
    const source = `the ${ctx.source}`;
    return {
      lead: lead(problem, ctx),
      items: fieldItems(problem.problems, problem.record, problem.rubric?.id ?? null, ctx.rubrics, source),
      details: fieldDetails(problem.problems).join('\n'),
    };
  }
  return { lead: lead(problem, ctx), items: [], details: technical(problem) };
}

/** Why a network map could not be read, as the end of a sentence. */
export function mapProblemWords(problem: MapReadProblem): string {
  switch (problem.code) {
    case 'not-a-map':
      return 'it is not in the form of a network map.';
    case 'newer-version':
      return `it was made by a newer version of Fivefold. ${m.update}`;
    case 'no-migration':
      return `it is in a map format (number ${problem.params.version}) this version of Fivefold cannot read.`;
    case 'invalid':
      return 'some of its members or ties are not in the form Fivefold expects.';
  }
}

/** What became of a network map that came with a file or a backup, when it needs saying. */
export const mapArrivalWords = {
  unreadable: (problem: MapReadProblem) => `The network map that came with it was not brought in: ${mapProblemWords(problem)}`,
  keptDevice: (name: string) =>
    `The network map of ${quote(name)} in the file was not brought in: this device has a different map of that network, which stays as it is.`,
  restoredMaps: (n: number) => (n === 1 ? 'It also brought 1 network map.' : `It also brought ${n} network maps.`),
};

const mapTitle = (problem: MapProblem, where: string) =>
  problem.name === null ? `A network map ${where} could not be read:` : `The network map of ${quote(problem.name)} ${where} could not be read:`;

/** One line per record of a backup that was left out. */
export function backupProblemWords(problem: BackupProblem, rubrics: readonly Rubric[]): string {
  if (problem.code === 'map') return `${mapTitle(problem, 'in the backup')} ${mapProblemWords(problem.problem)}`;
  const kind = m.kinds[problem.what];
  if (problem.code === 'not-a-list') return `The list of ${kind}s in the backup is not a list, so none of them were read.`;
  const index = 'index' in problem.at ? problem.at.index + 1 : 0;
  const which = problem.name === null ? `${kind} number ${index} in the backup` : `the ${kind} ${quote(problem.name)}`;
  const items = fieldItems(problem.problems, problem.what, problem.rubric?.id ?? null, rubrics, 'the backup');
  return [`${which.charAt(0).toUpperCase()}${which.slice(1)} could not be read:`, ...items].join(' ');
}

/** Words for data in this browser that could not be read and was set aside. */
export function setAsideWords(reason: SetAsideReason, rubrics: readonly Rubric[]): Worded {
  const plain = (text: string): Worded => ({ lead: [text], items: [], details: technical(reason) });
  switch (reason.code) {
    case 'not-json':
      return plain('The saved data is damaged: it is not in a form Fivefold can read.');
    case 'unknown-shape':
      return plain('The saved data is not in a form Fivefold knows.');
    case 'newer-storage':
      return plain('It was saved by a newer version of Fivefold. Reload this page while you are online to update Fivefold, and it opens again.');
    case 'no-migration':
      return plain(`It was saved in a storage format (number ${reason.version}) this version of Fivefold cannot read.`);
    case 'not-a-collection':
      return plain(`The list of saved ${m.kinds[reason.what]}s is not in the form Fivefold expects.`);
    case 'map':
      return {
        lead: [`${mapTitle(reason, 'saved in this browser')} ${mapProblemWords(reason.problem)}`],
        items: [],
        details: String(reason.problem.params.details ?? technical(reason)),
      };
    case 'record': {
      const kind = m.kinds[reason.what];
      const title = reason.name === null ? `A saved ${kind} could not be read:` : `The saved ${kind} ${quote(reason.name)} could not be read:`;
      const items = fieldItems(reason.problems, reason.what, reason.rubric?.id ?? null, rubrics, 'the saved data');
      return { lead: [title], items, details: fieldDetails(reason.problems).join('\n') };
    }
  }
}

/** Parts of an imported assessment its rubric does not have, dropped on the way in. */
export const droppedMessages = {
  heading: (rubric: Rubric) =>
    `Some parts are not in this version of the rubric (${rubric.title}, version ${rubric.version}) and were left out:`,
  part: (part: DroppedPart): string => {
    switch (part.code) {
      case 'unknown-question':
        return `The answer to a question this version does not have (${quote(part.indicatorId)}).`;
      case 'unknown-outcome':
        return `The rating of an outcome this version does not list (${quote(part.outcomeId)}).`;
      case 'unknown-stage':
        return `A stage of development this version does not have (${quote(part.stageId)}).`;
    }
  },
};

// Words for everything that can go wrong reading a file, a link or saved data: what the user picked,
// what is wrong in it (by question and field), and what to do. Core reports codes with parameters
// (src/core/problems.ts); every sentence is here. The technical detail goes to a "Details" view.
import type { MapReadProblem } from '../core/network-map-migrate';
import type { BackupProblem, DroppedPart, FieldProblem, LinkKind, MapProblem, PathKey, ReadProblem, RecordKind, SetAsideReason } from '../core/problems';
import type { Rubric } from '../core/rubric-schema';
import { fieldMessages, fieldSentence, inLanguage } from './field-messages';
import type { FieldSource } from './field-messages';
import { formatBytes, formatDay } from './format';
import { plural } from '../i18n/plural';

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

type Kind3 = 'assessment' | 'workshop';

export const problemMessages = {
  moreProblems: (n: number) => plural(n, { one: 'And # more problem (see Details).', other: 'And # more problems (see Details).' }),
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
  /** Why a file or a link could not be read: the first sentences of the message. Sizes come formatted. */
  lead: {
    tooLarge: (size: string, max: string) => `The file is too large (${size}); Fivefold reads files up to ${max}.`,
    fileUnreadable: 'The file could not be read from this device. Choose it again, or copy it onto this device first.',
    empty: 'The file is empty.',
    otherEncoding: 'This is not text Fivefold can read (UTF-8): it may be a document, or text saved in another encoding.',
    notText: 'This is not a text file; it may be a picture or a document.',
    looksLike: (what: string) => `This is not a text file: it looks like ${what}.`,
    csv: 'This is a table of values (a CSV file), not a file Fivefold can open.',
    damaged: 'The file looks cut short or damaged, so Fivefold cannot read it. Export it again where it came from.',
    notOurs: 'This is a text file, but not one Fivefold wrote.',
    notFivefold: {
      assessment: 'This is not a Fivefold assessment file.',
      workshop: 'This is not a Fivefold workshop file.',
      ballot: 'This is not a Fivefold ballot file.',
      backup: 'This is not a Fivefold backup file.',
      invitation: 'This is not a Fivefold invitation file.',
    } satisfies Record<RecordKind, string>,
    noVersion: 'The file does not say which version of its format it uses, so Fivefold cannot read it.',
    newerVersion: 'This file was made by a newer version of Fivefold, which this version cannot read.',
    unknownRubric: (rubric: string, version: string) =>
      `This file is for another rubric, ${fieldMessages.quote(rubric)} (version ${version}), which this copy of Fivefold does not have.`,
    invalid: {
      file: {
        assessment: 'The assessment in the file could not be read:',
        workshop: 'The workshop in the file could not be read:',
        ballot: 'The ballot in the file could not be read:',
        backup: 'The backup in the file could not be read:',
        invitation: 'The invitation in the file could not be read:',
      } satisfies Record<RecordKind, string>,
      link: {
        assessment: 'The assessment in the link could not be read:',
        workshop: 'The workshop in the link could not be read:',
        ballot: 'The ballot in the link could not be read:',
        backup: 'The backup in the link could not be read:',
        invitation: 'The invitation in the link could not be read:',
      } satisfies Record<RecordKind, string>,
    },
    linkOtherVersion: {
      ballot: 'This ballot link was made by another version of Fivefold, which this version cannot read.',
      invitation: 'This invitation link was made by another version of Fivefold, which this version cannot read.',
    } satisfies Record<LinkKind, string>,
    ballotLink: 'This is a ballot link, not an invitation: add it to the workshop it belongs to.',
    invitationLink: 'This is an invitation link, not a ballot: open it to fill in a ballot.',
    linkNotFivefold: { ballot: 'This is not a Fivefold ballot link.', invitation: 'This is not a Fivefold invitation link.' } satisfies Record<LinkKind, string>,
    linkTooLong: {
      ballot: (max: string) => `This ballot link is too long to be genuine; Fivefold reads links up to ${max}.`,
      invitation: (max: string) => `This invitation link is too long to be genuine; Fivefold reads links up to ${max}.`,
    } satisfies Record<LinkKind, (max: string) => string>,
    linkTooBig: {
      ballot: (max: string) => `This ballot link unpacks to more than ${max}, more than any ballot needs.`,
      invitation: (max: string) => `This invitation link unpacks to more than ${max}, more than any invitation needs.`,
    } satisfies Record<LinkKind, (max: string) => string>,
    codeNotFivefold: 'This QR code is not a Fivefold ballot.',
    codeOtherVersion: 'This ballot code was made by another version of Fivefold, which this version cannot read.',
    codeDamaged: 'This ballot code could not be read: it does not check out, so it may have been changed or misread.',
    codeOtherWorkshop: 'This ballot is for another workshop, not this one.',
    codeOtherRound: (round: number, current: number) => `This ballot is for round ${round}; the workshop is collecting round ${current} now.`,
    codeAnswerAgain: (current: number) => `Ask the participant to answer again with the round ${current} invitation.`,
    codeInvitation: 'This is the workshop’s invitation, not a ballot. Scan the QR code a participant shows after handing in.',
    otherWorkshop: (network: string, date: string) => `This ballot is for another workshop, not this one (${network}, ${date}).`,
    otherRubric: (ballot: string, workshop: string) =>
      `This ballot was made with the rubric ${fieldMessages.quote(ballot)}; this workshop uses ${fieldMessages.quote(workshop)}.`,
    otherRubricVersion: (ballot: string, workshop: string) =>
      `This ballot was made with version ${ballot} of the rubric; this workshop uses version ${workshop}.`,
  },
  /** Why a network map could not be read, as the end of a sentence. */
  mapWhy: {
    notAMap: 'it is not in the form of a network map.',
    newerVersion: 'it was made by a newer version of Fivefold.',
    noMigration: (version: string) => `it is in a map format (number ${version}) this version of Fivefold cannot read.`,
    invalid: 'some of its members or ties are not in the form Fivefold expects.',
  },
  /** What became of a network map that came with a file or a backup. */
  mapArrival: {
    unreadable: (why: string) => `The network map that came with it was not brought in: ${why}`,
    keptDevice: (name: string) =>
      `The network map of ${fieldMessages.quote(name)} in the file was not brought in: this device has a different map of that network, which stays as it is.`,
    restoredMaps: (n: number) => plural(n, { one: 'It also brought # network map.', other: 'It also brought # network maps.' }),
  },
  /** A network map in a backup or saved in this browser that could not be read, then why. */
  mapUnreadable: {
    backup: (why: string) => `A network map in the backup could not be read: ${why}`,
    saved: (why: string) => `A network map saved in this browser could not be read: ${why}`,
  },
  namedMapUnreadable: {
    backup: (name: string, why: string) => `The network map of ${fieldMessages.quote(name)} in the backup could not be read: ${why}`,
    saved: (name: string, why: string) => `The network map of ${fieldMessages.quote(name)} saved in this browser could not be read: ${why}`,
  },
  /** One record of a backup that was left out, before the list of what is wrong in it. */
  backup: {
    notAList: {
      assessment: 'The list of assessments in the backup is not a list, so none of them were read.',
      workshop: 'The list of workshops in the backup is not a list, so none of them were read.',
      map: 'The list of network maps in the backup is not a list, so none of them were read.',
    },
    numbered: {
      assessment: (n: number) => `Assessment number ${n} in the backup could not be read:`,
      workshop: (n: number) => `Workshop number ${n} in the backup could not be read:`,
    } satisfies Record<Kind3, (n: number) => string>,
    named: {
      assessment: (name: string) => `The assessment ${fieldMessages.quote(name)} could not be read:`,
      workshop: (name: string) => `The workshop ${fieldMessages.quote(name)} could not be read:`,
    } satisfies Record<Kind3, (name: string) => string>,
  },
  /** Data in this browser that could not be read and was set aside. */
  saved: {
    notJson: 'The saved data is damaged: it is not in a form Fivefold can read.',
    unknownShape: 'The saved data is not in a form Fivefold knows.',
    newer: 'It was saved by a newer version of Fivefold. Reload this page while you are online to update Fivefold, and it opens again.',
    noMigration: (version: number) => `It was saved in a storage format (number ${version}) this version of Fivefold cannot read.`,
    notACollection: {
      assessment: 'The list of saved assessments is not in the form Fivefold expects.',
      workshop: 'The list of saved workshops is not in the form Fivefold expects.',
      rubric: 'The list of saved rubrics is not in the form Fivefold expects.',
      map: 'The list of saved network maps is not in the form Fivefold expects.',
    },
    /** The start page's button that opens a rubric's file: the same words as its label (ownRubricMessages.use). */
    ownRubricButton: 'Use your own rubric',
    /** `button` is that button's label. */
    ownRubric: (button: string) => `A rubric of your library could not be read. Open its file again with ${fieldMessages.quote(button)}.`,
    namedOwnRubric: (title: string, button: string) =>
      `Your rubric ${fieldMessages.quote(title)} could not be read. Open its file again with ${fieldMessages.quote(button)}.`,
    record: { assessment: 'A saved assessment could not be read:', workshop: 'A saved workshop could not be read:' } satisfies Record<Kind3, string>,
    namedRecord: {
      assessment: (name: string) => `The saved assessment ${fieldMessages.quote(name)} could not be read:`,
      workshop: (name: string) => `The saved workshop ${fieldMessages.quote(name)} could not be read:`,
    } satisfies Record<Kind3, (name: string) => string>,
  },
};

const m = problemMessages;

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
function fieldItems(problems: readonly FieldProblem[], record: RecordKind, rubric: string | null, rubrics: readonly Rubric[], source: FieldSource): string[] {
  const ctx = { rubrics, rubricId: rubric, record, source };
  const shown = problems.slice(0, MAX_ITEMS).map((p) => fieldSentence(p, ctx));
  return problems.length > MAX_ITEMS ? [...shown, m.moreProblems(problems.length - MAX_ITEMS)] : shown;
}

const rubricTitle = (id: string, rubrics: readonly Rubric[]): string => inLanguage(rubrics).find((r) => r.id === id)?.title ?? id;

function lead(problem: ReadProblem, ctx: WordsContext): string[] {
  const l = m.lead;
  switch (problem.code) {
    case 'too-large':
      return [l.tooLarge(formatBytes(problem.size), formatBytes(problem.max))];
    case 'file-unreadable':
      return [l.fileUnreadable];
    case 'empty':
      return [l.empty];
    case 'binary':
      if (problem.format === 'other-encoding') return [l.otherEncoding, m.jsonHint];
      return [problem.format === 'unknown' ? l.notText : l.looksLike(m.binary[problem.format]), m.jsonHint];
    case 'not-json':
      if (problem.looksLike === 'csv') return [l.csv, m.jsonHint];
      if (problem.looksLike === 'damaged') return [l.damaged];
      return [l.notOurs, m.jsonHint];
    case 'not-fivefold':
      return [l.notFivefold[problem.expected]];
    case 'other-kind':
      return [m.otherKind[problem.found]];
    case 'no-version':
      return [l.noVersion];
    case 'newer-version':
      return [l.newerVersion, m.update];
    case 'unknown-rubric':
      return [l.unknownRubric(problem.rubric.id, problem.rubric.version)];
    case 'invalid':
      return [l.invalid[ctx.source][problem.record]];
    case 'link-other-version':
      return [l.linkOtherVersion[problem.expected], m.update];
    case 'link-other-kind':
      return [problem.found === 'ballot' ? l.ballotLink : l.invitationLink];
    case 'link-not-fivefold':
      return [l.linkNotFivefold[problem.expected]];
    case 'link-too-long':
      return [l.linkTooLong[problem.expected](formatBytes(problem.max))];
    case 'link-too-big':
      return [l.linkTooBig[problem.expected](formatBytes(problem.max))];
    case 'link-damaged':
      return [m.linkDamaged, m.linkDamagedWhy[problem.why]].filter((s) => s !== '');
    case 'code-not-fivefold':
      return [l.codeNotFivefold];
    case 'code-other-version':
      return [l.codeOtherVersion, m.codeTryAgain];
    case 'code-damaged':
      return [l.codeDamaged, m.codeTryAgain];
    case 'code-other-workshop':
      return [l.codeOtherWorkshop];
    case 'code-other-round':
      return [l.codeOtherRound(problem.round, problem.current), l.codeAnswerAgain(problem.current)];
    case 'code-invitation':
      return [l.codeInvitation];
    case 'other-workshop':
      return [l.otherWorkshop(problem.networkName.trim() || m.unnamedWorkshop, formatDay(problem.date))];
    case 'other-rubric':
      return [l.otherRubric(rubricTitle(problem.ballot.id, ctx.rubrics), rubricTitle(problem.workshop.id, ctx.rubrics))];
    case 'other-rubric-version':
      return [l.otherRubricVersion(problem.ballot.version, problem.workshop.version)];
  }
}

/** Why a file or a link could not be read, or a ballot not added. */
export function readProblemWords(problem: ReadProblem, ctx: WordsContext): Worded {
  if (problem.code === 'invalid') {
    return {
      lead: lead(problem, ctx),
      items: fieldItems(problem.problems, problem.record, problem.rubric?.id ?? null, ctx.rubrics, ctx.source),
      details: fieldDetails(problem.problems).join('\n'),
    };
  }
  return { lead: lead(problem, ctx), items: [], details: technical(problem) };
}

/** Why a network map could not be read, as the end of a sentence. */
export function mapProblemWords(problem: MapReadProblem): string {
  switch (problem.code) {
    case 'not-a-map':
      return m.mapWhy.notAMap;
    case 'newer-version':
      return `${m.mapWhy.newerVersion} ${m.update}`;
    case 'no-migration':
      return m.mapWhy.noMigration(String(problem.params.version));
    case 'invalid':
      return m.mapWhy.invalid;
  }
}

/** What became of a network map that came with a file or a backup, when it needs saying. */
export const mapArrivalWords = {
  unreadable: (problem: MapReadProblem) => m.mapArrival.unreadable(mapProblemWords(problem)),
  keptDevice: (name: string) => m.mapArrival.keptDevice(name),
  restoredMaps: (n: number) => m.mapArrival.restoredMaps(n),
};

const mapWords = (problem: MapProblem, where: 'backup' | 'saved') => {
  const why = mapProblemWords(problem.problem);
  return problem.name === null ? m.mapUnreadable[where](why) : m.namedMapUnreadable[where](problem.name, why);
};

/** One line per record of a backup that was left out. */
export function backupProblemWords(problem: BackupProblem, rubrics: readonly Rubric[]): string {
  if (problem.code === 'map') return mapWords(problem, 'backup');
  if (problem.code === 'not-a-list') return m.backup.notAList[problem.what];
  const index = 'index' in problem.at ? problem.at.index + 1 : 0;
  const title = problem.name === null ? m.backup.numbered[problem.what](index) : m.backup.named[problem.what](problem.name);
  const items = fieldItems(problem.problems, problem.what, problem.rubric?.id ?? null, rubrics, 'backup');
  return [title, ...items].join(' ');
}

/** Words for data in this browser that could not be read and was set aside. */
export function setAsideWords(reason: SetAsideReason, rubrics: readonly Rubric[]): Worded {
  const plain = (text: string): Worded => ({ lead: [text], items: [], details: technical(reason) });
  const s = m.saved;
  switch (reason.code) {
    case 'not-json':
      return plain(s.notJson);
    case 'unknown-shape':
      return plain(s.unknownShape);
    case 'newer-storage':
      return plain(s.newer);
    case 'no-migration':
      return plain(s.noMigration(reason.version));
    case 'not-a-collection':
      return plain(s.notACollection[reason.what]);
    case 'own-rubric':
      return plain(reason.title === null ? s.ownRubric(s.ownRubricButton) : s.namedOwnRubric(reason.title, s.ownRubricButton));
    case 'map':
      return { lead: [mapWords(reason, 'saved')], items: [], details: String(reason.problem.params.details ?? technical(reason)) };
    case 'record': {
      const title = reason.name === null ? s.record[reason.what] : s.namedRecord[reason.what](reason.name);
      const items = fieldItems(reason.problems, reason.what, reason.rubric?.id ?? null, rubrics, 'saved');
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
        return `The answer to a question this version does not have (${fieldMessages.quote(part.indicatorId)}).`;
      case 'unknown-outcome':
        return `The rating of an outcome this version does not list (${fieldMessages.quote(part.outcomeId)}).`;
      case 'unknown-stage':
        return `A stage of development this version does not have (${fieldMessages.quote(part.stageId)}).`;
    }
  },
};

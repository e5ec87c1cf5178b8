// A network's map travelling with its records: beside an assessment or a workshop in its file (read
// for the record's network, an unreadable map never stopping the record), from storage (checked,
// each failure named), and arriving on a device without overwriting a different map there.
import { parseAssessmentFile, serializeAssessment } from '../../src/core/assessment-file';
import { FIVE_PRINCIPLES } from '../../src/core/builtin-rubrics';
import { arriveMap, readStoredMaps } from '../../src/core/network-map-carry';
import { parseWorkshopFile, serializeWorkshop } from '../../src/core/workshop-file';
import { mapProblemWords } from '../../src/components/problem-messages';
import { sampleAssessment } from '../fixtures/sample-assessment';
import { sampleWorkshop } from '../fixtures/sample-workshop';
import { expectPlain } from '../helpers/plain-words';
import { member, mapOf, tie } from '../fixtures/network-maps';

const NOW = new Date('2026-03-14T09:00:00.000Z');
const map = (networkId: string) => ({
  ...mapOf([member('a', { name: 'Riverbank Bakery', needs: [{ category: 'bookkeeping' }] }), member('b', { name: 'Ledger Workers’ Co-op' })], [
    tie('a', 'b', ['trade', 'referral'], true, { since: 2016 }),
  ]),
  networkId,
});

describe('a map beside an assessment or a workshop in its file', () => {
  it('is written after the record and read back for the record’s network', () => {
    const assessment = sampleAssessment();
    const text = serializeAssessment(assessment, NOW, map(assessment.networkId));
    expect(Object.keys(JSON.parse(text) as object)).toEqual(['type', 'schemaVersion', 'rubric', 'exportedAt', 'assessment', 'networkMap']);
    const read = parseAssessmentFile(text, [FIVE_PRINCIPLES]);
    expect(read.ok && read.map).toEqual(map(assessment.networkId));
    expect(read.ok && read.mapProblem).toBeUndefined();
  });

  it('is left out when there is none, and a file without one reads as before', () => {
    const assessment = sampleAssessment();
    const text = serializeAssessment(assessment, NOW);
    expect(JSON.parse(text)).not.toHaveProperty('networkMap');
    const read = parseAssessmentFile(text, [FIVE_PRINCIPLES]);
    expect(read.ok).toBe(true);
    expect(read.ok && 'map' in read).toBe(false);
  });

  it('belongs to the record’s network whatever id it names itself', () => {
    const workshop = sampleWorkshop();
    const text = serializeWorkshop(workshop, NOW, map('some-other-id'));
    const read = parseWorkshopFile(text, [FIVE_PRINCIPLES]);
    expect(read.ok && read.map?.networkId).toBe(workshop.networkId);
  });

  it('when unreadable, is reported in plain words and the record still comes in', () => {
    const assessment = sampleAssessment();
    const file = JSON.parse(serializeAssessment(assessment, NOW, map(assessment.networkId))) as Record<string, Record<string, unknown>>;
    file.networkMap!.members = 'everyone';
    const read = parseAssessmentFile(JSON.stringify(file), [FIVE_PRINCIPLES]);
    if (!read.ok) throw new Error('the assessment should have been read');
    expect(read.assessment.id).toBe(assessment.id);
    expect(read.map).toBeUndefined();
    expect(read.mapProblem?.code).toBe('invalid');
    expect(mapProblemWords(read.mapProblem!)).toBe('some of its members or ties are not in the form Fivefold expects.');
    const newer = parseAssessmentFile(JSON.stringify({ ...file, networkMap: { ...file.networkMap, schemaVersion: 9 } }), [FIVE_PRINCIPLES]);
    expect(newer.ok && newer.mapProblem?.code).toBe('newer-version');
    expectPlain(mapProblemWords(newer.ok ? newer.mapProblem! : { code: 'invalid', params: {} }));
  });
});

describe('arriveMap', () => {
  it('takes a map where the device has none, and never overwrites a different one', () => {
    const incoming = map('n');
    expect(arriveMap(undefined, incoming)).toBe('added');
    expect(arriveMap(JSON.parse(JSON.stringify(incoming)) as typeof incoming, incoming)).toBe('already-there');
    // The same content with its keys in another order is the same map.
    const reordered = Object.fromEntries(Object.entries(incoming).reverse()) as typeof incoming;
    expect(arriveMap(reordered, incoming)).toBe('already-there');
    expect(arriveMap({ ...incoming, members: incoming.members.slice(0, 1), ties: [] }, incoming)).toBe('kept-device');
  });
});

describe('readStoredMaps', () => {
  it('keeps the maps that read and names each that does not, keeping its data', () => {
    const damaged = { ...map('bad'), members: [{ id: 'x' }] };
    const result = readStoredMaps({ good: map('good'), bad: damaged, stray: map('elsewhere') }, { bad: { name: 'Damaged Co-ops' } });
    expect(Object.keys(result.maps)).toEqual(['good']);
    expect(result.rejected.map((r) => [r.networkId, r.reason.name, r.reason.problem.code])).toEqual([
      ['bad', 'Damaged Co-ops', 'invalid'],
      ['stray', null, 'invalid'],
    ]);
    expect(result.rejected[0]!.data).toBe(damaged);
  });
});

// The address format: every address the app makes reads back as the same route; any string at all
// reads as some route (unknown ones as "not found") without throwing; old addresses are recognised
// and lead to what was last opened; invitation and ballot links keep their form.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hrefFor, legacyTarget, MAP_VIEWS, parseRoute, WORKSHOP_VIEWS } from '../../src/components/router';
import type { AppRoute, LegacyRoute, Route } from '../../src/components/router';

/** Ids and names as users and files make them: any well-formed text, accents, slashes, % and # included. */
const text = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 });
const id = fc.oneof(fc.uuid(), text);
const step = fc.stringMatching(/^[a-z0-9-]{1,30}$/);

const appRoute: fc.Arbitrary<AppRoute> = fc.oneof(
  fc.constant({ name: 'home' as const }),
  fc.record({ name: fc.constant('step' as const), id, step }),
  fc.record({ name: fc.constant('step' as const), id, step, question: fc.integer({ min: 1, max: 999 }) }),
  fc.record({ name: fc.constant('results' as const), id }),
  fc.record({ name: fc.constant('report' as const), id }),
  fc.constant({ name: 'workshop-new' as const }),
  fc.record({ name: fc.constant('workshop' as const), id, view: fc.constantFrom(...WORKSHOP_VIEWS) }),
  fc.record({ name: fc.constant('workshop' as const), id, view: fc.constant('agree' as const), indicator: text }),
  fc.record({ name: fc.constant('workshop-report' as const), id }),
  fc.record({ name: fc.constant('network-trend' as const), networkId: id }),
  fc.record({ name: fc.constant('network-map' as const), network: id, view: fc.constantFrom(...MAP_VIEWS) }),
  fc.record({ name: fc.constant('join' as const), code: fc.string({ minLength: 1 }) }),
  fc.record({ name: fc.constant('ballot' as const), code: fc.string({ minLength: 1 }) }),
);

const KNOWN_NAMES = new Set<Route['name']>([
  'home', 'step', 'results', 'report', 'workshop-new', 'workshop', 'workshop-report', 'network-trend', 'trend-by-name', 'network-map', 'join', 'ballot', 'legacy', 'not-found',
]);

/** Strings made of the address's own pieces reach deeper into the parser than random text does. */
const addressLike = fc
  .array(
    fc.oneof(
      fc.constantFrom('#', '/', 'a', 'w', 'new', 'step', 'results', 'report', 'agree', 'collect', 'present', 'agree-x'),
      fc.constantFrom('join', 'ballot', 'trend', 'n', 'assess', 'workshop', 'workshop-report', 'constructor', '__proto__'),
      fc.constantFrom('n', 'map', 'members', 'ties', 'drawing', 'measures', 'matches'),
      fc.constantFrom('%', '%2F', '%E0%A4', '%ZZ', '%F0%9F%8C%BE', '\n', ''),
      fc.string({ unit: 'binary', maxLength: 4 }),
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(''));

describe('parseRoute and hrefFor', () => {
  it('read back every address the app makes as the same route', () => {
    fc.assert(
      fc.property(appRoute, (route) => {
        expect(parseRoute(hrefFor(route))).toEqual(route);
      }),
      { numRuns: 2000 },
    );
  });

  it('never throw, whatever the address, and answer with a route the app knows', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), addressLike), (hash) => {
        const route = parseRoute(hash);
        expect(KNOWN_NAMES.has(route.name)).toBe(true);
        if (route.name === 'not-found') expect(typeof route.path).toBe('string');
      }),
      { numRuns: 5000 },
    );
  });

  it('make an address for any id, even one with a lone surrogate from a damaged file', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', minLength: 1 }), (anyId) => {
        const href = hrefFor({ name: 'results', id: anyId });
        expect(href.startsWith('#/a/')).toBe(true);
        expect(parseRoute(href).name).toBe('results');
      }),
    );
  });

  it.each<[string, Route]>([
    ['', { name: 'home' }],
    ['#', { name: 'home' }],
    ['#/', { name: 'home' }],
    ['#/a/3f1c2a9e/step/diversity', { name: 'step', id: '3f1c2a9e', step: 'diversity' }],
    ['#/a/3f1c2a9e/step/diversity/3', { name: 'step', id: '3f1c2a9e', step: 'diversity', question: 3 }],
    ['#/a/Co%2Fop%20%C3%86r%C3%B8/results', { name: 'results', id: 'Co/op Ærø' }],
    ['#/a/x/report', { name: 'report', id: 'x' }],
    ['#/w/new', { name: 'workshop-new' }],
    ['#/w/new/collect', { name: 'workshop', id: 'new', view: 'collect' }],
    ['#/w/x', { name: 'workshop', id: 'x', view: 'overview' }],
    ['#/w/x/agree/inst-federation', { name: 'workshop', id: 'x', view: 'agree', indicator: 'inst-federation' }],
    ['#/w/x/report', { name: 'workshop-report', id: 'x' }],
    ['#/trend/%C5%81%C3%B3d%C5%BA', { name: 'trend-by-name', network: 'Łódź' }],
    ['#/n/net-3f1c/trend', { name: 'network-trend', networkId: 'net-3f1c' }],
    ['#/n/net-3f1c', { name: 'not-found', path: '/n/net-3f1c' }],
    ['#/n/net-x/map', { name: 'network-map', network: 'net-x', view: 'members' }],
    ['#/n/net-x/map/measures', { name: 'network-map', network: 'net-x', view: 'measures' }],
    ['#/n/net-x/map/members', { name: 'not-found', path: '/n/net-x/map/members' }],
    ['#/n/net-x/map/elsewhere', { name: 'not-found', path: '/n/net-x/map/elsewhere' }],
    ['#/join/i1.abc', { name: 'join', code: 'i1.abc' }],
    ['#/ballot/b1.abc.def', { name: 'ballot', code: 'b1.abc.def' }],
    ['#/a/x/step/Not_A_Step', { name: 'not-found', path: '/a/x/step/Not_A_Step' }],
    ['#/a/x/step/diversity/0', { name: 'not-found', path: '/a/x/step/diversity/0' }],
    ['#/a/x/step/diversity/2/3', { name: 'not-found', path: '/a/x/step/diversity/2/3' }],
    ['#/a/x/results/more', { name: 'not-found', path: '/a/x/results/more' }],
    ['#/w/x/collect/extra', { name: 'not-found', path: '/w/x/collect/extra' }],
    ['#/w/x/unknown-view', { name: 'not-found', path: '/w/x/unknown-view' }],
    ['#/a/%E0%A4/results', { name: 'not-found', path: '/a/%E0%A4/results' }],
    ['#/a//results', { name: 'not-found', path: '/a//results' }],
    ['#main', { name: 'not-found', path: 'main' }],
  ])('reads %j', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it('keeps the form of invitation and ballot links, which are out in the world', () => {
    expect(hrefFor({ name: 'join', code: 'i1.xyz' })).toBe('#/join/i1.xyz');
    expect(hrefFor({ name: 'ballot', code: 'b1.xyz' })).toBe('#/ballot/b1.xyz');
  });
});

describe('old addresses', () => {
  it.each<[string, LegacyRoute['route']]>([
    ['#/results', { name: 'results' }],
    ['#/report', { name: 'report' }],
    ['#/assess/diversity', { name: 'step', step: 'diversity' }],
    ['#/workshop', { name: 'workshop', view: 'overview' }],
    ['#/workshop/setup', { name: 'workshop', view: 'overview' }],
    ['#/workshop/picture', { name: 'workshop', view: 'picture' }],
    ['#/workshop/pass', { name: 'workshop', view: 'pass' }],
    ['#/workshop/agree-inst-federation', { name: 'workshop', view: 'agree', indicator: 'inst-federation' }],
    ['#/workshop-report', { name: 'workshop-report' }],
  ])('%s is recognised', (hash, route) => {
    expect(parseRoute(hash)).toEqual({ name: 'legacy', route });
  });

  it.each([['#/workshop/nonsense'], ['#/assess/'], ['#/assess/Bad Step']])('%s is not', (hash) => {
    expect(parseRoute(hash).name).toBe('not-found');
  });

  const legacy = (hash: string) => parseRoute(hash) as LegacyRoute;
  const last = { assessmentId: 'a1', workshopId: 'w1' };
  const none = { assessmentId: null, workshopId: null };

  it('lead to the same screen of what was last opened on this device', () => {
    expect(legacyTarget(legacy('#/results'), last)).toEqual({ name: 'results', id: 'a1' });
    expect(legacyTarget(legacy('#/report'), last)).toEqual({ name: 'report', id: 'a1' });
    expect(legacyTarget(legacy('#/assess/diversity'), last)).toEqual({ name: 'step', id: 'a1', step: 'diversity' });
    expect(legacyTarget(legacy('#/workshop/tally'), last)).toEqual({ name: 'workshop', id: 'w1', view: 'tally' });
    expect(legacyTarget(legacy('#/workshop/agree-x'), last)).toEqual({ name: 'workshop', id: 'w1', view: 'agree', indicator: 'x' });
    expect(legacyTarget(legacy('#/workshop-report'), last)).toEqual({ name: 'workshop-report', id: 'w1' });
  });

  it('lead nowhere when nothing was opened, except the old workshop set-up page, which sets one up', () => {
    for (const hash of ['#/results', '#/report', '#/assess/diversity', '#/workshop/picture', '#/workshop-report']) {
      expect(legacyTarget(legacy(hash), none)).toBeNull();
    }
    expect(legacyTarget(legacy('#/workshop'), none)).toEqual({ name: 'workshop-new' });
    expect(legacyTarget(legacy('#/results'), { assessmentId: null, workshopId: 'w1' })).toBeNull();
    expect(legacyTarget(legacy('#/workshop/collect'), { assessmentId: 'a1', workshopId: null })).toBeNull();
  });
});

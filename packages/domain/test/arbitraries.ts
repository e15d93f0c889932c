// fast-check arbitraries that build valid workspaces, with every default written out so that a valid
// document parses to itself.
import fc from 'fast-check';
import {
  CURRENT_SCHEMA_VERSION,
  PRINCIPLE_IDS,
  THEME_IDS,
  TOC_NODE_KINDS,
  WORK_STATUSES,
  NON_SCALE_ANSWERS,
  type PathfinderWorkspace,
} from '../src/index';

// Ids as other systems write them: lower-case slugs, `Q1`-style codes and any printable text.
export const idArb = fc.oneof(
  fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/),
  fc.stringMatching(/^[A-Z]{1,3}_?[0-9]{1,4}$/),
  fc.string({ minLength: 1, maxLength: 20 }).map((text) => text.trim()).filter((text) => text.length > 0 && text !== '__proto__' && !/[\p{Cc}\u2028\u2029]/u.test(text)),
);
export const dateArb = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2090-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
export const labelArb = fc
  .string({ unit: 'grapheme', minLength: 1, maxLength: 40 })
  .filter((s) => s.trim() === s && s.length > 0);

type Gen = Parameters<Parameters<ReturnType<typeof fc.gen>['map']>[0]>[0];

function sortedDates(g: Gen, count: number): string[] {
  return g(() => fc.array(dateArb, { minLength: count, maxLength: count })).sort();
}

export const workspaceArb: fc.Arbitrary<PathfinderWorkspace> = fc.gen().map((g) => {
  const ids = g(() => fc.uniqueArray(idArb, { minLength: 40, maxLength: 60 }));
  let next = 0;
  const take = () => ids[next++]!;
  const pick = <T>(list: readonly T[]) => list[g(() => fc.nat({ max: list.length - 1 }))]!;
  const pathfinderId = take();
  const services = Array.from({ length: g(() => fc.integer({ min: 1, max: 3 })) }, () => ({
    id: take(),
    pathfinderId,
    name: g(() => labelArb),
    kind: 'other' as const,
    partners: g(() => fc.array(labelArb, { maxLength: 2 })),
  }));
  const [start, end] = sortedDates(g, 2);
  const nodes = Array.from({ length: g(() => fc.integer({ min: 1, max: 8 })) }, () => ({
    id: take(),
    kind: pick(TOC_NODE_KINDS),
    label: g(() => labelArb),
    scope: pick(['local', 'national'] as const),
  }));
  const links = Array.from({ length: g(() => fc.integer({ min: 0, max: 6 })) }, () => ({
    id: take(),
    from: pick(nodes).id,
    to: pick(nodes).id,
  }));
  const roundId = take();
  const [opened, closed] = sortedDates(g, 2);
  const responses = Array.from({ length: g(() => fc.integer({ min: 0, max: 4 })) }, () => ({
    id: take(),
    roundId,
    respondentId: take(),
    submittedOn: g(() => dateArb),
    answers: Object.fromEntries(
      g(() =>
        fc.array(fc.tuple(idArb, fc.oneof(fc.integer({ min: -5, max: 10 }), fc.constantFrom(...NON_SCALE_ANSWERS), fc.constant(null))), {
          maxLength: 5,
        }),
      ),
    ),
  }));
  const planStart = g(() => dateArb.filter((d) => d < '2080-01-01'));
  const activities = Array.from({ length: g(() => fc.integer({ min: 0, max: 4 })) }, () => {
    // Inside the plan's three years: from its start to at most 1,000 days later.
    const day = new Date(`${planStart}T00:00:00Z`);
    day.setUTCDate(day.getUTCDate() + g(() => fc.nat({ max: 1000 })));
    const s = day.toISOString().slice(0, 10);
    return {
      id: take(),
      title: g(() => labelArb),
      year: pick([1, 2, 3] as const),
      themeIds: [pick(THEME_IDS)],
      principleIds: [pick(PRINCIPLE_IDS)],
      owner: g(() => labelArb),
      start: planStart,
      due: s,
      status: pick(WORK_STATUSES),
      tocNodeIds: [pick(nodes).id],
    };
  });
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    pathfinder: {
      id: pathfinderId,
      name: g(() => labelArb),
      area: g(() => labelArb),
      startDate: start!,
      endDate: end!,
      currentPhase: 'plan',
      serviceIds: services.map((s) => s.id),
    },
    services,
    familiarisation: { notes: [] },
    lensEvents: [],
    tipigs: [],
    assessmentRounds: [
      {
        id: roundId,
        pathfinderId,
        label: g(() => labelArb),
        kind: 'baseline',
        instrumentId: take(),
        instrumentVersion: '1.0.0',
        openedOn: opened!,
        closedOn: closed!,
        consensusRatings: [],
      },
    ],
    responses,
    trainingPlans: [],
    theoriesOfChange: [{ id: take(), title: g(() => labelArb), nodes, links }],
    implementationPlans: [
      {
        id: take(),
        pathfinderId,
        title: g(() => labelArb),
        startDate: planStart,
        years: [1, 2, 3].map((year) => ({ year: year as 1 | 2 | 3, focus: g(() => labelArb) })),
        activities,
      },
    ],
    wellbeingPlans: [],
    policyReviews: [],
    partnerCollaborations: [],
  } satisfies PathfinderWorkspace;
});

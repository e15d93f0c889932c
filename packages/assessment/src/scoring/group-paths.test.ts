import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Response } from '@nttp/domain';
import { defineInstrument } from '../instrument/define';
import type { InstrumentSpec } from '../instrument/spec';
import { cronbachAlpha } from '../psychometrics/alpha';
import type { GroupReport, GroupStat } from './group';
import { scoreGroup } from '../test-support/open-group';
import { scoreResponse, type ResponseReport } from './response';
import { summarise } from './summary';
import { BLOCK } from './blocks/block';
import type { Score } from './unit-score';

/*
 * scoreGroup takes shortcuts on large groups: whole-number answers are summed packed and counted by
 * their sums, item and scale statistics come from sums gathered block by block. These properties
 * check every shortcut against the plain way — score each response on its own, then summarise — on
 * groups that span several blocks, with every kind of missing answer, for an instrument the
 * shortcuts apply to and for ones they do not (weights, half points, not applicable counted).
 */

const items = [
  { id: 'l-1', theme: 'leadership', principles: ['trust', 'safety'] },
  { id: 'l-2', theme: 'leadership', principles: ['trust'], reverse: true },
  { id: 'l-3', theme: 'leadership', principles: ['safety', 'collaboration'] },
  { id: 's-1', theme: 'service-design', principles: ['choice'] },
  { id: 's-2', theme: 'service-design', principles: ['choice', 'trust'], reverse: true },
  { id: 's-3', theme: 'service-design', principles: ['empowerment'] },
  { id: 's-4', theme: 'service-design', principles: ['trust', 'empowerment'] },
] as const;

function spec(kind: 'packed' | 'weighted' | 'half-points' | 'na-counted'): InstrumentSpec {
  const half = kind === 'half-points';
  return {
    id: `paths-${kind}`,
    version: '1.0.0',
    title: 'Paths',
    responseScales: [half ? { id: 'scale', min: 1, max: 5, step: 0.5 } : { id: 'scale', min: 0, max: 4 }],
    items: items.map((item, k) => ({ ...item, principles: [...item.principles], text: `Item ${k + 1}.`, ...(kind === 'weighted' && k < 2 ? { weight: k ? 0.5 : 2 } : {}) })),
    scales: [
      { id: 'lead', title: 'Leadership', itemIds: ['l-1', 'l-2', 'l-3'] },
      { id: 'design', title: 'Service design', itemIds: ['s-1', 's-2', 's-3', 's-4'], minCompletion: 0.75 },
    ],
    minCompletion: 0.5,
    ...(kind === 'na-counted' ? { notApplicable: 'count-as-missing' as const } : {}),
  };
}

const answer = (half: boolean) =>
  fc.oneof(
    { weight: 12, arbitrary: half ? fc.integer({ min: 2, max: 10 }).map((x) => x / 2) : fc.integer({ min: 0, max: 4 }) },
    { weight: 1, arbitrary: fc.constantFrom<number | 'not-applicable' | 'dont-know' | 'skipped' | null | undefined>(null, undefined, 'not-applicable', 'dont-know', 'skipped') },
  );

// `size: 'max'` lets fast-check make groups up to the full length (its default stops near ten), so
// the groups really do span two or three blocks.
const group = (half: boolean) =>
  fc.array(fc.array(answer(half), { minLength: items.length, maxLength: items.length }), { minLength: 1, maxLength: 2 * BLOCK + 60, size: 'max' }).map((rows) =>
    rows.map(
      (row, r): Response => ({
        id: `r-${r}`,
        roundId: 'round',
        respondentId: `p-${r}`,
        submittedOn: '2025-05-01',
        answers: Object.fromEntries(row.flatMap((v, k) => (v === undefined ? [] : [[items[k]!.id, v]]))),
      }),
    ),
  );

/** Equal to 1e-9, where two NaNs (a statistic that cannot be worked out) or two like infinities count as equal. */
function expectClose(actual: number | null, expected: number | null) {
  if (expected === null || actual === null) expect(actual).toBe(expected);
  else if (Number.isNaN(expected)) expect(actual).toBeNaN();
  else if (!Number.isFinite(expected)) expect(actual).toBe(expected);
  else expect(Math.abs(actual - expected)).toBeLessThan(1e-9);
}

/** The statistics the plain way: every response scored on its own, the scores summarised. */
function expectSameStat(stat: GroupStat, scores: Score[]) {
  const given = scores.filter((s) => !s.withheld).map((s) => s.score!);
  const plain = summarise(given);
  expect(stat.n).toBe(plain.n);
  for (const key of ['mean', 'median', 'sd', 'min', 'max', 'q1', 'q3'] as const) {
    if (plain[key] === null) expect(stat[key]).toBeNull();
    else expectClose(stat[key]!, plain[key]);
  }
  expect(Math.abs(stat.completion - scores.reduce((t, s) => t + s.completion, 0) / scores.length)).toBeLessThan(1e-12);
  expect(stat.withheld.count).toBe(scores.length - given.length);
  for (const reason of ['nothing-applicable', 'no-answers', 'below-completion'] as const) expect(stat.withheld.byReason[reason]).toBe(scores.filter((s) => s.reasonCode === reason).length);
}

function checkAgainstPlain(report: GroupReport, one: ResponseReport[], responses: Response[], instrument: ReturnType<typeof defineInstrument>) {
  expectSameStat(report.overall!, one.map((r) => r.overall!));
  for (const id of Object.keys(report.scales)) expectSameStat(report.scales[id]!, one.map((r) => r.scales[id]!));
  for (const [id, stat] of Object.entries(report.themes)) expectSameStat(stat!, one.map((r) => r.themes[id as keyof typeof r.themes]!));
  for (const [id, stat] of Object.entries(report.principles)) expectSameStat(stat!, one.map((r) => r.principles[id as keyof typeof r.principles]!));
  for (const [theme, row] of Object.entries(report.matrix))
    for (const [principle, stat] of Object.entries(row!)) expectSameStat(stat!, one.map((r) => (r.matrix as Record<string, Record<string, Score>>)[theme]![principle]!));
  // Each item's keyed answers, as scoreResponse read them (worked out once: the reports are long).
  const byItem = new Map<string, (number | null)[]>(instrument.items.map((item) => [item.id, []]));
  for (const r of one) {
    const scored = new Map(Object.values(r.scales).flatMap((scale) => scale.items.map((i) => [i.itemId, i.scored] as const)));
    for (const [id, list] of byItem) list.push(scored.get(id) ?? null);
  }
  const keyedOf = (itemId: string) => byItem.get(itemId)!;
  for (const item of instrument.items) {
    const values = keyedOf(item.id).filter((v): v is number => v !== null);
    const s = report.items[item.id]!;
    expect(s.answered).toBe(values.length);
    const plain = summarise(values);
    if (plain.mean === null) expect(s.mean).toBeNull();
    else expect(Math.abs(s.mean! - plain.mean)).toBeLessThan(1e-9);
    if (plain.sd === null) expect(s.sd).toBeNull();
    else expect(Math.abs(s.sd! - plain.sd)).toBeLessThan(1e-9);
  }
  for (const scale of instrument.scales) {
    const d = report.diagnostics[scale.id]!;
    const plain = cronbachAlpha(responses.map((_, r) => scale.itemIds.map((id) => keyedOf(id)[r]!)));
    if (plain.alpha === null) expect(d.alpha).toBeNull();
    else expect(Math.abs(d.alpha! - plain.alpha)).toBeLessThan(1e-9);
    expect(d.itemStats.length).toBe(plain.itemStats.length);
    d.itemStats.forEach((s, k) => {
      expectClose(s.rDrop, plain.itemStats[k]!.rDrop);
      expectClose(s.alphaIfDeleted, plain.itemStats[k]!.alphaIfDeleted);
    });
  }
}

describe.each(['packed', 'weighted', 'half-points', 'na-counted'] as const)('scoreGroup on a %s instrument agrees with scoring each response on its own', (kind) => {
  const instrument = defineInstrument(spec(kind));

  it('for every statistic, over several blocks of respondents', () => {
    let largest = 0;
    fc.assert(
      fc.property(group(kind === 'half-points'), (responses) => {
        largest = Math.max(largest, responses.length);
        const report = scoreGroup(instrument, responses);
        checkAgainstPlain(report, responses.map((r) => scoreResponse(instrument, r)), responses, instrument);
      }),
      { numRuns: 25 },
    );
    expect(largest).toBeGreaterThan(BLOCK);
  });

  it('and gives the same report for the same answers as a table', () => {
    fc.assert(
      fc.property(group(kind === 'half-points'), (responses) => {
        const table = {
          itemIds: items.map((i) => i.id),
          rows: responses.map((r) => items.map((i) => (r.answers[i.id] === undefined ? null : r.answers[i.id]!))),
          respondentIds: responses.map((r) => r.respondentId),
        };
        expect(scoreGroup(instrument, table)).toEqual(scoreGroup(instrument, responses));
      }),
      { numRuns: 15 },
    );
  });
});

describe('scoreGroup on a wide scale (two respondents to a number) agrees with scoring each response on its own', () => {
  // 0 to 30,000: a packed sum needs 2^18 places, so two respondents share a number instead of three.
  const instrument = defineInstrument({
    id: 'paths-wide',
    version: '1.0.0',
    title: 'Wide',
    responseScales: [{ id: 'wide', min: 0, max: 30_000 }],
    items: [
      { id: 'w-1', text: 'Item 1.', theme: 'leadership', principles: ['trust'] },
      { id: 'w-2', text: 'Item 2.', theme: 'leadership', principles: ['trust'], reverse: true },
    ],
    scales: [{ id: 'wide', title: 'Wide', itemIds: ['w-1', 'w-2'] }],
    minCompletion: 1,
  });
  it('for every statistic', () => {
    const value = fc.oneof({ weight: 8, arbitrary: fc.integer({ min: 0, max: 30_000 }) }, { weight: 1, arbitrary: fc.constantFrom(null, 'not-applicable', 'skipped') });
    fc.assert(
      fc.property(fc.array(fc.tuple(value, value), { minLength: 1, maxLength: 2 * BLOCK + 60, size: 'max' }), (rows) => {
        const responses = rows.map(([a, b], r): Response => ({ id: `r-${r}`, roundId: 'round', respondentId: `p-${r}`, submittedOn: '2025-05-01', answers: { 'w-1': a, 'w-2': b } }));
        checkAgainstPlain(scoreGroup(instrument, responses), responses.map((r) => scoreResponse(instrument, r)), responses, instrument);
      }),
      { numRuns: 20 },
    );
  });
});

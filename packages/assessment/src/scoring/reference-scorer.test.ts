import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PRINCIPLE_IDS, THEME_IDS, type Response } from '@nttp/domain';
import { defineInstrument } from '../instrument/define';
import type { Instrument, InstrumentSpec } from '../instrument/spec';
import { BLOCK } from './blocks/block';
import { scoreGroup, type GroupReport, type GroupStat } from './group';
import { scoreResponse, type ResponseReport } from './response';
import { referenceGroup, referenceScore, referenceUnits, type ReferenceUnit } from './reference-scorer';
import type { Score } from './unit-score';

/*
 * The fast path (scoreResponse, scoreGroup) held equal to the plain statement of the rules
 * (reference-scorer.ts) on random instruments and groups: every kind of missing answer, reverse
 * keying, weights, scales that take the packed shortcuts and scales that cannot (half points,
 * points below 0), numeric missing codes, not applicable counted or excluded, and groups spanning
 * one to three blocks of people.
 */

const SCALES = [
  { id: 'agree', min: 1, max: 5 },
  { id: 'zero-four', min: 0, max: 4 },
  { id: 'centred', min: -2, max: 2 },
  { id: 'halves', min: 1, max: 5, step: 0.5 },
  { id: 'ten', min: 0, max: 10 },
] as const;

const itemArb = fc.record({
  theme: fc.option(fc.constantFrom(...THEME_IDS.slice(0, 3)), { nil: undefined }),
  principles: fc.subarray([...PRINCIPLE_IDS]),
  reverse: fc.boolean(),
  weight: fc.constantFrom(1, 1, 1, 2, 0.5),
  scale: fc.nat(3),
});

const specArb = fc
  .record({
    responseScale: fc.constantFrom(...SCALES),
    items: fc.array(itemArb, { minLength: 1, maxLength: 9 }),
    scales: fc.array(
      fc.record({
        minCompletion: fc.option(fc.constantFrom(0, 0.5, 0.75, 0.8, 1), { nil: undefined }),
        minItems: fc.option(fc.constantFrom(1, 2, 3, 5), { nil: undefined }),
        inOverall: fc.boolean(),
      }),
      { minLength: 4, maxLength: 4 },
    ),
    minCompletion: fc.constantFrom(0.5, 0.8, 1),
    minItems: fc.constantFrom(1, 2, 3),
    notApplicable: fc.constantFrom('exclude' as const, 'count-as-missing' as const),
    numericCodes: fc.boolean(),
  })
  .map(({ responseScale, items, scales, minCompletion, minItems, notApplicable, numericCodes }): InstrumentSpec => {
    const ids = items.map((_, k) => `item-${k + 1}`);
    const used = scales.map((_, s) => ids.filter((_, k) => items[k]!.scale === s)).map((itemIds, s) => ({ itemIds, s })).filter((x) => x.itemIds.length > 0);
    const mid = (responseScale.min + responseScale.max) / 2;
    return {
      id: 'random',
      version: '1.0.0',
      title: 'Random',
      responseScales: [{ ...responseScale }],
      missingCodes: numericCodes ? { notApplicable: ['not-applicable', 97], dontKnow: ['dont-know', 98], skipped: ['skipped', 99] } : undefined,
      items: items.map((item, k) => ({ id: ids[k]!, text: `Statement ${k + 1}.`, ...(item.theme ? { theme: item.theme } : {}), principles: item.principles, reverse: item.reverse, weight: item.weight })),
      scales: used.map(({ itemIds, s }) => {
        const extra = scales[s]!;
        return { id: `scale-${s + 1}`, title: `Scale ${s + 1}`, itemIds, inOverall: extra.inOverall, ...(extra.minCompletion === undefined ? {} : { minCompletion: extra.minCompletion }), ...(extra.minItems === undefined ? {} : { minItems: extra.minItems }) };
      }),
      minCompletion,
      minItems,
      notApplicable,
      bands: [
        { id: 'lower', label: 'Lower', from: responseScale.min, to: mid, description: 'Below the middle of the scale.' },
        { id: 'upper', label: 'Upper', from: mid, to: responseScale.max, description: 'The middle of the scale or above.' },
      ],
    };
  });

/** One answer to an item of `instrument`: mostly a point on its scale, sometimes each kind of missing answer. */
function answerArb(instrument: Instrument) {
  const scale = instrument.responseScales[0]!;
  const points = Math.round(((scale.max as number) - (scale.min as number)) / scale.step) + 1;
  const codes: (string | number | null | undefined)[] = [null, undefined, ...instrument.missingCodes.notApplicable, ...instrument.missingCodes.dontKnow, ...instrument.missingCodes.skipped];
  return fc.oneof(
    { weight: 10, arbitrary: fc.nat(points - 1).map((k) => (scale.min as number) + k * scale.step) },
    { weight: 3, arbitrary: fc.constantFrom(...codes) },
  );
}

function groupArb(instrument: Instrument, maxPeople: number) {
  const row = fc.array(answerArb(instrument), { minLength: instrument.items.length, maxLength: instrument.items.length });
  return fc.array(row, { minLength: 1, maxLength: maxPeople, size: 'max' }).map((rows) =>
    rows.map(
      (values, r): Response => ({
        id: `r-${r}`,
        roundId: 'round',
        respondentId: `p-${r}`,
        submittedOn: '2025-05-01',
        // Numeric missing codes (97, 98, 99) are numbers, so every answer here is a number, a code word or null.
        answers: Object.fromEntries(values.flatMap((v, k) => (v === undefined ? [] : [[instrument.items[k]!.id, v]]))) as Response['answers'],
      }),
    ),
  );
}

const caseArb = (maxPeople: number) => specArb.map((spec) => defineInstrument(spec)).chain((instrument) => groupArb(instrument, maxPeople).map((responses) => ({ instrument, responses })));

function close(actual: number | null | undefined, expected: number | null, what: string) {
  if (expected === null) expect(actual ?? null, what).toBeNull();
  else expect(Math.abs((actual as number) - expected), what).toBeLessThan(1e-9 * Math.max(1, Math.abs(expected)));
}

function fastScore(report: ResponseReport, unit: ReferenceUnit): Score {
  if (unit.kind === 'overall') return report.overall!;
  if (unit.kind === 'scale') return report.scales[unit.id]!;
  if (unit.kind === 'theme') return report.themes[unit.id as keyof typeof report.themes]!;
  if (unit.kind === 'principle') return report.principles[unit.id as keyof typeof report.principles]!;
  const [theme, principle] = unit.id.split(':') as [string, string];
  return (report.matrix as Record<string, Record<string, Score>>)[theme]![principle]!;
}

function fastStat(report: GroupReport, key: string): GroupStat | undefined {
  const [kind, id] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
  if (kind === 'overall') return report.overall ?? undefined;
  if (kind === 'scale') return report.scales[id];
  if (kind === 'theme') return report.themes[id as keyof typeof report.themes];
  if (kind === 'principle') return report.principles[id as keyof typeof report.principles];
  const [theme, principle] = id.split(':') as [string, string];
  return (report.matrix as Record<string, Record<string, GroupStat>>)[theme]?.[principle];
}

describe('the fast path equals the reference scorer', () => {
  it('scoreResponse gives every unit the score, counts and reason the rules give', () => {
    fc.assert(
      fc.property(caseArb(4), ({ instrument, responses }) => {
        const units = referenceUnits(instrument);
        for (const response of responses) {
          const report = scoreResponse(instrument, response);
          for (const unit of units) {
            const plain = referenceScore(instrument, unit, response.answers);
            const fast = fastScore(report, unit);
            const what = `${unit.kind} ${unit.id}`;
            close(fast.score, plain.score, `${what} score`);
            expect([fast.answered, fast.applicable, fast.total, fast.reasonCode], what).toEqual([plain.answered, plain.applicable, plain.total, plain.reason]);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('scoreGroup gives every unit the statistics the rules give, on groups of up to three blocks', () => {
    let largest = 0;
    fc.assert(
      fc.property(caseArb(2 * BLOCK + 60), ({ instrument, responses }) => {
        largest = Math.max(largest, responses.length);
        const report = scoreGroup(instrument, responses, { diagnostics: false, minCellSize: 1 });
        const plain = referenceGroup(instrument, responses.map((r) => r.answers));
        expect(report.respondents).toBe(responses.length);
        for (const [key, expected] of plain) {
          const stat = fastStat(report, key);
          expect(stat, key).toBeDefined();
          expect(stat!.n, `${key} n`).toBe(expected.n);
          for (const field of ['mean', 'median', 'sd', 'min', 'max', 'q1', 'q3', 'rwgJ'] as const) close(stat![field], expected[field], `${key} ${field}`);
          close(stat!.completion, expected.completion, `${key} completion`);
          expect(stat!.withheld.byReason, `${key} withheld`).toEqual(expected.withheld);
          expect(stat!.band?.id ?? null, `${key} band`).toBe(expected.bandId);
        }
      }),
      { numRuns: 40 },
    );
    // The groups really did span three blocks of people at least once.
    expect(largest).toBeGreaterThan(2 * BLOCK);
  });

  it('the reference units are the ones the report has', () => {
    fc.assert(
      fc.property(caseArb(1), ({ instrument, responses }) => {
        const report = scoreGroup(instrument, responses, { diagnostics: false, minCellSize: 1 });
        const keys = new Set(referenceUnits(instrument).map((u) => `${u.kind}:${u.id}`));
        const reported = [
          ...(report.overall ? ['overall:overall'] : []),
          ...Object.keys(report.scales).map((id) => `scale:${id}`),
          ...Object.keys(report.themes).map((id) => `theme:${id}`),
          ...Object.keys(report.principles).map((id) => `principle:${id}`),
          ...Object.entries(report.matrix).flatMap(([t, row]) => Object.keys(row!).map((p) => `cell:${t}:${p}`)),
        ];
        expect(new Set(reported)).toEqual(keys);
      }),
      { numRuns: 100 },
    );
  });
});

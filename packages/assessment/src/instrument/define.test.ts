import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { defineInstrument } from './define';
import { InstrumentError } from '../errors';
import type { InstrumentSpec } from './spec';
import { smallSpec } from '../test-support/specs';

function issuesOf(spec: unknown): { code: string; where: string; message: string }[] {
  try {
    defineInstrument(spec as InstrumentSpec);
  } catch (error) {
    expect(error).toBeInstanceOf(InstrumentError);
    return (error as InstrumentError).issues;
  }
  throw new Error('expected an InstrumentError');
}

describe('defineInstrument', () => {
  it('fills in defaults and freezes the result', () => {
    const ins = defineInstrument(smallSpec());
    expect(ins.minCompletion).toBe(0.8);
    expect(ins.items[0]!.weight).toBe(1);
    expect(ins.items[0]!.reverse).toBe(false);
    expect(ins.missingCodes).toEqual({ notApplicable: ['not-applicable'], dontKnow: ['dont-know'], skipped: ['skipped'] });
    expect(ins.notApplicable).toBe('exclude');
    expect(Object.isFrozen(ins.items[0])).toBe(true);
    expect(defineInstrument(ins)).toBe(ins);
  });

  it('names duplicate ids', () => {
    const spec = smallSpec();
    spec.items.push({ ...spec.items[0]! });
    const found = issuesOf(spec);
    expect(found).toContainEqual(expect.objectContaining({ code: 'duplicate-id', where: 'items[3].id' }));
  });

  it('names unknown themes and principles', () => {
    const spec = smallSpec();
    spec.items[0]!.theme = 'leadershp';
    spec.items[1]!.principles = ['kindness'];
    const found = issuesOf(spec);
    expect(found).toContainEqual(expect.objectContaining({ code: 'unknown-theme', where: 'items[0].theme' }));
    expect(found).toContainEqual(expect.objectContaining({ code: 'unknown-principle', where: 'items[1].principles[0]' }));
    expect(found.find((i) => i.code === 'unknown-theme')!.message).toMatch(/organisational-culture/);
  });

  it('names items in no scale and scales that list unknown items', () => {
    const spec = smallSpec();
    spec.scales[1]!.itemIds = ['b-2'];
    const found = issuesOf(spec);
    expect(found).toContainEqual(expect.objectContaining({ code: 'item-in-no-scale', where: 'items[2].id' }));
    expect(found).toContainEqual(expect.objectContaining({ code: 'unknown-item', where: 'scales[1].itemIds[0]' }));
  });

  it('names band gaps and overlaps, and bands short of the range', () => {
    const gap = smallSpec();
    gap.bands = [
      { id: 'low', label: 'Low', from: 1, to: 2.5, description: 'x' },
      { id: 'high', label: 'High', from: 3, to: 5, description: 'x' },
    ];
    expect(issuesOf(gap)).toContainEqual(expect.objectContaining({ code: 'band-gap', where: 'bands[1].from' }));
    const overlap = smallSpec();
    overlap.bands = [
      { id: 'low', label: 'Low', from: 1, to: 3.5, description: 'x' },
      { id: 'high', label: 'High', from: 3, to: 5, description: 'x' },
    ];
    expect(issuesOf(overlap)).toContainEqual(expect.objectContaining({ code: 'band-overlap', where: 'bands[1].from' }));
    const short = smallSpec();
    short.bands = [{ id: 'mid', label: 'Mid', from: 2, to: 4, description: 'x' }];
    expect(issuesOf(short).map((i) => i.code)).toEqual(['band-gap', 'band-gap']);
    const scaleBands = smallSpec();
    scaleBands.scales[0]!.bands = [{ id: 'x', label: 'X', from: 3, to: 2, description: 'x' }];
    expect(issuesOf(scaleBands)).toContainEqual(expect.objectContaining({ code: 'band-empty', where: 'scales[0].bands[0]' }));
  });

  it('names reverse keys on a scale without a range', () => {
    const spec = smallSpec();
    spec.responseScales.push({ id: 'count' });
    spec.items[1]!.responseScale = 'count';
    spec.items[0]!.responseScale = 'count';
    spec.scales[0]!.bands = [];
    const found = issuesOf(spec);
    expect(found).toContainEqual(expect.objectContaining({ code: 'reverse-without-range', where: 'items[1].reverse' }));
  });

  it('keeps not applicable, don\'t know and skipped apart', () => {
    const spec = smallSpec();
    spec.missingCodes = { notApplicable: ['not-applicable', 9], dontKnow: ['dont-know', 9], skipped: ['skipped', 3] };
    const found = issuesOf(spec);
    expect(found).toContainEqual(expect.objectContaining({ code: 'code-in-two-categories', where: 'missingCodes.dontKnow[1]' }));
    expect(found).toContainEqual(expect.objectContaining({ code: 'code-on-scale', where: 'missingCodes.skipped[1]' }));
  });

  it('names mixed response scales in one scale, theme or overall', () => {
    const spec = smallSpec();
    spec.responseScales.push({ id: 'yes-no', min: 0, max: 1 });
    spec.items[1]!.responseScale = 'yes-no';
    spec.items[1]!.reverse = false;
    const codes = issuesOf(spec).map((i) => i.code);
    expect(codes.filter((c) => c === 'mixed-response-scales').length).toBeGreaterThanOrEqual(2);
  });

  it('answers structural problems with plain messages and paths', () => {
    const found = issuesOf({ ...smallSpec(), version: 'one', items: 'none' });
    expect(found.map((i) => i.where)).toEqual(expect.arrayContaining(['version', 'items']));
    expect(found.find((i) => i.where === 'version')!.message).toBe('Write the version as three numbers, like 1.0.0.');
  });

  it('never throws anything but an InstrumentError, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        try {
          defineInstrument(value as InstrumentSpec);
          return false;
        } catch (error) {
          return error instanceof InstrumentError && error.issues.length > 0;
        }
      }),
      { numRuns: 200 },
    );
  });
});

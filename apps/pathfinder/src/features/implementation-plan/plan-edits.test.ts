import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { barPosition, planEnd, timelineOrder } from './plan-edits';

const isoDay = fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

describe('barPosition', () => {
  it('places a first-year activity in the first third and a whole-plan one across it all', () => {
    expect(barPosition('2024-10-01', { start: '2024-10-01', due: '2025-09-30' })).toEqual({ left: 0, width: 33.3 });
    expect(barPosition('2024-10-01', { start: '2024-10-01', due: '2027-09-30' })).toEqual({ left: 0, width: 100 });
    expect(barPosition('2024-10-01', { start: '2026-10-01', due: '2027-09-30' }).left).toBeCloseTo(66.7, 0);
  });

  it('always stays inside the track and is never too thin to see', () => {
    fc.assert(
      fc.property(isoDay, isoDay, isoDay, (planStart, a, b) => {
        const [start, due] = a <= b ? [a, b] : [b, a];
        const { left, width } = barPosition(planStart, { start, due });
        expect(left).toBeGreaterThanOrEqual(0);
        expect(left).toBeLessThanOrEqual(100);
        expect(width).toBeGreaterThanOrEqual(1);
        expect(left + width).toBeLessThanOrEqual(101);
      }),
    );
  });

  it('gives a later start a bar that starts no earlier', () => {
    fc.assert(
      fc.property(isoDay, isoDay, isoDay, (planStart, a, b) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        expect(barPosition(planStart, { start: late, due: late }).left).toBeGreaterThanOrEqual(barPosition(planStart, { start: early, due: late }).left);
      }),
    );
  });
});

describe('planEnd and timelineOrder', () => {
  it('ends three years on, and orders by year, then start', () => {
    expect(planEnd('2024-10-01')).toBe('2027-10-01');
    const a = { id: 'a', year: 2, start: '2025-01-01', due: '2025-02-01', title: 'A' };
    const b = { id: 'b', year: 1, start: '2025-03-01', due: '2025-04-01', title: 'B' };
    const c = { id: 'c', year: 1, start: '2024-12-01', due: '2025-04-01', title: 'C' };
    expect(timelineOrder([a, b, c] as never).map((x) => x.id)).toEqual(['c', 'b', 'a']);
  });
});

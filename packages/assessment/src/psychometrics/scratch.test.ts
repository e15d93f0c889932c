import { describe, expect, it } from 'vitest';
import type { Response } from '@nttp/domain';
import { defineInstrument } from '../instrument/define';
import { scoreGroup } from '../scoring/group';
import { smallSpec } from '../test-support/specs';
import { cronbachAlpha } from './alpha';
import { scratchArray } from './scratch';

describe('scratchArray', () => {
  it('hands out the same memory again once released, and fresh memory while it is taken', () => {
    const s = scratchArray();
    const a = s.take(8);
    const nested = s.take(8);
    expect(nested.buffer).not.toBe(a.buffer);
    s.release(nested);
    s.release(a);
    expect(s.take(4).buffer).toBe(a.buffer);
  });
});

describe('reused working tables', () => {
  const instrument = defineInstrument(smallSpec());
  const response = (p: number, answers: Response['answers']): Response => ({ id: `r-${p}`, roundId: 'round-1', respondentId: `p-${p}`, submittedOn: '2025-03-01', answers });
  const teamA = [response(1, { 'a-1': 4, 'a-2': 2, 'b-1': 5 }), response(2, { 'a-1': 5, 'a-2': 1, 'b-1': 4 }), response(3, { 'a-1': 2, 'a-2': 'skipped', 'b-1': 3 })];
  const teamB = [response(4, { 'a-1': 1, 'a-2': 5, 'b-1': 2 }), response(5, { 'a-1': 3, 'b-1': 'dont-know' }), response(6, { 'a-1': 4, 'a-2': 4, 'b-1': 1 })];

  it('gives each group the report it would get on its own, whatever was scored before', () => {
    const first = JSON.stringify(scoreGroup(instrument, teamB));
    scoreGroup(instrument, teamA);
    expect(JSON.stringify(scoreGroup(instrument, teamB))).toBe(first);
  });

  it('keeps a group scored from inside another (say by a getter) apart from it', () => {
    const alone = JSON.stringify(scoreGroup(instrument, teamA));
    let inner = '';
    const tricky = teamA.map((r, i) => (i === 1 ? { ...r, get answers() { inner ||= JSON.stringify(scoreGroup(instrument, teamB)); return teamA[1]!.answers; } } : r));
    expect(JSON.stringify(scoreGroup(instrument, tricky))).toBe(alone);
    expect(inner).toBe(JSON.stringify(scoreGroup(instrument, teamB)));
  });

  it('gives cronbachAlpha the same answer before and after a larger table', () => {
    const small = [[1, 2, 3], [2, 3, 3], [4, 4, 5], [3, null, 2]];
    const before = cronbachAlpha(small);
    cronbachAlpha(Array.from({ length: 50 }, (_, r) => [r % 5, (r * 3) % 5, null, (r * 7) % 5]));
    expect(cronbachAlpha(small)).toEqual(before);
  });
});

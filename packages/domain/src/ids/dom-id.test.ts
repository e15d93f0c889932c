import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ResponseSchema } from '../schemas/assessment';
import { IdSchema } from '../schemas/primitives';
import { toSafeDomId } from './dom-id';

const CSS_SAFE = /^[A-Za-z][A-Za-z0-9_-]*$/;

describe('IdSchema', () => {
  it('accepts the ids other systems use', () => {
    for (const id of ['Q1', 'P_001', '3f2b8c1e-9d4a-4c2e-8f7a-1b2c3d4e5f60', 'R_2aXbC9dEfGhIjK', 'Team A / 2025', 'lens-event-1', 'Frage-ä', '問1']) {
      expect(IdSchema.parse(id)).toBe(id);
    }
  });

  it('trims spaces around an id', () => {
    expect(IdSchema.parse('  Q1 ')).toBe('Q1');
  });

  it('refuses empty ids, control characters, line breaks and ids over 200 characters, saying what to change', () => {
    for (const [id, message] of [
      ['', /at least one character/],
      ['   ', /at least one character/],
      ['Q\t1', /control characters/],
      ['Q1\nQ2', /line breaks/],
      ['x'.repeat(201), /200 characters or fewer/],
    ] as const) {
      const result = IdSchema.safeParse(id);
      expect(result.success, JSON.stringify(id)).toBe(false);
      expect(result.error?.issues[0]?.message).toMatch(message);
    }
    expect(IdSchema.parse('x'.repeat(200))).toHaveLength(200);
  });
});

describe('IdSchema and object keys', () => {
  it('refuses "__proto__", which an object of answers would lose, and keeps "constructor" as a plain key', () => {
    const result = IdSchema.safeParse(' __proto__ ');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/please choose another id/);
    const answers = ResponseSchema.parse({ id: 'r1', roundId: 'round-1', respondentId: 'p1', submittedOn: '2025-01-01', answers: { constructor: 3, Q1: 2 } }).answers;
    expect(Object.entries(answers)).toEqual([['constructor', 3], ['Q1', 2]]);
    expect(ResponseSchema.safeParse({ id: 'r1', roundId: 'round-1', respondentId: 'p1', submittedOn: '2025-01-01', answers: JSON.parse('{"__proto__": 3}') }).success).toBe(false);
  });
});

describe('toSafeDomId', () => {
  it('keeps ids that are already safe, and derives readable, hashed ones for the rest', () => {
    expect(toSafeDomId('leadership-1')).toBe('leadership-1');
    expect(toSafeDomId('Q1')).toBe('Q1');
    expect(toSafeDomId('P_001', 'toc-node')).toBe('toc-node-P_001');
    expect(toSafeDomId('Team A / 2025')).toMatch(/^Team-A-2025--[0-9a-z]+$/);
    expect(toSafeDomId('1st outcome')).toMatch(/^st-outcome--[0-9a-z]+$/);
    expect(toSafeDomId('問1')).toMatch(/^id--[0-9a-z]+$/);
    expect(toSafeDomId('a"><script>')).toMatch(CSS_SAFE);
  });

  it('gives every printable id a safe DOM id, the same each time, at most 64 characters plus a prefix', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 200, unit: 'grapheme' }), (id) => {
        const domId = toSafeDomId(id);
        expect(domId).toMatch(CSS_SAFE);
        expect(domId.length).toBeLessThanOrEqual(64);
        expect(toSafeDomId(id)).toBe(domId);
      }),
    );
  });

  it('never gives two different ids the same DOM id', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.oneof(fc.string({ minLength: 1, maxLength: 12 }), fc.stringMatching(/^[A-Za-z][A-Za-z0-9_-]{0,12}$/)), { minLength: 2, maxLength: 50 }), (ids) => {
        const domIds = ids.map((id) => toSafeDomId(id));
        expect(new Set(domIds).size).toBe(ids.length);
      }),
    );
    // Lookalikes that lose the same characters still differ by their hash.
    expect(new Set(['a b', 'a/b', 'a  b', 'a-b', 'a--b', 'a_b'].map((id) => toSafeDomId(id))).size).toBe(6);
  });
});

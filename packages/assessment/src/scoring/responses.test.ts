import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ResponseSchema } from '@nttp/domain';
import { defineInstrument } from '../instrument/define';
import { compile } from '../instrument/compile';
import { smallSpec } from '../test-support/specs';
import { newClassified, plainlyValid, readResponse } from './responses';

const c = compile(defineInstrument(smallSpec()));

const nearlyValid = fc.record(
  {
    id: fc.oneof(fc.constant('r-1'), fc.string({ maxLength: 4 })),
    roundId: fc.oneof(fc.constant('round-1'), fc.constant('Round 1')),
    respondentId: fc.oneof(fc.constant('p-1'), fc.constant('-p')),
    role: fc.oneof(fc.constant('Nurse'), fc.constant(' Nurse '), fc.constant(''), fc.integer()),
    submittedOn: fc.oneof(fc.constant('2025-03-01'), fc.constant('2025-02-30'), fc.constant('2025-3-1')),
    answers: fc.dictionary(
      fc.oneof(fc.constantFrom('a-1', 'a-2', 'b-1', 'z-9', 'Bad Key')),
      fc.oneof(fc.integer({ min: 0, max: 6 }), fc.constantFrom('not-applicable', 'dont-know', 'skipped', 'maybe', 'DK', ' DK', '', null, Number.NaN, Infinity), fc.double()),
    ),
    extra: fc.constant(1),
  },
  { requiredKeys: ['answers'] },
);

describe('the quick response check', () => {
  it('accepts only what the zod schema accepts', () => {
    fc.assert(
      fc.property(fc.oneof(nearlyValid, fc.anything()), (value) => !plainlyValid(value) || ResponseSchema.safeParse(value).success),
      { numRuns: 300 },
    );
  });

  it('reads a response exactly when the schema accepts it, reporting problems otherwise', () => {
    fc.assert(
      fc.property(nearlyValid, (value) => {
        const issues: unknown[] = [];
        const read = readResponse(c, value, () => [], issues as never[], newClassified(c));
        return (read !== null) === ResponseSchema.safeParse(value).success && (read !== null || issues.length > 0);
      }),
      { numRuns: 300 },
    );
  });

  it('accepts a plain valid response', () => {
    expect(plainlyValid({ id: 'r-1', roundId: 'round-1', respondentId: 'p-1', submittedOn: '2025-03-01', answers: { 'a-1': 3, 'a-2': null, 'b-1': 'dont-know' } })).toBe(true);
  });
});

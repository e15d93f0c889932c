import { describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020';
import { defineInstrument } from './define';
import { instrumentFor, instrumentJsonSchema } from './registry';
import { smallSpec } from '../test-support/specs';
import { organisationalAssessmentSpec } from '../instruments/organisational-assessment';

describe('instrumentFor', () => {
  const v1 = defineInstrument(smallSpec());
  const v2 = defineInstrument({ ...smallSpec(), version: '2.0.0' });

  it('picks the exact version a round was answered with', () => {
    expect(instrumentFor([v2, v1], { instrumentId: 'team-check', instrumentVersion: '1.2.0' })).toBe(v1);
  });

  it('says which versions are kept when the one needed is not', () => {
    expect(() => instrumentFor([v2], { instrumentId: 'team-check', instrumentVersion: '1.2.0' })).toThrow(/versions kept here are 2\.0\.0/);
    expect(() => instrumentFor([v2], { instrumentId: 'other', instrumentVersion: '1.0.0' })).toThrow(/No instrument called other/);
  });
});

describe('instrumentJsonSchema', () => {
  it('accepts the shipped instrument and rejects a broken one', () => {
    const validate = new Ajv2020({ strict: false }).compile(instrumentJsonSchema());
    expect(validate(JSON.parse(JSON.stringify(organisationalAssessmentSpec)))).toBe(true);
    expect(validate({ ...smallSpec(), version: 'one' })).toBe(false);
  });
});

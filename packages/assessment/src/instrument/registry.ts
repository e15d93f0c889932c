import { z } from 'zod/v4';
import { issue, ScoringError } from '../errors';
import { InstrumentSpecSchema, type Instrument } from './spec';

const RoundRefSchema = z.looseObject({
  instrumentId: z.string({ error: 'Give the instrument id the round was answered with.' }),
  instrumentVersion: z.string({ error: 'Give the instrument version the round was answered with, like 1.0.0.' }),
});

/**
 * Picks, from the instruments you keep, the exact one a round was answered with, so old rounds are
 * re-scored with their own version and the numbers come out the same as when they were first scored.
 */
export function instrumentFor(instruments: readonly Instrument[], round: { instrumentId: string; instrumentVersion: string }): Instrument {
  const parsed = RoundRefSchema.safeParse(round);
  if (!parsed.success) throw new ScoringError([issue(['round'], 'invalid-round', 'Pass the round (or { instrumentId, instrumentVersion }) the responses belong to.')], 'round');
  const { instrumentId, instrumentVersion } = parsed.data;
  const found = instruments.find((i) => i.id === instrumentId && i.version === instrumentVersion);
  if (found) return found;
  const versions = instruments.filter((i) => i.id === instrumentId).map((i) => i.version);
  throw new ScoringError(
    [
      issue(
        ['round', 'instrumentVersion'],
        'instrument-not-kept',
        versions.length
          ? `This round was answered with ${instrumentId} version ${instrumentVersion}; the versions kept here are ${versions.join(', ')}. Keep every version that rounds were answered with, so they can be re-scored as they were.`
          : `No instrument called ${instrumentId} is kept here. Add the instrument (version ${instrumentVersion}) to the list.`,
      ),
    ],
    'round',
  );
}

/** JSON Schema (draft 2020-12) for instrument specs, for teams that write or check them outside TypeScript. */
export function instrumentJsonSchema(): Record<string, unknown> {
  return { ...z.toJSONSchema(InstrumentSpecSchema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' }), title: 'NTTP assessment instrument' };
}

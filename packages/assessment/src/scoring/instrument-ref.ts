import { defineInstrument, isDefinedInstrument } from '../instrument/define';
import type { Instrument, InstrumentSpec } from '../instrument/spec';

/** What every report is stamped with, so any score can be traced to the exact instrument that made it. */
export interface InstrumentStamp {
  id: string;
  version: string;
  title: string;
}

/**
 * What the scoring functions accept: an instrument from `defineInstrument`, a spec to check now, or
 * anything that carries a defined instrument as `instrument` (such as `trainingNeedsAnalysis`).
 */
export type InstrumentInput = Instrument | InstrumentSpec | { instrument: Instrument };

export function resolveInstrument(input: InstrumentInput): Instrument {
  if (isDefinedInstrument(input)) return input;
  const carried = typeof input === 'object' && input !== null && 'instrument' in input ? (input as { instrument: unknown }).instrument : undefined;
  if (isDefinedInstrument(carried)) return carried;
  return defineInstrument(input as InstrumentSpec);
}

export function stamp(instrument: Instrument): InstrumentStamp {
  return { id: instrument.id, version: instrument.version, title: instrument.title };
}

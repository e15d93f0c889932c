import { defineInstrument, isDefinedInstrument } from '../instrument/define';
import type { Instrument, InstrumentSpec } from '../instrument/spec';

/** What every report is stamped with, so any score can be traced to the exact instrument that made it. */
export interface InstrumentStamp {
  id: string;
  version: string;
  title: string;
}

/** Accepts an instrument from `defineInstrument`, or a spec to check now. */
export function resolveInstrument(instrument: Instrument | InstrumentSpec): Instrument {
  return isDefinedInstrument(instrument) ? instrument : defineInstrument(instrument as InstrumentSpec);
}

export function stamp(instrument: Instrument): InstrumentStamp {
  return { id: instrument.id, version: instrument.version, title: instrument.title };
}

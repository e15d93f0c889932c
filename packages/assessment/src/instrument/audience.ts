import type { Instrument, Item } from './spec';

/**
 * The statements a person in the given audiences is asked: those for everyone (no audience) and
 * those routed to any of theirs. Pass no audiences for someone who belongs to none.
 */
export function itemsFor(instrument: Instrument, audiences: readonly string[]): Item[] {
  return instrument.items.filter((item) => item.audience.length === 0 || item.audience.some((a) => audiences.includes(a)));
}

/**
 * The answers to record for the statements a person was not asked (each the instrument's first not
 * applicable code), to merge into their response: their scores are then over what applies to them,
 * and the minimum-items rule still holds.
 */
export function answersNotAsked(instrument: Instrument, audiences: readonly string[]): Record<string, string | number> {
  const asked = new Set(itemsFor(instrument, audiences).map((item) => item.id));
  const code = instrument.missingCodes.notApplicable[0] ?? 'not-applicable';
  return Object.fromEntries(instrument.items.filter((item) => !asked.has(item.id)).map((item) => [item.id, code]));
}

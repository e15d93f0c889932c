import { PRINCIPLE_IDS, THEME_IDS } from '@nttp/domain';
import { fromZod, issue, InstrumentError, type AssessmentIssue } from '../errors';
import { InstrumentSpecSchema, type Band, type Instrument, type InstrumentSpec, type ResponseScale } from './spec';

const defined = new WeakSet<object>();

function duplicates(list: readonly { id: string }[], path: (string | number)[], what: string, out: AssessmentIssue[]): void {
  const seen = new Set<string>();
  list.forEach((entry, index) => {
    if (seen.has(entry.id)) out.push(issue([...path, index, 'id'], 'duplicate-id', `The id "${entry.id}" is already used by another ${what}: give each ${what} its own id.`));
    seen.add(entry.id);
  });
}

function hasRange(scale: ResponseScale): scale is ResponseScale & { min: number; max: number } {
  return scale.min !== undefined && scale.max !== undefined;
}

/** Checks that bands sit end to end, with no gap and no overlap, and cover the response range. */
export function checkBands(bands: readonly Band[], path: (string | number)[], range: { min: number; max: number } | undefined, out: AssessmentIssue[]): void {
  if (bands.length === 0) return;
  duplicates(bands, path, 'band', out);
  bands.forEach((band, i) => {
    if (!(band.from < band.to)) out.push(issue([...path, i], 'band-empty', `The band "${band.label}" starts at ${band.from} and ends at ${band.to}: its start needs to be below its end.`));
  });
  const order = bands.map((band, index) => ({ band, index })).sort((a, b) => a.band.from - b.band.from);
  for (let k = 1; k < order.length; k++) {
    const prev = order[k - 1]!.band;
    const { band, index } = order[k]!;
    if (band.from > prev.to)
      out.push(issue([...path, index, 'from'], 'band-gap', `There is a gap between "${prev.label}" (ends at ${prev.to}) and "${band.label}" (starts at ${band.from}): scores in between would have no band. Start this band at ${prev.to}.`));
    else if (band.from < prev.to)
      out.push(issue([...path, index, 'from'], 'band-overlap', `"${band.label}" starts at ${band.from}, inside "${prev.label}" (which ends at ${prev.to}): a score could fall in both. Start this band at ${prev.to}.`));
  }
  if (range) {
    const first = order[0]!;
    const last = order[order.length - 1]!;
    if (first.band.from > range.min)
      out.push(issue([...path, first.index, 'from'], 'band-gap', `The lowest band starts at ${first.band.from}, above the lowest possible score ${range.min}: start it at ${range.min}.`));
    if (last.band.to < range.max)
      out.push(issue([...path, last.index, 'to'], 'band-gap', `The highest band ends at ${last.band.to}, below the highest possible score ${range.max}: end it at ${range.max}.`));
  }
}

function checkInstrument(spec: Instrument): AssessmentIssue[] {
  const out: AssessmentIssue[] = [];
  duplicates(spec.responseScales, ['responseScales'], 'response scale', out);
  duplicates(spec.items, ['items'], 'item', out);
  duplicates(spec.scales, ['scales'], 'scale', out);

  const responseScales = new Map(spec.responseScales.map((s) => [s.id, s]));
  spec.responseScales.forEach((scale, s) => {
    if (scale.min !== undefined && scale.max !== undefined && !(scale.min < scale.max))
      out.push(issue(['responseScales', s, 'max'], 'scale-range', `The highest point (${scale.max}) needs to be above the lowest (${scale.min}).`));
    if ((scale.min === undefined) !== (scale.max === undefined))
      out.push(issue(['responseScales', s], 'scale-range', 'Give both ends of the range (min and max), or neither for a scale without a range.'));
    const values = new Set<number>();
    scale.labels.forEach((label, l) => {
      if (values.has(label.value)) out.push(issue(['responseScales', s, 'labels', l, 'value'], 'duplicate-label', `The value ${label.value} already has a label: give each point one label.`));
      values.add(label.value);
      if (hasRange(scale) && (label.value < scale.min || label.value > scale.max))
        out.push(issue(['responseScales', s, 'labels', l, 'value'], 'label-outside-range', `The label "${label.label}" is for ${label.value}, outside the scale's range ${scale.min}–${scale.max}.`));
    });
  });

  const codes = new Map<string | number, string>();
  (['notApplicable', 'dontKnow', 'skipped'] as const).forEach((kind) =>
    spec.missingCodes[kind].forEach((code, c) => {
      const other = codes.get(code);
      if (other && other !== kind)
        out.push(issue(['missingCodes', kind, c], 'code-in-two-categories', `The code ${JSON.stringify(code)} is also listed under ${other}: each code means one thing, so keep it in one list.`));
      codes.set(code, kind);
      if (typeof code === 'number')
        spec.responseScales.forEach((scale) => {
          if (hasRange(scale) && code >= scale.min && code <= scale.max)
            out.push(issue(['missingCodes', kind, c], 'code-on-scale', `The code ${code} is a point on the response scale "${scale.id}" (${scale.min}–${scale.max}), so it could be mistaken for an answer. Use a number outside the range, such as 9 or 99.`));
        });
    }),
  );

  duplicates(spec.audiences, ['audiences'], 'audience', out);
  const audiences = new Set(spec.audiences.map((a) => a.id));
  spec.items.forEach((item, i) =>
    item.audience.forEach((id, k) => {
      if (!audiences.has(id))
        out.push(issue(['items', i, 'audience', k], 'unknown-audience', `There is no audience "${id}" in this instrument. Add it to audiences (with who belongs to it), or correct the id.`));
    }),
  );
  const themes = new Set<string>(THEME_IDS);
  const principles = new Set<string>(PRINCIPLE_IDS);
  spec.items.forEach((item, i) => {
    if (item.theme !== undefined && !themes.has(item.theme))
      out.push(issue(['items', i, 'theme'], 'unknown-theme', `"${item.theme}" is not one of the nine NTTP themes. Use one of: ${THEME_IDS.join(', ')}.`));
    item.principles.forEach((p, k) => {
      if (!principles.has(p)) out.push(issue(['items', i, 'principles', k], 'unknown-principle', `"${p}" is not one of the five principles. Use one of: ${PRINCIPLE_IDS.join(', ')}.`));
    });
    const scale = responseScales.get(item.responseScale ?? spec.responseScales[0]!.id);
    if (!scale) out.push(issue(['items', i, 'responseScale'], 'unknown-response-scale', `There is no response scale "${item.responseScale}". Add it to responseScales or correct the id.`));
    else if (item.reverse && !hasRange(scale))
      out.push(issue(['items', i, 'reverse'], 'reverse-without-range', `This item is reverse keyed, but its response scale "${scale.id}" has no range, so there is no way to turn it round. Give the scale a min and max, or remove the reverse key.`));
  });

  const itemIds = new Map(spec.items.map((item) => [item.id, item]));
  const inScale = new Set<string>();
  spec.scales.forEach((scale, s) => {
    const used = new Set<string | undefined>();
    scale.itemIds.forEach((id, k) => {
      const item = itemIds.get(id);
      if (!item) out.push(issue(['scales', s, 'itemIds', k], 'unknown-item', `This scale lists the item "${id}", which is not among the items. Add the item or correct the id.`));
      else used.add(item.responseScale ?? spec.responseScales[0]!.id);
      inScale.add(id);
    });
    if (used.size > 1)
      out.push(issue(['scales', s, 'itemIds'], 'mixed-response-scales', `The items of this scale use different response scales (${[...used].join(', ')}), so their mean would mix units. Put them in separate scales.`));
    const only = used.size === 1 ? responseScales.get([...used][0]!) : undefined;
    if (scale.bands) checkBands(scale.bands, ['scales', s, 'bands'], only && hasRange(only) ? only : undefined, out);
  });
  spec.items.forEach((item, i) => {
    if (!inScale.has(item.id)) out.push(issue(['items', i, 'id'], 'item-in-no-scale', `The item "${item.id}" is in no scale, so it would never be scored. Add it to a scale, or remove it.`));
  });

  // Overall, theme and principle scores average items together: they need one response scale each.
  const overallScales = new Set<string>();
  const scaleOfItem = (id: string) => itemIds.get(id)?.responseScale ?? spec.responseScales[0]!.id;
  spec.scales.filter((s) => s.inOverall).forEach((s) => s.itemIds.forEach((id) => itemIds.has(id) && overallScales.add(scaleOfItem(id))));
  if (overallScales.size > 1)
    out.push(issue(['scales'], 'mixed-response-scales', `The scales counted in the overall score use different response scales (${[...overallScales].join(', ')}). Set inOverall: false on the scales that should stand apart.`));
  for (const [key, pick] of [
    ['theme', (item: Instrument['items'][number]) => (item.theme ? [item.theme] : [])],
    ['principle', (item: Instrument['items'][number]) => item.principles],
  ] as const) {
    const seen = new Map<string, string>();
    spec.items.forEach((item, i) => {
      for (const group of pick(item)) {
        const rs = scaleOfItem(item.id);
        const first = seen.get(group);
        if (first && first !== rs)
          out.push(issue(['items', i], 'mixed-response-scales', `Items of the ${key} "${group}" use different response scales (${first} and ${rs}), so a ${key} score would mix units. Tag only items on one response scale with this ${key}.`));
        else seen.set(group, rs);
      }
    });
  }
  const defaultRange = [...overallScales].map((id) => responseScales.get(id)).find((s): s is ResponseScale & { min: number; max: number } => !!s && hasRange(s));
  checkBands(spec.bands, ['bands'], defaultRange, out);
  return out;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/**
 * Checks an instrument written as data and returns it with every default filled in, frozen, ready to
 * score with. Throws an `InstrumentError` listing every issue, each with its path and what to change.
 */
export function defineInstrument(spec: InstrumentSpec): Instrument {
  if (spec && typeof spec === 'object' && defined.has(spec)) return spec as Instrument;
  const parsed = InstrumentSpecSchema.safeParse(spec);
  if (!parsed.success) throw new InstrumentError(fromZod(parsed.error));
  const issues = checkInstrument(parsed.data);
  if (issues.length) throw new InstrumentError(issues);
  const instrument = deepFreeze(parsed.data);
  defined.add(instrument);
  return instrument;
}

/** Whether `value` came from `defineInstrument` (so it needs no second check). */
export function isDefinedInstrument(value: unknown): value is Instrument {
  return typeof value === 'object' && value !== null && defined.has(value);
}

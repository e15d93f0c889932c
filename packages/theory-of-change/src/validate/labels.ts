import type { TocNodeKind } from '@nttp/domain';

/** How each stage is named to people, singular and plural. */
export const STAGE_NAMES: Record<TocNodeKind, { one: string; many: string }> = {
  activity: { one: 'activity', many: 'Activities' },
  output: { one: 'output', many: 'Outputs' },
  'short-term-outcome': { one: 'short-term outcome', many: 'Short-term outcomes' },
  'interim-outcome': { one: 'interim outcome', many: 'Interim outcomes' },
  'long-term-outcome': { one: 'long-term outcome', many: 'Long-term outcomes' },
  impact: { one: 'impact', many: 'Impact' },
};

export function quote(label: string): string {
  return `‘${label}’`;
}

export function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

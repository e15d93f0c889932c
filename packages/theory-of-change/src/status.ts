import type { TocIndicator, TocNode } from '@nttp/domain';

export type IndicatorStatus = NonNullable<TocIndicator['status']>;

/**
 * Each status has an icon and words, so it never relies on colour alone. The words are calm: a service
 * reading its plan should see what to look at next, not a clinical alarm ("At risk", "!").
 */
export const STATUS_TEXT: Record<IndicatorStatus | 'unset' | 'missing', { icon: string; words: string }> = {
  achieved: { icon: '✓', words: 'Achieved' },
  'on-track': { icon: '●', words: 'On track' },
  'at-risk': { icon: '◆', words: 'Needs attention' },
  'not-started': { icon: '○', words: 'Not started' },
  unset: { icon: '○', words: 'Status not set' },
  missing: { icon: '○', words: 'Not measured yet' },
};

const CONCERN: (IndicatorStatus | 'unset')[] = ['at-risk', 'not-started', 'unset', 'on-track', 'achieved'];

/** The status shown on a box: the most pressing of its indicators, or a note that one is missing. */
export function nodeStatus(node: TocNode): keyof typeof STATUS_TEXT | undefined {
  const indicators = node.indicators ?? [];
  if (indicators.length === 0) return node.kind.endsWith('outcome') ? 'missing' : undefined;
  const statuses = indicators.map((i) => i.status ?? 'unset');
  return CONCERN.find((status) => statuses.includes(status));
}

export function statusLine(node: TocNode): string | undefined {
  const status = nodeStatus(node);
  if (!status) return undefined;
  const { icon, words } = STATUS_TEXT[status];
  const count = (node.indicators ?? []).length;
  return `${icon} ${words}${count > 1 ? ` (${count} indicators)` : ''}`;
}

import { quote } from './labels';
import type { TocGraph } from '../graph';

export type ValidationSeverity = 'error' | 'warning' | 'info';

export const VALIDATION_CODES = [
  'duplicate-node-id',
  'duplicate-link-id',
  'dangling-link',
  'cycle',
  'backwards-link',
  'orphan',
  'no-long-term-outcome',
  'no-indicator',
  'no-rationale',
  'empty',
  'no-impact',
  'unreached-outcome',
  'dead-end',
  'skips-stages',
  'same-stage-link',
  'duplicate-link',
  'no-assumption',
] as const;
export type ValidationCode = (typeof VALIDATION_CODES)[number];

/** One thing a planner may want to look at, with the nodes and links it concerns. */
export interface ValidationIssue {
  code: ValidationCode;
  severity: ValidationSeverity;
  message: string;
  nodeIds: string[];
  linkIds: string[];
}

export function issue(code: ValidationCode, severity: ValidationSeverity, message: string, nodeIds: string[] = [], linkIds: string[] = []): ValidationIssue {
  return { code, severity, message, nodeIds, linkIds };
}

export function named(graph: TocGraph, id: string): string {
  const node = graph.byId.get(id);
  return node ? quote(node.label) : `"${id}"`;
}

/** A few words for each check, drawn beside the step or link it concerns (with a dashed outline). */
export const CHECK_LABELS: Record<ValidationCode, string> = {
  'duplicate-node-id': 'Shares an id',
  'duplicate-link-id': 'Shares an id',
  'dangling-link': 'Points to a missing step',
  cycle: 'Leads round in a circle',
  'backwards-link': 'Goes back a stage',
  orphan: 'Not linked yet',
  'no-long-term-outcome': 'Reaches no long-term outcome',
  'no-indicator': 'Not measured yet',
  'no-rationale': 'No rationale yet',
  empty: 'No steps yet',
  'no-impact': 'No impact yet',
  'unreached-outcome': 'No activity leads here',
  'dead-end': 'Leads nowhere yet',
  'skips-stages': 'Skips stages',
  'same-stage-link': 'Stays in one stage',
  'duplicate-link': 'Linked twice',
  'no-assumption': 'No assumptions yet',
};

// The Web Worker side of layoutAsync: lays out what the page sends, measuring text with the widths the page
// measured (workers do not see the page's fonts), and sends the drawing back. The page has parsed the
// input and the options already, so the worker runs the layout core alone: no zod (see build-worker.mjs).
import type { TheoryOfChange } from '@nttp/domain';
import type { TheoryOfChangeIssue } from '../errors';
import { layoutParsed } from './layout';
import { measureWithTable } from './measure';
import type { ResolvedLayoutOptions } from './options';
import type { TocLayout } from './types';

/** What the page sends: a parsed document, resolved options without functions, and measured widths by font. */
export interface LayoutRequest {
  toc: TheoryOfChange;
  options: Omit<ResolvedLayoutOptions, 'measureText'>;
  widths: Record<string, Record<string, number>>;
}

export type LayoutReply = { ok: true; layout: Omit<TocLayout, 'options'> } | { ok: false; message: string; issues: TheoryOfChangeIssue[] };

/** The issues an error carries (a TheoryOfChangeError's), read without importing the class and its parser. */
function issuesOf(error: unknown): TheoryOfChangeIssue[] {
  const issues = error instanceof Error ? (error as { issues?: unknown }).issues : undefined;
  return Array.isArray(issues) ? (issues as TheoryOfChangeIssue[]) : [];
}

export function answer(request: LayoutRequest): LayoutReply {
  try {
    const measureText = (text: string, font: string) => request.widths[font]?.[text] ?? measureWithTable(text, font);
    const { options: _, ...drawn } = layoutParsed(request.toc, { ...request.options, measureText } as ResolvedLayoutOptions);
    return { ok: true, layout: drawn };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error), issues: issuesOf(error) };
  }
}

// Started as a worker: answer each request.
const scope = globalThis as unknown as { WorkerGlobalScope?: new () => unknown; onmessage: ((event: { data: LayoutRequest }) => void) | null; postMessage(message: LayoutReply): void };
if (typeof scope.WorkerGlobalScope === 'function' && globalThis instanceof scope.WorkerGlobalScope) {
  scope.onmessage = (event) => scope.postMessage(answer(event.data));
}

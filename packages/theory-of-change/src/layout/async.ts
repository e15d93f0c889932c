// layoutAsync: the same drawing as layout(), worked out in a Web Worker for large graphs so the page stays
// responsive. The page parses the input, measures the words (workers cannot see the page's fonts) and
// sends both; where there is no Worker (Node, server rendering) or the graph is small, it runs here.
import type { TheoryOfChange } from '@nttp/domain';
import { z } from 'zod/v4';
import { parseOptions, parseToc, TheoryOfChangeError } from '../errors';
import { STAGE_NAMES } from '../validate/labels';
import { layoutParsed } from './layout';
import { cssFont, defaultMeasureText, measuredPieces, statusText } from './measure';
import { LayoutOptionsSchema, type ResolvedLayoutOptions } from './options';
import type { TocLayout } from './types';
import type { LayoutReply, LayoutRequest } from './worker';

/** The part of a Worker that layoutAsync uses. */
export interface WorkerLike {
  postMessage(message: LayoutRequest): void;
  onmessage: ((event: { data: LayoutReply }) => void) | null;
  onerror: ((event: unknown) => void) | null;
  terminate(): void;
}

const AsyncOptionsSchema = LayoutOptionsSchema.extend({
  /** From how many steps a worker is used; smaller graphs are quicker laid out here. */
  workerFrom: z.number({ error: 'workerFrom should be a number of steps.' }).int({ error: 'workerFrom should be a whole number.' }).min(0, { error: 'workerFrom should be 0 or more.' }).default(200),
  /** Makes the worker (for a bundler that wants its own worker URL); by default the package's own worker.js. */
  createWorker: z.custom<() => WorkerLike>((value) => typeof value === 'function', { error: 'createWorker should be a function that returns a Worker.' }).optional(),
});

export type LayoutAsyncOptions = z.input<typeof AsyncOptionsSchema>;

function packageWorker(): WorkerLike | undefined {
  if (typeof Worker !== 'function') return undefined;
  try {
    // written out in full so that bundlers (Vite, webpack) recognise the worker and bundle it
    return new Worker(new URL('./worker.js', import.meta.url), { type: 'module' }) as unknown as WorkerLike;
  } catch {
    return undefined; // no module workers here, or the file is not beside this one (a CommonJS build)
  }
}

/** Measures, with the hook layout() would use, every piece of text the layout will ask about. */
function measureAhead(toc: TheoryOfChange, opts: ResolvedLayoutOptions): Record<string, Record<string, number>> {
  const measure = opts.measureText ?? defaultMeasureText();
  const widths: Record<string, Record<string, number>> = {};
  const add = (font: string, texts: Iterable<string>) => {
    const table = (widths[font] ??= {});
    for (const text of texts) table[text] ??= measure(text, font);
  };
  add(cssFont(opts.fontSize, opts.fontFamily), measuredPieces(toc.nodes.map((n) => n.label)));
  add(cssFont(opts.fontSize, opts.fontFamily, '600'), Object.values(STAGE_NAMES).map((name) => name.many));
  for (const node of toc.nodes) {
    const status = statusText(node, opts);
    if (status) add(status.font, [status.text]);
  }
  return widths;
}

/**
 * Lays a Theory of Change out like `layout()`, in a Web Worker when the graph has `workerFrom` steps or
 * more and the page can start one, and here otherwise (after yielding, so the caller's code runs first).
 * The drawing is the same either way. Lanes from a function are worked out here (a function cannot be
 * sent to a worker).
 */
export async function layoutAsync(input: TheoryOfChange, options?: LayoutAsyncOptions): Promise<TocLayout> {
  await Promise.resolve();
  const toc = parseToc(input);
  const { workerFrom, createWorker, ...layoutOptions } = parseOptions(AsyncOptionsSchema, options, 'set of layout options');
  const opts = layoutOptions as ResolvedLayoutOptions;
  const here = () => layoutParsed(toc, opts);
  if (toc.nodes.length < workerFrom || typeof opts.lanes?.by === 'function') return here();
  const worker = createWorker ? createWorker() : packageWorker();
  if (!worker) return here();
  const { measureText: _, ...sendable } = opts;
  const request: LayoutRequest = { toc, options: sendable, widths: measureAhead(toc, opts) };
  try {
    const reply = await new Promise<LayoutReply>((resolve, reject) => {
      worker.onmessage = (event) => resolve(event.data);
      worker.onerror = (event) => reject(event);
      worker.postMessage(request);
    });
    if (!reply.ok && reply.issues.length > 0) throw new TheoryOfChangeError(reply.issues);
    if (!reply.ok) return here();
    return { ...reply.layout, options: opts };
  } catch (error) {
    if (error instanceof TheoryOfChangeError) throw error;
    return here(); // the worker could not start or load: lay out here instead
  } finally {
    worker.terminate();
  }
}

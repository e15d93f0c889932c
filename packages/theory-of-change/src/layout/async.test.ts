import { exampleTheoryOfChange } from '@nttp/domain/fixtures';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tocShapedGraph } from '../../bench/graphs';
import { TheoryOfChangeError } from '../errors';
import { tocArbitrary } from '../test-utils/arbitraries';
import { layoutAsync, type WorkerLike } from './async';
import { layout } from './layout';
import type { MeasureText } from './measure';
import { answer, type LayoutReply, type LayoutRequest } from './worker';

/** A worker in this process: messages are structured-cloned both ways, as between a page and a worker. */
function fakeWorker(log: { requests: number; terminated: number }, reply: (request: LayoutRequest) => LayoutReply = answer): () => WorkerLike {
  return () => {
    const worker: WorkerLike = {
      onmessage: null,
      onerror: null,
      postMessage(message) {
        log.requests++;
        const request = structuredClone(message);
        setTimeout(() => worker.onmessage?.({ data: structuredClone(reply(request)) }), 0);
      },
      terminate: () => void log.terminated++,
    };
    return worker;
  };
}

describe('layoutAsync', () => {
  const big = tocShapedGraph(220, 7);

  it('gives the same drawing as layout() when a worker does the work, lanes and all', async () => {
    const log = { requests: 0, terminated: 0 };
    const options = { lanes: { by: 'theme' as const } };
    expect(await layoutAsync(big, { ...options, createWorker: fakeWorker(log) })).toEqual(layout(big, options));
    expect(log).toEqual({ requests: 1, terminated: 1 });
  });

  it('measures the words on the page with the same hook, so a custom measure gives the same drawing too', async () => {
    const log = { requests: 0, terminated: 0 };
    const measureText: MeasureText = (text, font) => text.length * (font.startsWith('600') ? 8 : 6.5);
    const drawn = await layoutAsync(big, { measureText, fontFamily: 'Georgia, serif', createWorker: fakeWorker(log) });
    expect(drawn).toEqual(layout(big, { measureText, fontFamily: 'Georgia, serif' }));
    expect(log.requests).toBe(1);
  });

  it('lays out small graphs, and graphs with lanes from a function, here instead of in a worker', async () => {
    const log = { requests: 0, terminated: 0 };
    const example = exampleTheoryOfChange();
    expect(await layoutAsync(example, { createWorker: fakeWorker(log) })).toEqual(layout(example));
    const team = { lanes: { by: (node: { id: string }) => (node.id.length % 2 ? 'odd' : 'even') } };
    expect(await layoutAsync(big, { ...team, createWorker: fakeWorker(log) })).toEqual(layout(big, team));
    expect(log.requests).toBe(0);
  });

  it('falls back to laying out here when the worker cannot start', async () => {
    const broken = (): WorkerLike => {
      const worker: WorkerLike = { onmessage: null, onerror: null, postMessage: () => setTimeout(() => worker.onerror?.(new Error('no worker file')), 0), terminate: () => undefined };
      return worker;
    };
    expect(await layoutAsync(big, { createWorker: broken })).toEqual(layout(big));
  });

  it('answers bad input with a TheoryOfChangeError, from the page or from the worker', async () => {
    await expect(layoutAsync({ id: 'x' } as never)).rejects.toBeInstanceOf(TheoryOfChangeError);
    await expect(layoutAsync(big, { workerFrom: -1 })).rejects.toBeInstanceOf(TheoryOfChangeError);
    const issues = [{ path: ['nodes'], where: 'nodes', code: 'custom', message: 'Something to look at.' }];
    const refusing = fakeWorker({ requests: 0, terminated: 0 }, () => ({ ok: false, message: 'no', issues }));
    await expect(layoutAsync(big, { createWorker: refusing })).rejects.toMatchObject({ issues });
  });

  it('in Node, with no Worker, equals layout() on random Theories of Change', async () => {
    await fc.assert(
      fc.asyncProperty(tocArbitrary({ maxNodes: 25 }), fc.boolean(), async (toc, swimlanes) => {
        expect(await layoutAsync(toc, { swimlanes, workerFrom: 0 })).toEqual(layout(toc, { swimlanes }));
      }),
      { numRuns: 25 },
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { workspaceArb } from '../test/arbitraries';
import { exampleWorkspace } from './fixtures';
import { DomainError, migrate, parseDocument, safeParseWorkspace, SCHEMA_NAMES } from './index';

describe('property: valid documents', () => {
  it('parse to themselves and round-trip through JSON unchanged', () => {
    fc.assert(
      fc.property(workspaceArb, (doc) => {
        const parsed = safeParseWorkspace(doc);
        if (!parsed.ok) throw new Error(parsed.error.message);
        expect(parsed.value).toEqual(doc);
        const viaJson = JSON.parse(JSON.stringify(parsed.value));
        expect(viaJson).toEqual(parsed.value);
        const again = safeParseWorkspace(viaJson);
        expect(again.ok && again.value).toEqual(parsed.value);
      }),
      { numRuns: 150 },
    );
  });

  it('pass through migrate() unchanged', () => {
    fc.assert(fc.property(workspaceArb, (doc) => {
        expect(migrate(doc)).toEqual(doc);
      }), { numRuns: 50 });
  });
});

/** Replaces the value at a random path of the example with an arbitrary value. */
const mutatedExample = fc
  .tuple(fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), fc.anything({ withNullPrototype: true, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true }))
  .map(([steps, value]) => {
    const doc = structuredClone(exampleWorkspace) as unknown as Record<string, unknown>;
    let node: Record<string, unknown> = doc;
    for (const [i, step] of steps.entries()) {
      const keys = Object.keys(node);
      if (keys.length === 0) break;
      const key = keys[step % keys.length]!;
      const child = node[key];
      if (i === steps.length - 1 || typeof child !== 'object' || child === null) {
        node[key] = value;
        break;
      }
      node = child as Record<string, unknown>;
    }
    return doc;
  });

describe('property: any input', () => {
  it('makes parsing answer with a DomainError and nothing else', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), mutatedExample), fc.constantFrom(...SCHEMA_NAMES), (input, name) => {
        try {
          parseDocument(name, input);
        } catch (error) {
          expect(error).toBeInstanceOf(DomainError);
          const issues = (error as DomainError).issues;
          expect(issues.length).toBeGreaterThan(0);
          for (const issue of issues) {
            expect(issue.message.length).toBeGreaterThan(10);
            expect(Array.isArray(issue.path)).toBe(true);
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('makes safeParse and migrate answer without throwing', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), mutatedExample), (input) => {
        expect(() => safeParseWorkspace(input)).not.toThrow();
        try {
          migrate(input);
        } catch (error) {
          expect(error).toBeInstanceOf(DomainError);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('copes with getters that throw', () => {
    const hostile = { ...exampleWorkspace };
    Object.defineProperty(hostile, 'services', { enumerable: true, get: () => { throw new Error('boom'); } });
    const result = safeParseWorkspace(hostile);
    expect(result.ok).toBe(false);
    expect(() => migrate(hostile)).toThrow(DomainError);
  });
});

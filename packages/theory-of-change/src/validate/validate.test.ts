import type { TheoryOfChange } from '@nttp/domain';
import { exampleTheoryOfChange } from '@nttp/domain/fixtures';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TheoryOfChangeError } from '../errors';
import { tocArbitrary } from '../test-utils/arbitraries';
import { validate } from './validate';

function toc(nodes: [string, TheoryOfChange['nodes'][number]['kind']][], links: [string, string, string?][]): TheoryOfChange {
  return {
    id: 'small',
    title: 'A small Theory of Change',
    nodes: nodes.map(([id, kind]) => ({
      id,
      kind,
      label: `Step ${id}`,
      scope: 'local',
      ...(kind.endsWith('outcome') ? { indicators: [{ id: `ind-${id}`, label: 'Measure' }] } : {}),
    })),
    links: links.map(([from, to, id], i) => ({ id: id ?? `link-${i}`, from, to, rationale: 'Because it helps.' })),
  };
}

const codes = (input: unknown) => validate(input).map((issue) => issue.code);

describe('validate', () => {
  it('finds only the missing indicator and the links without a rationale in the example', () => {
    const issues = validate(exampleTheoryOfChange());
    const noIndicator = issues.filter((i) => i.code === 'no-indicator');
    expect(noIndicator).toEqual([
      {
        code: 'no-indicator',
        severity: 'warning',
        message: '‘A workforce across Scotland skilled to respond to trauma’ has no indicator yet: add one so progress can be seen.',
        nodeIds: ['l-national-workforce'],
        linkIds: [],
      },
    ]);
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(new Set(issues.map((i) => i.code))).toEqual(new Set(['no-indicator', 'no-rationale', 'no-assumption', 'same-stage-link', 'skips-stages']));
    expect(issues.find((i) => i.code === 'skips-stages')!.linkIds).toHaveLength(1);
    expect(issues.find((i) => i.code === 'same-stage-link')!.severity).toBe('info');
    const rationale = issues.filter((i) => i.code === 'no-rationale');
    expect(rationale.map((i) => i.linkIds[0])).toEqual(exampleTheoryOfChange().links.filter((l) => !l.rationale).map((l) => l.id));
    expect(rationale.every((i) => i.severity === 'info')).toBe(true);
  });

  it('gives a clean valid chain no issues', () => {
    const chain = toc(
      [
        ['a', 'activity'],
        ['o', 'output'],
        ['s', 'short-term-outcome'],
        ['l', 'long-term-outcome'],
        ['i', 'impact'],
      ],
      [
        ['a', 'o'],
        ['o', 's'],
        ['s', 'l'],
        ['l', 'i'],
      ],
    );
    for (const link of chain.links) if (link.to !== 'o') link.assumptions = ['People take part.'];
    expect(validate(chain)).toEqual([]);
  });

  it('reports cycles with every node and link in them, and links to itself', () => {
    const looped = toc(
      [
        ['a', 'activity'],
        ['s1', 'short-term-outcome'],
        ['s2', 'short-term-outcome'],
        ['l', 'long-term-outcome'],
      ],
      [
        ['a', 's1'],
        ['s1', 's2', 'x'],
        ['s2', 's1', 'y'],
        ['s2', 'l'],
        ['l', 'l', 'self'],
      ],
    );
    const cycles = validate(looped).filter((i) => i.code === 'cycle');
    expect(cycles).toHaveLength(2);
    expect(cycles[0]).toMatchObject({ severity: 'error', nodeIds: ['s1', 's2'], linkIds: ['x', 'y'] });
    expect(cycles[0]!.message).toContain('lead round in a circle');
    expect(cycles[1]).toMatchObject({ nodeIds: ['l'], linkIds: ['self'] });
    expect(cycles[1]!.message).toContain('links to itself');
  });

  it('reports links that go back a stage, naming both stages', () => {
    const back = toc(
      [
        ['a', 'activity'],
        ['o', 'output'],
        ['l', 'long-term-outcome'],
      ],
      [
        ['a', 'o'],
        ['o', 'l'],
        ['l', 'o', 'back'],
      ],
    );
    const found = validate(back).find((i) => i.code === 'backwards-link');
    expect(found).toMatchObject({ severity: 'error', nodeIds: ['l', 'o'], linkIds: ['back'] });
    expect(found!.message).toContain('(long-term outcome) to ‘Step o’ (output) goes back a stage');
  });

  it('reports orphans, activities that reach no long-term outcome, and outcomes without indicators', () => {
    const doc = toc(
      [
        ['a', 'activity'],
        ['o', 'output'],
        ['lonely', 'interim-outcome'],
      ],
      [['a', 'o']],
    );
    doc.nodes[2]!.indicators = [];
    expect(codes(doc)).toEqual(['no-impact', 'orphan', 'no-long-term-outcome', 'dead-end', 'no-indicator']);
    const [, orphan, unreached] = validate(doc);
    expect(orphan!.nodeIds).toEqual(['lonely']);
    expect(orphan!.message).toBe('‘Step lonely’ is not linked to anything yet: link it to the steps it leads to or comes from.');
    expect(unreached!.nodeIds).toEqual(['a']);
  });

  it('reports duplicate ids and links to steps that do not exist', () => {
    const doc = toc(
      [
        ['a', 'activity'],
        ['a', 'output'],
        ['l', 'long-term-outcome'],
      ],
      [
        ['a', 'l', 'same'],
        ['a', 'ghost', 'same'],
      ],
    );
    const issues = validate(doc);
    expect(issues.map((i) => i.code).slice(0, 4)).toEqual(['no-impact', 'duplicate-node-id', 'duplicate-link-id', 'dangling-link']);
    issues.shift();
    expect(issues[0]!.message).toBe('‘Step a’ and ‘Step a’ share the id "a": give each step its own id so links reach the right one.');
    expect(issues[2]).toMatchObject({ nodeIds: ['a'], linkIds: ['same'] });
    expect(issues[2]!.message).toContain('points to "ghost", which is not in this Theory of Change');
  });

  it('reports a circle closed by a backwards link once, as the backwards link', () => {
    const back = toc(
      [
        ['a', 'activity'],
        ['o', 'output'],
        ['i', 'impact'],
      ],
      [
        ['a', 'o'],
        ['o', 'i'],
        ['o', 'a', 'back'],
      ],
    );
    const about = validate(back).filter((i) => i.linkIds.includes('back') && i.severity === 'error');
    expect(about.map((i) => i.code)).toEqual(['backwards-link']);
  });

  it('finds outcomes no activity leads to, dead ends, skipped stages, same-stage and repeated links', () => {
    const doc = toc(
      [
        ['a', 'activity'],
        ['a2', 'activity'],
        ['o', 'output'],
        ['o2', 'output'],
        ['s', 'short-term-outcome'],
        ['floating', 'interim-outcome'],
        ['l', 'long-term-outcome'],
        ['i', 'impact'],
      ],
      [
        ['a', 'o', 'ao'],
        ['a', 'o', 'ao-again'],
        ['a', 'a2', 'aa'],
        ['a2', 'i', 'jump'],
        ['o', 'o2', 'oo'],
        ['floating', 'l', 'fl'],
        ['l', 'i', 'li'],
        ['o2', 's', 'os'],
      ],
    );
    const issues = validate(doc);
    const find = (code: string) => issues.filter((i) => i.code === code);
    expect(find('unreached-outcome').map((i) => i.nodeIds)).toEqual([['floating'], ['l']]);
    expect(find('unreached-outcome')[0]!.message).toBe('No activity leads to ‘Step floating’ yet: link it back, through the steps between, to the activity that brings it about.');
    expect(find('dead-end').map((i) => i.nodeIds)).toEqual([['s']]);
    expect(find('skips-stages')).toMatchObject([{ severity: 'warning', linkIds: ['jump'] }]);
    expect(find('same-stage-link').map((i) => [i.linkIds[0], i.severity])).toEqual([
      ['aa', 'warning'],
      ['oo', 'warning'],
    ]);
    expect(find('duplicate-link')).toMatchObject([{ severity: 'warning', nodeIds: ['a', 'o'], linkIds: ['ao', 'ao-again'] }]);
    expect(find('no-assumption').map((i) => i.linkIds[0])).toEqual(['jump', 'fl', 'li', 'os']);
    expect(find('no-assumption').every((i) => i.severity === 'info')).toBe(true);
  });

  it('says when a Theory of Change is empty or has no impact', () => {
    expect(validate({ id: 'e', title: 'Empty', nodes: [], links: [] })).toMatchObject([{ code: 'empty', severity: 'warning', nodeIds: [], linkIds: [] }]);
    const noImpact = validate(toc([['a', 'activity']], []));
    expect(noImpact[0]).toMatchObject({ code: 'no-impact', severity: 'warning' });
    expect(noImpact[0]!.message).toContain('has no impact yet');
  });

  it('answers input that is not a Theory of Change with a TheoryOfChangeError naming the path', () => {
    const bad = { ...exampleTheoryOfChange(), nodes: [{ id: 'a', kind: 'wish', label: '', scope: 'local' }] };
    let caught: unknown;
    try {
      validate(bad);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(TheoryOfChangeError);
    const issues = (caught as TheoryOfChangeError).issues;
    expect(issues.map((i) => i.where)).toEqual(['nodes[0].kind', 'nodes[0].label']);
    expect(issues[0]!.message).toContain('Use one of these kinds');
    expect(() => validate(null)).toThrow(TheoryOfChangeError);
  });

  it('never crashes on random Theories of Change, and every issue is complete', () => {
    fc.assert(
      fc.property(tocArbitrary({ wild: true, maxNodes: 25 }), (doc) => {
        for (const issue of validate(doc)) {
          expect(issue.message.length).toBeGreaterThan(20);
          expect(['error', 'warning', 'info']).toContain(issue.severity);
          // only the checks on the whole document name no step or link
          if (issue.code !== 'empty' && issue.code !== 'no-impact') expect(issue.nodeIds.length + issue.linkIds.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('never throws anything but a TheoryOfChangeError on arbitrary values', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        try {
          validate(value);
        } catch (error) {
          expect(error).toBeInstanceOf(TheoryOfChangeError);
        }
      }),
      { numRuns: 200 },
    );
  });
});

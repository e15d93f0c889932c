import { exampleTheoryOfChange } from '@nttp/domain/fixtures';
import { describe, expect, it } from 'vitest';
import { TheoryOfChangeError } from '../errors';
import { fromJson } from '../from-json';
import { toDot } from './dot';
import { toMermaid } from './mermaid';
import { smallToc } from '../test-utils/arbitraries';

const example = exampleTheoryOfChange();
const tricky = smallToc(
  'tricky',
  'Say "hello" \\ # <now>',
  [
    ['a-1', 'activity', 'Say "hello" #1 <b>'],
    ['o-1', 'output', 'Back\\slash\nnew line', 'national'],
  ],
  [
    ['l', 'a-1', 'o-1', 'Because "why" not'],
    ['m', 'a-1', 'ghost'],
  ],
);

describe('toMermaid', () => {
  it('writes a left-to-right flowchart with one subgraph per stage', () => {
    const out = toMermaid(example);
    expect(out.startsWith('flowchart LR\n')).toBe(true);
    expect(out).toContain('  subgraph stage_short_term_outcome["Short-term outcomes"]');
    expect(out).toContain('    n_a_welcome_leaflet["Co-produce a welcome leaflet with people with lived experience"]');
    expect(out).toContain('  n_a_welcome_leaflet --> n_o_leaflet');
    expect(out.match(/-->/g)).toHaveLength(36);
  });

  it('escapes quotes, hashes and angle brackets, and leaves out links to missing steps', () => {
    const out = toMermaid(tricky);
    expect(out).toContain('n_a_1["Say #quot;hello#quot; #35;1 #lt;b#gt;"]');
    expect(out).toContain('n_o_1["Back\\slash new line"]');
    expect(out).not.toContain('ghost');
  });
});

describe('toDot', () => {
  it('writes a left-to-right digraph with a rank per stage', () => {
    const out = toDot(example);
    expect(out).toContain('digraph "toc-glenmoray" {');
    expect(out).toContain('rankdir=LR');
    expect(out.match(/rank=same;/g)).toHaveLength(6);
    expect(out).toContain('"a-welcome-leaflet" -> "o-leaflet" [tooltip="People with lived experience know what would have helped them at the start."];');
    expect(out).toContain('"l-national-workforce" [label="A workforce across Scotland skilled to respond to trauma", tooltip="long-term outcome: A workforce across Scotland skilled to respond to trauma", peripheries=2];');
  });

  it('escapes quotes, backslashes and new lines', () => {
    const out = toDot(tricky);
    expect(out).toContain('label="Say \\"hello\\" \\\\ # <now>"');
    expect(out).toContain('[label="Back\\\\slash\\nnew line"');
    expect(out).not.toContain('ghost');
  });
});

describe('fromJson', () => {
  it('reads JSON text or data and returns the document with its validation issues', () => {
    const fromText = fromJson(JSON.stringify(example));
    expect(fromText.toc).toEqual(example);
    expect(fromText.issues.some((i) => i.code === 'no-indicator')).toBe(true);
    expect(fromJson(example).toc).toEqual(example);
  });

  it('explains text that is not JSON and data that is not a Theory of Change', () => {
    expect(() => fromJson('{"id": ')).toThrow(TheoryOfChangeError);
    try {
      fromJson('{"id": ');
    } catch (error) {
      expect((error as TheoryOfChangeError).issues[0]).toMatchObject({ code: 'invalid-json', where: '' });
      expect((error as TheoryOfChangeError).message).toContain('is not valid JSON');
    }
    try {
      fromJson({ id: 'x', title: 'X', nodes: 'none', links: [] });
    } catch (error) {
      expect((error as TheoryOfChangeError).issues.map((i) => i.where)).toEqual(['nodes']);
    }
    expect.assertions(4);
  });
});

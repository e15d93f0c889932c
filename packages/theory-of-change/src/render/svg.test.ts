// @vitest-environment jsdom
import { exampleTheoryOfChange } from '@nttp/domain/fixtures';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TheoryOfChangeError } from '../errors';
import { smallToc, tocArbitrary } from '../test-utils/arbitraries';
import { renderSvg } from './svg';

const parse = (svg: string) => new DOMParser().parseFromString(svg, 'image/svg+xml');

describe('renderSvg', () => {
  const example = exampleTheoryOfChange();
  const svg = renderSvg(example);
  const doc = parse(svg);

  it('is a standalone, well-formed SVG with a role, a title and a description', () => {
    const root = doc.documentElement;
    expect(root.tagName).toBe('svg');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(root.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(root.getAttribute('role')).toBe('img');
    // the title names the diagram; the summary describes it
    expect(root.getAttribute('aria-labelledby')).toBe('toc-toc-glenmoray-title');
    expect(root.getAttribute('aria-describedby')).toBe('toc-toc-glenmoray-desc');
    expect(doc.getElementById('toc-toc-glenmoray-title')!.textContent).toBe(example.title);
    expect(doc.getElementById('toc-toc-glenmoray-desc')!.textContent).toContain('9 activities');
    expect(svg).not.toMatch(/<script|on\w+=|javascript:/i);
  });

  it('draws every step with its words, every link with its rationale, and the stage headings', () => {
    const nodes = doc.querySelectorAll('.ntoc-node');
    expect(nodes).toHaveLength(30);
    const first = doc.querySelector('[data-node-id="a-welcome-leaflet"]')!;
    expect(first.querySelector('title')!.textContent).toBe('Activity: Co-produce a welcome leaflet with people with lived experience');
    expect(first.querySelector('.ntoc-label')!.textContent!.replace(/\s+/g, ' ')).toContain('Co-produce a welcome leaflet');
    expect(doc.querySelectorAll('.ntoc-link')).toHaveLength(36);
    expect(doc.querySelector('[data-link-id="link-1"] title')!.textContent).toBe(
      'Co-produce a welcome leaflet with people with lived experience leads to Leaflet in use at every first appointment: People with lived experience know what would have helped them at the start.',
    );
    const headings = [...doc.querySelectorAll('.ntoc-heading')].map((h) => h.textContent);
    expect(headings).toEqual(['Activities', 'Outputs', 'Short-term outcomes', 'Interim outcomes', 'Long-term outcomes', 'Impact']);
  });

  it('can carry the full long description in <desc>', () => {
    const full = parse(renderSvg(example, { description: 'full' }));
    expect(full.getElementById('toc-toc-glenmoray-desc')!.textContent).toContain('Pathways, from each activity:');
    expect(() => renderSvg(example, { description: 'long' as never })).toThrow('description is either "summary" or "full".');
  });

  it('draws the ceiling of accountability', () => {
    const ceiling = doc.querySelector('.ntoc-ceiling')!;
    expect(ceiling.querySelector('text')!.textContent).toBe('Ceiling of accountability');
    expect(ceiling.querySelector('line')).not.toBeNull();
    expect(renderSvg({ ...example, ceilingOfAccountability: undefined })).not.toContain('ntoc-ceiling"');
  });

  it('shows indicator status with an icon and words, never colour alone', () => {
    const status = (id: string) => doc.querySelector(`[data-node-id="${id}"] .ntoc-status`)?.textContent;
    expect(status('i-shorter-waits')).toBe('◆ Needs attention');
    expect(status('s-people-feel-welcome')).toBe('● On track');
    expect(status('l-national-workforce')).toBe('○ Not measured yet');
    expect(status('l-recovery')).toBe('○ Status not set');
    expect(status('a-welcome-leaflet')).toBeUndefined();
  });

  it('is themeable with CSS custom properties and prints in black on white', () => {
    const style = doc.querySelector('style')!.textContent!;
    for (const property of ['--toc-font', '--toc-node-fill', '--toc-link', '--toc-ceiling', '--toc-activity-fill', '--toc-attention'])
      expect(style).toContain(`var(${property}`);
    expect(style).toContain('@media print');
    expect(renderSvg(example, { style: false })).not.toContain('<style>');
  });

  it('escapes every piece of text', () => {
    const hostile = smallToc(
      'hostile',
      'A <script>alert("x")</script> & title',
      [
        ['a', 'activity', '<img src=x onerror=alert(1)> & "quotes"'],
        ['b', 'output', "it's </text></svg>", 'national'],
      ],
      [['l', 'a', 'b', '<b>bold</b> & ]]>']],
    );
    const out = renderSvg(hostile);
    expect(out).not.toContain('<script');
    expect(out).not.toContain('<img');
    expect(out).not.toContain('<b>');
    const parsed = parse(out);
    expect(parsed.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(parsed.querySelector('title')!.textContent).toBe(hostile.title);
    expect(parsed.querySelector('[data-node-id="b"] .ntoc-label')!.textContent).toContain("it's </text></svg>");
  });

  it('uses the id prefix it is given, and marks a selected step', () => {
    const out = renderSvg(example, { idPrefix: 'second', selectedId: 'o-leaflet' });
    expect(out).toContain('id="second-title"');
    expect(out).toContain('url(#second-arrow)');
    expect(parse(out).querySelector('.ntoc-selected')!.getAttribute('data-node-id')).toBe('o-leaflet');
    expect(() => renderSvg(example, { idPrefix: '1 bad' })).toThrow(TheoryOfChangeError);
  });

  it('renders well-formed SVG for random Theories of Change', () => {
    fc.assert(
      fc.property(tocArbitrary({ maxNodes: 15, wild: true }), (toc) => {
        const parsed = parse(renderSvg(toc, { swimlanes: true }));
        expect(parsed.getElementsByTagName('parsererror')).toHaveLength(0);
        expect(parsed.querySelectorAll('.ntoc-node')).toHaveLength(toc.nodes.length);
      }),
      { numRuns: 30 },
    );
  });
});

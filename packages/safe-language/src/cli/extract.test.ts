import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractText, formatFromPath, lineStartsOf, positionOf } from './extract';

describe('extractText', () => {
  it('keeps prose and blanks code, URLs and markup in Markdown and MDX', () => {
    const source = 'import X from "y";\n\n# Title\n\nSee [the guide](https://e.org/addict) and `addict` or `` `addict` ``.\n\n```\naddict\n```\n\n<Note tone="calm">Kind words</Note>';
    const text = extractText(source, 'markdown');
    expect(text).toHaveLength(source.length);
    expect(text).toContain('# Title');
    expect(text).toContain('Kind words');
    expect(text).not.toMatch(/addict|import|https|Note/);
  });

  it('keeps readable attributes in HTML and drops scripts', () => {
    const source = '<p title="Our team">Hello</p><script>const junkie = 1</script><img alt="A calm room" src="a.png">';
    const text = extractText(source, 'html');
    expect(text).toHaveLength(source.length);
    expect(text).toContain('Our team');
    expect(text).toContain('A calm room');
    expect(text).not.toMatch(/junkie|src|a\.png/);
  });

  it('keeps JSON string values but not keys', () => {
    const source = '{"addict": "Hello\\nthere", "nested": {"b": ["One", "Two"]}}';
    const text = extractText(source, 'json');
    expect(text).toHaveLength(source.length);
    expect(text).toContain('Hello');
    expect(text).toContain('there');
    expect(text).not.toMatch(/addict|nested/);
  });

  it('honours disable comments for glossaries and quotations', () => {
    const source = 'A junkie.\n<!-- nttp-language-disable-next-line -->\nB junkie.\nC junkie.\n<!-- nttp-language-disable -->\nD junkie.\n<!-- nttp-language-enable -->\nE junkie.';
    for (const format of ['markdown', 'html', 'text'] as const) {
      const text = extractText(source, format);
      expect(text).toHaveLength(source.length);
      expect(text.match(/[A-E] junkie/g), format).toEqual(['A junkie', 'C junkie', 'E junkie']);
    }
  });

  it('never changes the length, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.constantFrom('markdown', 'html', 'json', 'text') as fc.Arbitrary<'markdown'>, (source, format) => {
        expect(extractText(source, format)).toHaveLength(source.length);
      }),
      { numRuns: 300 },
    );
  });

  it('picks a format from the file name', () => {
    expect(formatFromPath('a/B.MDX')).toBe('markdown');
    expect(formatFromPath('index.html')).toBe('html');
    expect(formatFromPath('en.json')).toBe('json');
    expect(formatFromPath('notes.txt')).toBe('text');
  });

  it('maps offsets to 1-based lines and columns', () => {
    const starts = lineStartsOf('ab\ncd\n\nef');
    expect(positionOf(starts, 0)).toEqual({ line: 1, column: 1 });
    expect(positionOf(starts, 4)).toEqual({ line: 2, column: 2 });
    expect(positionOf(starts, 8)).toEqual({ line: 4, column: 2 });
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toScriptJson } from './script-json';

describe('toScriptJson', () => {
  it('keeps a label holding </script> inside the script element', () => {
    const toc = { id: 't', title: 'A </script><script>alert(1)</script> & <!-- more', nodes: [], links: [] };
    const text = toScriptJson(toc);
    expect(text).not.toMatch(/[<>&]/);
    const html = `<script type="application/json">${text}</script>`;
    // What an HTML parser does: the script element ends at the first "</script".
    const inside = html.slice(html.indexOf('>') + 1, html.toLowerCase().indexOf('</script'));
    expect(JSON.parse(inside)).toEqual(toc);
  });

  it('parses back to the same value for any JSON data', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = toScriptJson(value);
        expect(text).not.toMatch(/[<>&\u2028\u2029]/);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value) ?? 'null'));
      }),
    );
  });
});

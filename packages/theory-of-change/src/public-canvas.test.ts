// In a browser the exported text helpers measure with the canvas, as layout() does. jsdom has no canvas,
// so this file gives the page an OffscreenCanvas whose widths are easy to tell apart from the table's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { layout, measureText, wrapText } from './index';
import { DEFAULT_FONT_FAMILY } from './layout/measure';

const fonts = new Set<string>();
const scope = globalThis as { OffscreenCanvas?: unknown };

beforeAll(() => {
  scope.OffscreenCanvas = class {
    getContext() {
      return {
        font: '',
        measureText(this: { font: string }, text: string) {
          fonts.add(this.font);
          return { width: text.length * 7 };
        },
      };
    }
  };
});
afterAll(() => {
  delete scope.OffscreenCanvas;
});

describe('the exported text helpers in a browser', () => {
  it('measure and wrap with the canvas, in the layout’s font, as layout() does', () => {
    expect(measureText('Needs attention', 13)).toBe(15 * 7);
    expect(wrapText('one two three four', 60, 13)).toEqual(['one two', 'three', 'four']);
    expect([...fonts]).toEqual([`13px ${DEFAULT_FONT_FAMILY}`]);
    // the same hook sizes layout()'s boxes
    const drawn = layout({ id: 't', title: 'T', nodes: [{ id: 'a', kind: 'activity', label: 'one two three four', scope: 'local' }], links: [] });
    expect(drawn.nodes[0]!.lines).toEqual(['one two three four']);
    expect(drawn.nodes[0]!.width).toBe(Math.ceil(18 * 7 * 1.03 + 20));
  });
});

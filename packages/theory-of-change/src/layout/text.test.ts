import { describe, expect, it } from 'vitest';
import { measureText } from './text';

describe('text measurement without a DOM', () => {
  it('uses Arial advance widths, scaled to the font size', () => {
    expect(measureText('i', 10)).toBeCloseTo(2.22);
    expect(measureText('W', 10)).toBeCloseTo(9.44);
    expect(measureText('Hello', 13)).toBeCloseTo(((722 + 556 + 222 + 222 + 556) * 13) / 1000);
    expect(measureText('信任', 10)).toBe(20);
    expect(measureText('', 12)).toBe(0);
  });
});

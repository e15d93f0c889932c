import { describe, expect, it } from 'vitest';
import { contrastRatio } from './tokens';

describe('contrastRatio', () => {
  it('matches WCAG reference values', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    // GOV.UK's text on white is about 19.5:1; its link blue on white about 5.2:1.
    expect(contrastRatio('#0b0c0c', '#ffffff')).toBeCloseTo(19.5, 0);
    expect(contrastRatio('#1d70b8', '#ffffff')).toBeCloseTo(5.17, 1);
  });

  it('reads the short hex a minified stylesheet writes', () => {
    expect(contrastRatio('#fff', '#000')).toBeCloseTo(21, 5);
    expect(contrastRatio('#fd0', '#0b0c0c')).toBeCloseTo(contrastRatio('#ffdd00', '#0b0c0c'), 10);
  });
});

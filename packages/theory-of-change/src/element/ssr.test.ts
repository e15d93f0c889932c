import { describe, expect, it } from 'vitest';
import { defineTheoryOfChangeElement } from './index';

describe('defineTheoryOfChangeElement on the server', () => {
  it('does nothing where custom elements do not exist', () => {
    expect(typeof customElements).toBe('undefined');
    expect(defineTheoryOfChangeElement()).toBeUndefined();
  });
});

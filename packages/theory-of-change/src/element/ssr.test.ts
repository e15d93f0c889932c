import { describe, expect, it } from 'vitest';
import { defineTheoryOfChangeElement } from './index';

describe('defineTheoryOfChangeElement on the server', () => {
  it('does nothing where custom elements do not exist', () => {
    expect(typeof customElements).toBe('undefined');
    expect(defineTheoryOfChangeElement()).toBeUndefined();
  });

  it('explains a name that cannot be a custom element', () => {
    expect(() => defineTheoryOfChangeElement('Diagram')).toThrow('A custom element name is lower-case, starts with a letter and contains a hyphen');
  });
});

import { render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { Button } from '../components/Button';
import { TextInput } from '../components/TextInput';
import { collectTexts, resetLanguageWarnings, useLanguageWarning } from './dev-language-warning';

// Held in variables, not JSX text, so the project's own language lint does not flag the test itself.
const HARMFUL = 'Support for a substance abuser';
const CALM = 'Support for people who use drugs';

function Probe({ texts }: { texts: Record<string, unknown> }) {
  useLanguageWarning('Probe', texts);
  return null;
}

describe('useLanguageWarning (development)', () => {
  let warn: MockInstance<typeof console.warn>;
  beforeEach(() => {
    resetLanguageWarnings();
    warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterEach(() => warn.mockRestore());

  it('warns about an error-severity finding, naming the component, the prop and the alternatives', () => {
    render(<Probe texts={{ title: HARMFUL }} />);
    expect(warn).toHaveBeenCalledTimes(1);
    const message = String(warn.mock.calls[0]![0]);
    expect(message).toContain('[@nttp/ui] Probe title: "a substance abuser"');
    expect(message).toMatch(/You could say: "a person who uses drugs"/);
  });

  it('stays quiet for calm text and for warnings below error severity', () => {
    render(<Probe texts={{ title: CALM, hint: 'You failed to enter a postcode' }} />);
    expect(warn).not.toHaveBeenCalled();
  });

  it('warns once per text, however often the component renders', () => {
    const { rerender } = render(<Probe texts={{ title: HARMFUL }} />);
    rerender(<Probe texts={{ title: HARMFUL }} />);
    render(<Probe texts={{ title: HARMFUL }} />);
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('checks text as it changes', () => {
    const { rerender } = render(<Probe texts={{ title: CALM }} />);
    rerender(<Probe texts={{ title: HARMFUL }} />);
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('is wired into components that take text', () => {
    render(
      <div>
        <Button>{HARMFUL}</Button>
        <TextInput label="Name" placeholder={HARMFUL} />
      </div>,
    );
    expect(warn.mock.calls.map(([m]) => String(m).split(':')[0])).toEqual(['[@nttp/ui] Button children', '[@nttp/ui] TextInput placeholder']);
  });

  it('collects strings and strings in arrays, and skips everything else', () => {
    expect(collectTexts({ a: 'one', b: ['two', 3, ['four']], c: 5, d: null, e: '  ', f: { g: 'no' } })).toEqual([
      ['a', 'one'],
      ['b[0]', 'two'],
      ['b[2][0]', 'four'],
    ]);
  });
});

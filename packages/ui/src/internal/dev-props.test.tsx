import { render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { CheckboxGroup } from '../components/CheckboxGroup';
import { ErrorSummary } from '../components/ErrorSummary';
import { RadioGroup } from '../components/RadioGroup';
import { Select } from '../components/Select';
import { SummaryList } from '../components/SummaryList';
import { Tabs } from '../components/Tabs';
import { UiPropsError } from './dev-props';

/** The UiPropsError a render throws, or undefined. */
function thrownBy(element: React.ReactElement): UiPropsError | undefined {
  try {
    render(element);
  } catch (error) {
    if (error instanceof UiPropsError) return error;
    throw error;
  }
  return undefined;
}

describe('development prop checks', () => {
  let consoleError: MockInstance<typeof console.error>;
  beforeEach(() => {
    // React reports a throw during render on the console as well; the tests read the error itself.
    consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
  });
  afterEach(() => consoleError.mockRestore());

  it('names each duplicate option value by its path and says what to change', () => {
    const error = thrownBy(
      <RadioGroup
        name="q"
        label="Question"
        options={[
          { value: 'yes', label: 'Yes' },
          { value: 'no', label: 'No' },
          { value: 'yes', label: 'Yes please' },
        ]}
      />,
    );
    expect(error?.name).toBe('UiPropsError');
    expect(error?.issues).toEqual([{ path: ['options', 2, 'value'], where: 'options[2].value', code: 'duplicate', message: '"yes" is already used by options[0]. Give each one its own value.' }]);
    expect(error?.message).toBe('RadioGroup: 1 prop needs a change before it can work for everyone.\n- options[2].value: "yes" is already used by options[0]. Give each one its own value.');
  });

  it('asks for at least one option or tab', () => {
    expect(thrownBy(<CheckboxGroup name="c" label="Choose" options={[]} />)?.issues.map((i) => [i.where, i.code])).toEqual([['options', 'empty']]);
    expect(thrownBy(<Select label="Area" options={[]} />)?.issues.map((i) => i.where)).toEqual(['options']);
    expect(thrownBy(<Tabs label="Periods" items={[]} />)?.issues.map((i) => i.message)).toEqual(['Give at least one tab.']);
  });

  it('finds duplicate tab ids and summary rows', () => {
    const tab = { id: 'a', label: 'A', content: 'A' };
    expect(thrownBy(<Tabs label="Periods" items={[tab, tab]} />)?.issues.map((i) => i.where)).toEqual(['items[1].id']);
    expect(thrownBy(<SummaryList rows={[{ key: 'Name' }, { key: 'Name' }]} />)?.issues.map((i) => i.where)).toEqual(['rows[1].key']);
  });

  it('asks where an error summary link should go', () => {
    expect(thrownBy(<ErrorSummary errors={[{ href: '#', text: 'Enter a postcode' }]} />)?.issues.map((i) => [i.where, i.code])).toEqual([['errors[0].href', 'empty']]);
  });

  it('lets good props through', () => {
    expect(thrownBy(<RadioGroup name="q" label="Question" options={[{ value: 'yes', label: 'Yes' }]} />)).toBeUndefined();
  });
});

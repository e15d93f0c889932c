import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { testExamples } from '../../test-utils/examples-harness';
import { CheckAnswers, NOT_ANSWERED, SummaryList } from './SummaryList';
import { examples } from './SummaryList.examples';

testExamples(examples);

describe('SummaryList', () => {
  it('pairs each question with its answer in a description list', () => {
    const { container } = render(<SummaryList rows={[{ key: 'Name', value: 'Sam' }, { key: 'Pronouns' }]} />);
    const pairs = [...container.querySelectorAll('.nttp-summary-list__row')].map((row) => [row.querySelector('dt')?.textContent, row.querySelector('dd')?.textContent]);
    expect(pairs).toEqual([
      ['Name', 'Sam'],
      ['Pronouns', NOT_ANSWERED],
    ]);
  });

  it('names what each Change link changes', () => {
    render(<SummaryList rows={[{ key: 'Phone number', value: '0131', actions: [{ href: '#phone', text: 'Change' }] }]} />);
    const link = screen.getByRole('link', { name: /^Change\s?phone number$/ });
    expect(link.getAttribute('href')).toBe('#phone');
  });

  it('keeps rows the same shape when only some have actions', () => {
    const { container } = render(<SummaryList rows={[{ key: 'A', value: '1', actions: [{ href: '#a', text: 'Change' }] }, { key: 'B', value: '2' }]} />);
    expect([...container.querySelectorAll('.nttp-summary-list__row')].map((row) => row.children.length)).toEqual([3, 3]);
  });
});

describe('CheckAnswers', () => {
  it('shows every section with a Change link per answer', () => {
    render(
      <CheckAnswers
        headingLevel={3}
        changeHref={(row, section) => (section.title === 'Fixed' ? undefined : `#${row.key}`)}
        sections={[
          { title: 'About you', rows: [{ key: 'Name', value: 'Sam' }, { key: 'Age' }] },
          { title: 'Fixed', rows: [{ key: 'Reference', value: 'A1' }] },
        ]}
      />,
    );
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['About you', 'Fixed']);
    const about = screen.getByRole('heading', { name: 'About you' }).closest('section')!;
    expect(within(about).getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual(['#Name', '#Age']);
    expect(within(about).getByText(NOT_ANSWERED)).toBeTruthy();
    const fixed = screen.getByRole('heading', { name: 'Fixed' }).closest('section')!;
    expect(within(fixed).queryByRole('link')).toBeNull();
  });
});

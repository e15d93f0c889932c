import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { axe } from 'vitest-axe';
import { exampleWorkspace } from '@nttp/domain/fixtures';
import type { PathfinderWorkspace } from '@nttp/domain';
import TheoryOfChangePage from './TheoryOfChangePage';
import { AXE_OPTIONS, renderInWorkspace } from '../understanding/test-utils';

const tocId = exampleWorkspace.theoriesOfChange[0]!.id;
const blank: PathfinderWorkspace = { ...exampleWorkspace, theoriesOfChange: [{ id: 'toc-1', title: 'Our plan', nodes: [], links: [] }], implementationPlans: [] };

describe('the Theory of Change page', () => {
  it('draws the example and lists the checks from validate(), with no axe violations', async () => {
    const { container } = renderInWorkspace(<TheoryOfChangePage params={{ tocId }} />, exampleWorkspace);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toContain(exampleWorkspace.theoriesOfChange[0]!.title);
    const checks = within(screen.getByRole('region', { name: /Things to look at \(\d+\)/ }));
    expect(checks.getAllByText(/has no indicator yet/).length).toBeGreaterThan(0);
    expect((await axe(container, AXE_OPTIONS)).violations.map((v) => v.id)).toEqual([]);
  });

  it('keeps each edit made in the diagram in the workspace, and undo takes it back out', async () => {
    const user = userEvent.setup();
    const view = renderInWorkspace(<TheoryOfChangePage params={{ tocId: 'toc-1' }} />, blank);
    await user.type(screen.getByLabelText('What is it?'), 'Rewrite appointment letters{Enter}');
    expect(view.workspace().theoriesOfChange[0]!.nodes.map((n) => n.label)).toEqual(['Rewrite appointment letters']);
    await user.selectOptions(screen.getByLabelText('Stage'), 'long-term-outcome');
    await user.type(screen.getByLabelText('What is it?'), 'People feel welcome{Enter}');
    expect(view.workspace().theoriesOfChange[0]!.nodes).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: 'Undo the last change' }));
    expect(view.workspace().theoriesOfChange[0]!.nodes.map((n) => n.label)).toEqual(['Rewrite appointment letters']);
  });

  it('adds an indicator measured by an assessment theme to the chosen outcome', async () => {
    const user = userEvent.setup();
    const view = renderInWorkspace(<TheoryOfChangePage params={{ tocId }} />, exampleWorkspace);
    await user.click(screen.getByRole('button', { name: 'Outline' }));
    await user.click(screen.getAllByRole('button', { name: 'Short-term outcome: People feel welcome and know what to expect' })[0]!);
    const step = within(screen.getByRole('region', { name: /People feel welcome and know what to expect/ }));
    await user.type(step.getByLabelText('Indicator'), 'People say they knew what to expect');
    await user.selectOptions(step.getByLabelText(/Measured by an assessment theme/), 'service-design');
    await user.selectOptions(step.getByLabelText('Status'), 'on-track');
    await user.click(step.getByRole('button', { name: 'Add the indicator' }));
    const node = view.workspace().theoriesOfChange[0]!.nodes.find((n) => n.id === 's-people-feel-welcome')!;
    expect(node.indicators?.at(-1)).toMatchObject({ label: 'People say they knew what to expect', themeId: 'service-design', status: 'on-track' });
    expect(step.getByText(/measured by the assessment theme ‘Service design and delivery’/)).toBeTruthy();
  });

  it('refuses an indicator with no words, says what to change, and keeps nothing', async () => {
    const user = userEvent.setup();
    const view = renderInWorkspace(<TheoryOfChangePage params={{ tocId }} />, exampleWorkspace);
    await user.click(screen.getByRole('button', { name: 'Outline' }));
    await user.click(screen.getAllByRole('button', { name: /^Short-term outcome: Staff feel confident/ })[0]!);
    const step = within(screen.getByRole('region', { name: /Staff feel confident/ }));
    await user.click(step.getByRole('button', { name: 'Add the indicator' }));
    const alert = screen.getByRole('alert');
    expect(within(alert).getByRole('link', { name: 'This needs a few words: it cannot be left empty.' }).getAttribute('href')).toBe('#toc-indicator-label');
    expect(view.workspace()).toBe(exampleWorkspace);
  });

  it('says calmly when the address names a Theory of Change that is not there', () => {
    renderInWorkspace(<TheoryOfChangePage params={{ tocId: 'gone' }} />, exampleWorkspace);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('This Theory of Change is not in the workspace');
  });
});

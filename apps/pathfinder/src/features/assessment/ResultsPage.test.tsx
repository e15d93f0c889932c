import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { axe } from 'vitest-axe';
import { THEMES } from '@nttp/domain';
import { exampleWorkspace } from '@nttp/domain/fixtures';
import { organisationalAssessment } from '@nttp/assessment';
import ResultsPage from './ResultsPage';
import { groupResults, instrumentOf } from './engine';
import { saveAnswer, setRoundClosed } from './rounds';
import { AXE, renderInWorkspace, workspaceWithOpenRound } from './test-support';

const baseline = exampleWorkspace.assessmentRounds.find((r) => r.kind === 'baseline')!;

describe('the results page', () => {
  it('shows each theme as words, a chart and a table with the same numbers, and the workings with statements’ text, never ids', async () => {
    const { container } = renderInWorkspace(<ResultsPage params={{ roundId: baseline.id }} />, exampleWorkspace);
    const table = screen.getByRole('table', {
      name: /Mean by theme: the numbers/,
    });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(THEMES.map((t) => t.name));
    const expected = groupResults(
      instrumentOf(baseline)!,
      baseline,
      exampleWorkspace.responses.filter((r) => r.roundId === baseline.id)
    );
    if (!expected.shown) throw new Error('the example round should be large enough to show');
    const leadership = expected.themes.find((t) => t.id === 'leadership')!;
    const leadershipRow = rows.find((r) => r.textContent!.startsWith('Leadership'))!;
    expect(leadershipRow.textContent).toContain(leadership.mean!.toFixed(2));
    // The chart carries the same value as text.
    expect(within(screen.getByRole('figure', { name: /Mean by theme/ })).getByText(new RegExp(`^${leadership.mean!.toFixed(2)}`))).toBeTruthy();
    expect(screen.getAllByText('How this was worked out').length).toBeGreaterThan(0);
    expect(container.textContent).toContain('Leaders explain the reasons for decisions');
    expect(container.textContent).not.toMatch(/leadership-\d|organisational-culture-\d/);
    expect((await axe(container, AXE)).violations).toEqual([]);
  });

  it('shows principles and the theme × principle table on their tabs', async () => {
    const user = userEvent.setup();
    renderInWorkspace(<ResultsPage params={{ roundId: baseline.id }} />, exampleWorkspace);
    await user.click(screen.getByRole('tab', { name: 'By principle' }));
    expect(within(screen.getByRole('table', { name: /Mean by principle: the numbers/ })).getAllByRole('row')).toHaveLength(6);
    await user.click(screen.getByRole('tab', { name: 'Theme × principle' }));
    const matrix = screen.getByRole('table', {
      name: /Theme × principle: the numbers/,
    });
    expect(within(matrix).getAllByRole('row')).toHaveLength(10);
    expect(within(matrix).getAllByText('No statements').length).toBeGreaterThan(0);
  });

  it('withholds every result while the round is open, and when fewer than five people answered', () => {
    const opened = workspaceWithOpenRound();
    const roundId = opened.roundId;
    let workspace = opened.workspace;
    for (const person of ['p-1', 'p-2', 'p-3', 'p-4']) workspace = saveAnswer(workspace, roundId, person, organisationalAssessment.items.find((item) => item.theme === 'leadership')!.id, 4, '2025-03-02');
    const open = renderInWorkspace(<ResultsPage params={{ roundId }} />, workspace);
    expect(screen.getByText('The round is still open')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
    open.unmount();
    renderInWorkspace(<ResultsPage params={{ roundId }} />, setRoundClosed(workspace, roundId, '2025-03-10'));
    expect(screen.getByText('Not enough people to show results')).toBeTruthy();
    expect(screen.getByText(/This rests on 4 people/)).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });
});

describe('groupResults', () => {
  it('hides any unit resting on fewer than five people, even inside a large group', () => {
    const opened = workspaceWithOpenRound();
    const roundId = opened.roundId;
    let workspace = opened.workspace;
    // Six people answer leadership; only three answer budgets.
    const themeItems = (theme: string) => organisationalAssessment.items.filter((item) => item.theme === theme).map((item) => item.id);
    for (let p = 1; p <= 6; p++) {
      for (const id of themeItems('leadership')) workspace = saveAnswer(workspace, roundId, `p-${p}`, id, 3, '2025-03-02');
      if (p <= 3) for (const id of themeItems('budgets')) workspace = saveAnswer(workspace, roundId, `p-${p}`, id, 5, '2025-03-02');
    }
    const round = workspace.assessmentRounds.find((r) => r.id === roundId)!;
    const results = groupResults(
      organisationalAssessment,
      round,
      workspace.responses.filter((r) => r.roundId === roundId)
    );
    if (!results.shown) throw new Error('six people should be enough to show');
    expect(results.themes.find((t) => t.id === 'leadership')!.mean).toBe(3);
    const budgets = results.themes.find((t) => t.id === 'budgets')!;
    expect([budgets.mean, budgets.sd, budgets.band]).toEqual([null, null, null]);
    // Withheld by the engine, which does not even say how many: only that it is under the minimum.
    expect(budgets.withheldReason).toMatch(/[Ff]ewer than 5 people/);
    expect(budgets.statements.every((s) => s.mean === null)).toBe(true);
  });
});

import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { axe } from 'vitest-axe';
import { exampleWorkspace } from '@nttp/domain/fixtures';
import type { PathfinderWorkspace } from '@nttp/domain';
import { AXE, renderInWorkspace } from '../assessment/test-support';
import { compareWithBaseline } from './engine';
import FollowUpPage from './FollowUpPage';
import ReportPage from './ReportPage';
import { suggestedStatus, themeIndicators } from './comparison';
import { followUpFeature } from '.';

const baseline = exampleWorkspace.assessmentRounds.find((r) => r.kind === 'baseline')!;
const followUp = exampleWorkspace.assessmentRounds.find((r) => r.kind === 'follow-up')!;
const responses = (id: string) => exampleWorkspace.responses.filter((r) => r.roundId === id);

/** The example with one indicator measured by the leadership theme. */
function withIndicator(): PathfinderWorkspace {
  const ws = structuredClone(exampleWorkspace);
  const node = ws.theoriesOfChange[0]!.nodes.find((n) => n.kind !== 'activity')!;
  node.indicators = [...(node.indicators ?? []), { id: 'leaders-visible', label: 'Leaders model the principles', themeId: 'leadership' }];
  return ws;
}

describe('compareWithBaseline', () => {
  it('counts who answered both rounds, joined and left, and says each theme’s change with a verdict only where the numbers carry one', () => {
    const c = compareWithBaseline(baseline, followUp, responses(baseline.id), responses(followUp.id));
    expect(c.people.both + c.people.left).toBe(responses(baseline.id).length);
    expect(c.people.both + c.people.joined).toBe(responses(followUp.id).length);
    expect(c.themes).toHaveLength(9);
    const small = responses(baseline.id).length < 10 || responses(followUp.id).length < 10;
    for (const t of c.themes) {
      if (small) expect(t.verdict).toBe('too-few-to-judge');
      expect(t.words).toContain(t.title);
    }
  });

  it('withholds every theme when a round has fewer than five people', () => {
    const c = compareWithBaseline(baseline, followUp, responses(baseline.id).slice(0, 4), responses(followUp.id));
    expect(c.withheld).toBe(true);
    expect(c.themes).toEqual([]);
  });

  it('offers a status only from a clear verdict', () => {
    expect(suggestedStatus('higher', undefined)).toBe('on-track');
    expect(suggestedStatus('lower', 'on-track')).toBe('at-risk');
    expect(suggestedStatus('no-clear-change', 'on-track')).toBeNull();
    expect(suggestedStatus('too-few-to-judge', undefined)).toBeNull();
  });
});

describe('the follow-up page and report', () => {
  it('shows progress per theme as words, chart and table, and saves an indicator’s status', async () => {
    const user = userEvent.setup();
    const { container, latest } = renderInWorkspace(<FollowUpPage params={{}} />, withIndicator());
    expect(screen.getByRole('table', { name: 'Change by theme: the numbers' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Leaders model the principles' })).toBeTruthy();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'at-risk');
    await user.click(screen.getByRole('button', { name: 'Save status' }));
    expect(themeIndicators(latest()).find((i) => i.indicator.id === 'leaders-visible')!.indicator.status).toBe('at-risk');
    expect((await axe(container, AXE)).violations).toEqual([]);
  });

  it('prints a report with group results and no one’s answers or codes', async () => {
    const { container } = renderInWorkspace(<ReportPage params={{}} />, exampleWorkspace);
    expect(screen.getByRole('heading', { level: 1, name: /Progress report/ })).toBeTruthy();
    for (const r of [...responses(baseline.id), ...responses(followUp.id)]) expect(container.textContent).not.toContain(r.respondentId);
    expect((await axe(container, AXE)).violations).toEqual([]);
  });

  it('gives the overview its tasks from the workspace', () => {
    expect(followUpFeature.tasks(exampleWorkspace).map((t) => [t.title, t.status])).toEqual([
      ['Follow-up assessment', 'completed'],
      ['Progress report', 'in-progress'],
    ]);
  });
});

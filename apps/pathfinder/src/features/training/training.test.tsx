import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { axe } from 'vitest-axe';
import { safeParseWorkspace } from '@nttp/domain';
import { exampleWorkspace } from '@nttp/domain/fixtures';
import { AXE, renderInWorkspace } from '../assessment/test-support';
import { drawPlan } from './engine';
import PlanPage from './PlanPage';
import { addCohortLike, movePerson } from './plan-edits';
import { trainingFeature } from '.';

const tna = exampleWorkspace.assessmentRounds.find((r) => r.kind === 'training-needs')!;

describe('drawPlan', () => {
  it('makes a plan the workspace accepts, and names no mean confidence for a cohort under five people', () => {
    const { plan } = drawPlan(exampleWorkspace, tna);
    expect(safeParseWorkspace({ ...exampleWorkspace, trainingPlans: [...exampleWorkspace.trainingPlans, plan] }).ok).toBe(true);
    const small = plan.cohorts.filter((c) => c.respondentIds.length < 5);
    expect(small.length).toBeGreaterThan(0);
    for (const c of small) expect(c.scaffolding.map((s) => s.description).join(' ')).not.toMatch(/mean confidence is/);
    expect(plan.cohorts.flatMap((c) => c.scaffolding.map((s) => s.kind))).toContain('team-meeting-cohort-time');
  });
});

describe('plan edits', () => {
  it('moves a person between cohorts of one level without duplicating them', () => {
    const { plan } = drawPlan(exampleWorkspace, tna);
    const skilled = plan.cohorts.find((c) => c.level === 'skilled')!;
    const withNew = addCohortLike(plan, skilled.id);
    const added = withNew.cohorts[withNew.cohorts.length - 1]!;
    const person = skilled.respondentIds[0]!;
    const moved = movePerson(withNew, person, skilled.id, added.id);
    expect(moved.cohorts.find((c) => c.id === added.id)!.respondentIds).toEqual([person]);
    expect(moved.cohorts.find((c) => c.id === skilled.id)!.respondentIds).not.toContain(person);
    expect(movePerson(moved, person, added.id, added.id)).toBe(moved);
  });
});

describe('the plan page', () => {
  it('renames a cohort and sets its start date through the workspace, and has no axe violations', async () => {
    const user = userEvent.setup();
    const plan = exampleWorkspace.trainingPlans[0]!;
    const { container, latest } = renderInWorkspace(<PlanPage params={{ planId: plan.id }} />, exampleWorkspace);
    expect(screen.getByRole('heading', { level: 2, name: plan.cohorts[0]!.name })).toBeTruthy();
    expect(screen.getByText(/Protected time in team meetings/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Change the plan' }));
    const name = screen.getByRole('textbox', { name: 'Name of the cohort' });
    await user.clear(name);
    await user.type(name, 'Autumn skilled group');
    await user.click(screen.getByRole('button', { name: 'Save name and date' }));
    expect(latest().trainingPlans[0]!.cohorts[0]!.name).toBe('Autumn skilled group');
    expect(screen.getByRole('heading', { level: 2, name: 'Autumn skilled group' })).toBeTruthy();
    expect((await axe(container, AXE)).violations).toEqual([]);
  });
});

describe('training tasks', () => {
  it('come from the workspace', () => {
    const tasks = trainingFeature.tasks(exampleWorkspace);
    expect(tasks.map((t) => [t.title, t.status])).toEqual([
      ['Training needs analysis', 'completed'],
      ['Training plan', 'completed'],
    ]);
    const blank = { ...exampleWorkspace, assessmentRounds: exampleWorkspace.assessmentRounds.filter((r) => r.kind !== 'training-needs'), trainingPlans: [], responses: exampleWorkspace.responses.filter((r) => r.roundId !== tna.id) };
    expect(trainingFeature.tasks(blank).map((t) => t.status)).toEqual(['not-started', 'cannot-start-yet']);
  });
});

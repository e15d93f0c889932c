import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { axe } from 'vitest-axe';
import { exampleWorkspace } from '@nttp/domain/fixtures';
import JourneyMapPage from './JourneyMapPage';
import { AXE_OPTIONS, renderInWorkspace } from './test-utils';

const event = exampleWorkspace.lensEvents[0]!;
const params = { eventId: event.id, mapId: 'journey-sam' };
const mapOf = (view: ReturnType<typeof renderInWorkspace>) => view.workspace().lensEvents[0]!.journeyMaps[0]!;

describe('a journey map', () => {
  it('shows each stage’s touchpoints, barriers and positive practice, and the ranked priorities, with no axe violations', async () => {
    const { container } = renderInWorkspace(<JourneyMapPage params={params} />, exampleWorkspace);
    const stage = within(screen.getByRole('region', { name: /First contact/ }));
    expect(stage.getByText(/asked for their full history three times/, { ignore: 'textarea, script, style' })).toBeTruthy();
    expect(stage.getByText('Sam can choose where to meet.', { ignore: 'textarea, script, style' })).toBeTruthy();
    const priorities = within(screen.getByRole('region', { name: 'Priorities agreed (3)' }));
    expect(priorities.getAllByRole('listitem').map((li) => li.querySelector('strong')!.textContent)).toEqual(event.journeyMaps[0]!.priorities.map((p) => p.description));
    expect((await axe(container, AXE_OPTIONS)).violations.map((v) => v.id)).toEqual([]);
  });

  it('adds a stage and a barrier on it', async () => {
    const user = userEvent.setup();
    const view = renderInWorkspace(<JourneyMapPage params={params} />, exampleWorkspace);
    await user.type(screen.getByLabelText(/Next stage/), 'Moving on');
    await user.click(screen.getByRole('button', { name: 'Add the stage' }));
    expect(mapOf(view).stages.at(-1)).toMatchObject({ name: 'Moving on', touchpoints: [], barriers: [] });
    const stage = within(screen.getByRole('region', { name: /Moving on/ }));
    await user.type(stage.getByLabelText('Add a barrier'), 'No follow-up after leaving the service.');
    await user.click(stage.getByRole('button', { name: 'Add the barrier to Moving on' }));
    expect(mapOf(view).stages.at(-1)!.barriers).toEqual([{ id: expect.stringMatching(/^barrier-/), description: 'No follow-up after leaving the service.', themeIds: [], principleIds: [] }]);
  });

  it('adds a priority at the bottom, moves it up, and refuses one with no theme', async () => {
    const user = userEvent.setup();
    const view = renderInWorkspace(<JourneyMapPage params={params} />, exampleWorkspace);
    await user.type(screen.getByLabelText('Priority'), 'A quiet waiting area');
    await user.click(screen.getByRole('button', { name: 'Add the priority' }));
    expect(within(screen.getByRole('alert')).getByRole('link', { name: 'Link each priority to at least one theme.' }).getAttribute('href')).toBe('#priority-themeIds');
    expect(view.workspace()).toBe(exampleWorkspace);
    await user.click(within(screen.getByRole('region', { name: 'Priorities agreed (3)' })).getByLabelText('Service design and delivery'));
    await user.click(screen.getByRole('button', { name: 'Add the priority' }));
    expect(mapOf(view).priorities.at(-1)).toMatchObject({ description: 'A quiet waiting area', rank: 4, themeIds: ['service-design'] });
    await user.click(screen.getByRole('button', { name: 'Move up ‘A quiet waiting area’' }));
    const order = [...mapOf(view).priorities].sort((a, b) => a.rank - b.rank).map((p) => p.description);
    expect(order.indexOf('A quiet waiting area')).toBe(2);
  });

  it('renames a stage, moves it later and earlier, and keeps its notes', async () => {
    const user = userEvent.setup();
    const view = renderInWorkspace(<JourneyMapPage params={params} />, exampleWorkspace);
    const [referral, firstContact, support] = mapOf(view).stages;
    const stage = within(screen.getByRole('region', { name: /First contact/ }));
    await user.click(stage.getByText('Rename this stage'));
    const name = stage.getByLabelText('Stage name');
    await user.clear(name);
    await user.type(name, 'The first phone call');
    await user.click(stage.getByRole('button', { name: 'Save the name' }));
    const renamed = { ...firstContact!, name: 'The first phone call' };
    expect(mapOf(view).stages).toEqual([referral, renamed, support]);
    await user.click(screen.getByRole('button', { name: 'Move later the stage ‘The first phone call’' }));
    expect(mapOf(view).stages).toEqual([referral, support, renamed]);
    expect(screen.queryByRole('button', { name: 'Move later the stage ‘The first phone call’' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Move earlier the stage ‘The first phone call’' }));
    await user.click(screen.getByRole('button', { name: 'Move earlier the stage ‘The first phone call’' }));
    expect(mapOf(view).stages).toEqual([renamed, referral, support]);
    expect(screen.queryByRole('button', { name: 'Move earlier the stage ‘The first phone call’' })).toBeNull();
  });

  it('changes a touchpoint and a barrier in place, and refuses an empty one without changing anything', async () => {
    const user = userEvent.setup();
    const view = renderInWorkspace(<JourneyMapPage params={params} />, exampleWorkspace);
    const before = mapOf(view).stages[0]!;
    const stage = within(screen.getByRole('region', { name: /Referral/ }));
    const touchpoint = within(stage.getByText(/GP sends a referral letter/, { selector: 'li' }));
    await user.click(touchpoint.getByText('Change this touchpoint'));
    const words = touchpoint.getByLabelText('Touchpoint');
    await user.clear(words);
    await user.click(touchpoint.getByRole('button', { name: 'Save the change' }));
    expect(within(touchpoint.getByRole('alert')).getAllByRole('link').length).toBeGreaterThan(0);
    expect(mapOf(view).stages[0]).toEqual(before);
    await user.type(words, 'A worker phones back within a day.');
    await user.clear(touchpoint.getByLabelText('Who is involved'));
    await user.click(touchpoint.getByRole('button', { name: 'Save the change' }));
    expect(mapOf(view).stages[0]!.touchpoints).toEqual([{ id: 'tp-gp-referral', description: 'A worker phones back within a day.' }]);

    const barrier = within(stage.getByText(/lists consequences of missing it/, { selector: 'li' }));
    await user.click(barrier.getByText('Change this barrier'));
    await user.click(barrier.getByText('Themes and principles (optional)'));
    await user.click(barrier.getByLabelText('Policies and processes'));
    await user.click(barrier.getByRole('button', { name: 'Save the change' }));
    expect(mapOf(view).stages[0]!.barriers).toEqual([{ ...before.barriers[0]!, themeIds: ['policies-and-processes', 'service-design'] }]);
  });

  it('has no axe violations with the change forms open', async () => {
    const user = userEvent.setup();
    const { container } = renderInWorkspace(<JourneyMapPage params={params} />, exampleWorkspace);
    const first = within(screen.getByRole('region', { name: /First contact/ }));
    await user.click(first.getByText('Rename this stage'));
    await user.click(first.getAllByText('Change this touchpoint')[0]!);
    await user.click(first.getAllByText('Change this barrier')[0]!);
    expect((await axe(container, AXE_OPTIONS)).violations.map((v) => v.id)).toEqual([]);
  });
});

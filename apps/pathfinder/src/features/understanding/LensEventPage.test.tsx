import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { axe } from 'vitest-axe';
import { exampleWorkspace } from '@nttp/domain/fixtures';
import LensEventPage from './LensEventPage';
import LensEventsPage from './LensEventsPage';
import { AXE_OPTIONS, renderInWorkspace } from './test-utils';

const event = exampleWorkspace.lensEvents[0]!;
const params = { eventId: event.id };

afterEach(() => {
  location.hash = '';
});

describe('a lens event', () => {
  it('shows its details, vignettes, groups and journey maps, with no axe violations', async () => {
    const { container } = renderInWorkspace(<LensEventPage params={params} />, exampleWorkspace);
    expect((screen.getByLabelText('People with lived experience') as HTMLInputElement).value).toBe('4');
    expect((screen.getByLabelText(/Emotional support arranged/) as HTMLTextAreaElement).value).toBe(event.emotionalSupport.join('\n'));
    expect(screen.getByRole('heading', { name: 'Sam, 34' })).toBeTruthy();
    expect(screen.getByRole('link', { name: "Sam's journey through the service" })).toBeTruthy();
    expect((await axe(container, AXE_OPTIONS)).violations.map((v) => v.id)).toEqual([]);
  });

  it('saves attendance and the support arranged, one line each', async () => {
    const user = userEvent.setup();
    const view = renderInWorkspace(<LensEventPage params={params} />, exampleWorkspace);
    await user.clear(screen.getByLabelText('Partners'));
    await user.type(screen.getByLabelText('Partners'), '9');
    await user.type(screen.getByLabelText(/Emotional support arranged/), '\n\nA listening ear from the peer team  ');
    await user.click(screen.getByRole('button', { name: 'Save the event' }));
    const saved = view.workspace().lensEvents[0]!;
    expect(saved.attendance).toEqual({ staff: 18, partners: 9, livedExperience: 4 });
    expect(saved.emotionalSupport).toEqual([...event.emotionalSupport, 'A listening ear from the peer team']);
  });

  it('adds a fictional vignette and changes it', async () => {
    const user = userEvent.setup();
    const view = renderInWorkspace(<LensEventPage params={params} />, exampleWorkspace);
    await user.type(screen.getByLabelText(/Name and age/), 'Alex, 22');
    await user.type(screen.getByLabelText('Their situation'), 'Alex has just moved to the area.');
    await user.type(screen.getByLabelText(/Substances/), 'Cannabis');
    await user.click(screen.getByLabelText('Low'));
    await user.click(screen.getByRole('button', { name: 'Add the vignette' }));
    expect(view.workspace().lensEvents[0]!.vignettes.at(-1)).toEqual({ id: 'vignette-3', title: 'Alex, 22', summary: 'Alex has just moved to the area.', substances: ['Cannabis'], vulnerabilities: [], risk: 'low', fictional: true });
    await user.click(screen.getByRole('button', { name: 'Change the vignette ‘Alex, 22’' }));
    await user.click(screen.getByLabelText('High'));
    await user.click(screen.getByRole('button', { name: 'Save the vignette' }));
    expect(view.workspace().lensEvents[0]!.vignettes.at(-1)!.risk).toBe('high');
  });

  it('will not remove a vignette the groups still follow, and says why', async () => {
    const user = userEvent.setup();
    const view = renderInWorkspace(<LensEventPage params={params} />, exampleWorkspace);
    await user.click(screen.getByRole('button', { name: 'Remove the vignette ‘Sam, 34’' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Yes, remove it' }));
    expect(within(screen.getByRole('alert')).getAllByText(/uses vignette "vignette-sam", which is not in this event's vignettes/).length).toBeGreaterThan(0);
    expect(view.workspace()).toBe(exampleWorkspace);
  });

  it('plans a new event from the list and opens it', async () => {
    const user = userEvent.setup();
    const view = renderInWorkspace(<LensEventsPage />, exampleWorkspace);
    await user.type(screen.getByLabelText('Date'), '2025-05-20');
    await user.click(screen.getByRole('button', { name: 'Plan the event' }));
    expect(view.workspace().lensEvents.at(-1)).toMatchObject({ id: 'lens-event-2', date: '2025-05-20', attendance: { staff: 0, partners: 0, livedExperience: 0 } });
    expect(location.hash).toBe('#/w/w1/lens-events/lens-event-2');
  });
});

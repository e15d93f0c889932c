import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { axe } from 'vitest-axe';
import { exampleWorkspace } from '@nttp/domain/fixtures';
import TipigPage from './TipigPage';
import MeetingPage from './MeetingPage';
import { AXE_OPTIONS, renderInWorkspace } from '../understanding/test-utils';
import { tipigTasks } from './tasks';

const tipig = exampleWorkspace.tipigs[0]!;

afterEach(() => {
  location.hash = '';
});

describe('the TIPIG page', () => {
  it('shows the charter, the members with what may be kept about them, and the meetings, with no axe violations', async () => {
    const { container } = renderInWorkspace(<TipigPage />, exampleWorkspace);
    expect(screen.getAllByText(tipig.charter.purpose)[0]!.tagName).toBe('DD');
    expect(screen.getByText(/Keep a name \(or initials\) and a role that each member has agreed to share/)).toBeTruthy();
    expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(tipig.members.length + 1);
    expect(screen.getByRole('heading', { name: `Meetings (${tipig.meetings.length})` })).toBeTruthy();
    expect((await axe(container, AXE_OPTIONS)).violations.map((v) => v.id)).toEqual([]);
  });

  it('starts a group with its charter and first member', async () => {
    const user = userEvent.setup();
    const view = renderInWorkspace(<TipigPage />, { ...exampleWorkspace, tipigs: [] });
    await user.type(screen.getByLabelText(/Purpose/), 'To carry the learning forward.');
    await user.type(screen.getByLabelText(/^Role/), 'Meet monthly.');
    await user.type(screen.getByLabelText(/Ways of working/), 'Everyone’s view counts{Enter}We check in first');
    await user.type(screen.getByLabelText('Agreed on'), '2025-06-12');
    await user.type(screen.getByLabelText(/First member’s name/), 'Aileen M.');
    await user.type(screen.getByLabelText('Their role'), 'Team leader');
    await user.click(screen.getByRole('button', { name: 'Start the group' }));
    expect(view.workspace().tipigs[0]).toMatchObject({
      charter: { purpose: 'To carry the learning forward.', role: 'Meet monthly.', waysOfWorking: ['Everyone’s view counts', 'We check in first'], agreedOn: '2025-06-12' },
      members: [{ id: 'member-1', name: 'Aileen M.', role: 'Team leader', joinedOn: '2025-06-12' }],
      meetings: [],
    });
  });

  it('adds a member, and will not remove one who owns actions', async () => {
    const user = userEvent.setup();
    const view = renderInWorkspace(<TipigPage />, exampleWorkspace);
    await user.type(screen.getByLabelText(/^Name/), 'Rory T.');
    await user.type(document.getElementById('member-role')!, 'Pharmacist');
    await user.type(screen.getByLabelText('Joined on'), '2025-01-10');
    await user.click(screen.getByRole('button', { name: 'Add the member' }));
    expect(view.workspace().tipigs[0]!.members.at(-1)).toEqual({ id: 'member-7', name: 'Rory T.', role: 'Pharmacist', joinedOn: '2025-01-10' });
    const before = view.workspace();
    await user.click(screen.getByRole('button', { name: 'Remove Aileen M.' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Yes, remove it' }));
    expect(within(screen.getByRole('alert')).getAllByText(/"m-aileen" is not a member of this group/).length).toBeGreaterThan(0);
    expect(view.workspace()).toBe(before);
  });
});

describe('a TIPIG meeting', () => {
  const meeting = tipig.meetings[0]!;
  it('records who came and adds an action with an owner, due date and status', async () => {
    const user = userEvent.setup();
    const view = renderInWorkspace(<MeetingPage params={{ meetingId: meeting.id }} />, exampleWorkspace);
    await user.click(screen.getByLabelText('Fraser K. (Peer support worker)'));
    await user.click(screen.getByRole('button', { name: 'Save the meeting' }));
    const attendees = view.workspace().tipigs[0]!.meetings[0]!.attendeeIds;
    expect(attendees.includes('m-fraser')).toBe(!meeting.attendeeIds.includes('m-fraser'));
    await user.type(screen.getByLabelText('Action'), 'Ask the peer team about the leaflet');
    await user.selectOptions(screen.getByLabelText('Who will do it'), 'm-niamh');
    await user.type(screen.getByLabelText('Due'), '2024-08-01');
    await user.selectOptions(screen.getByLabelText('Status'), 'in-progress');
    await user.click(screen.getByRole('button', { name: 'Add the action' }));
    expect(view.workspace().tipigs[0]!.meetings[0]!.actions.at(-1)).toMatchObject({ description: 'Ask the peer team about the leaflet', ownerId: 'm-niamh', due: '2024-08-01', status: 'in-progress' });
  });

  it('refuses an action without a due date and keeps nothing', async () => {
    const user = userEvent.setup();
    const view = renderInWorkspace(<MeetingPage params={{ meetingId: meeting.id }} />, exampleWorkspace);
    await user.type(screen.getByLabelText('Action'), 'Something to do');
    await user.click(screen.getByRole('button', { name: 'Add the action' }));
    expect(within(screen.getByRole('alert')).getByRole('link', { name: /real calendar date/ }).getAttribute('href')).toBe('#action-due');
    expect(view.workspace()).toBe(exampleWorkspace);
  });
});

describe('the TIPIG task', () => {
  it('follows the group and its meetings', () => {
    expect(tipigTasks(exampleWorkspace)[0]).toMatchObject({ status: 'completed', hint: '6 members, 12 meetings, 3 open actions.' });
    expect(tipigTasks({ ...exampleWorkspace, tipigs: [] })[0]!.status).toBe('not-started');
    expect(tipigTasks({ ...exampleWorkspace, tipigs: [{ ...tipig, meetings: [] }] })[0]!.status).toBe('in-progress');
  });
});

import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { axe } from 'vitest-axe';
import { FAMILIARISATION_TOPICS } from '@nttp/domain';
import { exampleWorkspace } from '@nttp/domain/fixtures';
import FamiliarisationPage from './FamiliarisationPage';
import { AXE_OPTIONS, renderInWorkspace } from './test-utils';
import { understandingTasks } from './tasks';

describe('the familiarisation page', () => {
  it('groups the notes under every discussion topic, with no axe violations', async () => {
    const { container } = renderInWorkspace(<FamiliarisationPage />, exampleWorkspace);
    for (const topic of FAMILIARISATION_TOPICS) expect(screen.getByRole('region', { name: new RegExp(`^${topic.label.replace(/[()]/g, '\\$&')} \\(\\d+\\)$`) })).toBeTruthy();
    const barriers = within(screen.getByRole('region', { name: 'What gets in the way (barriers) (1)' }));
    expect(barriers.getByText(/Abstinence criteria for mental health support mean/)).toBeTruthy();
    expect((await axe(container, AXE_OPTIONS)).violations.map((v) => v.id)).toEqual([]);
  });

  it('adds a note linked to themes, changes it, and removes it after asking', async () => {
    const user = userEvent.setup();
    const view = renderInWorkspace(<FamiliarisationPage />, { ...exampleWorkspace, familiarisation: { notes: [] } });
    await user.selectOptions(screen.getByLabelText('Topic'), 'facilitators');
    await user.type(screen.getByLabelText('What was said'), 'Peer workers are trusted by people using the service.');
    await user.type(screen.getByLabelText(/Who the conversation was with/), 'Peer support team');
    await user.click(screen.getByLabelText(/Power-sharing/));
    await user.click(screen.getByRole('button', { name: 'Add the note' }));
    expect(view.workspace().familiarisation.notes).toEqual([
      { id: 'note-1', topicId: 'facilitators', withWhom: 'Peer support team', text: 'Peer workers are trusted by people using the service.', themeIds: ['power-sharing'] },
    ]);
    const topic = within(screen.getByRole('region', { name: 'What helps (facilitators) (1)' }));
    await user.click(topic.getByRole('button', { name: /^Change the note/ }));
    await user.clear(screen.getByLabelText('What was said'));
    await user.type(screen.getByLabelText('What was said'), 'Peer workers are trusted.');
    await user.click(screen.getByRole('button', { name: 'Save the note' }));
    expect(view.workspace().familiarisation.notes[0]!.text).toBe('Peer workers are trusted.');
    await user.click(topic.getByRole('button', { name: /^Remove the note/ }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Yes, remove it' }));
    expect(view.workspace().familiarisation.notes).toEqual([]);
  });

  it('refuses a note with no words and keeps nothing', async () => {
    const user = userEvent.setup();
    const view = renderInWorkspace(<FamiliarisationPage />, exampleWorkspace);
    await user.click(screen.getByRole('button', { name: 'Add the note' }));
    expect(within(screen.getByRole('alert')).getByRole('link', { name: /cannot be left empty/ }).getAttribute('href')).toBe('#note-text');
    expect(view.workspace()).toBe(exampleWorkspace);
  });
});

describe('the phase 1 tasks', () => {
  it('follow the notes, events and agreed priorities', () => {
    const [notes, lens] = understandingTasks(exampleWorkspace);
    expect(notes).toMatchObject({ status: 'in-progress', hint: '3 notes on 3 of 7 topics.', path: 'understanding' });
    expect(lens).toMatchObject({ status: 'completed', hint: '1 event, 1 journey map, 3 priorities agreed.', path: 'lens-events' });
    const empty = understandingTasks({ ...exampleWorkspace, familiarisation: { notes: [] }, lensEvents: [] });
    expect(empty.map((t) => t.status)).toEqual(['not-started', 'not-started']);
  });
});

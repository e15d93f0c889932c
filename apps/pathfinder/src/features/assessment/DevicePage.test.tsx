import { organisationalAssessment } from '@nttp/assessment';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { axe } from 'vitest-axe';
import DevicePage from './DevicePage';
import { AXE, renderInWorkspace, workspaceWithOpenRound } from './test-support';

function setup() {
  const { workspace, roundId } = workspaceWithOpenRound();
  const view = renderInWorkspace(<DevicePage params={{ roundId }} />, workspace);
  return { ...view, roundId, user: userEvent.setup() };
}

const checkedRadios = () => screen.queryAllByRole('radio').filter((r) => (r as HTMLInputElement).checked && (r as HTMLInputElement).name.startsWith('answer-'));

describe('pass the device', () => {
  it('takes three people’s answers in turn, saving each as they go, and shows the facilitator only the count', async () => {
    const { user, latest, roundId } = setup();
    expect(screen.getByText('0 people have answered so far')).toBeTruthy();
    for (const [person, choice] of [
      [1, 'Agree'],
      [2, 'Strongly disagree'],
      [3, "I don't know"],
    ] as const) {
      await user.click(screen.getByRole('button', { name: 'Start my answers' }));
      expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(`Statement 1 of ${organisationalAssessment.items.length} Organisational culture`);
      expect(checkedRadios()).toEqual([]);
      const group = screen.getByRole('group', {
        name: /When something goes wrong/,
      });
      await user.click(
        within(group).getByRole('radio', {
          name: new RegExp(choice.replace("'", '.')),
        })
      );
      expect(latest().responses.filter((r) => r.roundId === roundId)).toHaveLength(person);
      await user.click(screen.getByRole('button', { name: 'Next' }));
      await user.click(screen.getByRole('button', { name: 'Pause and hand back' }));
      expect(screen.getByText(person === 1 ? '1 person has answered so far' : `${person} people have answered so far`)).toBeTruthy();
      // The handover screen shows no statements and no answers.
      expect(screen.queryByText(/When something goes wrong/)).toBeNull();
      expect(checkedRadios()).toEqual([]);
    }
    const saved = latest().responses.filter((r) => r.roundId === roundId);
    expect(saved.map((r) => r.answers[organisationalAssessment.items[0]!.id])).toEqual([4, 1, 'dont-know']);
    for (const r of saved) expect(r.respondentId).toMatch(/^p-[0-9a-f]{12}$/);
  });

  it('never shows the previous person’s answers to the next person', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: 'Start my answers' }));
    await user.click(screen.getByRole('radio', { name: /Strongly agree/ }));
    await user.click(screen.getByRole('button', { name: 'Pause and hand back' }));
    await user.click(screen.getByRole('button', { name: 'Start my answers' }));
    expect(checkedRadios()).toEqual([]);
    expect(screen.getByText(new RegExp(`You have answered 0 of ${organisationalAssessment.items.length}`))).toBeTruthy();
  });

  it('lets a person with a code word carry on where they left off', async () => {
    const { user } = setup();
    await user.type(screen.getByRole('textbox', { name: /code word/ }), 'heron');
    await user.click(screen.getByRole('button', { name: 'Start my answers' }));
    await user.click(screen.getByRole('radio', { name: /^2 Disagree/ }));
    await user.click(screen.getByRole('button', { name: 'Pause and hand back' }));
    expect((screen.getByRole('textbox', { name: /code word/ }) as HTMLInputElement).value).toBe('');
    await user.type(screen.getByRole('textbox', { name: /code word/ }), ' Heron ');
    await user.click(screen.getByRole('button', { name: 'Start my answers' }));
    expect((screen.getByRole('radio', { name: /^2 Disagree/ }) as HTMLInputElement).checked).toBe(true);
  });

  it('shows a whole theme on one screen when chosen, and has no axe violations on either screen', async () => {
    const { user, container } = setup();
    expect((await axe(container, AXE)).violations).toEqual([]);
    await user.click(screen.getByRole('radio', { name: /A theme at a time/ }));
    await user.click(screen.getByRole('button', { name: 'Start my answers' }));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toContain('Organisational culture');
    expect(screen.getAllByRole('group').filter((g) => g.querySelector('input[name^="answer-"]'))).toHaveLength(organisationalAssessment.items.filter((item) => item.theme === 'organisational-culture').length);
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1 }));
    expect((await axe(container, AXE)).violations).toEqual([]);
  });
});

import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { componentParameters, storyFor } from '../../trauma-informed-stories';
import { LikertScale } from './LikertScale';
import { examples } from './LikertScale.examples';

const meta = {
  title: 'Trauma-informed/LikertScale',
  component: LikertScale,
  tags: ['autodocs'],
  parameters: componentParameters(examples),
} satisfies Meta<typeof LikertScale>;
export default meta;

export const Default: StoryObj = { ...storyFor(examples, 'Default'), name: 'Default' };
export const WithNotApplicableAndDontKnow: StoryObj = { ...storyFor(examples, "With not applicable and don't know"), name: "With not applicable and don't know" };
export const Answered: StoryObj = { ...storyFor(examples, 'Answered'), name: 'Answered' };
export const AnsweredOutsideTheScale: StoryObj = { ...storyFor(examples, 'Answered outside the scale'), name: 'Answered outside the scale' };
export const FrequencyLabels: StoryObj = { ...storyFor(examples, 'Frequency labels'), name: 'Frequency labels' };
export const WithAMessage: StoryObj = { ...storyFor(examples, 'With a message'), name: 'With a message' };

// In the real browser: the arrow keys move through the scale and on to the answers set apart from it.
WithNotApplicableAndDontKnow.play = async ({ canvasElement }) => {
  const canvas = within(canvasElement);
  await userEvent.tab();
  await expect(canvas.getByRole('radio', { name: '1 Strongly disagree' })).toHaveFocus();
  await userEvent.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}{ArrowRight}{ArrowRight}');
  await expect(canvas.getByRole('radio', { name: 'Not applicable to me' })).toBeChecked();
  await userEvent.click(canvas.getByRole('button', { name: 'Clear my answer' }));
  await expect(canvas.getByRole('radio', { name: 'Not applicable to me' })).not.toBeChecked();
};

import type { Meta, StoryObj } from '@storybook/react-vite';
import { componentParameters, storyFor } from '../../trauma-informed-stories';
import { CheckboxGroup } from './CheckboxGroup';
import { examples } from './CheckboxGroup.examples';

const meta = {
  title: 'Foundations/CheckboxGroup',
  component: CheckboxGroup,
  tags: ['autodocs'],
  parameters: componentParameters(examples),
} satisfies Meta<typeof CheckboxGroup>;
export default meta;

export const Default: StoryObj = { ...storyFor(examples, 'Default'), name: 'Default' };
export const WithChoicesMade: StoryObj = { ...storyFor(examples, 'With choices made'), name: 'With choices made' };
export const WithError: StoryObj = { ...storyFor(examples, 'With error'), name: 'With error' };

import type { Meta, StoryObj } from '@storybook/react-vite';
import { componentParameters, storyFor } from '../../trauma-informed-stories';
import { TaskList } from './TaskList';
import { examples } from './TaskList.examples';

const meta = {
  title: 'Trauma-informed/TaskList',
  component: TaskList,
  tags: ['autodocs'],
  parameters: componentParameters(examples),
} satisfies Meta<typeof TaskList>;
export default meta;

export const Default: StoryObj = { ...storyFor(examples, 'Default'), name: 'Default' };
export const AllCompleted: StoryObj = { ...storyFor(examples, 'All completed'), name: 'All completed' };
export const OwnStatusWords: StoryObj = { ...storyFor(examples, 'Own status words'), name: 'Own status words' };

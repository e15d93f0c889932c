import type { Meta, StoryObj } from '@storybook/react-vite';
import { componentParameters, storyFor } from '../../trauma-informed-stories';
import { Link } from './Link';
import { examples } from './Link.examples';

const meta = {
  title: 'Foundations/Link',
  component: Link,
  tags: ['autodocs'],
  parameters: componentParameters(examples),
} satisfies Meta<typeof Link>;
export default meta;

export const Default: StoryObj = { ...storyFor(examples, 'Default'), name: 'Default' };
export const OpensInANewTab: StoryObj = { ...storyFor(examples, 'Opens in a new tab'), name: 'Opens in a new tab' };
export const WithHiddenText: StoryObj = { ...storyFor(examples, 'With hidden text'), name: 'With hidden text' };

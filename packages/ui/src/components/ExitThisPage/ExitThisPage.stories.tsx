import type { Meta, StoryObj } from '@storybook/react-vite';
import { componentParameters, storyFor } from '../../trauma-informed-stories';
import { ExitThisPage } from './ExitThisPage';
import { examples } from './ExitThisPage.examples';

const meta = {
  title: 'Trauma-informed/ExitThisPage',
  component: ExitThisPage,
  tags: ['autodocs'],
  parameters: componentParameters(examples),
} satisfies Meta<typeof ExitThisPage>;
export default meta;

export const Default: StoryObj = storyFor(examples, 'Default');
export const WithSkipLink: StoryObj = storyFor(examples, 'With skip link');
export const OwnRedirectAndText: StoryObj = storyFor(examples, 'Own redirect and text');
export const ButtonOnly: StoryObj = storyFor(examples, 'Button only');

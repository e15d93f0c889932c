import type { Meta, StoryObj } from '@storybook/react-vite';
import { componentParameters, storyFor } from '../../trauma-informed-stories';
import { GentleCallout } from './GentleCallout';
import { examples } from './GentleCallout.examples';

const meta = {
  title: 'Trauma-informed/GentleCallout',
  component: GentleCallout,
  tags: ['autodocs'],
  parameters: componentParameters(examples),
} satisfies Meta<typeof GentleCallout>;
export default meta;

export const Information: StoryObj = { ...storyFor(examples, 'Information'), name: 'Information' };
export const ImportantWithATitle: StoryObj = { ...storyFor(examples, 'Important, with a title'), name: 'Important, with a title' };
export const Reassurance: StoryObj = { ...storyFor(examples, 'Reassurance'), name: 'Reassurance' };

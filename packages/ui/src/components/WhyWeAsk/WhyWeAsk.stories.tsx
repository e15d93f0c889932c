import type { Meta, StoryObj } from '@storybook/react-vite';
import { componentParameters, storyFor } from '../../trauma-informed-stories';
import { WhyWeAsk } from './WhyWeAsk';
import { examples } from './WhyWeAsk.examples';

const meta = {
  title: 'Trauma-informed/WhyWeAsk',
  component: WhyWeAsk,
  tags: ['autodocs'],
  parameters: componentParameters(examples),
} satisfies Meta<typeof WhyWeAsk>;
export default meta;

export const Default: StoryObj = { ...storyFor(examples, 'Default'), name: 'Default' };
export const OpenWithWhatWeDoAndOptional: StoryObj = { ...storyFor(examples, 'Open, with what we do and optional'), name: 'Open, with what we do and optional' };

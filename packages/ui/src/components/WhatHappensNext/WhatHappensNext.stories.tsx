import type { Meta, StoryObj } from '@storybook/react-vite';
import { componentParameters, storyFor } from '../../trauma-informed-stories';
import { WhatHappensNext } from './WhatHappensNext';
import { examples } from './WhatHappensNext.examples';

const meta = {
  title: 'Trauma-informed/WhatHappensNext',
  component: WhatHappensNext,
  tags: ['autodocs'],
  parameters: componentParameters(examples),
} satisfies Meta<typeof WhatHappensNext>;
export default meta;

export const Default: StoryObj = { ...storyFor(examples, 'Default'), name: 'Default' };
export const Short: StoryObj = { ...storyFor(examples, 'Short'), name: 'Short' };

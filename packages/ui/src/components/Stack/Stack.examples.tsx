import type { ComponentExamples } from '../../internal/examples';
import { Button } from '../Button';
import { Text } from '../Text';
import { Stack } from './Stack';

export const examples: ComponentExamples = {
  component: 'Stack',
  principle: 'safety',
  summary: 'Even space between things, so a page feels calm and uncluttered and its parts are easy to tell apart.',
  whenToUse: ['To space a column of sections or form fields.', 'To place buttons side by side; they wrap on narrow screens.'],
  whenNotToUse: ['For grids of cards with fixed columns: use CSS grid.', 'To space text inside a paragraph.'],
  language: { do: ['Keep related things close and unrelated things apart.'], dont: ['Crowd a page: space is part of feeling safe.'] },
  accessibility: [
    'The reading and focus order follow the source order; the layout never reorders content.',
    'Rows wrap at 400% zoom instead of scrolling sideways (WCAG 1.4.10).',
  ],
  examples: [
    {
      name: 'Column',
      render: () => (
        <Stack gap={3}>
          <Text>You can stop at any time.</Text>
          <Text>Your answers are saved as you go.</Text>
        </Stack>
      ),
    },
    {
      name: 'Row of buttons',
      render: () => (
        <Stack direction="row" gap={3} align="center">
          <Button>Save and continue</Button>
          <Button variant="secondary">Save and come back later</Button>
        </Stack>
      ),
    },
  ],
};

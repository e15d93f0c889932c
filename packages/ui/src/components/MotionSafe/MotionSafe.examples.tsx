import type { ComponentExamples } from '../../internal/examples';
import { MotionSafe } from './MotionSafe';

export const examples: ComponentExamples = {
  component: 'MotionSafe',
  principle: 'safety',
  summary:
    'Shows movement only to people who have not asked their device for less motion, and a still version with the same information to everyone else. On the server the still version is shown first.',
  whenToUse: ['Around any animation, transition or video that starts by itself.', 'Around illustrations that move to draw attention.'],
  whenNotToUse: [
    'As a reason to add motion: most services need none.',
    'For motion the person starts and can stop, such as a breathing exercise: let them control it instead, and keep it still under reduced motion.',
  ],
  language: {
    do: ['Give the still version the same information as the moving one.'],
    dont: ['Tell people they are missing something by seeing the still version.'],
  },
  accessibility: [
    'Follows prefers-reduced-motion, and changes to it while the page is open.',
    'Renders the still version on the server and wherever the setting cannot be read.',
    'Nothing inside moves under reduced motion, even if a stylesheet adds a transition.',
  ],
  research: ['GOV.UK\'s "nothing that moves" criterion and prefers-reduced-motion.'],
  status: 'beta',
  examples: [
    {
      name: 'Default',
      description: 'A moving and a still version of the same progress message.',
      render: () => (
        <MotionSafe fallback={<p>Saving your answers. This takes a few seconds.</p>}>
          <p className="nttp-motion-safe__example">Saving your answers. This takes a few seconds.</p>
        </MotionSafe>
      ),
    },
  ],
};

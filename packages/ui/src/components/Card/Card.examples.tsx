import type { ComponentExamples } from '../../internal/examples';
import { Card } from './Card';

export const examples: ComponentExamples = {
  component: 'Card',
  principle: 'empowerment',
  alsoServes: ['choice'],
  summary: 'A bordered group of related content with a title, often a way into a section.',
  whenToUse: ['To offer a few ways into sections of a service, each with a short summary.', 'To group a few related facts, such as a support service’s contact details.'],
  whenNotToUse: ['For long text: use headings and paragraphs.', 'For warnings: use GentleCallout.'],
  language: {
    do: ['Title each card with what people will find: "Support near you".', 'Keep the summary to a sentence or two.'],
    dont: ['Use the same link text on several cards.', 'Hide important information in the footer.'],
  },
  accessibility: [
    'The title is a heading at the level you set, so cards appear in the page outline.',
    'A linked card has one link (its title) and the whole card is its target, so there are no repeated links.',
    'Focus shows on the title link.',
  ],
  examples: [
    {
      name: 'Default',
      render: () => (
        <Card title="Before you start" footer="Takes about 10 minutes">
          <p>You can stop at any time and your answers are saved.</p>
        </Card>
      ),
    },
    {
      name: 'Linked',
      description: 'The whole card is a target for the title link.',
      render: () => (
        <Card title="Support near you" href="#support">
          <p>Services in your area, with opening times and how to get in touch.</p>
        </Card>
      ),
    },
  ],
};

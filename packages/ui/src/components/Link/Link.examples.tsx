import type { ComponentExamples } from '../../internal/examples';
import { Link } from './Link';

export const examples: ComponentExamples = {
  component: 'Link',
  principle: 'trust',
  alsoServes: ['choice'],
  summary: 'A link to another page or a place on this page, saying plainly where it goes.',
  whenToUse: ['To go to another page, a document or a place on this page.', 'For "Change" links on a check-answers page, with hidden text naming what changes.'],
  whenNotToUse: ['For an action on this page, such as saving: use a Button.', 'To open a new tab without a good reason: people lose their place.'],
  language: {
    do: ['Say where the link goes: "Read how we use your answers".', 'Make each link make sense on its own, out of context.'],
    dont: ['Write "click here" or "more".', 'Hide that a link opens a new tab.'],
  },
  accessibility: [
    'The text says where it goes, even when read alone in a list of links.',
    'A link that opens a new tab says "(opens in a new tab)" and uses rel="noopener noreferrer".',
    'Focus shows a yellow background with a dark underline.',
    'It is underlined, so it is not shown by colour alone.',
  ],
  examples: [
    { name: 'Default', render: () => <p><Link href="#how-we-use-answers">Read how we use your answers</Link></p> },
    {
      name: 'Opens in a new tab',
      description: 'Only when leaving would lose someone’s progress, such as a help page in the middle of a form.',
      render: () => <p><Link href="https://www.nhsinform.scot/" newTab>Get support from NHS inform</Link></p>,
    },
    {
      name: 'With hidden text',
      description: 'Several "Change" links on a page, each naming what it changes for screen reader users.',
      render: () => <p><Link href="#name" visuallyHiddenText="your name">Change</Link></p>,
    },
  ],
};

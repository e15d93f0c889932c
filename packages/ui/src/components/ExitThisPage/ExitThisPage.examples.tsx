import type { ComponentExamples } from '../../internal/examples';
import { ExitThisPage, ExitThisPageSkipLink, resetExitPage } from './ExitThisPage';

/** In the examples the overlay shows for two seconds and the page stays, so designers can try it safely. */
function stayHere(): void {
  window.setTimeout(resetExitPage, 2000);
}

export const examples: ComponentExamples = {
  component: 'ExitThisPage',
  principle: 'safety',
  alsoServes: ['choice'],
  summary:
    'A button that leaves the page quickly for a neutral one, for people who may be watched or interrupted. It follows GOV.UK "Exit this page": a click, or Shift pressed three times, hides the page and replaces it in the browser history.',
  whenToUse: [
    'On services about abuse, violence, substance use or other topics someone may need to hide from a person nearby.',
    'On every page of such a service, in the same place, with the skip link as the first thing on the page.',
  ],
  whenNotToUse: [
    'On services where nobody is put at risk by being seen using them: it adds worry without adding safety.',
    'As a way to close a form or cancel: it is only for leaving quickly.',
  ],
  language: {
    do: ['Keep the button text as "Exit this page".', 'Explain on the first page that the button and Shift three times leave the page, and that the browser history may still need clearing.'],
    dont: ['Promise that the visit leaves no trace: the history and other tabs can still show it.', 'Use Esc as the shortcut: people press it by accident and some browsers reserve it.'],
  },
  accessibility: [
    'The button is a link with role="button" and a visually hidden "Emergency" before its text.',
    'Pressing Shift three times within 5 seconds leaves the page; any other key resets the count.',
    'Each Shift press is announced ("Shift, press 2 more times to exit.") and so is the end of the count.',
    'The skip link is the first focusable element and becomes visible on focus.',
    'The overlay has role="alert" and the page content is hidden while the next page loads.',
  ],
  research: ["GOV.UK Frontend's Exit this page, tested with people with lived experience of domestic abuse; Shift pressed three times rather than Escape (alphagov/govuk-design-system#2402).", 'Scottish Government "Hide this page".'],
  knownIssues: ["The page is replaced in the browser history, but a browser's own history list may still show it: pair it with guidance on browsing safely."],
  status: 'beta',
  examples: [
    {
      name: 'Default',
      description: 'The button, as it sits at the top of the page.',
      render: () => <ExitThisPage navigate={stayHere} />,
    },
    {
      name: 'With skip link',
      description: 'The skip link comes first on the page, then the button.',
      render: () => (
        <div>
          <ExitThisPageSkipLink navigate={stayHere} />
          <ExitThisPage navigate={stayHere} />
          <main>
            <h1>Get support after domestic abuse</h1>
            <p>To leave this page quickly, select Exit this page or press Shift three times.</p>
          </main>
        </div>
      ),
    },
    {
      name: 'Own redirect and text',
      description: 'A service can choose its own neutral page and its own words.',
      render: () => <ExitThisPage redirectUrl="https://www.google.com/search?q=weather" text="Leave this page" navigate={stayHere} />,
    },
    {
      name: 'Button only',
      description: 'Without the Shift shortcut, for pages that already use Shift for something else.',
      render: () => <ExitThisPage keyboardShortcut={false} navigate={stayHere} />,
    },
  ],
};

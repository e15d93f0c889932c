import type { Meta, StoryObj } from '@storybook/react-vite';
import {
  Button,
  CheckAnswers,
  ConsentControl,
  ContentWarning,
  DataUseSummary,
  ExitThisPage,
  GentleCallout,
  OptionalAnswer,
  PauseAndReturn,
  RadioGroup,
  Stack,
  Text,
  WhatHappensNext,
  WhyWeAsk,
} from '@nttp/ui';
import { expect, userEvent, within } from 'storybook/test';
import { Pattern } from './Pattern';
import './patterns.css';

const meta = {
  title: 'Patterns',
  parameters: {
    docs: {
      description: {
        component: 'Ways to combine the components for the moments that matter most in a trauma-informed service. Each pattern says when to use it, how it works and which principles it serves.',
      },
    },
  },
} satisfies Meta;
export default meta;

// Exit actions in the examples stay on the page: a story must not navigate away.
const stayHere = () => {};

export const AskingSensitiveQuestions: StoryObj = {
  name: 'Asking sensitive questions',
  render: () => (
    <Pattern
      title="Asking sensitive questions"
      purpose="Ask only what the service needs, say why before people answer, and let them choose not to."
      whenToUse={['Questions about substance use, mental health, trauma, identity or safety.', 'Any question a person might find hard to answer in front of others.']}
      howItWorks={[
        'Ask one thing per question, in plain words, without assuming the answer.',
        'Say why you ask and what you will do with the answer, next to the question.',
        'Offer "Prefer not to say" set apart from the answers, and never make it a dead end.',
        'Save as people go, so stopping part way loses nothing.',
      ]}
      principles={[
        { name: 'Choice', why: 'People decide what to share, and can decline without losing the service.' },
        { name: 'Trust', why: 'Saying why before asking shows the question has a purpose.' },
        { name: 'Safety', why: 'Nothing surprises the person, and nothing is asked that the service will not use.' },
      ]}
      research={['GOV.UK equality information pattern.', 'NHS service manual guidance on asking about sensitive topics.', 'The pathfinder report: trust is built through consistent, predictable contact.']}
      example={
        <Stack gap={4}>
          <OptionalAnswer name="drinking" label="Prefer not to say">
            <RadioGroup
              name="drinking-often"
              label="How often do you have a drink containing alcohol?"
              options={[
                { value: 'never', label: 'Never' },
                { value: 'monthly', label: 'Monthly or less' },
                { value: 'weekly', label: '2 to 4 times a month' },
                { value: 'more', label: '2 or more times a week' },
              ]}
            />
          </OptionalAnswer>
          <WhyWeAsk summary="Why we ask about alcohol">
            <p>Your answer helps us offer the right support. Only your keyworker sees it.</p>
          </WhyWeAsk>
          <Button>Continue</Button>
        </Stack>
      }
    />
  ),
};

export const Consent: StoryObj = {
  name: 'Asking for consent',
  render: () => (
    <Pattern
      title="Asking for consent"
      purpose="Ask for each use of someone's information separately, say what is needed for the service to work, and make every choice easy to change later."
      whenToUse={['Before collecting answers that will be kept or shared.', 'On a settings page where people review what they agreed.']}
      howItWorks={[
        'List what is needed for the service to work plainly, without a box to tick.',
        'Give every optional use its own unticked box.',
        'Say where people can change their minds, and let them withdraw everything at once.',
        'Summarise who sees the information and how long it is kept.',
      ]}
      principles={[
        { name: 'Choice', why: 'Each use is a separate choice, off until the person turns it on.' },
        { name: 'Trust', why: 'People see exactly who will see what, and for how long.' },
        { name: 'Empowerment', why: 'Consent can be withdrawn as easily as it was given.' },
      ]}
      research={["Chayn's Bloom: granular consent that can be withdrawn.", 'ICO guidance on consent under UK GDPR.']}
      example={
        <Stack gap={5}>
          <ConsentControl
            name="pattern-consent"
            legend="How we can use your answers"
            purposes={[
              { id: 'keep', label: 'Keep my answers so I can come back to them', needed: true },
              { id: 'improve', label: 'Use my answers, without my name, to improve the service' },
              { id: 'contact', label: 'Contact me about taking part in research' },
            ]}
          />
          <DataUseSummary
            headingLevel={3}
            purpose="To plan your support with you."
            whoCanSee="You and your keyworker."
            keptFor="Two years after your last appointment, then deleted."
          />
        </Stack>
      }
    />
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const research = canvas.getByRole('checkbox', { name: /research/ });
    await expect(research).not.toBeChecked();
    await userEvent.click(research);
    await expect(research).toBeChecked();
  },
};

export const SaveAndReturn: StoryObj = {
  name: 'Save and return',
  render: () => (
    <Pattern
      title="Save and return"
      purpose="Let people stop at any point, knowing their answers are safe and how to come back."
      whenToUse={['Any form that takes more than a few minutes.', 'Questions that may bring up difficult feelings, where a break may help.']}
      howItWorks={[
        'Save every answer as it is given, not only at the end.',
        'Offer a way to take a break on every page, in the same place.',
        'Say when answers were saved, how long they are kept and how to return.',
      ]}
      principles={[
        { name: 'Choice', why: 'People choose when to stop and when to carry on.' },
        { name: 'Empowerment', why: 'The pace is theirs, and nothing is lost by pausing.' },
      ]}
      research={['GOV.UK save and return pattern.', 'WCAG 2.2 success criterion 3.3.7, redundant entry.']}
      example={
        <PauseAndReturn
          savedAt={new Date(2026, 2, 14, 10, 42)}
          keptUntil={new Date(2026, 3, 14)}
          howToReturn={<p>Open this page again on this device, or use the link your keyworker sent you.</p>}
          href="#saved"
        />
      }
    />
  ),
};

export const LeavingQuickly: StoryObj = {
  name: 'Leaving a page quickly',
  render: () => (
    <Pattern
      title="Leaving a page quickly"
      purpose="Give people who may be at risk if someone sees the page a fast, reliable way to leave it."
      whenToUse={['Services about domestic abuse, substance use or any topic someone could be harmed for looking at.']}
      howItWorks={[
        'Put the exit button in the same place on every page, where it does not cover content.',
        'Replace the page in the browser history, so Back does not return to it.',
        'Offer the keyboard shortcut of pressing Shift three times, and explain it on a safety page.',
        'Explain how to browse more safely: private windows, clearing history.',
      ]}
      principles={[{ name: 'Safety', why: 'A person can hide what they were reading in a moment.' }]}
      research={['GOV.UK "Exit this page", tested with people with lived experience of domestic abuse.', 'Scottish Government "Hide this page".']}
      example={
        <Stack gap={4}>
          <ExitThisPage navigate={stayHere} />
          <GentleCallout title="Browsing more safely" tone="information" headingLevel={3}>
            <Text>A private or incognito window keeps this site out of your history. The exit button takes you to a weather page.</Text>
          </GentleCallout>
        </Stack>
      }
    />
  ),
};

export const CheckingAnswers: StoryObj = {
  name: 'Checking answers',
  render: () => (
    <Pattern
      title="Checking answers"
      purpose="Show people everything they told you before it is sent, and let them change any of it."
      whenToUse={['Before submitting a form, an assessment or a plan.']}
      howItWorks={['Group the answers as the form did.', 'Give each answer a change link that goes straight to it.', 'Say what happens after sending.']}
      principles={[
        { name: 'Empowerment', why: 'The person has the last word on what is sent.' },
        { name: 'Trust', why: 'Nothing is sent that the person has not seen.' },
      ]}
      research={['GOV.UK check answers pattern.']}
      example={
        <CheckAnswers
          headingLevel={3}
          sections={[
            {
              title: 'About you',
              rows: [
                { key: 'Name you would like us to use', value: 'Sam' },
                { key: 'Best time to call', value: 'Mornings' },
              ],
            },
          ]}
          changeHref={() => '#change'}
        >
          <Button>Send</Button>
        </CheckAnswers>
      }
    />
  ),
};

export const GivingResultsBack: StoryObj = {
  name: 'Giving results back to staff',
  render: () => (
    <Pattern
      title="Giving results back to staff"
      purpose="Share what a team's answers show in plain words first, with the numbers behind them, and never in a way that identifies anyone."
      whenToUse={['After an organisational assessment, a staff survey or a training needs analysis.']}
      howItWorks={[
        'Lead with what the answers show, in a sentence a service lead would say.',
        'Show every chart with a table of the same numbers.',
        'Put the statistics and the statements behind a "How this was worked out" expander.',
        'Withhold results for groups too small to keep people anonymous, and say so.',
        'Say what happens next and how staff can take part.',
      ]}
      principles={[
        { name: 'Collaboration', why: 'Results go back to the people who gave them, as a start of a conversation.' },
        { name: 'Trust', why: 'Small groups are never shown, so nobody can be picked out.' },
      ]}
      research={['The pathfinder report: the organisational assessment as a shared baseline.', 'Statistical disclosure control: a minimum cell size of five.']}
      example={
        <Stack gap={4}>
          <Text>
            Staff feel most confident about <strong>leadership</strong> and least about <strong>budgets</strong>. Eight of nine themes have enough
            answers to show.
          </Text>
          <GentleCallout title="One theme is not shown" tone="reassurance" headingLevel={3}>
            <Text>Fewer than five people answered about budgets, so their answers are kept private.</Text>
          </GentleCallout>
          <WhatHappensNext
            headingLevel={3}
            steps={[
              { title: 'The implementation group talks the results through', when: 'At its next monthly meeting' },
              { title: 'Everyone is invited to a session on the priorities', when: 'Within a month' },
            ]}
          />
        </Stack>
      }
    />
  ),
};

export const ContentWarnings: StoryObj = {
  name: 'Content warnings',
  render: () => (
    <Pattern
      title="Content warnings"
      purpose="Say specifically what is coming, so people can choose whether and when to read it."
      whenToUse={['Before descriptions of trauma, self-harm, suicide, violence or stigma.', 'Before vignettes or case studies in training and TI lens events.']}
      howItWorks={[
        'Name the topic specifically, not "sensitive content".',
        'Let people continue, skip to the next part, or come back later.',
        'Keep support contacts close by.',
      ]}
      principles={[
        { name: 'Safety', why: 'Nobody meets difficult content without warning.' },
        { name: 'Choice', why: 'Reading it is a decision the person makes.' },
      ]}
      research={['CAST digital safety guide.', 'The pathfinder report: emotional support spaces at TI lens events.']}
      example={
        <ContentWarning topic="a description of a person being refused help while they were using drugs" skipHref="#next">
          <Text>Jamie was told to come back when sober. The vignette follows what happened next.</Text>
        </ContentWarning>
      }
    />
  ),
};

// In a real browser: every pattern page has one h1, then its example, before the guidance.
for (const story of [AskingSensitiveQuestions, SaveAndReturn, LeavingQuickly, CheckingAnswers, GivingResultsBack, ContentWarnings]) {
  story.play = async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    const headings = canvas.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    await expect(headings[0]).toBe('Example');
  };
}

import type { PrincipleId, ThemeId } from '@nttp/domain';
import { THEMES } from '@nttp/domain';
import { defineInstrument } from '../instrument/define';
import type { InstrumentSpec } from '../instrument/spec';
import { AGREEMENT_SCALE, ORGANISATIONAL_BANDS } from './organisational-scale';
import { organisationalAssessmentV1 } from './organisational-assessment-v1';

export { ORGANISATIONAL_BANDS } from './organisational-scale';
export { organisationalAssessmentV1, organisationalAssessmentV1Spec } from './organisational-assessment-v1';

interface Statement {
  id: string;
  text: string;
  principles: PrincipleId[];
  reverse?: boolean;
  /** Only leaders can answer it (budgets, policies, their own support). */
  leaders?: boolean;
}

/**
 * Version 2.0.0, written to docs/item-writing.md: one idea per statement, each answerable by the
 * people it is routed to, plain words, not leading, "I" statements in their own themes
 * (workforce wellbeing and knowledge) apart from "we / our" ones, reverse-keyed statements without
 * hedges. Against 1.0.0: double-barrelled statements split, leadership, budget and policy
 * statements routed to leaders, pilot wording and near-duplicates gone, and statements added for
 * abstinence criteria, shared care with mental health teams, leaving prison, information sharing
 * and co-produced materials. Every principle has at least six statements, so each has a reliability.
 */
const STATEMENTS: Record<ThemeId, Statement[]> = {
  'organisational-culture': [
    { id: 'culture-learn-from-mistakes', text: 'When something goes wrong here, we look at what happened to learn from it.', principles: ['safety', 'trust'] },
    { id: 'culture-raise-concerns', text: 'Staff feel able to raise a concern without worrying about how it will be received.', principles: ['safety', 'empowerment'] },
    { id: 'culture-talk-about-trauma', text: 'Our team talks about how trauma can affect the people we support.', principles: ['trust', 'collaboration'] },
    { id: 'culture-everyday-practice', text: 'Trauma-informed ways of working are part of our everyday conversations.', principles: ['collaboration'] },
    { id: 'culture-effect-on-staff', text: 'We talk openly about how the work affects staff.', principles: ['safety', 'trust'] },
    { id: 'culture-left-alone', text: 'Staff here are left to cope with difficult situations on their own.', principles: ['safety', 'collaboration'], reverse: true },
  ],
  leadership: [
    { id: 'leadership-respect', text: 'Leaders here treat staff with respect.', principles: ['trust', 'safety'] },
    { id: 'leadership-time-for-training', text: 'Leaders make time for staff to take part in trauma-informed training.', principles: ['empowerment'] },
    { id: 'leadership-time-for-reflection', text: 'Leaders make time for staff to reflect together on their practice.', principles: ['collaboration', 'empowerment'] },
    { id: 'leadership-explain-decisions', text: 'Leaders explain the reasons for decisions that affect staff.', principles: ['trust', 'choice'] },
    { id: 'leadership-ask-views', text: 'Leaders ask staff at every level for their views.', principles: ['collaboration', 'choice'] },
    { id: 'leadership-act-on-views', text: 'Leaders act on what staff tell them.', principles: ['empowerment', 'trust'] },
    { id: 'leadership-own-support', text: 'Leaders here have a confidential space of their own to talk through the demands of their role.', principles: ['safety'], leaders: true },
  ],
  'workforce-wellbeing': [
    { id: 'wellbeing-supervision', text: 'I have regular supervision where I can talk about the emotional impact of my work.', principles: ['safety', 'trust'] },
    { id: 'wellbeing-plan', text: 'I could make a wellbeing plan with support if I wanted one.', principles: ['choice', 'empowerment'] },
    { id: 'wellbeing-steadying', text: 'I know practical ways to steady myself after a difficult conversation.', principles: ['safety', 'empowerment'] },
    { id: 'wellbeing-recovery-time', text: 'My workload leaves room to recover after distressing events.', principles: ['safety', 'choice'] },
    { id: 'wellbeing-check-in', text: 'My manager checks how I am after a distressing event.', principles: ['trust', 'collaboration'] },
    { id: 'wellbeing-support-seen-as-weakness', text: 'Asking for support with my wellbeing is seen as a weakness here.', principles: ['trust', 'safety'], reverse: true },
  ],
  'power-sharing': [
    { id: 'power-shape-design', text: 'People with lived experience of trauma or substance use help shape how our service is designed.', principles: ['collaboration', 'empowerment'] },
    { id: 'power-emotional-support', text: 'When people with lived experience take part in our work, emotional support is offered to them.', principles: ['safety', 'trust'] },
    { id: 'power-choose-involvement', text: 'People who use our service can choose how they are involved in decisions about it.', principles: ['choice', 'empowerment'] },
    { id: 'power-co-produced-materials', text: 'People with lived experience help write the information we give to people who use our service.', principles: ['collaboration', 'empowerment'] },
    { id: 'power-paid-fairly', text: 'People with lived experience are paid fairly for the time they give.', principles: ['trust', 'empowerment'], leaders: true },
  ],
  'workforce-knowledge': [
    { id: 'knowledge-effects-of-trauma', text: 'I understand how trauma can affect the way a person uses this service.', principles: ['safety', 'trust'] },
    { id: 'knowledge-substances-to-cope', text: 'I understand why a person may use substances to cope with trauma.', principles: ['trust', 'choice'] },
    { id: 'knowledge-responding-to-disclosure', text: 'I feel confident responding to a disclosure of trauma in a way that does not add to harm.', principles: ['safety', 'trust'] },
    { id: 'knowledge-training-for-role', text: 'I have completed the trauma training that my role needs.', principles: ['empowerment'] },
    { id: 'knowledge-protected-time', text: 'I have protected time to put my training into practice.', principles: ['empowerment', 'choice'] },
    { id: 'knowledge-peer-support', text: 'I can get peer support to help me use what I have learned.', principles: ['collaboration', 'trust'] },
  ],
  'data-and-feedback': [
    { id: 'feedback-from-people-we-support', text: 'We regularly ask the people who use our service for feedback.', principles: ['collaboration', 'trust'] },
    { id: 'feedback-from-staff', text: 'We regularly ask staff how it feels to work here.', principles: ['collaboration', 'safety'] },
    { id: 'feedback-what-changed', text: 'We tell people what changed because of their feedback.', principles: ['trust', 'collaboration'] },
    { id: 'feedback-leads-to-change', text: 'We use what we learn from feedback to change our service.', principles: ['empowerment', 'collaboration'] },
    { id: 'feedback-anonymous', text: 'People can give feedback anonymously if they prefer.', principles: ['safety', 'choice'] },
    { id: 'feedback-information-sharing', text: 'We share information with partner services only in ways the person has agreed to.', principles: ['trust', 'choice'] },
  ],
  'policies-and-processes': [
    { id: 'policies-reviewed', text: 'Our policies have been reviewed with the effects of trauma in mind.', principles: ['safety', 'trust'], leaders: true },
    { id: 'policies-missed-appointments', text: 'Our approach to missed appointments takes account of why people may find it hard to attend.', principles: ['choice', 'trust'] },
    { id: 'policies-no-abstinence-first', text: 'People can get support from our service without first stopping their substance use.', principles: ['choice', 'safety'] },
    { id: 'policies-recruitment', text: 'Our recruitment looks for trauma-informed values in candidates.', principles: ['trust', 'empowerment'], leaders: true },
    { id: 'policies-induction', text: 'Our induction introduces new staff to trauma-informed practice.', principles: ['empowerment', 'safety'] },
    { id: 'policies-ask-sensitively', text: 'We ask people about trauma in a sensitive way.', principles: ['safety', 'trust'] },
    { id: 'policies-ask-when-it-helps', text: 'We ask people about trauma only when it will help them.', principles: ['choice', 'safety'] },
    { id: 'policies-rules-before-people', text: "Our processes put rules ahead of people's needs.", principles: ['trust', 'choice'], reverse: true },
  ],
  budgets: [
    { id: 'budgets-lasting-change', text: 'Money has been set aside to keep trauma-informed changes going in the long term.', principles: ['trust'], leaders: true },
    { id: 'budgets-training-time', text: 'Staff time for trauma-informed training is planned into our budget.', principles: ['empowerment'], leaders: true },
    { id: 'budgets-reflection-time', text: 'Staff time for reflective practice is planned into our budget.', principles: ['safety', 'collaboration'], leaders: true },
    { id: 'budgets-lived-experience', text: 'There is funding to pay people with lived experience for their involvement.', principles: ['collaboration', 'empowerment'], leaders: true },
    { id: 'budgets-wellbeing-impact', text: 'Spending decisions take account of their impact on staff wellbeing.', principles: ['safety'], leaders: true },
    { id: 'budgets-who-to-ask', text: 'We know who to ask for resources for trauma-informed improvements.', principles: ['choice', 'collaboration'], leaders: true },
  ],
  'service-design': [
    { id: 'design-welcoming-first-contact', text: 'The first contact with our service is welcoming.', principles: ['safety', 'trust'] },
    { id: 'design-explain-next-steps', text: 'At first contact, we explain what will happen next.', principles: ['trust', 'choice'] },
    { id: 'design-calm-waiting-areas', text: 'Our waiting areas are calm.', principles: ['safety'] },
    { id: 'design-ways-to-access', text: 'People can choose from more than one way to access our service.', principles: ['choice'] },
    { id: 'design-tell-story-once', text: 'People do not have to repeat their story to each service they see.', principles: ['collaboration', 'trust'] },
    { id: 'design-own-goals', text: 'People set their own goals for their care.', principles: ['empowerment', 'choice'] },
    { id: 'design-shared-care-mental-health', text: 'We plan care together with mental health teams for people who use both services.', principles: ['collaboration', 'safety'] },
    { id: 'design-leaving-prison', text: 'We can support people in the first days after they leave prison.', principles: ['safety', 'trust'] },
  ],
};

export const organisationalAssessmentSpec: InstrumentSpec = {
  id: 'nttp-organisational-assessment',
  version: '2.0.0',
  title: 'NTTP organisational assessment',
  description:
    'A self-assessment of how trauma-informed a service is, across the nine NTTP themes and the five principles, used at baseline and again at follow-up. Statements about budgets, policies and leaders’ own support go to leaders; everyone else records them as not applicable.',
  responseScales: [AGREEMENT_SCALE],
  audiences: [{ id: 'leaders', label: 'Leaders', description: 'People who manage staff, a budget or policy: service managers, team leaders and the leads of the implementation group.' }],
  items: THEMES.flatMap((theme) =>
    STATEMENTS[theme.id].map(({ id, text, principles, reverse, leaders }) => ({ id, text, theme: theme.id, principles, reverse: reverse ?? false, ...(leaders ? { audience: ['leaders'] } : {}) })),
  ),
  scales: THEMES.map((theme) => ({ id: theme.id, title: theme.name, description: theme.description, itemIds: STATEMENTS[theme.id].map((s) => s.id) })),
  minCompletion: 0.8,
  minItems: 2,
  bands: ORGANISATIONAL_BANDS,
};

/** The NTTP organisational assessment, version 2.0.0: nine themes, five principles, statements routed to who can answer them. */
export const organisationalAssessment = defineInstrument(organisationalAssessmentSpec);

/** Every version kept, for `instrumentFor` to re-score each round with the version it was answered with. */
export const organisationalAssessmentVersions = [organisationalAssessmentV1, organisationalAssessment] as const;

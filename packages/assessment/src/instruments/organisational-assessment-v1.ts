import type { PrincipleId, ThemeId } from '@nttp/domain';
import { THEMES } from '@nttp/domain';
import { defineInstrument } from '../instrument/define';
import type { InstrumentSpec } from '../instrument/spec';
import { AGREEMENT_SCALE, ORGANISATIONAL_BANDS } from './organisational-scale';

type ItemRow = [text: string, principles: PrincipleId[], reverse?: boolean];

/**
 * Version 1.0.0, kept so rounds answered with it are scored as they were (see `instrumentFor`).
 * Superseded by version 2.0.0 (organisational-assessment.ts), written to docs/item-writing.md.
 *
 * Our own items, written for the NTTP pathfinders in substance use services: five per theme, each
 * tagged with the principles it reflects. Reverse-keyed items describe the opposite of the aim and are
 * turned round when scored (6 − answer).
 */
const ITEMS: Record<ThemeId, ItemRow[]> = {
  'organisational-culture': [
    ['When something goes wrong, we look at what happened and learn from it rather than looking for someone to blame.', ['safety', 'trust']],
    ['Our shared values include understanding how trauma can affect the people we support and each other.', ['trust', 'collaboration']],
    ['People here feel able to raise a concern without worrying about how it will be received.', ['safety', 'empowerment']],
    ['Trauma-informed ways of working are part of our everyday conversations, not a separate project.', ['collaboration']],
    ['Staff often feel they have to manage difficult situations on their own.', ['safety', 'collaboration'], true],
  ],
  leadership: [
    ['Leaders in our service show the five trauma-informed principles in how they work with staff.', ['trust', 'safety']],
    ['Leaders make time and space for staff to take part in trauma-informed training and reflection.', ['empowerment']],
    ['Leaders have a reflective, confidential space of their own to talk through the demands of their role.', ['safety']],
    ['Leaders explain the reasons for decisions that affect staff and the people we support.', ['trust', 'choice']],
    ['Leaders ask for and act on the views of staff at every level.', ['collaboration', 'empowerment']],
  ],
  'workforce-wellbeing': [
    ['I have regular supervision where I can talk about the emotional impact of my work.', ['safety', 'trust']],
    ['I have a wellbeing plan, or could make one with support if I wanted to.', ['choice', 'empowerment']],
    ['I know some practical ways to steady myself after a difficult conversation.', ['safety', 'empowerment']],
    ['Our workloads leave room to recover after distressing events.', ['safety']],
    ['Asking for support with my own wellbeing would be seen as a weakness here.', ['trust', 'safety'], true],
  ],
  'power-sharing': [
    ['People with lived experience of trauma and addictions help shape how our service is designed.', ['collaboration', 'empowerment']],
    ['When people with lived experience take part in our work, emotional support is offered to them.', ['safety', 'trust']],
    ['People who use our service can choose how and when they are involved in decisions about it.', ['choice', 'empowerment']],
    ['People with lived experience are paid or otherwise recognised fairly for the time they give.', ['trust', 'collaboration']],
    ['We tell people what changed because of their feedback.', ['trust', 'collaboration']],
  ],
  'workforce-knowledge': [
    ['I understand how trauma can affect the way a person uses our service.', ['safety']],
    ['I feel confident responding to a disclosure of trauma in a way that does not add to harm.', ['safety', 'trust']],
    ['I have completed the NES training at the level my role needs.', ['empowerment']],
    ['I have protected time, such as cohort time in team meetings, to put my training into practice.', ['collaboration', 'empowerment']],
    ['Peer support or coaching is available to help me use what I have learned.', ['collaboration', 'trust']],
  ],
  'data-and-feedback': [
    ['We regularly gather feedback from the people who use our service.', ['collaboration', 'trust']],
    ['We regularly gather feedback from staff about how it feels to work here.', ['collaboration', 'safety']],
    ['Feedback is shared back with the people who gave it, in a form they can use.', ['trust']],
    ['We use what we learn from data and feedback to make changes to our service.', ['empowerment', 'collaboration']],
    ['People can give feedback in a way that feels safe for them, including anonymously.', ['safety', 'choice']],
  ],
  'policies-and-processes': [
    ['Our policies have been reviewed through a trauma-informed lens.', ['safety', 'trust']],
    ['Our approach to missed appointments takes account of why people may find it hard to attend.', ['choice', 'trust']],
    ['Our recruitment and induction include trauma-informed values and practice.', ['safety', 'empowerment']],
    ['Our screening and triage processes ask about trauma sensitively and only when it helps the person.', ['safety', 'choice']],
    ['Some of our processes can feel rigid or punitive to the people who use our service.', ['trust', 'choice'], true],
  ],
  budgets: [
    ['Money has been set aside so that trauma-informed changes can continue beyond the pathfinder.', ['trust']],
    ['Staff time for trauma-informed training and reflection is planned into our budgets.', ['empowerment']],
    ['There is funding to pay or recognise people with lived experience for their involvement.', ['collaboration', 'empowerment']],
    ['Spending decisions take account of the impact on the wellbeing of staff and the people we support.', ['safety']],
    ['We know who to ask, and how, for resources to support trauma-informed improvements.', ['choice', 'collaboration']],
  ],
  'service-design': [
    ['The first contact with our service is welcoming and explains what will happen next.', ['safety', 'trust']],
    ['Our buildings and waiting areas feel calm and safe.', ['safety']],
    ['People can choose from more than one way to access our service.', ['choice']],
    ['We work with partner services so that people do not have to repeat their story.', ['collaboration', 'trust']],
    ['People are supported to set their own goals for their care.', ['empowerment', 'choice']],
  ],
};

export const organisationalAssessmentV1Spec: InstrumentSpec = {
  id: 'nttp-organisational-assessment',
  version: '1.0.0',
  title: 'NTTP organisational assessment',
  description:
    'A self-assessment of how trauma-informed a service is, across the nine themes of the NTTP pathfinders and the five principles. Used at baseline and again at follow-up, by the implementation group and staff.',
  responseScales: [AGREEMENT_SCALE],
  items: THEMES.flatMap((theme) =>
    ITEMS[theme.id].map(([text, principles, reverse], k) => ({ id: `${theme.id}-${k + 1}`, text, theme: theme.id, principles, reverse: reverse ?? false })),
  ),
  scales: THEMES.map((theme) => ({ id: theme.id, title: theme.name, description: theme.description, itemIds: [1, 2, 3, 4, 5].map((k) => `${theme.id}-${k}`) })),
  minCompletion: 0.8,
  bands: ORGANISATIONAL_BANDS,
};

/** The NTTP organisational assessment, version 1.0.0: 45 items, nine themes, five principles. */
export const organisationalAssessmentV1 = defineInstrument(organisationalAssessmentV1Spec);

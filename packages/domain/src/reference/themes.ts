/** The nine themes that organise phase 3 (implementing priority areas), in the report's order. */
export const THEME_IDS = [
  'organisational-culture',
  'leadership',
  'workforce-wellbeing',
  'power-sharing',
  'workforce-knowledge',
  'data-and-feedback',
  'policies-and-processes',
  'budgets',
  'service-design',
] as const;

export type ThemeId = (typeof THEME_IDS)[number];

export interface Theme { id: ThemeId; order: number; name: string; description: string }

export const THEMES: readonly Theme[] = Object.freeze([
  {
    id: 'organisational-culture',
    order: 1,
    name: 'Organisational culture',
    description:
      'Trauma-informed values are part of how the organisation thinks and works every day, so the approach becomes second nature.',
  },
  {
    id: 'leadership',
    order: 2,
    name: 'Leadership',
    description:
      'Leaders model the principles, make room for the work, and have a reflective, confidential space of their own.',
  },
  {
    id: 'workforce-wellbeing',
    order: 3,
    name: 'Workforce care, support and wellbeing',
    description:
      'Staff have supervision, wellbeing plans and stabilisation skills, so that they can stay well while supporting others.',
  },
  {
    id: 'power-sharing',
    order: 4,
    name: 'Power-sharing with people with lived experience of trauma and addictions',
    description:
      'People with lived experience shape the service as partners, with emotional support offered whenever they take part.',
  },
  {
    id: 'workforce-knowledge',
    order: 5,
    name: 'Workforce knowledge, skills and confidence',
    description:
      'Staff train at the NES level their role needs, and cohort time, peer support and coaching help them use it in practice.',
  },
  {
    id: 'data-and-feedback',
    order: 6,
    name: 'Data, feedback loops and continuous improvement',
    description:
      'The service gathers feedback and evidence, shares it back, and uses it to keep improving.',
  },
  {
    id: 'policies-and-processes',
    order: 7,
    name: 'Policies and processes',
    description:
      'Policies, from recruitment to trauma screening and triage, are reviewed through a trauma lens and kept under review.',
  },
  {
    id: 'budgets',
    order: 8,
    name: 'Budgets',
    description: 'Money and time are set aside so that trauma-informed changes can last beyond the pathfinder.',
  },
  {
    id: 'service-design',
    order: 9,
    name: 'Service design and delivery',
    description:
      'Pathways, access and partner working are designed with trauma in mind, from the first contact onwards.',
  },
]);

export const PHASE_IDS = ['understand', 'plan', 'implement'] as const;
export type PhaseId = (typeof PHASE_IDS)[number];

export interface Phase { id: PhaseId; number: number; name: string; description: string; tools: string[] }

export const PHASES: readonly Phase[] = Object.freeze([
  {
    id: 'understand',
    number: 1,
    name: 'Understanding the service and its readiness',
    description:
      'Get to know the service, its people, documents and partners, and what helps or holds back trauma-informed practice.',
    tools: ['Familiarisation conversations with staff and partners', 'Reading service documents, policies and pathways'],
  },
  {
    id: 'plan',
    number: 2,
    name: 'Improvement planning',
    description: 'Turn what was learned into a shared, prioritised plan that the service owns.',
    tools: [
      'Trauma-informed lens events with journey maps and vignettes',
      'A staff implementation group (TIPIG) with a charter',
      'An organisational assessment as a baseline',
      'A training needs analysis',
      'A Theory of Change',
      'A three-year implementation plan',
      'Wellbeing plans for every member of staff',
      'Policy reviews and partner collaboration',
    ],
  },
  {
    id: 'implement',
    number: 3,
    name: 'Implementing priority areas',
    description: 'Put the agreed priorities into practice across the nine themes and track progress against the baseline.',
    tools: ['The three-year implementation plan', 'A follow-up organisational assessment', 'Indicators from the Theory of Change'],
  },
]);

import { z } from 'zod';

export const PHASE_IDS = ['understand', 'plan', 'implement'] as const;
export const PhaseIdSchema = z.enum(PHASE_IDS, {
  error: () => `Use one of the three phases: ${PHASE_IDS.join(', ')}.`,
});
export type PhaseId = z.infer<typeof PhaseIdSchema>;

export const PhaseSchema = z.object({
  id: PhaseIdSchema,
  number: z.number().int().min(1).max(3),
  name: z.string().min(1),
  description: z.string().min(1),
  tools: z.array(z.string().min(1)),
});
export type Phase = z.infer<typeof PhaseSchema>;

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

export const PRINCIPLE_IDS = ['safety', 'trust', 'choice', 'collaboration', 'empowerment'] as const;
export type PrincipleId = (typeof PRINCIPLE_IDS)[number];

export interface Principle { id: PrincipleId; name: string; description: string }

/** The five trauma-informed principles that run through every phase and theme. */
export const PRINCIPLES: readonly Principle[] = Object.freeze([
  {
    id: 'safety',
    name: 'Safety',
    description:
      'People feel physically and emotionally safe in the service, and the service avoids repeating the harm of past trauma.',
  },
  {
    id: 'trust',
    name: 'Trust',
    description:
      'The service is open about what it does and why, keeps its promises, and is consistent from one contact to the next.',
  },
  {
    id: 'choice',
    name: 'Choice',
    description: 'People have real options about their support and are told what those options mean for them.',
  },
  {
    id: 'collaboration',
    name: 'Collaboration',
    description:
      'Staff, partners and people who use the service make decisions together and value what each brings.',
  },
  {
    id: 'empowerment',
    name: 'Empowerment',
    description:
      "The service builds on people's strengths, supports their own goals and shares power with them.",
  },
]);

import type { InstrumentSpec } from '../instrument/spec';

/** A small instrument for tests: two scales, a reverse-keyed item and a weighted one. */
export function smallSpec(): InstrumentSpec {
  return {
    id: 'team-check',
    version: '1.2.0',
    title: 'Team check',
    responseScales: [{ id: 'agree', min: 1, max: 5, labels: [{ value: 1, label: 'Strongly disagree' }, { value: 5, label: 'Strongly agree' }] }],
    items: [
      { id: 'a-1', text: 'We talk about how the work affects us.', theme: 'leadership', principles: ['trust'] },
      { id: 'a-2', text: 'We feel rushed in every meeting.', theme: 'leadership', principles: ['safety'], reverse: true },
      { id: 'b-1', text: 'People can choose how to be contacted.', theme: 'service-design', principles: ['choice', 'trust'], weight: 2 },
    ],
    scales: [
      { id: 'a', title: 'Team A', itemIds: ['a-1', 'a-2'] },
      { id: 'b', title: 'Team B', itemIds: ['b-1'], minCompletion: 1 },
    ],
    bands: [
      { id: 'low', label: 'Low', from: 1, to: 3, description: 'Below the midpoint.' },
      { id: 'high', label: 'High', from: 3, to: 5, description: 'The midpoint or above.' },
    ],
  };
}


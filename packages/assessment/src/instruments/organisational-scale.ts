import type { Band, ResponseScale } from '../instrument/spec';

/** The 1–5 agreement scale both versions of the organisational assessment use. */
export const AGREEMENT_SCALE = {
  id: 'agreement',
  min: 1,
  max: 5,
  labels: [
    { value: 1, label: 'Strongly disagree' },
    { value: 2, label: 'Disagree' },
    { value: 3, label: 'Neither agree nor disagree' },
    { value: 4, label: 'Agree' },
    { value: 5, label: 'Strongly agree' },
  ],
} satisfies Partial<ResponseScale>;

/** Bands for a mean on the 1–5 agreement scale; the cut-points sit on the scale's labelled points. */
export const ORGANISATIONAL_BANDS: Band[] = [
  { id: 'starting-out', label: 'Starting out', from: 1, to: 2, description: 'A mean below 2 means most answers were "disagree" or "strongly disagree": this is a place to begin, and a useful baseline.' },
  { id: 'developing', label: 'Developing', from: 2, to: 3, description: 'A mean from 2 up to 3 sits between "disagree" and "neither agree nor disagree": some practice is in place, unevenly.' },
  { id: 'embedding', label: 'Embedding', from: 3, to: 4, description: 'A mean from 3 up to 4 sits between "neither agree nor disagree" and "agree": practice is spreading and becoming usual.' },
  { id: 'established', label: 'Established', from: 4, to: 5, description: 'A mean of 4 or more means most answers were "agree" or "strongly agree": practice is part of how the service works.' },
];

// Every feature of the app, in the order of the pathfinder journey: the shell builds its routes and the
// overview's task list from this list.
import type { Feature } from './types';
import { understandingFeature } from './understanding';
import { tipigFeature } from './tipig';
import { assessmentFeature } from './assessment';
import { trainingFeature } from './training';
import { theoryOfChangeFeature } from './theory-of-change';
import { implementationPlanFeature } from './implementation-plan';
import { wellbeingFeature } from './wellbeing';
import { followUpFeature } from './follow-up';
import { languageFeature } from './language';

export const FEATURES: readonly Feature[] = [
  understandingFeature,
  tipigFeature,
  assessmentFeature,
  trainingFeature,
  theoryOfChangeFeature,
  implementationPlanFeature,
  wellbeingFeature,
  followUpFeature,
  languageFeature,
];

import type { ReactElement } from 'react';
import type { PrincipleId } from './principles';

/** One named state of a component, rendered the same way by its story, its tests and its docs. */
export interface ComponentExample {
  /** Short, unique within the component: "Default", "With error", "Open". */
  name: string;
  /** What this state shows, in a sentence. */
  description?: string;
  render: () => ReactElement;
}

/**
 * The typed examples file of a component (GOV.UK's examples pattern): one source that feeds the
 * Storybook stories, the jsdom + axe tests, the SSR test and the docs.
 */
export interface ComponentExamples {
  /** The component's exported name, such as "ExitThisPage". */
  component: string;
  /** The trauma-informed principle the component serves first. */
  principle: PrincipleId;
  /** Other principles it also serves. */
  alsoServes?: PrincipleId[];
  summary: string;
  whenToUse: string[];
  whenNotToUse: string[];
  /** Language guidance for the copy people put inside the component. */
  language: { do: string[]; dont: string[] };
  /** Written-down accessibility acceptance criteria (GOV.UK style), each checked by a test. */
  accessibility: string[];
  /** How it behaves, for the people using it: keyboard, screen readers, what happens when. */
  howItWorks?: string[];
  /** Where the design comes from: the services and studies it follows. */
  research?: string[];
  /** What we know does not work yet, or that people disagree about. */
  knownIssues?: string[];
  /** How settled it is: "experimental" may change, "beta" is in use and may still change, "stable" is settled. */
  status?: 'experimental' | 'beta' | 'stable';
  examples: ComponentExample[];
}

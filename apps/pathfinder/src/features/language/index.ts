// The language check page: wording checked against @nttp/safe-language, the text kept in the workspace.
import { lazy } from 'react';
import type { Feature } from '../types';

export const languageFeature: Feature = {
  routes: [{ pattern: 'language', title: () => 'Language check', Page: lazy(() => import('./LanguagePage')) }],
  tasks: (workspace) => [
    {
      id: 'language-check',
      phase: 'plan',
      title: 'Check the wording of letters, leaflets and policies',
      path: 'language',
      status: workspace.languageCheck?.text ? 'in-progress' : 'not-started',
      hint: workspace.languageCheck?.text ? 'Some text is waiting on the language check page.' : 'Person-first, trauma-informed wording, with reasons and sources.',
    },
  ],
};

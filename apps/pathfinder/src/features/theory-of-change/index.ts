// The Theory of Change editor and viewer.
import { lazy } from 'react';
import type { Feature } from '../types';
import { findToc } from './toc-edits';
import { theoryOfChangeTasks } from './tasks';

export const theoryOfChangeFeature: Feature = {
  routes: [
    { pattern: 'theory-of-change', title: () => 'Theory of Change', Page: lazy(() => import('./TheoryOfChangeListPage')) },
    {
      pattern: 'theory-of-change/:tocId',
      title: (workspace, params) => findToc(workspace, params.tocId ?? '')?.title ?? 'Theory of Change',
      Page: lazy(() => import('./TheoryOfChangePage')),
    },
  ],
  tasks: theoryOfChangeTasks,
};

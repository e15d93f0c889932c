// Phase 1, understanding the service: familiarisation notes and TI lens events with journey maps.
import { lazy } from 'react';
import type { Feature } from '../types';
import { findEvent } from './understanding-edits';
import { understandingTasks } from './tasks';

export const understandingFeature: Feature = {
  routes: [
    { pattern: 'understanding', title: () => 'Familiarisation conversations', Page: lazy(() => import('./FamiliarisationPage')) },
    { pattern: 'lens-events', title: () => 'TI lens events and journey maps', Page: lazy(() => import('./LensEventsPage')) },
    { pattern: 'lens-events/:eventId', title: (ws, p) => findEvent(ws, p.eventId ?? '')?.title ?? 'TI lens event', Page: lazy(() => import('./LensEventPage')) },
    {
      pattern: 'lens-events/:eventId/maps/:mapId',
      title: (ws, p) => findEvent(ws, p.eventId ?? '')?.journeyMaps.find((m) => m.id === p.mapId)?.title ?? 'Journey map',
      Page: lazy(() => import('./JourneyMapPage')),
    },
  ],
  tasks: understandingTasks,
};

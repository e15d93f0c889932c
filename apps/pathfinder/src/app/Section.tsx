import type { ReactNode } from 'react';
import { Heading } from '@nttp/ui';

/** A titled part of a page: an h2 that names the region for screen readers' landmarks list. */
export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="app-section">
      <Heading level={2} id={id}>
        {title}
      </Heading>
      {children}
    </section>
  );
}

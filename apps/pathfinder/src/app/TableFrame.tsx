import type { ReactNode } from 'react';

/**
 * The frame a wide table scrolls in on a narrow screen, so the page itself never scrolls sideways. It is
 * focusable and named, so a keyboard user can reach it and scroll it.
 */
export function TableFrame({ label, className, children }: { label: string; className?: string; children: ReactNode }) {
  return (
    <div className={className ? `app-table-frame ${className}` : 'app-table-frame'} tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}

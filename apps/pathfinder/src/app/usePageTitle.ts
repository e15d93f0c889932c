import { useEffect } from 'react';

/** "Training plan – Glenmoray pathfinder – Pathfinder": the page first, so tabs and history read well. */
export function usePageTitle(...parts: string[]): void {
  const title = [...parts, 'Pathfinder'].join(' – ');
  useEffect(() => {
    document.title = title;
  }, [title]);
}

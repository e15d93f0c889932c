// The one keyboard model for the diagram, shared by the React component and the custom element.
import type { DiagramModel } from './model';
import type { PanDirection } from './pan';

/** The last move along a link: from which step, and which way. */
export interface Trail {
  origin: string;
  direction: 'downstream' | 'upstream';
}

export type KeyAction =
  | { kind: 'move'; target: string; message: string; trail: Trail | null }
  /** Nowhere to go: say why. */
  | { kind: 'stay'; message: string }
  | { kind: 'select'; id: string; message: string }
  | { kind: 'clear'; message: string }
  | { kind: 'zoom'; change: 'in' | 'out' | 'reset' | 'fit-selection' }
  /** Move the view, not the focus (Shift+Alt+arrows). */
  | { kind: 'pan'; direction: PanDirection };

/** The keys the diagram handles, in words, for its help text. */
export const KEYBOARD_HELP =
  'Use the arrow keys on a step: Right and Left follow its links, Shift with Up or Down moves between the steps reached along the same links, Up and Down move within a column, Home and End go to the first and last step, Enter selects and Escape clears. Plus and minus zoom, 0 fits the diagram to the page, F fits the selected step and its links, and Shift with Alt and an arrow key moves the view without moving from the step.';

const PAN_KEYS: Partial<Record<string, PanDirection>> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

/**
 * What a key press on step `id` does. Right and Left follow links (back the way you came when you can),
 * Shift+Up and Shift+Down move between the steps reached along the same links, Up and Down move within a
 * column, Home and End go to the first and last step, Enter or Space selects, Escape clears, + − 0 F
 * zoom, and Shift+Alt+arrows pan (Alt with an arrow alone is left to the browser: Alt+Left goes back). Returns
 * undefined for keys the diagram leaves alone.
 */
export function keyAction(model: DiagramModel, id: string, key: { key: string; shiftKey: boolean; altKey?: boolean }, trail: Trail | null): KeyAction | undefined {
  const near = model.near.get(id);
  if (!near) return undefined;
  const direction = PAN_KEYS[key.key];
  if (key.altKey && direction) return key.shiftKey ? { kind: 'pan', direction } : undefined;
  const label = (step: string) => `‘${model.labels.get(step) ?? step}’`;
  const name = (step: string) => model.names.get(step) ?? step;
  const move = (target: string | undefined, how: string, none: string, next: Trail | null = null): KeyAction =>
    target ? { kind: 'move', target, message: `${how} ${name(target)}`, trail: next } : { kind: 'stay', message: none };
  // the steps reached along the same link as the last move, for Shift+Up and Shift+Down
  const along = trail ? (model.near.get(trail.origin)?.[trail.direction] ?? []) : [];
  const at = along.indexOf(id);
  const sibling = (delta: number): KeyAction => {
    const index = (at + delta + along.length) % along.length;
    const origin = label(trail!.origin);
    const where = `${index + 1} of ${along.length}`;
    return move(along[index], trail!.direction === 'downstream' ? `${where} steps ${origin} leads to:` : `${where} steps that lead to ${origin}:`, '', trail);
  };
  const count = (list: string[]) => (list.length > 1 ? ` (1 of ${list.length}; Shift and Down for the next)` : '');
  const follow = (from: string, to: string, direction: Trail['direction'], list: string[]): KeyAction => {
    const action = move(to, `Followed a link ${direction}${count(list)} to`, '', { origin: from, direction });
    const link = model.links.find((l) => (direction === 'downstream' ? l.link.from === from && l.link.to === to : l.link.from === to && l.link.to === from));
    return action.kind === 'move' && link?.because ? { ...action, message: `${action.message} ${link.because}` } : action;
  };
  switch (key.key) {
    case 'ArrowRight': {
      const target = trail?.direction === 'upstream' && near.downstream.includes(trail.origin) ? trail.origin : near.downstream[0];
      return target ? follow(id, target, 'downstream', near.downstream) : { kind: 'stay', message: `${label(id)} does not lead to another step yet.` };
    }
    case 'ArrowLeft': {
      const target = trail?.direction === 'downstream' && near.upstream.includes(trail.origin) ? trail.origin : near.upstream[0];
      return target ? follow(id, target, 'upstream', near.upstream) : { kind: 'stay', message: `No step leads to ${label(id)} yet.` };
    }
    case 'ArrowDown':
      if (key.shiftKey && at >= 0 && along.length > 1) return sibling(1);
      return move(near.below, 'Next in this column:', 'This is the last step in this column.');
    case 'ArrowUp':
      if (key.shiftKey && at >= 0 && along.length > 1) return sibling(-1);
      return move(near.above, 'Previous in this column:', 'This is the first step in this column.');
    case 'Home':
      return move(model.order[0], 'First step:', '');
    case 'End':
      return move(model.order[model.order.length - 1], 'Last step:', '');
    case 'Enter':
    case ' ':
      return { kind: 'select', id, message: `Selected ${label(id)}.` };
    case 'Escape':
      return { kind: 'clear', message: 'Selection cleared.' };
    case '+':
    case '=':
      return { kind: 'zoom', change: 'in' };
    case '-':
    case '_':
      return { kind: 'zoom', change: 'out' };
    case '0':
      return { kind: 'zoom', change: 'reset' };
    case 'f':
    case 'F':
      return { kind: 'zoom', change: 'fit-selection' };
    default:
      return undefined;
  }
}

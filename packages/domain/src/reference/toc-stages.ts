/** The stages of a Theory of Change, in order from left (what we do) to right (the change we seek). */
export const TOC_NODE_KINDS = ['activity', 'output', 'short-term-outcome', 'interim-outcome', 'long-term-outcome', 'impact'] as const;
export type TocNodeKind = (typeof TOC_NODE_KINDS)[number];

/** Position of a kind in the stage order (0 = activity … 5 = impact). */
export function stageIndex(kind: TocNodeKind): number {
  return TOC_NODE_KINDS.indexOf(kind);
}

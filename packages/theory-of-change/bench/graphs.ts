import { THEMES, TOC_NODE_KINDS, type TheoryOfChange, type ThemeId, type TocLink, type TocNode } from '@nttp/domain';
import { seededRandom } from '@nttp/domain/fixtures';

const STAGES = TOC_NODE_KINDS.slice(0, 5);
const WORDS = ['staff', 'people', 'feel', 'safe', 'supported', 'training', 'welcome', 'choice', 'trust', 'plans', 'shared', 'care', 'feedback', 'leaders', 'waits'];

/** The knobs of the generator: the tuning set and the held-out set use different ones. */
export interface GraphShape {
  /** Share of steps in each of the five stages (most are activities and outputs, as in real ToCs). */
  share: readonly number[];
  /** Chance that a step has two onward links rather than one. */
  twoLinks: number;
  /** Chance that a link skips a stage. */
  skip: number;
  /** Chance that a step takes the theme of a step leading to it (pathways mostly stay in one theme). */
  sameTheme: number;
}

export const TUNING_SHAPE: GraphShape = { share: [0.3, 0.25, 0.2, 0.15, 0.1], twoLinks: 0.45, skip: 0.15, sameTheme: 0.8 };
/** Never used while tuning the layout: other proportions, more links, more skips, looser themes. */
export const HELD_OUT_SHAPE: GraphShape = { share: [0.26, 0.26, 0.22, 0.16, 0.1], twoLinks: 0.55, skip: 0.2, sameTheme: 0.7 };

/**
 * A seeded Theory of Change of `size` steps over five stages. Each step links to one or two steps of the
 * next stage (or the one after); every step after the first stage has something leading to it. Themes
 * follow pathways: activities get one of the nine themes at random; links mostly go to a step of the
 * same theme (or one without a theme yet), and a step mostly takes the theme of the first step that
 * leads to it (otherwise any theme).
 */
export function tocShapedGraph(size: number, seed: number, shape: GraphShape = TUNING_SHAPE): TheoryOfChange {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const counts = shape.share.map((share) => Math.max(1, Math.round(share * size)));
  counts[0]! += size - counts.reduce((s, n) => s + n, 0);
  const byStage: TocNode[][] = STAGES.map((kind, s) =>
    Array.from({ length: counts[s]! }, (_, i) => ({
      id: `${kind}-${i}`,
      kind,
      label: Array.from({ length: 3 + Math.floor(random() * 6) }, () => pick(WORDS)).join(' '),
      scope: random() < 0.15 ? ('national' as const) : ('local' as const),
    })),
  );
  const links: TocLink[] = [];
  const seen = new Set<string>();
  const theme = new Map<string, ThemeId>();
  for (const node of byStage[0]!) theme.set(node.id, pick(THEMES).id);
  const add = (from: TocNode, to: TocNode) => {
    const key = `${from.id}>${to.id}`;
    if (seen.has(key)) return;
    seen.add(key);
    links.push({ id: `link-${links.length}`, from: from.id, to: to.id });
    // a step takes its theme from the first step that leads to it (mostly)
    if (!theme.has(to.id)) theme.set(to.id, random() < shape.sameTheme ? theme.get(from.id)! : pick(THEMES).id);
  };
  /** A step from `list`: mostly one in the same theme as `from` (or one without a theme yet). */
  const partner = (from: TocNode, list: TocNode[]) => {
    const near = list.filter((to) => !theme.has(to.id) || theme.get(to.id) === theme.get(from.id));
    return near.length > 0 && random() < shape.sameTheme ? pick(near) : pick(list);
  };
  for (let s = 0; s < STAGES.length - 1; s++) {
    for (const node of byStage[s]!) {
      const degree = random() < shape.twoLinks ? 2 : 1;
      for (let k = 0; k < degree; k++) {
        const skip = s + 2 < STAGES.length && random() < shape.skip;
        add(node, partner(node, byStage[skip ? s + 2 : s + 1]!));
      }
    }
    for (const node of byStage[s + 1]!) if (!links.some((l) => l.to === node.id)) add(pick(byStage[s]!), node);
  }
  for (const node of byStage.flat()) node.themeIds = [theme.get(node.id)!];
  return { id: `bench-${size}`, title: `Benchmark graph of ${size} steps`, nodes: byStage.flat(), links };
}

import { TOC_NODE_KINDS, type TheoryOfChange, type TocLink, type TocNode } from '@nttp/domain';
import { seededRandom } from '@nttp/domain/fixtures';

const STAGES = TOC_NODE_KINDS.slice(0, 5);
// Most steps are activities and outputs; fewer outcomes further right, as in real Theories of Change.
const SHARE = [0.3, 0.25, 0.2, 0.15, 0.1];
const WORDS = ['staff', 'people', 'feel', 'safe', 'supported', 'training', 'welcome', 'choice', 'trust', 'plans', 'shared', 'care', 'feedback', 'leaders', 'waits'];

/**
 * A seeded Theory of Change of `size` steps over five stages. Each step links to one or two steps of the
 * next stage; about 15% of links skip a stage; every step after the first stage has something leading to it.
 */
export function tocShapedGraph(size: number, seed: number): TheoryOfChange {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const counts = SHARE.map((share) => Math.max(1, Math.round(share * size)));
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
  const add = (from: TocNode, to: TocNode) => {
    const key = `${from.id}>${to.id}`;
    if (seen.has(key)) return;
    seen.add(key);
    links.push({ id: `link-${links.length}`, from: from.id, to: to.id });
  };
  for (let s = 0; s < STAGES.length - 1; s++) {
    for (const node of byStage[s]!) {
      const degree = random() < 0.45 ? 2 : 1;
      for (let k = 0; k < degree; k++) {
        const skip = s + 2 < STAGES.length && random() < 0.15;
        add(node, pick(byStage[skip ? s + 2 : s + 1]!));
      }
    }
    for (const node of byStage[s + 1]!) if (!links.some((l) => l.to === node.id)) add(pick(byStage[s]!), node);
  }
  return { id: `bench-${size}`, title: `Benchmark graph of ${size} steps`, nodes: byStage.flat(), links };
}

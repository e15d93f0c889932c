// pnpm bench:unseen: the same table on a third set of ToC-shaped graphs, made before the lane-aware
// ordering was tuned and run only to check it at the end: other seeds, looser themes (six links in ten
// stay in their theme), fewer activities, more outcomes, more skipped stages. Never used while tuning.
import { benchRows, type GraphSet } from './table';

const UNSEEN: GraphSet = {
  name: 'unseen',
  shape: { share: [0.22, 0.28, 0.22, 0.16, 0.12], twoLinks: 0.5, skip: 0.25, sameTheme: 0.6 },
  seed: (size, i) => 104_729 * (i + 1) + 7 * size + 900_000,
};

console.log('Unseen set: mean crossings of 10 graphs per size (3 at 300 nodes); ms per layout, best of three.');
console.table(await benchRows([UNSEEN]));

/**
 * `pnpm bench`: 100,000 respondents × 45 items with 2% missing. Times cronbachAlpha and scoreGroup
 * with tinybench and, when Rscript is on the PATH, R psych's alpha() and scoreItems() on the same data
 * in the same run, and prints one table with the times, the speed ratio and the numbers side by side.
 * It prints; it asserts nothing about time.
 */
import { Bench } from 'tinybench';
import { cronbachAlpha, defineInstrument, organisationalAssessmentSpec, scoreGroup } from '../src/index';
import { generate } from './data';
import { hasRscript, runR } from './r-psych';

const PEOPLE = 100_000;
const MISSING = 0.02;
// The organisational assessment with no minimum completion, so that every person with any answer is
// scored as psych::scoreItems(impute = "none") scores them: the mean of the items they answered.
const instrument = defineInstrument({ ...organisationalAssessmentSpec, id: 'bench-organisational-assessment', minCompletion: 0 });

console.log(`Generating ${PEOPLE.toLocaleString('en-GB')} respondents × ${instrument.items.length} items with ${MISSING * 100}% missing (seeded)…`);
const { matrix, responses } = generate(instrument, PEOPLE, MISSING);

const ours = { alpha: cronbachAlpha(matrix), group: scoreGroup(instrument, responses) };
const bench = new Bench({ time: 3000, iterations: 5, warmupIterations: 1 });
bench.add('cronbachAlpha', () => {
  cronbachAlpha(matrix);
});
bench.add('scoreGroup', () => {
  scoreGroup(instrument, responses);
});
await bench.run();
const ms = (name: string) => {
  const task = bench.getTask(name)!;
  const result = task.result as { latency?: { p50?: number; mean?: number }; period?: number } | undefined;
  return result?.latency?.p50 ?? result?.latency?.mean ?? result?.period ?? NaN;
};

const fmt = (x: number, digits = 6) => (Number.isFinite(x) ? x.toFixed(digits) : '–');
const maxDiff = (a: number[], b: number[]) => Math.max(...a.map((v, i) => Math.abs(v - (b[i] ?? NaN))));
const ourScaleAlphas = instrument.scales.map((s) => ours.group.diagnostics[s.id]!.alpha ?? NaN);
const ourScaleMeans = instrument.scales.map((s) => ours.group.scales[s.id]!.mean ?? NaN);

const rows: string[][] = [];
const header = ['task', 'ours (ms)', 'R psych (ms)', 'R ÷ ours', 'our numbers', 'R psych numbers', 'largest difference'];
if (hasRscript()) {
  console.log('Rscript found: timing R psych on the same data (written to a temporary CSV)…');
  const r = runR(instrument, matrix);
  console.log(`R: ${r.version}`);
  rows.push(
    ['cronbachAlpha vs alpha()', fmt(ms('cronbachAlpha'), 1), fmt(r.alphaMs, 0), `${fmt(r.alphaMs / ms('cronbachAlpha'), 1)}×`, `alpha ${fmt(ours.alpha.alpha!)}`, `alpha ${fmt(r.alpha)}`, Math.abs(ours.alpha.alpha! - r.alpha).toExponential(1)],
    ['scoreGroup vs scoreItems()', fmt(ms('scoreGroup'), 1), fmt(r.scoreItemsMs, 0), `${fmt(r.scoreItemsMs / ms('scoreGroup'), 1)}×`, `9 scale alphas, first ${fmt(ourScaleAlphas[0]!)}`, `first ${fmt(r.scaleAlphas[0]!)}`, maxDiff(ourScaleAlphas, r.scaleAlphas).toExponential(1)],
    ['', '', '', '', `9 scale means, first ${fmt(ourScaleMeans[0]!)}`, `first ${fmt(r.scaleMeans[0]!)}`, maxDiff(ourScaleMeans, r.scaleMeans).toExponential(1)],
  );
} else {
  console.log('Rscript is not on the PATH, so R psych was not timed: only our own times are shown.');
  rows.push(
    ['cronbachAlpha', fmt(ms('cronbachAlpha'), 1), 'R not found', '–', `alpha ${fmt(ours.alpha.alpha!)}`, '–', '–'],
    ['scoreGroup', fmt(ms('scoreGroup'), 1), 'R not found', '–', `first scale mean ${fmt(ourScaleMeans[0]!)}`, '–', '–'],
  );
}
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
console.log(`\n${line(header)}\n|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|\n${rows.map(line).join('\n')}`);
console.log('\nTimes are medians (ours: tinybench; R: system.time over 3 runs). Both see the same 100,000 × 45 answers.');

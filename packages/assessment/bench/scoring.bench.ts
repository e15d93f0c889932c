/**
 * `pnpm bench`: 100,000 respondents × 45 items with 2% missing. Times cronbachAlpha and scoreGroup
 * with tinybench and, when Rscript is on the PATH, R psych's alpha() and scoreItems() on the same data
 * in the same run, and prints one table with the times, the speed ratio and the numbers side by side.
 * It prints; it asserts nothing about time.
 */
import { Bench } from 'tinybench';
import { cronbachAlpha, defineInstrument, organisationalAssessmentV1Spec, scoreGroup } from '../src/index';
import { generate } from './data';
import { hasRscript, runR } from './r-psych';

const PEOPLE = 100_000;
const MISSING = 0.02;
// The organisational assessment 1.0.0 (45 items) with no minimum completion and no minimum number of
// items, so that every person with any answer is scored as psych::scoreItems(impute = "none") scores
// them: the mean of the items they answered.
const instrument = defineInstrument({ ...organisationalAssessmentV1Spec, id: 'bench-organisational-assessment', minCompletion: 0, minItems: 1 });

console.log(`Generating ${PEOPLE.toLocaleString('en-GB')} respondents × ${instrument.items.length} items with ${MISSING * 100}% missing (seeded)…`);
const { matrix, responses } = generate(instrument, PEOPLE, MISSING);

// The same answers as a table, the shape R is given (and a spreadsheet or survey export holds).
const table = { itemIds: instrument.items.map((item) => item.id), rows: matrix, respondentIds: responses.map((r) => r.respondentId) };
const ours = { alpha: cronbachAlpha(matrix), group: scoreGroup(instrument, responses), table: scoreGroup(instrument, table) };
const bench = new Bench({ time: 3000, iterations: 5, warmupIterations: 1 });
bench.add('cronbachAlpha', () => {
  cronbachAlpha(matrix);
});
bench.add('scoreGroup', () => {
  scoreGroup(instrument, responses);
});
bench.add('scoreGroup (table)', () => {
  scoreGroup(instrument, table);
});
await bench.run();
const ms = (name: string) => {
  const task = bench.getTask(name)!;
  const result = task.result as { latency?: { p50?: number; mean?: number }; period?: number } | undefined;
  return result?.latency?.p50 ?? result?.latency?.mean ?? result?.period ?? NaN;
};

/** Median CPU time (user + system) over a few runs: steadier than wall time when the machine is shared. */
function cpuMs(run: () => unknown, times = 3): number {
  const samples: number[] = [];
  for (let k = 0; k < times; k++) {
    const before = process.cpuUsage();
    run();
    const used = process.cpuUsage(before);
    samples.push((used.user + used.system) / 1000);
  }
  return samples.sort((a, b) => a - b)[times >> 1]!;
}
const cpu = { alpha: cpuMs(() => cronbachAlpha(matrix)), group: cpuMs(() => scoreGroup(instrument, responses)), table: cpuMs(() => scoreGroup(instrument, table)) };

const fmt = (x: number, digits = 6) => (Number.isFinite(x) ? x.toFixed(digits) : '–');
const maxDiff = (a: number[], b: number[]) => Math.max(...a.map((v, i) => Math.abs(v - (b[i] ?? NaN))));
const ourScaleAlphas = instrument.scales.map((s) => ours.group.diagnostics[s.id]!.alpha ?? NaN);
const ourScaleMeans = instrument.scales.map((s) => ours.group.scales[s.id]!.mean ?? NaN);
// A table of answers is scored exactly as the list of responses holding the same answers.
if (JSON.stringify(ours.table) !== JSON.stringify(ours.group)) console.log('Note: the table and the list of responses gave different reports (they should not).');

const rows: string[][] = [];
const header = ['task', 'ours: wall / CPU (ms)', 'R psych: wall / CPU (ms)', 'R ÷ ours (wall / CPU)', 'our numbers', 'R psych numbers', 'largest difference'];
const pair = (a: number, b: number, digits = 0) => `${fmt(a, digits)} / ${fmt(b, digits)}`;
const ratio = (a: number, b: number) => `${fmt(a, 1)}× / ${fmt(b, 1)}×`;
if (hasRscript()) {
  console.log('Rscript found: timing R psych on the same data (written to a temporary CSV)…');
  const r = runR(instrument, matrix);
  console.log(`R: ${r.version}`);
  rows.push(
    ['cronbachAlpha vs alpha()', pair(ms('cronbachAlpha'), cpu.alpha), pair(r.alphaMs, r.alphaCpuMs), ratio(r.alphaMs / ms('cronbachAlpha'), r.alphaCpuMs / cpu.alpha), `alpha ${fmt(ours.alpha.alpha!)}`, `alpha ${fmt(r.alpha)}`, Math.abs(ours.alpha.alpha! - r.alpha).toExponential(1)],
    ['scoreGroup(table) vs scoreItems()', pair(ms('scoreGroup (table)'), cpu.table), pair(r.scoreItemsMs, r.scoreItemsCpuMs), ratio(r.scoreItemsMs / ms('scoreGroup (table)'), r.scoreItemsCpuMs / cpu.table), `9 scale alphas, first ${fmt(ourScaleAlphas[0]!)}`, `first ${fmt(r.scaleAlphas[0]!)}`, maxDiff(ourScaleAlphas, r.scaleAlphas).toExponential(1)],
    ['', '', '', '', `9 scale means, first ${fmt(ourScaleMeans[0]!)}`, `first ${fmt(r.scaleMeans[0]!)}`, maxDiff(ourScaleMeans, r.scaleMeans).toExponential(1)],
    ['scoreGroup(responses) vs scoreItems()', pair(ms('scoreGroup'), cpu.group), pair(r.scoreItemsMs, r.scoreItemsCpuMs), ratio(r.scoreItemsMs / ms('scoreGroup'), r.scoreItemsCpuMs / cpu.group), 'the same numbers as the table', '', ''],
  );
} else {
  console.log('Rscript is not on the PATH, so R psych was not timed: only our own times are shown.');
  rows.push(
    ['cronbachAlpha', pair(ms('cronbachAlpha'), cpu.alpha), 'R not found', '–', `alpha ${fmt(ours.alpha.alpha!)}`, '–', '–'],
    ['scoreGroup(table)', pair(ms('scoreGroup (table)'), cpu.table), 'R not found', '–', `first scale mean ${fmt(ourScaleMeans[0]!)}`, '–', '–'],
    ['scoreGroup(responses)', pair(ms('scoreGroup'), cpu.group), 'R not found', '–', 'the same numbers as the table', '–', '–'],
  );
}
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
console.log(`\n${line(header)}\n|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|\n${rows.map(line).join('\n')}`);
console.log('\nTimes are medians: wall time from tinybench (ours) and system.time over 3 runs (R), and CPU time (user + system)');
console.log('over 3 runs for both, which is steadier when other work shares the machine. Both see the same 100,000 × 45 answers:');
console.log('R and scoreGroup(table) as a table of numbers; scoreGroup(responses) as 100,000 response objects, each checked.');

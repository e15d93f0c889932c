import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Instrument } from '../src/instrument/spec';

export interface RResult {
  version: string;
  alphaMs: number;
  scoreItemsMs: number;
  /** CPU time (user + system) of the same runs: steadier than wall time on a shared machine. */
  alphaCpuMs: number;
  scoreItemsCpuMs: number;
  alpha: number;
  scaleAlphas: number[];
  scaleMeans: number[];
}

export function hasRscript(): boolean {
  return spawnSync('Rscript', ['--version'], { stdio: 'ignore' }).status === 0;
}

/** Writes the table to a temporary CSV and times psych::alpha and psych::scoreItems on it in R. */
export function runR(instrument: Instrument, matrix: (number | null)[][], repeats = 3): RResult {
  const dir = mkdtempSync(join(tmpdir(), 'nttp-assessment-r-'));
  try {
    const csv = join(dir, 'answers.csv');
    // Plain column names: psych marks reversed items with a leading "-", so ids with hyphens would clash.
    const column = new Map(instrument.items.map((item, k) => [item.id, `i${k + 1}`]));
    const lines = [[...column.values()].map((c) => `"${c}"`).join(',')];
    for (const row of matrix) lines.push(row.map((v) => (v === null ? 'NA' : String(v))).join(','));
    writeFileSync(csv, lines.join('\n') + '\n');
    // psych's keys: a list per scale, reverse-keyed items with a leading "-".
    const reversed = new Set(instrument.items.filter((i) => i.reverse).map((i) => i.id));
    const keys = instrument.scales
      .map((s) => `"${s.id}" = c(${s.itemIds.map((id) => `"${reversed.has(id) ? '-' : ''}${column.get(id)}"`).join(', ')})`)
      .join(',\n  ');
    const script = `
suppressMessages(library(psych))
x <- as.matrix(read.csv("${csv}", check.names = FALSE))
keys <- list(${keys})
t_alpha <- numeric(0); t_score <- numeric(0); c_alpha <- numeric(0); c_score <- numeric(0)
cpu <- function(t) t[["user.self"]] + t[["sys.self"]]
for (i in 1:${repeats}) {
  ta <- system.time(a <- suppressWarnings(alpha(x, warnings = FALSE)))
  ts <- system.time(s <- suppressWarnings(scoreItems(keys, x, impute = "none")))
  t_alpha <- c(t_alpha, ta[["elapsed"]]); c_alpha <- c(c_alpha, cpu(ta))
  t_score <- c(t_score, ts[["elapsed"]]); c_score <- c(c_score, cpu(ts))
}
cat("version", R.version.string, "/ psych", as.character(packageVersion("psych")), "\\n")
cat("alphaMs", 1000 * median(t_alpha), "\\n")
cat("scoreItemsMs", 1000 * median(t_score), "\\n")
cat("alphaCpuMs", 1000 * median(c_alpha), "\\n")
cat("scoreItemsCpuMs", 1000 * median(c_score), "\\n")
cat("alpha", sprintf("%.15g", a$total$raw_alpha), "\\n")
cat("scaleAlphas", sprintf("%.15g", as.numeric(s$alpha)), "\\n")
cat("scaleMeans", sprintf("%.15g", colMeans(s$scores, na.rm = TRUE)), "\\n")
`;
    const scriptFile = join(dir, 'bench.R');
    writeFileSync(scriptFile, script);
    const out = execFileSync('Rscript', [scriptFile], { encoding: 'utf8', maxBuffer: 1 << 24 });
    const line = (name: string) => out.split('\n').find((l) => l.startsWith(`${name} `))!.slice(name.length + 1).trim();
    const nums = (name: string) => line(name).split(/\s+/).map(Number);
    return {
      version: line('version'),
      alphaMs: Number(line('alphaMs')),
      scoreItemsMs: Number(line('scoreItemsMs')),
      alphaCpuMs: Number(line('alphaCpuMs')),
      scoreItemsCpuMs: Number(line('scoreItemsCpuMs')),
      alpha: Number(line('alpha')),
      scaleAlphas: nums('scaleAlphas'),
      scaleMeans: nums('scaleMeans'),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

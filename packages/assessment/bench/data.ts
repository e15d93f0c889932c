import type { Response } from '@nttp/domain';
import { seededRandom } from '@nttp/domain/fixtures';
import type { Instrument } from '../src/instrument/spec';

export interface BenchData {
  matrix: (number | null)[][];
  responses: Response[];
}

/**
 * People × items answers on a 1–5 scale with `missingShare` missing, seeded so every run is the same.
 * Each scale's items share a latent trait (so alpha means something); reverse-keyed items are
 * answered the other way round, as people would.
 */
export function generate(instrument: Instrument, people: number, missingShare: number, seed = 20240601): BenchData {
  const random = seededRandom(seed);
  const gauss = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const scaleOf = new Map(instrument.scales.flatMap((s, k) => s.itemIds.map((id) => [id, k] as const)));
  const items = instrument.items;
  const matrix: (number | null)[][] = new Array(people);
  for (let p = 0; p < people; p++) {
    const general = gauss();
    const traits = instrument.scales.map(() => 0.6 * general + 0.8 * gauss());
    const row: (number | null)[] = [];
    for (const item of items) {
      if (random() < missingShare) {
        row.push(null);
        continue;
      }
      const level = traits[scaleOf.get(item.id)!]! + 0.9 * gauss();
      const v = Math.min(5, Math.max(1, Math.round(3 + level)));
      row.push(item.reverse ? 6 - v : v);
    }
    matrix[p] = row;
  }
  const documents: Response[] = matrix.map((row, p) => ({
    id: `r-${p}`,
    roundId: 'bench',
    respondentId: `p-${p}`,
    submittedOn: '2025-06-01',
    answers: Object.fromEntries(items.map((item, i) => [item.id, row[i]!])),
  }));
  // The table as a CSV or spreadsheet reader builds it (a row at a time, pushing each value), and
  // the documents as a service holds them after reading them from storage (parsed from JSON).
  return { matrix, responses: JSON.parse(JSON.stringify(documents)) as Response[] };
}

import { describe, expect, it } from 'vitest';
import { defineInstrument } from '../instrument/define';
import { smallSpec } from '../test-support/specs';
import { ScoringError } from '../errors';
import { compareRounds } from './compare';
import { scoreGroup } from './group';

const instrument = defineInstrument(smallSpec());
const itemIds = ['a-1', 'a-2', 'b-1'];

/** The issues a call throws, as `where: code`. */
function issuesOf(run: () => unknown): string[] {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(ScoringError);
    return (e as ScoringError).issues.map((i) => `${i.where}: ${i.code}`);
  }
  throw new Error('Expected a ScoringError.');
}

describe('scoreGroup on a table of answers', () => {
  it('gives the same report as the same answers as responses', () => {
    const rows = [
      [4, 2, 5],
      [5, 1, 'dont-know'],
      [3, null, 3],
    ];
    const responses = rows.map((row, r) => ({ id: `r-${r}`, roundId: 'round-1', respondentId: `p-${r}`, submittedOn: '2025-03-01', answers: Object.fromEntries(row.map((v, k) => [itemIds[k]!, v])) }));
    expect(scoreGroup(instrument, { itemIds, rows, respondentIds: responses.map((r) => r.respondentId) })).toEqual(scoreGroup(instrument, responses));
  });

  it('takes the columns in any order, and leaves aside columns the instrument does not have', () => {
    const report = scoreGroup(instrument, { itemIds: ['b-1', 'extra', 'a-1', 'a-2'], rows: [[5, 'anything', 4, 2]] });
    expect(report.items['b-1']!.mean).toBe(5);
    expect(report.scales.a!.mean).toBe((4 + (6 - 2)) / 2);
    expect(report.notes.join(' ')).toMatch(/1 response had answers to items not in Team check/);
  });

  it('counts an item with no column as not answered by anyone', () => {
    const report = scoreGroup(instrument, { itemIds: ['a-1', 'a-2'], rows: [[4, 2]] });
    expect(report.items['b-1']).toMatchObject({ answered: 0, noAnswer: 1, mean: null });
    expect(report.scales.b!.withheld.byReason['no-answers']).toBe(1);
  });

  it('names rows row-1, row-2 and so on when no respondent ids are given', () => {
    const report = scoreGroup(instrument, { itemIds, rows: [[4, 2, 5], [4, null, 5]] });
    expect(report.scales.a!.withheld.respondentIds).toEqual(['row-2']);
    expect(report.respondents).toBe(2);
  });

  it('names every problem by row and column, and scores nothing', () => {
    const table = { itemIds, rows: [[4, 2, 9], [4, 2], 'not a row', [4, 'maybe', 5]] };
    expect(issuesOf(() => scoreGroup(instrument, table))).toEqual(['rows[0][2]: off-scale', 'rows[1]: row-length', 'rows[2]: row-length', 'rows[3][1]: unknown-code']);
  });

  it('asks for one column per item and one respondent id per row', () => {
    expect(issuesOf(() => scoreGroup(instrument, { itemIds: ['a-1', 'a-1'], rows: [] }))).toEqual(['itemIds[1]: duplicate-id']);
    expect(issuesOf(() => scoreGroup(instrument, { itemIds, rows: [[1, 2, 3]], respondentIds: [] }))).toEqual(['respondentIds: length-mismatch']);
  });

  it('checks the outline of the table with its schema, in plain words', () => {
    const where = issuesOf(() => scoreGroup(instrument, { itemIds: ['Line\nbreak'], rows: [], colour: 'blue' }));
    expect(where).toContain('itemIds[0]: invalid_format');
    expect(where.some((w) => w.endsWith('unrecognized_keys'))).toBe(true);
    expect(() => scoreGroup(instrument, 'a table')).toThrow(/a list of responses, or a table of answers/);
  });

  it('is compared round with round like responses are', () => {
    const before = { itemIds, rows: [[2, 4, 2], [3, 3, 3], [2, 5, 2], [1, 4, 3]], respondentIds: ['p-1', 'p-2', 'p-3', 'p-4'] };
    const after = { itemIds, rows: [[4, 2, 4], [5, 1, 4], [4, 2, 5], [4, 1, 4]], respondentIds: ['p-1', 'p-2', 'p-3', 'p-4'] };
    const report = compareRounds(instrument, before, after, { reliability: 0.8 });
    expect(report.scales.a!.change).toBeGreaterThan(0);
    expect(report.scales.a!.people!.matched).toBe(4);
  });
});

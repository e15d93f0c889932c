import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Response } from '@nttp/domain';
import { seededRandom } from '@nttp/domain/fixtures';
import { defineInstrument } from '../instrument/define';
import { organisationalAssessment } from '../instruments/organisational-assessment';
import { ScoringError } from '../errors';
import { compareRounds } from './compare';
import { explainChange } from './explain';
import { paired, tCdf, tQuantile, welch } from './mean-difference';

/** One scale of three items, as in the issue's example. */
const three = defineInstrument({
  id: 'three-items',
  version: '1.0.0',
  title: 'Three items',
  responseScales: [{ id: 'agree', min: 1, max: 5, labels: [{ value: 1, label: 'Strongly disagree' }, { value: 5, label: 'Strongly agree' }] }],
  items: ['t-1', 't-2', 't-3'].map((id) => ({ id, text: `Statement ${id}.`, theme: 'leadership', principles: ['trust'] })),
  scales: [{ id: 't', title: 'Leadership', itemIds: ['t-1', 't-2', 't-3'] }],
  bands: [{ id: 'all', label: 'All', from: 1, to: 5, description: 'The whole scale.' }],
});

const table = (rows: number[][], ids?: string[]) => ({ itemIds: ['t-1', 't-2', 't-3'], rows, ...(ids ? { respondentIds: ids } : {}) });

describe('the t tests behind compareRounds, against R 4.2.2', () => {
  // Person scores (means of three items) from the issue's example.
  const before = [1, 7 / 3, 4, 5];
  const after = [2, 3, 14 / 3, 5];

  it("Welch: t.test(y, x) with x <- c(1, 7/3, 4, 5); y <- c(2, 3, 14/3, 5)", () => {
    const r = welch(before, after)!;
    expect(r.t).toBeCloseTo(0.51465023546566557, 12); // r$statistic
    expect(r.df).toBeCloseTo(5.71909987188770597, 12); // r$parameter
    expect(r.p).toBeCloseTo(0.6260712773028323, 10); // r$p.value
    expect(r.ci.lower).toBeCloseTo(-2.22349094104528033, 10); // r$conf.int[1]
    expect(r.ci.upper).toBeCloseTo(3.39015760771194774, 10); // r$conf.int[2]
    // Hedges' g: (mean(y)-mean(x)) / sqrt(((n1-1)*var(x)+(n2-1)*var(y))/(n1+n2-2)) * (1-3/(4*(n1+n2-2)-1))
    expect(r.effectSize).toEqual({ measure: 'hedges-g', value: expect.closeTo(0.31644580124958743, 12) });
  });

  it('paired: t.test(a, b, paired = TRUE)', () => {
    const b = [2.5, 3, 3.5, 2, 4, 3, 2.5, 3.5, 3, 2];
    const a = [3, 3.5, 3.5, 3, 4.5, 3, 3, 4, 3.5, 2.5];
    const r = paired(b, a)!;
    expect(r.t).toBeCloseTo(5.01377413078040046, 12);
    expect(r.df).toBe(9);
    expect(r.p).toBeCloseTo(0.00072521502760339285, 12);
    expect(r.ci.lower).toBeCloseTo(0.24696518097819783, 10);
    expect(r.ci.upper).toBeCloseTo(0.65303481902180216, 10);
    // g_av: mean(a-b)/sqrt((var(a)+var(b))/2) * (1-3/(4*(length(a)-1)-1))
    expect(r.effectSize).toEqual({ measure: 'hedges-g-av', value: expect.closeTo(0.66331651667713798, 12) });
    // The same answers as two independent groups: t.test(a, b)
    const w = welch(b, a)!;
    expect(w.t).toBeCloseTo(1.62227277394049674, 12);
    expect(w.df).toBeCloseTo(17.71714087795366765, 12);
    expect(w.p).toBeCloseTo(0.12240421403225805, 10);
    expect(w.ci.lower).toBeCloseTo(-0.13343948818768633, 10);
  });

  it('swapping the rounds turns the difference round and keeps p; the interval holds the estimate (property)', () => {
    const scores = fc.array(fc.integer({ min: 2, max: 10 }).map((x) => x / 2), { minLength: 2, maxLength: 30 });
    fc.assert(
      fc.property(scores, scores, (x, y) => {
        const forward = welch(x, y);
        const back = welch(y, x);
        if (!forward || !back) return forward === back;
        return Math.abs(forward.t + back.t) < 1e-9 && Math.abs(forward.p - back.p) < 1e-9 && forward.ci.lower <= forward.estimate && forward.estimate <= forward.ci.upper && forward.p >= 0 && forward.p <= 1;
      }),
    );
    fc.assert(
      fc.property(scores, fc.integer({ min: -3, max: 3 }), (x, shift) => {
        // Everyone changing by exactly the same amount has no spread of change: no test, rather than an infinite t.
        return paired(x, x.map((v) => v + shift)) === null;
      }),
    );
  });

  it('the t distribution: qt(0.975, 3.7) and pt(-2.2, 7.3)', () => {
    expect(tQuantile(0.975, 3.7)).toBeCloseTo(2.8675207071911917, 10);
    expect(tCdf(-2.2, 7.3)).toBeCloseTo(0.031084582700011767, 12);
  });
});

describe('compareRounds judges group change honestly (issue 11, Found 1)', () => {
  const before = table([[1, 1, 1], [2, 2, 3], [4, 4, 4], [5, 5, 5]], ['b-1', 'b-2', 'b-3', 'b-4']);
  const after = table([[2, 2, 2], [3, 3, 3], [5, 4, 5], [5, 5, 5]], ['f-1', 'f-2', 'f-3', 'f-4']);

  it('does not call four people before and four others after a change', () => {
    // On main: "beyond noise". Here, with the defaults, four people are below the minimum cell size.
    const guarded = compareRounds(three, before, after).scales.t!;
    expect(guarded.verdict).toBe('too-few-to-judge');
    expect(guarded.baseline).toEqual({ mean: null, sd: null, n: 0, suppressed: true });
    // With suppression off and a verdict allowed from two people, the interval is wide and includes 0.
    const report = compareRounds(three, before, after, { minCellSize: 1, minToJudge: 2 });
    const t = report.scales.t!;
    expect(report.people).toEqual({ both: 0, joined: 4, left: 4 });
    expect(t.rounds!.t).toBeCloseTo(0.51465023546566557, 12);
    expect(t.rounds!.p).toBeCloseTo(0.6260712773028323, 10);
    expect(t.stayers).toBeNull();
    expect(t.basis).toBe('rounds');
    expect(t.verdict).toBe('no-clear-change');
  });

  /**
   * `count` people answering the organisational assessment, each around their own level; with `lift`,
   * each answer below 5 is one point higher with that chance (a shift of about a third of a point).
   */
  function round(roundId: string, idPrefix: string, count: number, lift: number, seed: number): Response[] {
    const random = seededRandom(seed);
    const raise = seededRandom(seed + 1000);
    return Array.from({ length: count }, (_, p) => {
      const level = (random() + random() + random() - 1.5) * 1.6;
      const answers = Object.fromEntries(
        organisationalAssessment.items.map((item) => {
          const point = Math.max(1, Math.min(5, Math.round(3 + level + (random() - 0.5) * 1.6)));
          const keyed = point < 5 && raise() < lift ? point + 1 : point;
          return [item.id, item.reverse ? 6 - keyed : keyed];
        }),
      );
      return { id: `${roundId}-${p}`, roundId, respondentId: `${idPrefix}-${p}`, submittedOn: '2025-03-01', answers };
    });
  }

  it('finds a shift of a third of a point with about 180 people per round, on all nine themes', () => {
    // On main: "within noise" on all nine themes. Different people (ids) with the same spread of levels, lifted.
    const report = compareRounds(organisationalAssessment, round('r1', 'first', 180, 0, 7), round('r2', 'second', 180, 0.36, 7));
    expect(report.pairing).toBe('paired');
    expect(report.people).toEqual({ both: 0, joined: 180, left: 180 });
    for (const change of Object.values(report.themes)) {
      expect(change!.basis).toBe('rounds');
      expect(change!.verdict).toBe('higher');
      expect(change!.change!).toBeGreaterThan(0.25);
      expect(change!.change!).toBeLessThan(0.4);
      expect(change!.rounds!.t).toBeGreaterThan(2.8);
      expect(change!.rounds!.ci.lower).toBeGreaterThan(0);
      expect(change!.reason).toBeNull();
    }
    // The same people a year on: the paired comparison carries the verdict.
    const same = compareRounds(organisationalAssessment, round('r1', 'p', 180, 0, 7), round('r2', 'p', 180, 0.36, 7));
    expect(same.people).toEqual({ both: 180, joined: 0, left: 0 });
    expect(same.overall!.basis).toBe('stayers');
    expect(same.overall!.verdict).toBe('higher');
    expect(same.overall!.stayers!.n).toBe(180);
    // No shift: no verdict of change.
    expect(compareRounds(organisationalAssessment, round('r1', 'p', 180, 0, 7), round('r2', 'p', 180, 0, 7)).overall!.verdict).toBe('no-clear-change');
  });

  it('says who answered both rounds, who joined and who left, and the stayers’ own change', () => {
    const ids = Array.from({ length: 16 }, (_, p) => `P_${String(p).padStart(3, '0')}`);
    const rows = (lift: number) => ids.map((_, p) => [1 + (p % 4) + lift, 1 + ((p + 1) % 4) + lift, 2 + lift]);
    // 11 stay, 5 leave, 5 join (P_100…): every remainder is at least the minimum.
    const report = compareRounds(three, table(rows(0), ids), table(rows(1), [...ids.slice(0, 11), ...ids.slice(11).map((_, k) => `P_10${k}`)]));
    expect(report.people).toEqual({ both: 11, joined: 5, left: 5 });
    const t = report.scales.t!;
    expect(t.stayers!.n).toBe(11);
    expect(t.stayers!.estimate).toBeCloseTo(1, 12);
    expect(t.basis).toBe('stayers');
    // When most people joined or left, the stayers speak for few: the rounds as groups carry the verdict.
    const many = Array.from({ length: 40 }, (_, p) => `q-${p}`);
    const turnover = compareRounds(three, table(many.map((_, p) => [1 + (p % 4), 2, 3]), many), table(many.map((_, p) => [2 + (p % 4), 3, 3]), [...many.slice(0, 12), ...many.slice(12).map((id) => `${id}-new`)]));
    expect(turnover.people).toEqual({ both: 12, joined: 28, left: 28 });
    expect(turnover.scales.t!.stayers!.n).toBe(12);
    expect(turnover.scales.t!.basis).toBe('rounds');
  });

  it('withholds the stayers’ change when so few left that their scores could be worked out', () => {
    const ids = Array.from({ length: 14 }, (_, p) => `p-${p}`);
    const rows = (lift: number, n: number) => ids.slice(0, n).map((_, p) => [1 + (p % 4) + lift, 2 + lift, 1 + ((p + 2) % 4)]);
    // 12 stay, 2 leave, nobody joins: follow-up mean − stayers' change would give the stayers' baseline mean, and so the two leavers' total.
    const report = compareRounds(three, table(rows(0, 14), ids), table(rows(1, 12), ids.slice(0, 12)));
    const t = report.scales.t!;
    expect(report.people).toEqual({ both: 12, joined: 0, left: 2 });
    expect(t.stayers).toBeNull();
    expect(t.reason).toMatch(/could be worked out from the round figures/);
    expect(t.basis).toBe('rounds');
  });

  it('names repeated respondent ids in either round', () => {
    const base = table([[1, 2, 3], [2, 2, 2]], ['Q1', 'Q1']);
    try {
      compareRounds(three, base, table([[1, 2, 3]], ['Q1']));
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ScoringError);
      expect((e as ScoringError).issues.map((i) => `${i.where}: ${i.code}`)).toEqual(['baseline.respondentIds[1]: duplicate-respondent']);
      expect((e as ScoringError).message).toContain('"Q1"');
    }
  });

  it('names problems in both rounds at once, by round', () => {
    const r = { id: 'r-1', roundId: 'round-1', respondentId: 'p-1', submittedOn: '2025-03-01', answers: { 't-1': 3 } };
    try {
      compareRounds(three, [{ ...r, submittedOn: 'soon' }], [{ ...r, answers: { 't-1': 8 } }]);
      expect.unreachable();
    } catch (error) {
      expect((error as ScoringError).issues.map((i) => i.where)).toEqual(['baseline[0].submittedOn', 'followUp[0].answers["t-1"]']);
    }
  });

  it('refuses rounds answered with another instrument', () => {
    const other = { id: 'round-1', pathfinderId: 'p', label: 'Baseline', kind: 'baseline', instrumentId: 'something-else', instrumentVersion: '1.2.0', openedOn: '2025-01-01' };
    expect(() => compareRounds(three, before, after, { baselineRound: other })).toThrow(/answered with something-else/);
  });
});

describe('explainChange', () => {
  it('says the change in words a service lead can use', () => {
    const ids = Array.from({ length: 20 }, (_, p) => `p-${p}`);
    const rows = (lift: number) => ids.map((_, p) => [1 + (p % 4) + lift, 1 + ((p + 1) % 4) + (p % 2) * lift, 2 + lift]);
    const report = compareRounds(three, table(rows(0), ids), table(rows(1), ids));
    const text = explainChange(report.scales.t!);
    expect(text).toMatch(/^Leadership: the average score was \d\.\d\d at the baseline \(20 people\) and \d\.\d\d at the follow-up \(20 people\)\./);
    expect(text).toMatch(/For the 20 people who answered both times, scores rose by 0\.83 on average; we can be 95% confident their true change is between \d\.\d\d and \d\.\d\d points\./);
    expect(text).toContain('so the scores are clearly higher at the follow-up.');
    const whole = explainChange(report);
    expect(whole).toMatch(/^20 people answered both rounds, 0 people joined at the follow-up/);
    const few = explainChange(compareRounds(three, table([[1, 2, 3]], ['a']), table([[2, 2, 3]], ['a'])).scales.t!);
    expect(few).toContain('There are too few people to judge whether this changed.');
    expect(() => explainChange({ unit: { title: 'x' } } as never)).toThrow(ScoringError);
  });
});

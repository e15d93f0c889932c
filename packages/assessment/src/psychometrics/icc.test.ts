import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { icc, ICC_TYPES, type IccResult } from './icc';
import { ICC_RATINGS, SHROUT_FLEISS } from '../test-support/reference-data';

/*
 * Reference values from R 4.2.2 Patched (2022-11-10 r83330) with psych 2.2.9:
 *   sf <- matrix(c(9,2,5,8,6,1,3,2,8,4,6,8,7,1,2,6,10,5,6,9,6,2,4,7), ncol = 4, byrow = TRUE)
 *   ICC(sf, lmer = FALSE)$results                                             # SHROUT_FLEISS
 *   set.seed(7); t <- 15; j <- 5; tr <- rnorm(t, 5, 2); rater <- rnorm(j, 0, 0.7)
 *   y <- round(outer(tr, rater, "+") + matrix(rnorm(t * j, sd = 1), t, j), 1)  # ICC_RATINGS
 *   ICC(y, lmer = FALSE)$results
 * Columns: ICC, F, df1, df2, p, lower bound, upper bound (printed with sprintf("%.15g")).
 * lmer = FALSE asks for the classical ANOVA mean squares, which Shrout & Fleiss define.
 */
type Row = [number, number, number, number, number, number, number];
const SF: Record<string, Row> = {
  ICC1: [0.165741768405476, 1.79467849223947, 5, 18, 0.16476880834464, -0.132932324874751, 0.722560062328121],
  ICC2: [0.289763779527559, 11.0272479564033, 5, 15, 0.000134566516484337, 0.018786513374712, 0.761084369648953],
  ICC3: [0.714840714840715, 11.0272479564033, 5, 15, 0.000134566516484337, 0.342464765033925, 0.94585825995536],
  ICC1k: [0.442797133679269, 1.79467849223947, 5, 18, 0.16476880834464, -0.884442155238119, 0.912415420340776],
  ICC2k: [0.620050547598989, 11.0272479564033, 5, 15, 0.000134566516484337, 0.0711368153025035, 0.927232040167722],
  ICC3k: [0.909315542377069, 11.0272479564033, 5, 15, 0.000134566516484337, 0.675674713816305, 0.985891678169062],
};
const GEN: Record<string, Row> = {
  ICC1: [0.888953335327268, 41.0261159552661, 14, 60, 2.05977219094482e-25, 0.788155097143578, 0.955055579261884],
  ICC2: [0.889473078747071, 52.0458630306785, 14, 56, 6.93659939569639e-27, 0.778324859360612, 0.956288956379291],
  ICC3: [0.910787349330974, 52.0458630306785, 14, 56, 6.93659939569639e-27, 0.825592609978111, 0.964415089785232],
  ICC1k: [0.975625282171718, 41.0261159552661, 14, 60, 2.05977219094482e-25, 0.948985247137133, 0.990675861447477],
  ICC2k: [0.975750431643707, 52.0458630306785, 14, 56, 6.93659939569639e-27, 0.946107706474873, 0.990941008912179],
  ICC3k: [0.980786177002953, 52.0458630306785, 14, 56, 6.93659939569639e-27, 0.959462488770391, 0.992674475450346],
};

function expectMatches(result: IccResult, ref: Record<string, Row>): void {
  for (const type of ICC_TYPES) {
    const form = result.forms[type];
    const [value, F, df1, df2, p, lower, upper] = ref[type]!;
    expect(Math.abs(form.value! - value), `${type} value`).toBeLessThan(1e-6);
    expect(result[type]).toBe(form.value);
    expect(Math.abs(form.F! - F), `${type} F`).toBeLessThan(1e-6);
    expect([form.df1, form.df2]).toEqual([df1, df2]);
    expect(Math.abs(form.p! - p) / p, `${type} p (relative)`).toBeLessThan(1e-6);
    expect(Math.abs(form.lower! - lower), `${type} lower`).toBeLessThan(1e-6);
    expect(Math.abs(form.upper! - upper), `${type} upper`).toBeLessThan(1e-6);
  }
}

describe('icc matches R psych 2.2.9 ICC(x, lmer = FALSE)', () => {
  it("on Shrout & Fleiss' own example", () => expectMatches(icc(SHROUT_FLEISS), SF));
  it('on generated ratings', () => expectMatches(icc(ICC_RATINGS), GEN));
});

describe('icc', () => {
  it('leaves out targets with a missing rating and says so', () => {
    const withGap = [...SHROUT_FLEISS, [5, null, 4, 6]];
    const result = icc(withGap);
    expect(result.n).toBe(6);
    expect(result.flags[0]).toMatchObject({ code: 'rows-left-out' });
    expect(result.flags[0]!.message).toMatch(/1 target was left out/);
    expect(result.forms.ICC3.value).toBeCloseTo(SF.ICC3![0], 12);
  });

  it('gives the same values whatever the order of targets', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(ICC_RATINGS, { minLength: ICC_RATINGS.length }), (rows) => {
        const a = icc(rows).forms;
        const b = icc(ICC_RATINGS).forms;
        return ICC_TYPES.every((t) => Math.abs(a[t].value! - b[t].value!) < 1e-9);
      }),
      { numRuns: 100 },
    );
  });

  it('rejects a confidence level outside (0, 1) with a plain message', () => {
    expect(() => icc(SHROUT_FLEISS, { level: 95 })).toThrow(/between 0 and 1/);
  });
});

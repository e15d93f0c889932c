import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cronbachAlpha, type AlphaResult } from './alpha';
import { ScoringError } from '../errors';
import { ALPHA_DATA } from '../test-support/reference-data';

/*
 * Reference values from R 4.2.2 Patched (2022-11-10 r83330) with psych 2.2.9:
 *   set.seed(2024); n <- 24; k <- 6; latent <- rnorm(n)
 *   x <- sapply(1:k, function(j) pmin(5, pmax(1, round(3 + latent * (if (j == 6) -0.8 else 0.9) + rnorm(n, sd = 0.9)))))
 *   x[cbind(c(2,5,5,9,13,17,20,23), c(1,3,6,2,4,5,1,6))] <- NA          # = ALPHA_DATA
 *   a <- alpha(x, warnings = FALSE)                                      # pairwise
 *   a <- alpha(na.omit(x), warnings = FALSE)                             # listwise
 *   a <- alpha(x, impute = "median", warnings = FALSE)                   # median
 *   a <- alpha(x, keys = c(1, 1, 1, 1, 1, -1), warnings = FALSE)         # keyed
 * then a$total$raw_alpha, $std.alpha, $average_r, a$feldt$lower.ci/upper.ci, a$item.stats$r.drop/n/mean/sd,
 * a$alpha.drop$raw_alpha/std.alpha printed with sprintf("%.15g").
 */
interface Reference {
  alpha: number; std: number; averageR: number; feldt: [number, number]; rDrop: number[]; alphaDrop: number[]; stdDrop: number[];
  n: number[]; mean: number[]; sd: number[]; rows: number;
}
const R: Record<string, Reference> = {
  pairwise: {
    alpha: 0.524260256494094, std: 0.553477595945749, averageR: 0.171216834088028, feldt: [0.153436324772358, 0.767315533006092],
    rDrop: [0.653194236693356, 0.48266568363203, 0.705730327299157, 0.501117629524757, 0.589643942941664, -0.686950496709071],
    alphaDrop: [0.306458068270903, 0.363452904318401, 0.236052985459161, 0.337961412161895, 0.326183652279568, 0.841275010387803],
    stdDrop: [0.323150689049224, 0.409347326814831, 0.291135240060088, 0.388031486496852, 0.362903636081496, 0.848164235412353],
    n: [22, 23, 23, 23, 23, 22], mean: [2.72727272727273, 2.8695652173913, 2.78260869565217, 2.95652173913043, 2.73913043478261, 3.31818181818182],
    sd: [1.03195691040618, 1.25424181466106, 1.20440561497176, 1.39734361198686, 1.09616651457157, 1.24924219453477], rows: 24,
  },
  listwise: {
    alpha: 0.549367088607595, std: 0.597682866875379, averageR: 0.198461187306693, feldt: [0.110423452089817, 0.81343516706642],
    rDrop: [0.72677290472072, 0.587115634920366, 0.578774114886882, 0.525168599700496, 0.557049146403421, -0.614357144220882],
    alphaDrop: [0.334590945194599, 0.371941594317285, 0.35089590443686, 0.366071428571428, 0.371013900245298, 0.845001944768572],
    stdDrop: [0.370872034717649, 0.432925299222503, 0.437469718108918, 0.452315758844024, 0.443027887977545, 0.854044013116374],
    n: [17, 17, 17, 17, 17, 17], mean: [2.82352941176471, 2.47058823529412, 2.88235294117647, 3.11764705882353, 2.88235294117647, 3.05882352941176],
    sd: [0.88284300116492, 1.00732610526728, 1.16631647405284, 1.31730562803286, 1.11143786045242, 1.19742370504837], rows: 17,
  },
  median: {
    alpha: 0.503284487114704, std: 0.525031093936139, averageR: 0.155571935008948, feldt: [0.116110613269503, 0.75705627721665],
    rDrop: [0.592490317321223, 0.458236206096774, 0.662633352384416, 0.468899317727442, 0.566607538183757, -0.66449992996343],
    alphaDrop: [0.30410447761194, 0.341983407293074, 0.22003443081558, 0.321421129401959, 0.300996932515337, 0.819764812302126],
    stdDrop: [0.307120977047862, 0.375561202652187, 0.262552249406591, 0.360323459204506, 0.328227328045896, 0.826491390516459],
    n: [24, 24, 24, 24, 24, 24], mean: [2.75, 2.875, 2.79166666666667, 2.95833333333333, 2.75, 3.29166666666667],
    sd: [0.989070710093681, 1.22696160600432, 1.17876747224514, 1.3666578295932, 1.07339364309813, 1.19706767331373], rows: 24,
  },
  keyed: {
    alpha: 0.867681331472238, std: 0.872291287137949, averageR: 0.532357702375242, feldt: [0.764543156506958, 0.935282895154326],
    rDrop: [0.738818870456499, 0.452435545164776, 0.662841321073787, 0.727042960785451, 0.77461072907654, 0.686950496709071],
    alphaDrop: [0.835822224657835, 0.882431222093246, 0.845585913259153, 0.834531529060514, 0.828187692774631, 0.841275010387803],
    stdDrop: [0.839074938957413, 0.885450291793308, 0.851786265598299, 0.840404344898588, 0.833922557218086, 0.848164235412353],
    n: [22, 23, 23, 23, 23, 22], mean: [2.72727272727273, 2.8695652173913, 2.78260869565217, 2.95652173913043, 2.73913043478261, 2.68181818181818],
    sd: [1.03195691040618, 1.25424181466106, 1.20440561497176, 1.39734361198686, 1.09616651457157, 1.24924219453477], rows: 24,
  },
};

const TOL = 1e-6;
function close(actual: number | null | undefined, expected: number): void {
  expect(actual).not.toBeNull();
  expect(Math.abs((actual as number) - expected)).toBeLessThan(TOL);
}

function expectMatches(result: AlphaResult, ref: Reference): void {
  close(result.alpha, ref.alpha);
  close(result.standardizedAlpha, ref.std);
  close(result.averageR, ref.averageR);
  close(result.ci95?.lower, ref.feldt[0]);
  close(result.ci95?.upper, ref.feldt[1]);
  expect(result.n).toBe(ref.rows);
  expect(result.itemCount).toBe(6);
  result.itemStats.forEach((s, i) => {
    close(s.rDrop, ref.rDrop[i]!);
    close(s.alphaIfDeleted, ref.alphaDrop[i]!);
    close(s.standardizedAlphaIfDeleted, ref.stdDrop[i]!);
    close(s.mean, ref.mean[i]!);
    close(s.sd, ref.sd[i]!);
    expect(s.n).toBe(ref.n[i]);
  });
}

describe('cronbachAlpha matches R psych 2.2.9 alpha()', () => {
  it('with pairwise-complete covariances (the default)', () => expectMatches(cronbachAlpha(ALPHA_DATA), R.pairwise!));
  it('with listwise deletion', () => expectMatches(cronbachAlpha(ALPHA_DATA, { missing: 'listwise' }), R.listwise!));
  it('with item medians imputed', () => expectMatches(cronbachAlpha(ALPHA_DATA, { missing: 'median' }), R.median!));
  it('with a reverse-keyed item', () => expectMatches(cronbachAlpha(ALPHA_DATA, { keys: [1, 1, 1, 1, 1, -1] }), R.keyed!));
});

describe('cronbachAlpha flags', () => {
  it('flags a negative r.drop as possible wrong keying, and not once the item is keyed', () => {
    const flags = cronbachAlpha(ALPHA_DATA).flags.filter((f) => f.code === 'negative-r-drop');
    expect(flags.map((f) => f.item)).toEqual([5]);
    expect(flags[0]!.message).toMatch(/reverse keyed/);
    expect(cronbachAlpha(ALPHA_DATA, { keys: [1, 1, 1, 1, 1, -1] }).flags.some((f) => f.code === 'negative-r-drop')).toBe(false);
  });

  it('sets aside an item with no variance and flags it, as R psych does', () => {
    const data = ALPHA_DATA.map((row) => [...row.slice(0, 5), 3]);
    const withConstant = cronbachAlpha(data);
    expect(withConstant.droppedItems).toEqual([5]);
    expect(withConstant.itemCount).toBe(5);
    expect(withConstant.flags.find((f) => f.code === 'zero-variance')?.item).toBe(5);
    expect(withConstant.alpha).toBeCloseTo(cronbachAlpha(ALPHA_DATA.map((row) => row.slice(0, 5))).alpha!, 12);
  });

  it('flags too few respondents, and withholds alpha when it cannot be computed', () => {
    expect(cronbachAlpha(ALPHA_DATA).flags.some((f) => f.code === 'few-respondents')).toBe(true);
    expect(cronbachAlpha(ALPHA_DATA, { minRespondents: 20 }).flags.some((f) => f.code === 'few-respondents')).toBe(false);
    const one = cronbachAlpha([[1, 2, 3]]);
    expect(one.alpha).toBeNull();
    expect(one.flags.map((f) => f.code)).toContain('not-computable');
  });
});

describe('cronbachAlpha input', () => {
  it('answers a ragged table with a ScoringError naming the row', () => {
    try {
      cronbachAlpha([[1, 2], [1]]);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ScoringError);
      expect((error as ScoringError).issues[0]).toMatchObject({ path: [1], code: 'ragged-row' });
    }
  });

  it('names a cell that is not a number', () => {
    expect(() => cronbachAlpha([[1, 2], [1, 'x']] as never)).toThrow(ScoringError);
    try {
      cronbachAlpha([[1, 2], [1, 'x']] as never);
    } catch (error) {
      expect((error as ScoringError).issues[0]!.where).toBe('[1][1]');
    }
  });

  it('asks for one key per item', () => {
    expect(() => cronbachAlpha(ALPHA_DATA, { keys: [1, -1] })).toThrow(/one key per item/);
  });
});

describe('cronbachAlpha properties', () => {
  const table = fc.integer({ min: 3, max: 6 }).chain((k) =>
    fc.array(fc.array(fc.option(fc.integer({ min: 1, max: 5 }), { freq: 10 }), { minLength: k, maxLength: k }), { minLength: 4, maxLength: 25 }),
  );

  it('does not depend on the order of respondents', () => {
    fc.assert(
      fc.property(table, fc.func(fc.integer()), (rows, key) => {
        const shuffled = [...rows].sort((a, b) => key(a) - key(b));
        const a = cronbachAlpha(rows);
        const b = cronbachAlpha(shuffled);
        if (a.alpha === null) return b.alpha === null;
        return Math.abs(a.alpha - (b.alpha as number)) < 1e-9 * Math.max(1, Math.abs(a.alpha));
      }),
      { numRuns: 150 },
    );
  });

  it('never exceeds 1', () => {
    fc.assert(
      fc.property(table, (rows) => {
        const a = cronbachAlpha(rows, { missing: 'listwise' });
        return a.alpha === null || a.alpha <= 1 + 1e-12;
      }),
      { numRuns: 150 },
    );
  });
});

/** Something a reader of a statistic should know: it is still reported, with this note beside it. */
export interface StatisticFlag {
  code:
    | 'zero-variance'
    | 'negative-r-drop'
    | 'few-respondents'
    | 'not-computable'
    | 'rwg-out-of-range'
    | 'rows-left-out'
    /** The pairwise covariance matrix is not positive definite: no real table of answers could give it. */
    | 'not-positive-definite'
    /** A value lies outside the range the statistic can take (such as r.drop above 1): shown, but not to be read. */
    | 'out-of-range';
  message: string;
  /** The item (column) the flag is about, when it is about one. */
  item?: number;
}

export function flag(code: StatisticFlag['code'], message: string, item?: number): StatisticFlag {
  return item === undefined ? { code, message } : { code, message, item };
}

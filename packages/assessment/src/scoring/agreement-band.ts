import { bandOf } from '../instrument/compile';
import type { Band } from '../instrument/spec';

/**
 * Below this rwg(j) a group's mean gets no band: the answers are too split for one label to speak
 * for the group (a group half at 1 and half at 5 has a mean of 3 and an rwg(j) of 0). 0.5 is the
 * lower edge of "moderate agreement" in LeBreton & Senter (2008).
 */
export const LOW_AGREEMENT = 0.5;
/** From LOW_AGREEMENT up to this rwg(j) the band is shown with a note to read it with care. */
export const STRONG_AGREEMENT = 0.7;

export interface AgreedBand {
  band: Band | null;
  /** Why the band is withheld or qualified, in plain words (null when it stands as it is). */
  note: string | null;
}

/**
 * The band for a group's mean, qualified or withheld by how far the group agrees (rwg(j)). With no
 * agreement figure (one person, or a scale without a range) the band stands as it is.
 */
export function bandWithAgreement(bands: readonly Band[], mean: number | null, rwgJ: number | null, title: string): AgreedBand {
  if (mean === null) return { band: null, note: null };
  const band = bandOf(bands, mean);
  if (!band || rwgJ === null || rwgJ >= STRONG_AGREEMENT) return { band, note: null };
  const agreement = rwgJ.toFixed(2);
  if (rwgJ < LOW_AGREEMENT)
    return {
      band: null,
      note: `No band is shown for ${title}: people's answers are split (agreement rwg(j) ${agreement}, below ${LOW_AGREEMENT}), so the mean may sit between groups who see things very differently. Look at the spread, and talk it through.`,
    };
  return {
    band,
    note: `The band "${band.label}" for ${title} comes with moderate agreement (rwg(j) ${agreement}): some people see this quite differently, so read the band with the spread beside it.`,
  };
}

// Every call this feature makes into the scoring engine, in one place, so a change to @nttp/assessment's
// API is made here and nowhere else. The engine withholds groups under its minimum cell size itself; the
// same minimum is kept here too, so no group result resting on fewer than MIN_GROUP people is shown.
import {
  organisationalAssessment,
  organisationalAssessmentVersions,
  scoreGroup,
  trainingNeedsAnalysis,
  trainingNeedsAnalysisV1,
  type GroupReport,
  type GroupStat,
  type Instrument,
  type ItemSummary,
  type TrainingNeedsAnalysis,
} from '@nttp/assessment';
import { PRINCIPLES, THEMES, type AssessmentRound, type PrincipleId, type Response, type ThemeId } from '@nttp/domain';
import type { ImportStatement } from './import/plan';

/** The fewest people a group result may rest on; smaller groups are withheld so no one can be singled out. */
export const MIN_GROUP = 5;

export type RoundKind = AssessmentRound['kind'];

/** Every version this app can score: a round is always scored with the version it was answered with. */
const ANALYSES: readonly TrainingNeedsAnalysis[] = [trainingNeedsAnalysisV1, trainingNeedsAnalysis];
const INSTRUMENTS: readonly Instrument[] = [...organisationalAssessmentVersions, ...ANALYSES.map((a) => a.instrument)];

/** The training needs analysis (instrument and rules) a round was answered with, or null. */
export function analysisOf(round: Pick<AssessmentRound, 'instrumentId' | 'instrumentVersion'>): TrainingNeedsAnalysis | null {
  return ANALYSES.find((a) => a.instrument.id === round.instrumentId && a.instrument.version === round.instrumentVersion) ?? null;
}

/** The instrument a round is answered with, or null when this app does not have it. */
export function instrumentOf(round: Pick<AssessmentRound, 'instrumentId' | 'instrumentVersion'>): Instrument | null {
  return INSTRUMENTS.find((i) => i.id === round.instrumentId && i.version === round.instrumentVersion) ?? null;
}

/** The instrument a new round of this kind uses. */
export function instrumentForKind(kind: RoundKind): Instrument {
  return kind === 'training-needs' ? trainingNeedsAnalysis.instrument : organisationalAssessment;
}

export interface StatementInfo extends ImportStatement {
  themeId: ThemeId | null;
  principleIds: PrincipleId[];
  /** Not applicable / don't know are offered for agreement statements, never for yes-or-no training records. */
  offersOutside: boolean;
}

/** The statements of an instrument in order, with their scales. */
export function statementsOf(instrument: Instrument): StatementInfo[] {
  return instrument.items.map((item) => {
    const scale = instrument.responseScales.find((s) => s.id === item.responseScale) ?? instrument.responseScales[0]!;
    const min = scale.min ?? 1;
    const max = scale.max ?? 5;
    return {
      id: item.id,
      text: item.text,
      themeId: (item.theme ?? null) as ThemeId | null,
      principleIds: [...item.principles] as PrincipleId[],
      scale: { min, max, labels: scale.labels.map((l) => ({ value: l.value, label: l.label })) },
      offersOutside: max - min > 1,
    };
  });
}

/** One statement's counts as the engine gives them; `mean` is null when fewer than MIN_GROUP people answered it. */
export type StatementResult = Pick<ItemSummary, 'text' | 'answered' | 'notApplicable' | 'dontKnow' | 'skipped' | 'noAnswer' | 'mean'>;

export interface UnitResult {
  id: string;
  title: string;
  /** Null when withheld: `withheldReason` says why. */
  mean: number | null;
  median: number | null;
  sd: number | null;
  min: number | null;
  max: number | null;
  /** People whose answers this rests on. */
  n: number;
  band: { label: string; description: string } | null;
  agreement: number | null;
  withheldReason: string | null;
  notCounted: number;
  statements: StatementResult[];
}

export type GroupResults =
  | { shown: false; people: number; reason: string }
  | { shown: true; people: number; overall: UnitResult | null; themes: UnitResult[]; principles: UnitResult[]; cells: { themeId: ThemeId; principleId: PrincipleId; result: UnitResult }[] };

const tooFew = (n: number) =>
  `This rests on ${n} ${n === 1 ? 'person' : 'people'}. Results are shown from ${MIN_GROUP} people, so that no one’s answers can be picked out.`;

function unitResult(stat: GroupStat, report: GroupReport): UnitResult {
  const small = stat.n < MIN_GROUP;
  const statements = stat.itemIds.flatMap((id) => {
    const item = report.items[id];
    if (!item) return [];
    return [{ text: item.text, answered: item.answered, notApplicable: item.notApplicable, dontKnow: item.dontKnow, skipped: item.skipped, noAnswer: item.noAnswer, mean: item.answered >= MIN_GROUP ? item.mean : null }];
  });
  const hidden = small || stat.mean === null;
  return {
    id: stat.unit.id,
    title: stat.unit.title,
    mean: hidden ? null : stat.mean,
    median: hidden ? null : stat.median,
    sd: hidden ? null : stat.sd,
    min: hidden ? null : stat.min,
    max: hidden ? null : stat.max,
    n: stat.n,
    band: hidden || !stat.band ? null : { label: stat.band.label, description: stat.band.description },
    agreement: hidden ? null : stat.rwgJ,
    // The engine blanks a unit it withholds (its n is then 0, so even the count is not shown) and says why.
    withheldReason: stat.suppressed ? (stat.reason ?? tooFew(stat.n)) : small ? tooFew(stat.n) : stat.mean === null ? (stat.reason ?? 'Not enough answers to show a result.') : null,
    notCounted: stat.withheld.count,
    statements,
  };
}

/** The group's results for a round, by theme, principle and theme × principle; withheld for small groups. */
export function groupResults(instrument: Instrument, round: AssessmentRound, responses: readonly Response[]): GroupResults {
  const people = responses.length;
  if (people < MIN_GROUP) return { shown: false, people, reason: tooFew(people) };
  const report = scoreGroup(instrument, responses, { round });
  const themes = THEMES.flatMap((t) => (report.themes[t.id] ? [unitResult(report.themes[t.id]!, report)] : []));
  const principles = PRINCIPLES.flatMap((p) => (report.principles[p.id] ? [unitResult(report.principles[p.id]!, report)] : []));
  const cells = THEMES.flatMap((t) =>
    PRINCIPLES.flatMap((p) => {
      const stat = report.matrix[t.id]?.[p.id];
      return stat ? [{ themeId: t.id, principleId: p.id, result: unitResult(stat, report) }] : [];
    }),
  );
  return { shown: true, people, overall: report.overall ? unitResult(report.overall, report) : null, themes, principles, cells };
}

export interface Section {
  title: string;
  statementIds: string[];
}

/** The instrument's scales as sections to answer one at a time (a theme each in the organisational assessment). */
export function sectionsOf(instrument: Instrument): Section[] {
  return instrument.scales.map((s) => ({ title: s.title, statementIds: [...s.itemIds] }));
}

/** The job roles a training needs analysis knows, for people to choose from (never required). */
export function rolesFor(instrument: Instrument): string[] {
  return instrument.id === trainingNeedsAnalysis.instrument.id ? trainingNeedsAnalysis.roles.map((r) => r.role) : [];
}

import { NES_LEVEL_IDS, type NesLevelId, type TrainingPlan } from '@nttp/domain';
import type { TrainingModuleRule, TrainingNeedsAnalysis } from './training-needs-rules';

type Cohort = TrainingPlan['cohorts'][number];
type Scaffolding = Cohort['scaffolding'];

/** What the cohort builder needs to know of each person. */
export interface CohortMember {
  respondentId: string;
  modulesNeeded: string[];
  confidence: number | null;
}

export interface CohortTiming {
  /** YYYY-MM-DD: when the first cohorts start. */
  startOn: string;
  /** Weeks from the start of one level's cohorts to the next level's, so informed comes before skilled. */
  weeksBetweenLevels: number;
  /** Weeks between cohorts of the same level, so a team is never all away at once. */
  weeksBetweenParts: number;
  maxCohortSize: number;
}

const LEVEL_NAMES: Record<NesLevelId, string> = { informed: 'Informed', skilled: 'Skilled', enhanced: 'Enhanced', specialist: 'Specialist' };

/** Adds whole weeks to a YYYY-MM-DD date (in UTC, so the result never depends on the clock's zone). */
export function addWeeks(isoDate: string, weeks: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + weeks * 7);
  return date.toISOString().slice(0, 10);
}

/** Splits people into the fewest cohorts of at most `max`, as even as can be (13 with 12 at most: 7 and 6). */
export function balancedParts<T>(people: readonly T[], max: number): T[][] {
  const parts = Math.ceil(people.length / max);
  const parted: T[][] = [];
  for (let p = 0, from = 0; p < parts; p++) {
    const size = Math.floor(people.length / parts) + (p < people.length % parts ? 1 : 0);
    parted.push(people.slice(from, from + size));
    from += size;
  }
  return parted;
}

/** A group of modules taught together: one NES level's general modules, or a module for some roles only. */
interface Track {
  id: string;
  name: string;
  level: NesLevelId;
  modules: TrainingModuleRule[];
  /** Level tracks follow one another; role tracks (leadership) start at the plan's start. */
  sequenced: boolean;
}

function tracksOf(tna: TrainingNeedsAnalysis): Track[] {
  const general = NES_LEVEL_IDS.map((level) => ({ id: level, name: LEVEL_NAMES[level], level, modules: tna.modules.filter((m) => m.level === level && !m.forRoles), sequenced: true }));
  const forRoles = tna.modules.filter((m) => m.forRoles).map((m) => ({ id: m.moduleId.replace(/^mod-/, ''), name: m.title, level: m.level, modules: [m], sequenced: false }));
  return [...general, ...forRoles].filter((t) => t.modules.length > 0);
}

function scaffoldingFor(tna: TrainingNeedsAnalysis, track: Track, members: readonly CohortMember[]): Scaffolding {
  const scores = members.map((p) => p.confidence).filter((x): x is number => x !== null);
  const meanConfidence = scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : null;
  const low = meanConfidence !== null && meanConfidence < tna.lowConfidenceBelow;
  const scaffolding: Scaffolding =
    members.length > 1
      ? [
          { kind: 'team-meeting-cohort-time', description: 'Time in regular team meetings for the cohort to reflect together on putting the learning into practice.' },
          { kind: 'peer-support', description: 'Pair people who have completed this level with those starting it, for informal support between sessions.' },
        ]
      : [
          // Training alone there is no cohort to reflect with: peers elsewhere and supervision take its place.
          { kind: 'peer-support', description: `Training alone at this level here: link with someone taking ${track.name} training in a partner service or the NTTP network, and with a colleague who has completed it, for support between sessions.` },
          { kind: 'clinical-supervision', description: 'Time in supervision to talk through putting the learning into practice, in place of reflecting with a cohort.' },
        ];
  if (track.level !== 'informed' || low)
    scaffolding.push({
      kind: 'coaching',
      description: low
        ? `Coaching linked to supervision: the cohort's mean confidence is ${meanConfidence.toFixed(1)}, below ${tna.lowConfidenceBelow}.`
        : 'Coaching linked to supervision, where capacity allows, to help people use the skills in practice.',
    });
  return scaffolding;
}

/**
 * Cohorts for everyone who still needs a module: one track per NES level (informed, then skilled,
 * then enhanced, each starting `weeksBetweenLevels` after the one before) and one per role-only
 * module (starting at once); within a track, the fewest cohorts of at most `maxCohortSize`, as even
 * as can be, starting `weeksBetweenParts` apart.
 */
export function buildCohorts(tna: TrainingNeedsAnalysis, people: readonly CohortMember[], timing: CohortTiming): Cohort[] {
  const cohorts: Cohort[] = [];
  let levelStart = timing.startOn;
  for (const track of tracksOf(tna)) {
    const ids = new Set(track.modules.map((m) => m.moduleId));
    const members = people.filter((p) => p.modulesNeeded.some((id) => ids.has(id)));
    if (!members.length) continue;
    const start = track.sequenced ? levelStart : timing.startOn;
    const parts = balancedParts(members, timing.maxCohortSize);
    parts.forEach((part, p) => {
      cohorts.push({
        id: `cohort-${track.id}-${p + 1}`,
        name: `${track.name} cohort${parts.length > 1 ? ` ${p + 1}` : ''}`,
        level: track.level,
        respondentIds: part.map((m) => m.respondentId),
        moduleIds: track.modules.filter((m) => part.some((x) => x.modulesNeeded.includes(m.moduleId))).map((m) => m.moduleId),
        startsOn: addWeeks(start, p * timing.weeksBetweenParts),
        scaffolding: scaffoldingFor(tna, track, part),
      });
    });
    if (track.sequenced) levelStart = addWeeks(levelStart, timing.weeksBetweenLevels);
  }
  // In start order; on the same day, lower levels first.
  return cohorts.sort((a, b) => a.startsOn!.localeCompare(b.startsOn!) || NES_LEVEL_IDS.indexOf(a.level) - NES_LEVEL_IDS.indexOf(b.level));
}

export interface NewStarterStep {
  /** When, counted from the first day, in words. */
  within: string;
  moduleIds: string[];
  description: string;
}

/** The path for someone who joins after the plan is made: a buddy, the informed level at induction, then the next cohort. */
export function newStarterPath(tna: TrainingNeedsAnalysis): NewStarterStep[] {
  const ids = (keep: (m: TrainingModuleRule) => boolean) => tna.modules.filter(keep).map((m) => m.moduleId);
  const steps: NewStarterStep[] = [
    { within: 'first week', moduleIds: [], description: 'A colleague who has completed training at the level the role needs is the new starter’s buddy, for questions and support.' },
    { within: 'first month', moduleIds: ids((m) => m.level === 'informed' && !m.forRoles), description: 'Complete the informed level as part of induction, with protected time to do it.' },
    {
      within: 'first three months',
      moduleIds: ids((m) => m.level !== 'informed' && !m.forRoles),
      description: 'Join the next cohort at the level the role needs (see the roles in the training needs analysis); until then, the buddy and supervision carry the learning.',
    },
  ];
  const forRoles = tna.modules.filter((m) => m.forRoles);
  if (forRoles.length)
    steps.push({
      within: 'first six months',
      moduleIds: forRoles.map((m) => m.moduleId),
      description: `A new ${[...new Set(forRoles.flatMap((m) => m.forRoles!))].join(' or ')} also joins the next ${forRoles.map((m) => m.title).join(', ')} cohort.`,
    });
  return steps.filter((s) => s.moduleIds.length > 0 || s.within === 'first week');
}

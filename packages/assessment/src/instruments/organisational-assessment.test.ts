import { describe, expect, it } from 'vitest';
import { PRINCIPLE_IDS, THEME_IDS } from '@nttp/domain';
import { exampleWorkspace, exampleWorkspaces, ORGANISATIONAL_ITEM_IDS } from '@nttp/domain/fixtures';
// Version 1.0.0, which the example rounds were answered with, still scores them as before.
import { organisationalAssessmentV1 as organisationalAssessment } from './organisational-assessment';
import { scoreGroup } from '../scoring/group';
import { scoreResponse } from '../scoring/response';
import { compareRounds } from '../scoring/compare';

const rounds = exampleWorkspace.assessmentRounds;
const baselineRound = rounds.find((r) => r.kind === 'baseline')!;
const followUpRound = rounds.find((r) => r.kind === 'follow-up')!;
const of = (roundId: string) => exampleWorkspace.responses.filter((r) => r.roundId === roundId);

describe('organisationalAssessment', () => {
  it('has our own 45 items, at least four per theme, each tagged with principles', () => {
    expect(organisationalAssessment.items.map((i) => i.id)).toEqual([...ORGANISATIONAL_ITEM_IDS]);
    for (const theme of THEME_IDS) expect(organisationalAssessment.items.filter((i) => i.theme === theme).length).toBeGreaterThanOrEqual(4);
    for (const item of organisationalAssessment.items) expect(item.principles.length).toBeGreaterThan(0);
    for (const principle of PRINCIPLE_IDS) expect(organisationalAssessment.items.some((i) => i.principles.includes(principle))).toBe(true);
    expect(new Set(organisationalAssessment.items.map((i) => i.text)).size).toBe(45);
  });

  it('matches the id and version the example rounds were answered with', () => {
    expect([organisationalAssessment.id, organisationalAssessment.version]).toEqual([baselineRound.instrumentId, baselineRound.instrumentVersion]);
  });

  it('scores every example response', () => {
    for (const w of Object.values(exampleWorkspaces))
      for (const r of w.responses.filter((x) => x.roundId.includes('-oa-'))) {
        const report = scoreResponse(organisationalAssessment, r);
        expect(Object.keys(report.themes)).toEqual([...THEME_IDS]);
        expect(Object.keys(report.matrix).length).toBe(9);
      }
  });

  it('scores the baseline group with agreement and the recorded consensus rating', () => {
    const report = scoreGroup(organisationalAssessment, of(baselineRound.id), { round: baselineRound });
    const leadership = report.themes.leadership!;
    expect(leadership.n).toBeGreaterThan(0);
    expect(leadership.rwgJ).not.toBeNull();
    expect(leadership.consensus!.rating).toBe(2);
    expect(report.overall!.mean).toBeGreaterThan(1);
    expect(report.overall!.mean).toBeLessThan(5);
  });

  it('finds the follow-up change beyond measurement noise, given a reliability', () => {
    const report = compareRounds(organisationalAssessment, of(baselineRound.id), of(followUpRound.id), { baselineRound, followUpRound, reliability: 0.8 });
    expect(report.overall!.change).toBeGreaterThan(0.5);
    expect(report.overall!.reliabilitySource).toBe('given');
    expect(report.overall!.beyondNoise).toBe(true);
    expect(report.overall!.people!.matched).toBe(of(baselineRound.id).length);
  });

  it("finds the change beyond measurement noise from the baseline's own reliability", () => {
    // The example answers share variance within each theme, as real answers do.
    const report = compareRounds(organisationalAssessment, of(baselineRound.id), of(followUpRound.id), { baselineRound, followUpRound });
    expect(report.overall!.reliabilitySource).toBe('baseline-alpha');
    expect(report.overall!.reliability).toBeGreaterThan(0.7);
    expect(report.overall!.beyondNoise).toBe(true);
  });

  it('says plainly when the baseline cannot give a reliability', () => {
    // Items that pull against each other: every item's answers run from 1 to 5, yet people's totals
    // barely differ, so the baseline's alpha is negative and gives no reliability to judge change by.
    const byTheme = new Map<string, string[]>();
    for (const { theme = 'none', id } of organisationalAssessment.items) byTheme.set(theme, [...(byTheme.get(theme) ?? []), id]);
    const baseline = [0, 1, 2, 3, 4].map((i) => ({
      id: `flat-${i}`,
      roundId: baselineRound.id,
      respondentId: `person-${i}`,
      submittedOn: '2024-07-20',
      answers: Object.fromEntries([...byTheme.values()].flatMap((ids) => ids.map((id, k) => [id, k < ids.length - 1 ? 1 + ((i + k) % 5) : 1 + i]))),
    }));
    const followUp = baseline.map((r) => ({ ...r, id: `${r.id}-later`, roundId: followUpRound.id }));
    const report = compareRounds(organisationalAssessment, baseline, followUp);
    const unjudged = Object.values(report.themes).filter((c) => c!.reliability === null);
    expect(unjudged.length).toBeGreaterThan(0);
    for (const c of unjudged) {
      expect(c!.beyondNoise).toBeNull();
      expect(c!.reason).toMatch(/Give a reliability in the options/);
    }
  });
});

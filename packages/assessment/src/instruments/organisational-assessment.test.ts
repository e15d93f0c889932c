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

  it('gives no verdict on the example rounds: six people are too few to judge a change (issue 11, Found 1)', () => {
    // On main this was called "beyond measurement noise", using a formula for one person's change.
    const report = compareRounds(organisationalAssessment, of(baselineRound.id), of(followUpRound.id), { baselineRound, followUpRound });
    expect(report.people).toEqual({ both: of(baselineRound.id).length, joined: 0, left: 0 });
    expect(report.overall!.change).toBeGreaterThan(0.5);
    for (const c of [report.overall, ...Object.values(report.themes)]) expect(c!.verdict).toBe('too-few-to-judge');
    expect(report.overall!.reason).toMatch(/Too few people answered both rounds to judge/);
  });
});

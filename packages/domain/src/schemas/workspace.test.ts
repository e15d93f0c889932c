import { describe, expect, it } from 'vitest';
import { exampleWorkspace, exampleWorkspaces } from '../fixtures';
import { DomainError, parseWorkspace, safeParseWorkspace, type PathfinderWorkspace } from '../index';

const clone = (): PathfinderWorkspace => structuredClone(exampleWorkspace);

function issuesOf(doc: unknown) {
  const result = safeParseWorkspace(doc);
  if (result.ok) throw new Error('expected the document to be refused');
  return result.error.issues;
}

describe('the example workspaces', () => {
  it.each(Object.entries(exampleWorkspaces))('%s parses unchanged', (_name, ws) => {
    expect(parseWorkspace(ws)).toEqual(ws);
  });

  it('hold what the report describes', () => {
    const ws = exampleWorkspace;
    const event = ws.lensEvents[0]!;
    expect(event.vignettes).toHaveLength(2);
    expect(event.journeyMaps.length).toBeGreaterThanOrEqual(1);
    expect(ws.tipigs[0]!.meetings).toHaveLength(12);
    const months = new Set(ws.tipigs[0]!.meetings.map((m) => m.date.slice(0, 7)));
    expect(months.size).toBe(12);
    expect(ws.assessmentRounds.map((r) => r.kind)).toEqual(['baseline', 'follow-up', 'training-needs']);
    expect(ws.theoriesOfChange[0]!.nodes.length).toBeGreaterThanOrEqual(28);
    expect(ws.implementationPlans[0]!.years).toHaveLength(3);
    expect(ws.trainingPlans[0]!.modules.map((m) => m.title)).toContain(
      'Understanding the use of substances to cope with the impact of trauma',
    );
    for (const round of ws.assessmentRounds) {
      expect(ws.responses.filter((r) => r.roundId === round.id).length).toBeGreaterThan(3);
    }
  });
});

describe('cross-references', () => {
  it('refuses a plan activity that links to a missing ToC node, naming the path', () => {
    const ws = clone();
    ws.implementationPlans[0]!.activities[2]!.tocNodeIds = ['no-such-node'];
    const issues = issuesOf(ws);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      code: 'missing-reference',
      path: ['implementationPlans', 0, 'activities', 2, 'tocNodeIds', 0],
      where: 'implementationPlans[0].activities[2].tocNodeIds[0]',
    });
    expect(issues[0]!.message).toContain('"no-such-node"');
    expect(issues[0]!.message).toMatch(/Add the node|remove the link/);
  });

  it('refuses responses to a missing round, links to missing nodes and unknown TIPIG attendees', () => {
    const ws = clone();
    ws.responses[0]!.roundId = 'no-round';
    ws.theoriesOfChange[0]!.links[0]!.to = 'nowhere';
    ws.tipigs[0]!.meetings[3]!.attendeeIds.push('m-stranger');
    const codes = issuesOf(ws).map((i) => [i.where, i.code]);
    expect(codes).toEqual(
      expect.arrayContaining([
        ['responses[0].roundId', 'missing-reference'],
        ['theoriesOfChange[0].links[0].to', 'missing-reference'],
        [expect.stringMatching(/^tipigs\[0\]\.meetings\[3\]\.attendeeIds\[\d+\]$/), 'missing-reference'],
      ]),
    );
  });

  it('refuses duplicate ids and dates in the wrong order', () => {
    const ws = clone();
    ws.services.push({ ...ws.services[0]! });
    ws.implementationPlans[0]!.activities[0]!.due = '2000-01-01';
    const issues = issuesOf(ws);
    expect(issues.map((i) => i.code)).toEqual(expect.arrayContaining(['duplicate-id', 'date-order']));
    expect(issues.find((i) => i.code === 'duplicate-id')!.where).toBe('services[2].id');
  });

  it('refuses an activity due after the three years of the plan', () => {
    const ws = clone();
    ws.implementationPlans[0]!.activities[0]!.due = '2031-01-01';
    expect(issuesOf(ws)[0]!.message).toMatch(/after the plan's three years end/);
  });

  it('refuses parts that belong to another pathfinder', () => {
    const ws = clone();
    ws.policyReviews[0]!.pathfinderId = 'kilbrannan-pathfinder';
    expect(issuesOf(ws)[0]).toMatchObject({ where: 'policyReviews[0].pathfinderId', code: 'missing-reference' });
  });
});

describe('bad input', () => {
  it('says calmly and plainly what is expected, for every issue at once', () => {
    const ws = clone() as unknown as Record<string, unknown>;
    (ws.pathfinder as Record<string, unknown>).startDate = '31/02/2024';
    (ws.services as Record<string, unknown>[])[0]!.id = 'Line\nbreak';
    delete (ws.pathfinder as Record<string, unknown>).name;
    const error = (() => {
      try {
        parseWorkspace(ws);
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(DomainError);
    const issues = (error as DomainError).issues;
    expect(issues.map((i) => i.where)).toEqual(expect.arrayContaining(['pathfinder.startDate', 'services[0].id', 'pathfinder.name']));
    expect(issues.find((i) => i.where === 'pathfinder.startDate')!.message).toBe(
      'Expected a real calendar date written as YYYY-MM-DD, like 2025-03-14.',
    );
    expect(issues.find((i) => i.where === 'pathfinder.name')!.message).toMatch(/^This is needed/);
    expect((error as DomainError).message).toMatch(/^This pathfinder workspace could not be read yet: 3 things need attention\./);
    for (const issue of issues) expect(issue.message).not.toMatch(/Invalid|ZodError|undefined/);
  });

  it('refuses impossible calendar dates', () => {
    const ws = clone();
    ws.pathfinder.startDate = '2023-02-29';
    expect(issuesOf(ws)[0]!.where).toBe('pathfinder.startDate');
    ws.pathfinder.startDate = '2024-02-29';
    expect(safeParseWorkspace(ws).ok).toBe(true);
  });

  it('refuses unknown fields so spelling mistakes do not pass silently', () => {
    const ws = { ...clone(), lensEvent: [] };
    expect(issuesOf(ws)[0]).toMatchObject({ code: 'unrecognized_keys' });
    expect(issuesOf(ws)[0]!.message).toContain('lensEvent');
  });

  it('never changes the input it was given', () => {
    const ws = clone();
    ws.tipigs[0]!.meetings[0]!.attendeeIds.push('m-stranger');
    const before = JSON.stringify(ws);
    safeParseWorkspace(ws);
    expect(JSON.stringify(ws)).toBe(before);
  });
});

describe('messages for the wrong type', () => {
  it('tell a missing value apart from a value of the wrong kind', () => {
    const ws = clone() as unknown as { pathfinder: Record<string, unknown> };
    ws.pathfinder.supportDays = 'forty';
    ws.pathfinder.area = 12;
    const issues = issuesOf(ws);
    expect(issues.find((i) => i.where === 'pathfinder.supportDays')!.message).toBe('Expected a number here.');
    expect(issues.find((i) => i.where === 'pathfinder.area')!.message).toBe('Expected some text here.');
  });
});

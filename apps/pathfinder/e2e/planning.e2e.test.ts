// Phase 1 and the planning tools in a real browser: a Theory of Change built and an edit undone, a
// familiarisation note, a journey map priority (and a stage renamed, a touchpoint changed), a plan activity linked to the Theory of Change; axe in
// light, dark and at 320 px on every planning page; nothing leaves this machine.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, isLocal, LOOKS, startApp, type AppSession } from './browser';
import { startBlank } from './workspace-helpers';

let app: AppSession;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

/** Waits until the change just made is saved, so a reload finds it. */
async function saved(page: Page) {
  await expect.poll(() => page.getByRole('status').filter({ hasText: /^Saved \d\d:\d\d$/ }).count()).toBe(1);
}

async function open(page: Page, address: string, heading: string | RegExp) {
  await page.goto(`${app.url}${address}`);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

describe('the planning tools in chromium', () => {
  it('builds a Theory of Change, undoes an edit, and keeps it across a reload', async () => {
    const { page, context, requests, problems } = await app.newPage();
    const hash = await startBlank(page, app.url);
    await open(page, `${hash}/theory-of-change`, 'Theory of Change');
    await page.getByLabel('Title').fill('Riverside: Theory of Change');
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('heading', { level: 1, name: 'Riverside: Theory of Change' }).waitFor();

    const addStep = page.getByRole('group', { name: 'Add a step' });
    await addStep.getByLabel('What is it?').fill('Rewrite appointment letters');
    await addStep.getByRole('button', { name: 'Add step' }).click();
    await addStep.getByLabel('Stage').selectOption('long-term-outcome');
    await addStep.getByLabel('What is it?').fill('People feel welcome');
    await addStep.getByRole('button', { name: 'Add step' }).click();
    // Choose the activity in the outline and link it to the outcome.
    await page.getByRole('button', { name: 'Outline' }).click();
    await page.getByRole('button', { name: 'Activity: Rewrite appointment letters' }).first().click();
    const selected = page.getByRole('group', { name: 'Selected: Activity: Rewrite appointment letters' });
    await selected.getByLabel('Leads to').selectOption({ label: 'Long-term outcome: People feel welcome' });
    await selected.getByRole('button', { name: 'Add link' }).click();
    await page.getByRole('button', { name: 'Remove link to People feel welcome' }).waitFor();

    // An edit, then undo: the step goes, and the workspace keeps the undone state.
    await addStep.getByLabel('What is it?').fill('A step to take back');
    await addStep.getByRole('button', { name: 'Add step' }).click();
    await page.getByRole('button', { name: /A step to take back/ }).first().waitFor();
    await page.getByRole('button', { name: 'Undo the last change' }).click();
    await expect.poll(() => page.getByRole('button', { name: /A step to take back/ }).count()).toBe(0);
    await saved(page);

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Riverside: Theory of Change' }).waitFor();
    await page.getByRole('button', { name: 'Outline' }).click();
    expect(await page.getByRole('button', { name: /A step to take back/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Long-term outcome: People feel welcome' }).count()).toBeGreaterThan(0);
    expect(await page.getByRole('heading', { name: /Things to look at \(\d+\)/ }).count()).toBe(1);
    expect(requests.filter((url) => !isLocal(url))).toEqual([]);
    expect(problems).toEqual([]);

    // The plan's activity links to the Theory of Change activity just made.
    await open(page, `${hash}/plan`, 'Three-year implementation plan');
    await page.getByLabel('Start date').fill('2025-04-01');
    for (const year of [1, 2, 3]) await page.getByLabel(`Year ${year}: the focus`).fill(`Focus for year ${year}`);
    await page.getByRole('button', { name: 'Start the plan' }).click();
    await page.getByLabel('Activity', { exact: true }).fill('New appointment letters in use');
    await page.getByLabel('Who takes it forward').fill('Team leader');
    await page.getByLabel('Start', { exact: true }).fill('2025-05-01');
    await page.getByLabel('Due', { exact: true }).fill('2025-09-30');
    await page.getByLabel('Service design and delivery').check();
    await page.getByLabel('Rewrite appointment letters').check();
    await page.getByRole('button', { name: 'Add the activity' }).click();
    await page.getByRole('heading', { name: 'Activities (1)' }).waitFor();
    await page.getByRole('tab', { name: 'Table' }).click();
    const row = page.getByRole('row', { name: /New appointment letters in use/ });
    expect(await row.getByRole('cell', { name: 'Rewrite appointment letters' }).count()).toBe(1);
    await saved(page);
    await page.reload();
    await page.getByRole('heading', { name: 'Activities (1)' }).waitFor();
    expect(requests.filter((url) => !isLocal(url))).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('adds a familiarisation note and a journey map priority, then renames a stage and changes a touchpoint', async () => {
    const { page, context, requests, problems } = await app.newPage();
    const hash = await startBlank(page, app.url, 'Phase one pathfinder');
    await open(page, `${hash}/understanding`, 'Familiarisation conversations');
    await page.getByLabel('Topic').selectOption({ label: 'The current culture' });
    await page.getByLabel('What was said').fill('The team supports each other after difficult days.');
    await page.getByRole('button', { name: 'Add the note' }).click();
    await page.getByRole('region', { name: 'The current culture (1)' }).getByText('The team supports each other after difficult days.').waitFor();

    await open(page, `${hash}/lens-events`, 'TI lens events and journey maps');
    await page.getByLabel('Date').fill('2025-05-14');
    await page.getByRole('button', { name: 'Plan the event' }).click();
    await page.getByRole('heading', { level: 1, name: 'Looking at our service through a trauma lens' }).waitFor();
    await page.locator('#journey-map-title').fill('Sam’s journey');
    await page.getByRole('button', { name: 'Start the journey map' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sam’s journey' }).waitFor();
    const priorities = page.getByRole('region', { name: /^Priorities agreed/ });
    await priorities.getByLabel('Priority').fill('Rewrite appointment letters in a welcoming tone');
    await priorities.getByLabel('Service design and delivery').check();
    await priorities.getByRole('button', { name: 'Add the priority' }).click();
    await page.getByRole('heading', { name: 'Priorities agreed (1)' }).waitFor();
    expect(await priorities.getByText('Rank 1 · Service design and delivery').count()).toBe(1);
    // a stage, a touchpoint on it, then both changed: the keyboard reaches the folded forms
    await page.getByLabel('Next stage').fill('Moving on');
    await page.getByRole('button', { name: 'Add the stage' }).click();
    const stage = page.getByRole('region', { name: /Moving on$/ });
    await stage.getByRole('textbox', { name: 'Add a touchpoint' }).fill('A last session');
    await stage.getByRole('button', { name: 'Add the touchpoint to Moving on' }).click();
    await stage.locator('summary', { hasText: 'Rename this stage' }).focus();
    await page.keyboard.press('Enter');
    await stage.getByRole('textbox', { name: 'Stage name' }).fill('Moving on from the service');
    await stage.getByRole('button', { name: 'Save the name' }).click();
    const renamed = page.getByRole('region', { name: /Moving on from the service$/ });
    await renamed.waitFor();
    await renamed.getByText('Change this touchpoint').click();
    await renamed.getByRole('textbox', { name: 'Touchpoint', exact: true }).fill('A last session, and a number to call');
    await renamed.getByRole('button', { name: 'Save the change' }).click();
    await renamed.locator('li', { hasText: 'A last session, and a number to call' }).waitFor();
    await saved(page);
    expect(requests.filter((url) => !isLocal(url))).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  for (const look of LOOKS) {
    it(`has no axe violations on the planning pages, each fits 320 px, and nothing leaves this machine (${look.name})`, async () => {
      const { page, context, requests, problems } = await app.newPage(look.options);
      await page.goto(app.url);
      await page.getByRole('button', { name: 'Start from the fictional example' }).click();
      await page.getByRole('heading', { level: 1, name: /Glenmoray/ }).waitFor();
      const hash = new URL(page.url()).hash;
      const pages: [string, string | RegExp][] = [
        ['understanding', 'Familiarisation conversations'],
        ['lens-events', 'TI lens events and journey maps'],
        ['lens-events/glenmoray-lens-event', 'Looking at our service through a trauma lens'],
        ['lens-events/glenmoray-lens-event/maps/journey-sam', "Sam's journey through the service"],
        ['tipig', /TIPIG/],
        ['tipig/meetings/meeting-1', /Meeting on/],
        ['theory-of-change', 'Theory of Change'],
        ['theory-of-change/toc-glenmoray', /Theory of Change$/],
        ['plan', 'Three-year implementation plan'],
        ['policy-reviews', 'Policy reviews'],
      ];
      for (const [path, heading] of pages) {
        await open(page, `${hash}/${path}`, heading);
        if (path === 'theory-of-change/toc-glenmoray') {
          // The drawing scrolls inside its own frame; the outline reflows. A chosen step shows its details.
          await page.getByRole('button', { name: 'Outline' }).click();
          await page.getByRole('button', { name: /^Short-term outcome: People feel welcome/ }).first().click();
          await page.getByRole('heading', { level: 2, name: /People feel welcome and know what to expect/ }).waitFor();
        }
        // the journey map's folded forms (rename a stage, change a note) are checked open
        if (path.endsWith('/maps/journey-sam')) await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
        expect([path, ...(await axeViolations(page))]).toEqual([path]);
        if (look.name === '320 px') expect([path, await page.evaluate(() => document.documentElement.scrollWidth)]).toEqual([path, 320]);
        if (path === 'plan') {
          await page.getByRole('tab', { name: 'Table' }).click();
          expect([`${path} table`, ...(await axeViolations(page))]).toEqual([`${path} table`]);
          if (look.name === '320 px') expect([`${path} table`, await page.evaluate(() => document.documentElement.scrollWidth)]).toEqual([`${path} table`, 320]);
        }
      }
      expect(requests.filter((url) => !isLocal(url))).toEqual([]);
      expect(problems).toEqual([]);
      await context.close();
    });
  }
});

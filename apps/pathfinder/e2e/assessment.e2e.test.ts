// The assessment, training needs analysis and follow-up in a real browser, against the built app.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { fileURLToPath } from 'node:url';
import { organisationalAssessment } from '@nttp/assessment';
import { parseCsv, toCsv } from '../src/features/assessment/import/csv';

/** How many statements the current questionnaire has (a new round is answered with it). */
const STATEMENTS = organisationalAssessment.items.length;
import { axeViolations, isLocal, LOOKS, startApp, type AppSession } from './browser';

let app: AppSession;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

/** The example's baseline round, found as a person would: from the list of rounds. */
async function baselineResults(page: Page, hash: string): Promise<string> {
  await page.goto(`${app.url}${hash}/assessment`);
  await page.getByRole('link', { name: 'Baseline organisational assessment' }).click();
  await page.getByRole('link', { name: 'See the results' }).click();
  await page.getByRole('heading', { level: 1, name: /Results/ }).waitFor();
  return new URL(page.url()).hash;
}

/**
 * A Microsoft Forms export built from the questionnaire's own CSV of statements (downloaded from the
 * questionnaire page): id, times, email and name columns, then one column per statement, answers as words.
 */
async function formsExport(page: Page, round: string): Promise<string[][]> {
  await page.goto(`${app.url}${round}/questionnaire`);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download the statements (CSV)' }).click()]);
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  const statements = parseCsv(Buffer.concat(chunks).toString('utf8')).rows.slice(1).map((r) => r[2]!);
  const words = ['Strongly disagree', 'Disagree', 'Neither agree nor disagree', 'Agree', 'Strongly agree'];
  const header = ['ID', 'Start time', 'Completion time', 'Email', 'Name', ...statements];
  return [header, ...Array.from({ length: 6 }, (_, p) => [String(p + 1), '3/4/25 10:02:11', '3/4/25 10:09:40', 'anonymous', '', ...statements.map((_, i) => words[(p * 7 + i * 3) % 5]!)])];
}

async function startExample(page: Page): Promise<string> {
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Start from the fictional example' }).click();
  await page.waitForURL(/#\/w\/[0-9a-f]+/);
  await page.getByRole('heading', { level: 1 }).waitFor();
  return new URL(page.url()).hash.replace(/\/$/, '');
}

async function startRound(page: Page, hash: string, label: string): Promise<string> {
  await page.goto(`${app.url}${hash}/assessment`);
  await page.getByRole('textbox', { name: 'Name of the round' }).fill(label);
  await page.getByRole('button', { name: 'Start this round' }).click();
  await page.getByRole('heading', { level: 1, name: new RegExp(label) }).waitFor();
  return new URL(page.url()).hash;
}

async function expectClean(page: Page, where: string, width = 1280) {
  expect([where, ...(await axeViolations(page))]).toEqual([where]);
  expect([where, await page.evaluate(() => document.documentElement.scrollWidth)]).toEqual([where, width]);
}

const checkedAnswers = (page: Page) => page.locator('input[type=radio][name^="answer-"]:checked').count();

describe('the organisational assessment in chromium', () => {
  it('takes answers from three members on one device, clearing the screen between them', async () => {
    const { page, context, requests, problems } = await app.newPage();
    const hash = await startExample(page);
    await startRound(page, hash, 'Spring baseline');
    await page.getByRole('link', { name: 'Pass the device round a meeting' }).click();
    await page.getByRole('heading', { level: 1, name: 'Pass the device' }).waitFor();
    for (const [person, answer] of [[1, /^4 Agree/], [2, /^1 Strongly disagree/], [3, /I don't know/]] as const) {
      await page.getByRole('button', { name: 'Start my answers' }).click();
      expect(await checkedAnswers(page)).toBe(0);
      await page.getByRole('radio', { name: answer }).check();
      await page.getByRole('button', { name: 'Next' }).click();
      await page.getByRole('radio', { name: /^3 Neither/ }).check();
      await page.getByRole('button', { name: 'Pause and hand back' }).click();
      await page.getByText(person === 1 ? '1 person has answered so far' : `${person} people have answered so far`).waitFor();
      expect(await checkedAnswers(page)).toBe(0);
      expect(await page.getByText(/When something goes wrong/).count()).toBe(0);
    }
    // The back button after handing on shows nobody's answers.
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: /Spring baseline/ }).waitFor();
    expect(await checkedAnswers(page)).toBe(0);
    expect(await page.getByText('3 (0 answered every statement)').count()).toBe(1);
    await page.goForward();
    await page.getByRole('heading', { level: 1, name: 'Pass the device' }).waitFor();
    expect(await checkedAnswers(page)).toBe(0);
    // Answers survive a reload: they were saved as they were given.
    await page.getByRole('status').filter({ hasText: /^Saved/ }).first().waitFor();
    await page.reload();
    await page.getByText('3 people have answered so far').waitFor();
    expect(requests.filter((url) => !isLocal(url))).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('imports a forms-tool CSV with one unknown column and one unreadable row, explaining the row', { timeout: 180_000 }, async () => {
    const { page, context, requests, problems } = await app.newPage();
    const hash = await startExample(page);
    const round = await startRound(page, hash, 'Imported baseline');
    const rows = (await formsExport(page, round)).map((r, i) => [...r, i === 0 ? 'Which team are you in?' : 'North']);
    expect(rows[0]).toHaveLength(5 + STATEMENTS + 1);
    rows[4]![8] = 'Sort of';
    await page.goto(`${app.url}${round}/import`);
    await page.getByLabel('Spreadsheet file').setInputFiles({ name: 'forms-export.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${toCsv(rows)}`) });
    await page.getByRole('heading', { level: 2, name: /Check how forms-export.csv was read/ }).waitFor();
    expect(await page.getByText(`${STATEMENTS} of ${STATEMENTS} statements have a column`, { exact: false }).count()).toBe(1);
    const teamRow = page.getByRole('row', { name: /Which team are you in/ });
    expect(await teamRow.getByText('Not matched').count()).toBe(1);
    expect(await page.getByText(/These columns identify people and are never stored: Email, Name/).count()).toBe(1);
    await page.getByText(/^Row 5: “Sort of”/).waitFor();
    for (const look of LOOKS.slice(0, 1)) await expectClean(page, `import preview ${look.name}`);
    // People 1 and 6 of the export gave the same answers: the import asks before saving.
    await page.getByRole('button', { name: 'Save 5 responses' }).click();
    await page.getByText('Choose which of rows 2, 7 to keep.').waitFor();
    await page.getByRole('radio', { name: 'Keep them all: they are different people' }).check();
    await page.getByRole('button', { name: 'Save 5 responses' }).click();
    await page.getByText('5 responses saved').waitFor();
    expect(requests.filter((url) => !isLocal(url))).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('reads an Excel workbook through a reader loaded only when one is chosen', { timeout: 120_000 }, async () => {
    const { page, context, requests, problems } = await app.newPage();
    const hash = await startExample(page);
    const round = await startRound(page, hash, 'Workbook round');
    await page.goto(`${app.url}${round}/import`);
    await page.getByLabel('Spreadsheet file').waitFor();
    const reader = (url: string) => /\/assets\/browser-[\w-]+\.js$/.test(url);
    expect(requests.filter(reader)).toEqual([]);
    await page.getByLabel('Spreadsheet file').setInputFiles(fileURLToPath(new URL('./fixtures/forms-export.xlsx', import.meta.url)));
    await page.getByRole('heading', { level: 2, name: /Check how forms-export.xlsx was read/ }).waitFor();
    expect(requests.filter(reader)).toHaveLength(1);
    expect(await page.getByText(`3 of ${STATEMENTS} statements have a column`, { exact: false }).count()).toBe(1);
    expect(await page.getByRole('row', { name: /Start time/ }).getByText('Times and ids from the form: not stored').count()).toBe(1);
    expect(await page.getByText(/never stored: Email\./).count()).toBe(1);
    await page.getByRole('button', { name: 'Save 6 responses' }).click();
    await page.getByText('6 responses saved').waitFor();
    expect(requests.filter((url) => !isLocal(url))).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows the example group’s results by theme, principle and theme × principle', async () => {
    const { page, context, requests, problems } = await app.newPage();
    const hash = await startExample(page);
    await baselineResults(page, hash);
    const table = page.getByRole('table', { name: 'Mean by theme: the numbers' });
    await table.waitFor();
    expect(await table.getByRole('row').count()).toBe(10);
    await page.getByRole('tab', { name: 'By principle' }).click();
    expect(await page.getByRole('table', { name: 'Mean by principle: the numbers' }).getByRole('row').count()).toBe(6);
    await page.getByRole('tab', { name: 'Theme × principle' }).click();
    await page.getByRole('table', { name: /Theme × principle: the numbers/ }).waitFor();
    await page.locator('[role=tabpanel]:visible').getByText('How this was worked out').last().click();
    expect(await page.locator('main').textContent()).not.toMatch(/leadership-\d/);
    expect(requests.filter((url) => !isLocal(url))).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('runs the training needs analysis into a plan, and renames a cohort', async () => {
    const { page, context, requests, problems } = await app.newPage();
    const hash = await startExample(page);
    await page.goto(`${app.url}${hash}/training`);
    await page.getByRole('button', { name: /Draw up a training plan from/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Training plan' }).waitFor();
    expect(await page.getByText(/Protected time in team meetings/).count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Change the plan' }).click();
    const name = page.getByRole('textbox', { name: 'Name of the cohort' }).first();
    await name.fill('Spring informed group');
    await page.getByRole('button', { name: 'Save name and date' }).first().click();
    await page.getByRole('heading', { level: 2, name: 'Spring informed group' }).waitFor();
    expect(requests.filter((url) => !isLocal(url))).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('answers a whole round by keyboard alone, then closes it', { timeout: 300_000 }, async () => {
    const { page, context, problems } = await app.newPage();
    const hash = await startExample(page);
    await startRound(page, hash, 'Keyboard round');
    await page.goto(`${app.url}${hash}/assessment`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    const focusedIs = (test: string) => page.evaluate((t) => new Function('el', `return ${t}`)(document.activeElement) as boolean, test);
    const tabTo = async (test: string) => {
      for (let i = 0; i < 80 && !(await focusedIs(test)); i++) await page.keyboard.press('Tab');
      expect(await focusedIs(test)).toBe(true);
    };
    await tabTo(`el.textContent === 'Keyboard round'`);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: /Keyboard round/ }).waitFor();
    await tabTo(`el.textContent === 'Pass the device round a meeting'`);
    await page.keyboard.press('Enter');
    await tabTo(`el.textContent === 'Start my answers'`);
    await page.keyboard.press('Enter');
    for (let n = 1; n <= STATEMENTS; n++) {
      await page.getByText(`Statement ${n} of ${STATEMENTS}`).waitFor();
      await tabTo(`el.name && el.name.startsWith('answer-')`);
      await page.keyboard.press('Space');
      await tabTo(`el.tagName === 'BUTTON' && (el.textContent === 'Next' || el.textContent === 'Finish and hand back')`);
      await page.keyboard.press('Enter');
    }
    await page.getByText('1 person has answered so far').waitFor();
    await page.goto(`${app.url}${hash}/assessment`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await tabTo(`el.textContent === 'Keyboard round'`);
    await page.keyboard.press('Enter');
    await page.getByText('1 (1 answered every statement)').waitFor();
    await tabTo(`el.textContent === 'Close this round'`);
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Open this round again' }).waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });

  for (const look of LOOKS) {
    it(`has no axe violations on the assessment, training and follow-up pages (${look.name})`, { timeout: 300_000 }, async () => {
      const { page, context, requests, problems } = await app.newPage(look.options);
      const width = look.options.viewport?.width ?? 1280;
      const hash = await startExample(page);
      const round = await startRound(page, hash, `Axe round ${look.name}`);
      const results = await baselineResults(page, hash);
      await page.goto(`${app.url}${hash}/training`);
      await page.getByRole('link', { name: /Training plan of/ }).first().click();
      await page.getByRole('heading', { level: 1, name: 'Training plan' }).waitFor();
      const plan = new URL(page.url()).hash;
      const pages = ['assessment', '', 'device', 'import', 'questionnaire', 'results'];
      for (const p of pages) {
        const address = p === 'assessment' ? `${hash}/assessment` : p ? `${round}/${p}` : round;
        await page.goto(`${app.url}${address}`);
        await page.getByRole('heading', { level: 1 }).waitFor();
        await expectClean(page, address, width);
      }
      await page.goto(`${app.url}${round}/device`);
      await page.getByRole('button', { name: 'Start my answers' }).click();
      await page.getByRole('radio', { name: /^4 Agree/ }).check();
      await expectClean(page, 'device answering', width);
      for (const address of [results, `${hash}/training`, plan, `${hash}/follow-up`, `${hash}/follow-up/report`]) {
        await page.goto(`${app.url}${address}`);
        await page.getByRole('heading', { level: 1 }).waitFor();
        await page.waitForTimeout(100);
        await expectClean(page, address, width);
      }
      expect(requests.filter((url) => !isLocal(url))).toEqual([]);
      expect(problems).toEqual([]);
      await context.close();
    });
  }
});

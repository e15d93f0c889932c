// The app shell in a real browser: workspaces, routing, the page frame, saving and files.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, isLocal, LOOKS, startApp, type AppSession } from './browser';

let app: AppSession;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

/** Starts a blank workspace through the form and waits for its overview. */
export async function startBlank(page: Page, url: string, name = 'Riverside pathfinder'): Promise<string> {
  await page.goto(url);
  await page.getByRole('textbox', { name: 'Pathfinder name' }).fill(name);
  await page.getByRole('textbox', { name: 'Area' }).fill('Riverside Health and Social Care Partnership');
  await page.getByLabel('Start date').fill('2025-04-01');
  await page.getByRole('textbox', { name: 'First service’s name' }).fill('Riverside Recovery Hub');
  await page.getByRole('combobox', { name: 'Kind of service' }).selectOption('recovery-community');
  await page.getByRole('button', { name: 'Start the workspace' }).click();
  await page.getByRole('heading', { level: 1, name: new RegExp(name) }).waitFor();
  return new URL(page.url()).hash;
}

describe('the app shell in chromium', () => {
  it('starts a workspace, shows its journey, and keeps to the frame on every shell page', async () => {
    const { page, context, requests, problems } = await app.newPage();
    const hash = await startBlank(page, app.url);
    expect(hash).toMatch(/^#\/w\/[0-9a-f]{12}$/);
    expect(await page.title()).toBe('Overview – Riverside pathfinder – Pathfinder');
    expect(await page.getByRole('status').filter({ hasText: /^Saved \d\d:\d\d$/ }).count()).toBe(1);
    expect(await page.getByRole('heading', { level: 2 }).allTextContents()).toEqual(expect.arrayContaining(['1. Understanding the service and its readiness', '2. Improvement planning', '3. Implementing priority areas']));
    // Deep link to another page, then back.
    await page.goto(`${app.url}${hash}/files`);
    await page.getByRole('heading', { level: 1, name: 'Export and import' }).waitFor();
    await page.getByRole('link', { name: 'Overview' }).first().click();
    await page.getByRole('heading', { level: 1, name: /Riverside pathfinder/ }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Export and import' }).waitFor();
    expect(requests.filter((url) => !isLocal(url))).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  for (const look of LOOKS) {
    it(`has no axe violations on the shell pages and nothing leaves this machine (${look.name})`, async () => {
      const { page, context, requests, problems } = await app.newPage(look.options);
      const hash = await startBlank(page, app.url, `Axe ${look.name}`);
      const pages = [`#/`, hash, `${hash}/files`, `${hash}/nowhere`, '#/nowhere'];
      for (const address of pages) {
        await page.goto(`${app.url}${address}`);
        await page.getByRole('heading', { level: 1 }).waitFor();
        if (address === '#/') await page.getByRole('link', { name: `Axe ${look.name}` }).waitFor();
        expect([address, ...(await axeViolations(page))]).toEqual([address]);
        expect([address, await page.evaluate(() => document.documentElement.scrollWidth)]).toEqual([address, look.options.viewport?.width ?? 1280]);
      }
      expect(requests.filter((url) => !isLocal(url))).toEqual([]);
      expect(problems).toEqual([]);
      await context.close();
    });
  }
});

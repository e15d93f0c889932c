// The app shell in a real browser: workspaces, routing, the page frame, saving and files.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, isLocal, LOOKS, startApp, type AppSession } from './browser';
import { startBlank, startExample } from './workspace-helpers';

let app: AppSession;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

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
    // The fictional example starts as a second workspace in the list.
    const example = await startExample(page, app.url);
    expect(example).not.toBe(hash);
    await page.goto(`${app.url}#/`);
    // the list comes from IndexedDB after the first paint: wait for it before reading the headings
    await page.getByRole('heading', { level: 3, name: 'Glenmoray substance use pathfinder' }).waitFor();
    expect(await page.getByRole('heading', { level: 3 }).allTextContents()).toEqual(expect.arrayContaining(['Riverside pathfinder', 'Glenmoray substance use pathfinder']));
    expect(requests.filter((url) => !isLocal(url))).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  for (const look of LOOKS) {
    it(`has no axe violations on the shell pages and nothing leaves this machine (${look.name})`, async () => {
      const { page, context, requests, problems } = await app.newPage(look.options);
      const hash = await startBlank(page, app.url, `Axe ${look.name}`);
      const pages = [`#/`, hash, `${hash}/files`, `${hash}/language`, `${hash}/wellbeing`, `${hash}/nowhere`, '#/nowhere'];
      for (const address of pages) {
        await page.goto(`${app.url}${address}`);
        await page.getByRole('heading', { level: 1 }).waitFor();
        if (address === '#/') {
          await page.getByRole('link', { name: `Axe ${look.name}` }).waitFor();
          // The delete confirmation, open.
          await page.getByRole('button', { name: `Delete Axe ${look.name}` }).click();
          expect(['#/ delete dialog', ...(await axeViolations(page))]).toEqual(['#/ delete dialog']);
          await page.getByRole('dialog').getByRole('button', { name: 'Keep it' }).last().click();
        }
        if (address.endsWith('/language')) {
          // A finding on purpose, so axe sees the findings list. nttp-language-disable-next-line
          await page.getByRole('textbox', { name: /Text to check/ }).fill('Our clients who are addicts often fail to engage.');
          await page.getByText('2 places to look at.').waitFor();
        }
        if (address.endsWith('/wellbeing')) {
          await page.getByRole('textbox', { name: /What keeps me well at work/ }).fill('A walk at lunchtime');
          await page.getByText(/^Saved on this device/).waitFor();
          // Printed, only the plan shows: no form, no frame.
          await page.emulateMedia({ media: 'print' });
          expect(await page.getByRole('heading', { level: 2, name: 'My wellbeing plan' }).isVisible()).toBe(true);
          expect(await page.getByRole('textbox', { name: /What keeps me well at work/ }).isVisible()).toBe(false);
          expect(await page.getByRole('link', { name: /Exit this page/ }).isVisible()).toBe(false);
          await page.emulateMedia({ media: 'screen' });
        }
        expect([address, ...(await axeViolations(page))]).toEqual([address]);
        expect([address, await page.evaluate(() => document.documentElement.scrollWidth)]).toEqual([address, look.options.viewport?.width ?? 1280]);
      }
      expect(requests.filter((url) => !isLocal(url))).toEqual([]);
      expect(problems).toEqual([]);
      await context.close();
    });
  }

  it('remembers the colours chosen, lets a keyboard user skip to the content, and sends a strict policy', async () => {
    const { page, context } = await app.newPage({ colorScheme: 'light' });
    await page.goto(app.url);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    await page.getByRole('combobox', { name: 'Colours' }).selectOption('dark');
    await page.reload();
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');

    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Exit this page');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to main content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    expect(new URL(page.url()).hash).toBe('');

    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    for (const rule of ["default-src 'self'", "script-src 'self'", "connect-src 'self'", "object-src 'none'"]) expect(policy).toContain(rule);
    await context.close();
  });
});

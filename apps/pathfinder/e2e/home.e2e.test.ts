import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROUTES } from '../src/routing/routes';
import { isLocal, startApp, type AppSession } from './browser';

let app: AppSession;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

describe('the built app in chromium', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe violations on any page and requests nothing beyond this machine (${colorScheme} mode)`, async () => {
      const { page, context, requests, problems } = await app.newPage({ colorScheme, reducedMotion: 'reduce' });
      for (const route of ROUTES) {
        await page.goto(`${app.url}#${route.path}`);
        await expect.poll(() => page.title()).toBe(`${route.label}: Pathfinder`);
        await page.getByRole('heading', { level: 1 }).waitFor();
        const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
        expect(results.violations.map((v) => `${route.path} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      }
      expect(requests.filter((url) => !isLocal(url))).toEqual([]);
      expect(problems).toEqual([]);
      await context.close();
    });
  }

  it('shows the phases, principles and themes on the overview', async () => {
    const { page, context } = await app.newPage();
    await page.goto(app.url);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Becoming a trauma-informed service');
    expect(await page.locator('.theme-card').count()).toBe(9);
    expect(await page.locator('.principle').count()).toBe(5);
    expect(await page.locator('.phase').count()).toBe(3);
    await context.close();
  });

  it('lets a keyboard user skip to the main content and move between pages', async () => {
    const { page, context } = await app.newPage();
    await page.goto(app.url);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to main content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.getByRole('link', { name: 'Language check' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Language check');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await context.close();
  });

  it('keeps a wellbeing plan on this device across a reload', async () => {
    const { page, context, requests } = await app.newPage();
    await page.goto(`${app.url}#/wellbeing`);
    await page.getByRole('textbox', { name: /What keeps me well at work/ }).fill('A walk at lunchtime');
    await page.getByRole('button', { name: 'Save on this device' }).click();
    await page.reload();
    await expect.poll(() => page.getByRole('textbox', { name: /What keeps me well at work/ }).inputValue()).toBe('A walk at lunchtime');
    expect(requests.filter((url) => !isLocal(url))).toEqual([]);
    await context.close();
  });

  it('reflows at 320 CSS pixels wide: no page scrolls sideways (WCAG 1.4.10)', async () => {
    const { page, context } = await app.newPage({ viewport: { width: 320, height: 800 } });
    for (const route of ROUTES) {
      await page.goto(`${app.url}#${route.path}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      // The diagram is a two-dimensional drawing that scrolls inside its own frame; its outline reflows.
      if (route.path === '/theory-of-change') await page.getByRole('button', { name: 'Outline' }).click();
      expect([route.path, await page.evaluate(() => document.documentElement.scrollWidth)]).toEqual([route.path, 320]);
    }
    await context.close();
  });

  it('sends a Content Security Policy that allows only its own origin', async () => {
    const { page, context } = await app.newPage();
    await page.goto(app.url);
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toContain("connect-src 'self'");
    expect(policy).toContain("default-src 'self'");
    await context.close();
  });
});

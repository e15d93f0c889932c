import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isLocal, startApp, type AppSession } from './browser';

let app: AppSession;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

describe('the built app in chromium', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`shows the phases, principles and themes with no axe violations (${colorScheme} mode)`, async () => {
      const { page, context, requests } = await app.newPage({ colorScheme, reducedMotion: 'reduce' });
      await page.goto(app.url);
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Becoming a trauma-informed service');
      expect(await page.locator('.theme-card').count()).toBe(9);
      expect(await page.locator('.principle').count()).toBe(5);
      expect(await page.locator('.phase').count()).toBe(3);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      expect(requests.filter((url) => !isLocal(url))).toEqual([]);
      await context.close();
    });
  }

  it('lets a keyboard user skip straight to the main content', async () => {
    const { page, context } = await app.newPage();
    await page.goto(app.url);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to main content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
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

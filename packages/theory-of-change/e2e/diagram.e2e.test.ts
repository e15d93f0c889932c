import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { isLocal, browserSession, WCAG } from './server';

const session = browserSession();

describe('Theory of Change diagrams in chromium', () => {
  for (const page of ['element', 'element?interactive', 'react'] as const) {
    it(`${page}: no axe violations, contrast included, and nothing requested beyond localhost`, async () => {
      const { page: tab, context, requests } = await session().newPage({ reducedMotion: 'reduce' });
      await tab.goto(`${session().url}/${page}`);
      await tab.locator(page.startsWith('element') ? 'theory-of-change-diagram svg.ntoc-diagram' : 'section svg.ntoc-diagram').waitFor();
      const results = await new AxeBuilder({ page: tab }).withTags(WCAG).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      expect(requests.filter((url) => !isLocal(url))).toEqual([]);
      await context.close();
    });
  }

  it('fits every label inside its box with the fonts the browser really uses', async () => {
    const { page, context } = await session().newPage();
    await page.goto(`${session().url}/element`);
    await page.locator('theory-of-change-diagram svg.ntoc-diagram').waitFor();
    const overflow = await page.evaluate(() => {
      const root = document.querySelector('theory-of-change-diagram')!.shadowRoot!;
      return [...root.querySelectorAll('.ntoc-node')].flatMap((node) => {
        const box = node.querySelector('rect')!.getBBox();
        return [...node.querySelectorAll('text')].flatMap((text) => {
          const b = (text as SVGTextElement).getBBox();
          return b.x + b.width > box.x + box.width + 0.5 || b.y + b.height > box.y + box.height + 0.5 ? [node.getAttribute('data-node-id')] : [];
        });
      });
    });
    expect(overflow).toEqual([]);
    await context.close();
  });

  it('prints in black on white', async () => {
    const { page, context } = await session().newPage();
    await page.goto(`${session().url}/element`);
    await page.locator('theory-of-change-diagram svg.ntoc-diagram').waitFor();
    await page.emulateMedia({ media: 'print' });
    const colours = await page.evaluate(() => {
      const root = document.querySelector('theory-of-change-diagram')!.shadowRoot!;
      const style = (selector: string) => getComputedStyle(root.querySelector(selector)!);
      return { fill: style('.ntoc-kind-activity rect').fill, stroke: style('.ntoc-kind-activity rect').stroke, link: style('.ntoc-link').stroke, text: style('.ntoc-label').fill };
    });
    expect(colours).toEqual({ fill: 'rgb(255, 255, 255)', stroke: 'rgb(0, 0, 0)', link: 'rgb(0, 0, 0)', text: 'rgb(0, 0, 0)' });
    await context.close();
  });

  it('element: a keyboard user follows links with the arrow keys and sees where focus is', async () => {
    const { page, context } = await session().newPage();
    await page.goto(`${session().url}/element?interactive`);
    await page.locator('theory-of-change-diagram svg.ntoc-diagram').waitFor();
    await page.keyboard.press('Tab');
    const focused = () => page.evaluate(() => document.querySelector('theory-of-change-diagram')!.shadowRoot!.activeElement?.getAttribute('data-node-id'));
    const first = await focused();
    expect(first).toBeTruthy();
    const ring = await page.evaluate(() => getComputedStyle(document.querySelector('theory-of-change-diagram')!.shadowRoot!.activeElement!.querySelector('rect')!).strokeWidth);
    expect(ring).toBe('4px');
    await page.keyboard.press('ArrowRight');
    expect(await focused()).not.toBe(first);
    await context.close();
  });

  it('react: a keyboard user follows links with the arrow keys and sees where focus is', async () => {
    const { page, context } = await session().newPage();
    await page.goto(`${session().url}/react`);
    await page.locator('section svg.ntoc-diagram').waitFor();
    // Diagram and Outline buttons come first, then the diagram's one tabbable step
    for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
    const first = await page.evaluate(() => document.activeElement?.getAttribute('data-node-id'));
    expect(first).toBeTruthy();
    expect(await page.locator('.ntoc-focus-ring').count()).toBe(1);
    const ring = await page.locator('.ntoc-focus-ring').boundingBox();
    expect(ring!.width).toBeGreaterThan(50);
    // the ring is drawn round the box, never over its words
    expect(await page.locator('.ntoc-focus-ring').evaluate((r) => getComputedStyle(r).fill)).toBe('none');
    await page.keyboard.press('ArrowRight');
    const next = await page.evaluate(() => document.activeElement?.getAttribute('data-node-id'));
    expect(next).not.toBe(first);
    expect(await page.getByRole('status').textContent()).toContain('Followed a link downstream to');
    await page.keyboard.press('Enter');
    expect(await page.locator('.ntoc-selected').getAttribute('data-node-id')).toBe(next);
    await context.close();
  });
});

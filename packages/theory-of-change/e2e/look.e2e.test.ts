// Palettes, scoping, fitting and printing in a real browser: what jsdom cannot compute.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSession, WCAG } from './server';

const session = browserSession();

/** Computed fill and stroke of a few parts of the drawing, in the element's shadow root or the page. */
function colours(page: Page) {
  return page.evaluate(() => {
    const root: ParentNode = document.querySelector('theory-of-change-diagram')?.shadowRoot ?? document;
    const css = (selector: string) => getComputedStyle(root.querySelector(selector)!);
    return {
      background: css('.ntoc-background').fill,
      box: css('.ntoc-kind-activity > rect').fill,
      boxStroke: css('.ntoc-kind-activity > rect').stroke,
      link: css('.ntoc-link').stroke,
      arrow: css('.ntoc-arrow').fill,
      text: css('.ntoc-label').fill,
    };
  });
}

/** What the browser's system colours Canvas and CanvasText resolve to right now. */
function systemColours(page: Page) {
  return page.evaluate(() => {
    const probe = document.createElement('div');
    probe.style.cssText = 'color:CanvasText;background-color:Canvas';
    document.body.append(probe);
    const { color, backgroundColor } = getComputedStyle(probe);
    probe.remove();
    return { canvas: backgroundColor, text: color };
  });
}

const LIGHT_BACKGROUND = 'rgb(255, 255, 255)';
const DARK_BACKGROUND = 'rgb(21, 21, 28)';

describe('palettes', () => {
  for (const page of ['element', 'react?still', 'svg'] as const) {
    it(`${page}: light by default, dark when the system prefers it, and data-theme wins either way`, async () => {
      const light = await session().newPage({ colorScheme: 'light' });
      await light.page.goto(`${session().url}/${page}`);
      await light.page.locator('.ntoc-diagram, theory-of-change-diagram').first().waitFor();
      await light.page.waitForFunction(() => (document.querySelector('theory-of-change-diagram')?.shadowRoot ?? document).querySelector('.ntoc-background'));
      expect((await colours(light.page)).background).toBe(LIGHT_BACKGROUND);
      await light.page.emulateMedia({ colorScheme: 'dark' });
      const dark = await colours(light.page);
      expect(dark.background).toBe(DARK_BACKGROUND);
      expect(dark.text).toBe('rgb(236, 236, 244)');
      // the arrowheads take the links' colour (their marker sits inside the drawing's scoped group)
      expect(dark.arrow).toBe(dark.link);
      // dark on axe's terms too: text contrast holds in the dark palette
      const results = await new AxeBuilder({ page: light.page }).withTags(WCAG).analyze();
      expect(results.violations.map((v) => v.id)).toEqual([]);
      await light.context.close();

      const forcedLight = await session().newPage({ colorScheme: 'dark' });
      await forcedLight.page.goto(`${session().url}/${page}${page.includes('?') ? '&' : '?'}theme=light`);
      await forcedLight.page.waitForFunction(() => (document.querySelector('theory-of-change-diagram')?.shadowRoot ?? document).querySelector('.ntoc-background'));
      expect((await colours(forcedLight.page)).background).toBe(LIGHT_BACKGROUND);
      await forcedLight.context.close();

      const themed = await session().newPage({ colorScheme: 'light' });
      await themed.page.goto(`${session().url}/${page}${page.includes('?') ? '&' : '?'}theme=dark`);
      await themed.page.waitForFunction(() => (document.querySelector('theory-of-change-diagram')?.shadowRoot ?? document).querySelector('.ntoc-background'));
      expect((await colours(themed.page)).background).toBe(DARK_BACKGROUND);
      await themed.context.close();
    });
  }

  it('uses the system colours when forced colours are on (Windows high contrast)', async () => {
    for (const page of ['element', 'react?still']) {
      const { page: tab, context } = await session().newPage();
      await tab.goto(`${session().url}/${page}`);
      await tab.waitForFunction(() => (document.querySelector('theory-of-change-diagram')?.shadowRoot ?? document).querySelector('.ntoc-background'));
      await tab.emulateMedia({ forcedColors: 'active' });
      const system = await systemColours(tab);
      const seen = await colours(tab);
      expect(seen).toEqual({ background: system.canvas, box: system.canvas, boxStroke: system.text, link: system.text, arrow: system.text, text: system.text });
      await context.close();
    }
  });
});

describe('scoping', () => {
  it("leaves the page's own .toc-link alone, while our links keep their stroke", async () => {
    const { page, context } = await session().newPage();
    await page.goto(`${session().url}/svg?host`);
    await page.locator('svg.ntoc-diagram').waitFor();
    const seen = await page.evaluate(() => {
      const host = getComputedStyle(document.querySelector('nav a.toc-link')!);
      const ours = getComputedStyle(document.querySelector('svg .ntoc-link')!);
      return { hostStroke: host.stroke, hostColour: host.color, hostFill: host.fill, ours: ours.stroke, oursWidth: ours.strokeWidth };
    });
    expect(seen).toEqual({ hostStroke: 'none', hostColour: 'rgb(11, 87, 208)', hostFill: 'rgb(0, 0, 0)', ours: 'rgb(86, 86, 110)', oursWidth: '1.5px' });
    await context.close();
  });
});

describe('fitting', () => {
  for (const page of ['element?fit', 'react?fit&still', 'svg?fit']) {
    it(`${page}: scales to a 320 px wide screen with no sideways scrolling`, async () => {
      const { page: tab, context } = await session().newPage({ viewport: { width: 320, height: 640 } });
      await tab.goto(`${session().url}/${page}`);
      await tab.waitForFunction(() => (document.querySelector('theory-of-change-diagram')?.shadowRoot ?? document).querySelector('svg.ntoc-diagram'));
      const sizes = await tab.evaluate(() => {
        const svg = (document.querySelector('theory-of-change-diagram')?.shadowRoot ?? document).querySelector<SVGSVGElement>('svg.ntoc-diagram')!;
        const box = svg.getBoundingClientRect();
        return { page: document.documentElement.scrollWidth, svg: box.width, height: box.height, viewBox: svg.viewBox.baseVal.width };
      });
      expect(sizes.page).toBeLessThanOrEqual(320);
      expect(sizes.svg).toBeLessThanOrEqual(320);
      expect(sizes.svg).toBeGreaterThan(250);
      // the whole drawing is there, scaled: its height follows its width
      expect(sizes.viewBox).toBeGreaterThan(1000);
      expect(sizes.height).toBeGreaterThan(50);
      await context.close();
    });
  }

  it('react: + zooms in, 0 fits the width again, F fits the selected step and its links', async () => {
    const { page, context } = await session().newPage({ viewport: { width: 800, height: 700 } });
    await page.goto(`${session().url}/react?still`);
    await page.locator('section svg.ntoc-diagram').waitFor();
    for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
    const width = () => page.locator('section svg.ntoc-diagram').evaluate((svg) => svg.getBoundingClientRect().width);
    const natural = await width();
    await page.keyboard.press('+');
    // the zoomed width is rounded to whole pixels
    expect(Math.abs((await width()) - natural * 1.25)).toBeLessThanOrEqual(1);
    await page.keyboard.press('0');
    expect(await width()).toBeLessThanOrEqual(800);
    await page.keyboard.press('f');
    expect(await page.getByRole('status').textContent()).toMatch(/^Zoomed to \d+%\.$/);
    await context.close();
  });
});

describe('panning with the keyboard', () => {
  for (const kind of ['react?still', 'element?interactive'] as const) {
    it(`${kind}: Shift+Alt+arrows move the zoomed view, and focus stays on the step`, async () => {
      const { page, context } = await session().newPage({ viewport: { width: 600, height: 500 } });
      await page.goto(`${session().url}/${kind}`);
      await page.waitForFunction(() => (document.querySelector('theory-of-change-diagram')?.shadowRoot ?? document).querySelector('svg.ntoc-diagram'));
      const state = () =>
        page.evaluate(() => {
          const root = document.querySelector('theory-of-change-diagram')?.shadowRoot ?? document;
          const box = root.querySelector<HTMLElement>('.ntoc-canvas, .toc-scroll')!;
          return { left: box.scrollLeft, pageTop: document.scrollingElement!.scrollTop, focused: root.activeElement?.getAttribute('data-node-id') ?? null };
        });
      await page.keyboard.press('Tab');
      if (kind.startsWith('react')) for (let i = 0; i < 2; i++) await page.keyboard.press('Tab');
      await page.keyboard.press('+');
      const start = await state();
      expect(start.focused).toBeTruthy();
      await page.keyboard.press('Shift+Alt+ArrowRight');
      const right = await state();
      expect(right.left).toBeGreaterThan(start.left);
      expect(right.focused).toBe(start.focused);
      await page.keyboard.press('Shift+Alt+ArrowDown');
      expect((await state()).pageTop).toBeGreaterThan(start.pageTop);
      await page.keyboard.press('Shift+Alt+ArrowLeft');
      expect((await state()).left).toBeLessThan(right.left);
      await context.close();
    });
  }
});

describe('printing', () => {
  it('element: prints on landscape pages of its own, each page within the paper', async () => {
    const { page, context } = await session().newPage();
    await page.goto(`${session().url}/element`);
    await page.locator('theory-of-change-diagram svg.ntoc-diagram').waitFor();
    await page.emulateMedia({ media: 'print' });
    const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString('latin1');
    const boxes = [...pdf.matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)].map((m) => [Number(m[1]), Number(m[2])]);
    // the heading above keeps the page's own orientation; the diagram's pages are landscape
    expect(boxes.at(-1)![0]).toBeGreaterThan(boxes.at(-1)![1]!);
    await page.setViewportSize({ width: 1000, height: 700 });
    const widths = await page.evaluate(() =>
      [...document.querySelector('theory-of-change-diagram')!.shadowRoot!.querySelectorAll('svg.ntoc-diagram, .ntoc-print-page')]
        .map((svg) => svg.getBoundingClientRect().width)
        .filter((w) => w > 0),
    );
    expect(widths.length).toBeGreaterThan(0);
    for (const width of widths) expect(width).toBeLessThanOrEqual(1000);
    await context.close();
  });

  it('prints a drawing too wide for one page as groups of whole stages, one page each', async () => {
    const { page, context } = await session().newPage({ viewport: { width: 1000, height: 700 } });
    await page.goto(`${session().url}/react?wide&still`);
    await page.locator('section svg.ntoc-diagram').waitFor();
    const natural = await page.locator('section svg.ntoc-diagram').evaluate((svg) => (svg as SVGSVGElement).viewBox.baseVal.width);
    expect(natural).toBeGreaterThan(1700);
    expect(await page.locator('.ntoc-print-page').first().isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    const pages = await page.evaluate(() =>
      [...document.querySelectorAll<SVGSVGElement>('.ntoc-print-page')].map((svg) => ({ width: svg.getBoundingClientRect().width, label: svg.getAttribute('aria-label') })),
    );
    expect(pages.length).toBeGreaterThan(1);
    for (const p of pages) expect(p.width).toBeLessThanOrEqual(1000);
    expect(pages[0]!.label).toMatch(/^Page 1 of \d: Activities/);
    expect(await page.locator('section .ntoc-canvas').isVisible()).toBe(false);
    // the copies on the print pages keep the drawing's text size (set on the group they copy)
    expect(await page.locator(`section [id$="-drawing"]`).getAttribute('font-size')).toBe('13');
    const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
    expect((pdf.match(/\/Type \/Page\b/g) ?? []).length).toBeGreaterThanOrEqual(pages.length);
    await context.close();
  });
});

describe('printing the SVG string', () => {
  /** Page sizes (points) from a PDF's MediaBoxes, in page order. */
  const mediaBoxes = (pdf: Buffer) => [...pdf.toString('latin1').matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)].map((m) => [Number(m[1]), Number(m[2])] as const);

  it('with print: "pages", a drawing too wide for one page prints as groups of whole stages, landscape, one page each', async () => {
    const { page, context } = await session().newPage({ viewport: { width: 1000, height: 700 } });
    await page.goto(`${session().url}/svg?print&wide`);
    await page.locator('svg.ntoc-diagram').waitFor();
    expect(await page.locator('.ntoc-print-page').count()).toBeGreaterThan(1);
    expect(await page.locator('.ntoc-print-page').first().isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    const seen = await page.evaluate(() => ({
      drawing: document.querySelector('svg.ntoc-diagram')!.getBoundingClientRect().width,
      pages: [...document.querySelectorAll<SVGSVGElement>('.ntoc-print-page')].map((svg) => {
        const use = svg.querySelector('use')!.getBoundingClientRect();
        return { width: svg.getBoundingClientRect().width, label: svg.getAttribute('aria-label'), drawn: use.width * use.height };
      }),
    }));
    // the on-screen drawing takes no room on paper (shrunk, not display:none, so the pages keep their arrowheads)
    expect(seen.drawing).toBe(0);
    expect(seen.pages.length).toBeGreaterThan(1);
    expect(seen.pages[0]!.label).toMatch(/^Page 1 of \d: Activities/);
    for (const p of seen.pages) {
      expect(p.width).toBeLessThanOrEqual(1000);
      expect(p.drawn).toBeGreaterThan(0);
    }
    const boxes = mediaBoxes(await page.pdf({ preferCSSPageSize: true }));
    // the heading above keeps the page's own orientation; the diagram's pages are landscape
    expect(boxes.length).toBeGreaterThanOrEqual(seen.pages.length);
    for (const [width, height] of boxes.slice(-seen.pages.length)) expect(width).toBeGreaterThan(height);
    await context.close();
  });

  it('without print: "pages" the string is the lone SVG it always was', async () => {
    const { page, context } = await session().newPage({ viewport: { width: 1000, height: 700 } });
    await page.goto(`${session().url}/svg?wide`);
    await page.locator('svg.ntoc-diagram').waitFor();
    expect(await page.locator('.ntoc-printable, .ntoc-print-page').count()).toBe(0);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('svg.ntoc-diagram').isVisible()).toBe(true);
    await context.close();
  });
});

describe('large drawings', () => {
  it('react: a key press at 1000 steps reaches the screen in under 50 ms, median of seven (names worked out once per drawing, unchanged steps not redrawn)', async () => {
    const { page, context } = await session().newPage({ reducedMotion: 'reduce' });
    await page.goto(`${session().url}/react?size=1000&still`);
    await page.locator('section svg.ntoc-diagram').waitFor({ timeout: 60_000 });
    await page.locator('[data-node-id][tabindex="0"]').focus();
    const times: number[] = [];
    for (const key of ['ArrowDown', 'ArrowDown', 'ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp', 'ArrowDown']) {
      times.push(
        await page.evaluate(
          (key) =>
            new Promise<number>((resolve) => {
              const start = performance.now();
              document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
              // after the next frame is painted
              requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start), 0));
            }),
          key,
        ),
      );
    }
    expect(await page.getByRole('status').textContent()).not.toBe('');
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)]!;
    console.log(`key press to paint at 1000 steps: median ${median.toFixed(1)} ms (${times.map((t) => t.toFixed(0)).join(', ')})`);
    expect(median).toBeLessThan(50);
    await context.close();
  }, 120_000);
});

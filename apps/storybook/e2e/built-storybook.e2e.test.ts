// Opens the BUILT Storybook (storybook-static) in Debian's chromium, as a designer would, and runs every
// story there, light and dark: each must render and its play function pass outside the test runner too
// (the ExitThisPage story once passed only under the runner). One page is loaded and stories are switched
// through Storybook's own channel, so the whole set takes about a minute.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../../vitest.shared.ts';
import { serveFolder } from './static-server';

const built = fileURLToPath(new URL('../storybook-static/', import.meta.url));
const index = JSON.parse(readFileSync(new URL('index.json', `file://${built}`), 'utf8')) as { entries: Record<string, { id: string; type: string }> };
const storyIds = Object.values(index.entries).filter((entry) => entry.type === 'story').map((entry) => entry.id);

let browser: Browser;
let server: Awaited<ReturnType<typeof serveFolder>>;
beforeAll(async () => {
  server = await serveFolder(built);
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Runs one story in the open preview and resolves with what went wrong, or '' when it passed. */
async function runStory(page: Page, storyId: string): Promise<string> {
  return page.evaluate(
    (id) =>
      new Promise<string>((resolve) => {
        const channel = (window as unknown as { __STORYBOOK_ADDONS_CHANNEL__: { on: (e: string, f: (d: unknown) => void) => void; off: (e: string, f: (d: unknown) => void) => void; emit: (e: string, d: unknown) => void } }).__STORYBOOK_ADDONS_CHANNEL__;
        const problems: string[] = [];
        const onProblem = (event: string) => (detail: unknown) => problems.push(`${event}: ${JSON.stringify(detail).slice(0, 300)}`);
        const handlers = ['playFunctionThrewException', 'storyThrewException', 'storyErrored', 'storyMissing'].map((event) => [event, onProblem(event)] as const);
        const finish = (detail: unknown) => {
          const d = detail as { storyId?: string };
          if (d?.storyId && d.storyId !== id) return;
          for (const [event, handler] of handlers) channel.off(event, handler);
          channel.off('storyFinished', finish);
          clearTimeout(timer);
          resolve(problems.join('\n'));
        };
        const timer = setTimeout(() => finish({ storyId: id, timedOut: problems.push('did not finish within 20 seconds') }), 20_000);
        for (const [event, handler] of handlers) channel.on(event, handler);
        channel.on('storyFinished', finish);
        channel.emit('setCurrentStory', { storyId: id, viewMode: 'story' });
      }),
    storyId,
  );
}

describe('the built Storybook in chromium', () => {
  it('has a built Storybook to open', () => {
    expect(existsSync(built)).toBe(true);
    expect(storyIds.length).toBeGreaterThan(100);
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`runs every story and its interactions without the test runner (${theme})`, async () => {
      const page = await browser.newPage({ colorScheme: theme, reducedMotion: 'reduce' });
      await page.goto(`${server.url}iframe.html?id=${storyIds[0]}&viewMode=story&globals=theme:${theme}`);
      await page.waitForFunction(() => '__STORYBOOK_ADDONS_CHANNEL__' in window);
      const failures: string[] = [];
      for (const id of storyIds) {
        const problem = await runStory(page, id);
        if (problem) failures.push(`${id}: ${problem}`);
      }
      expect(failures).toEqual([]);
      await page.close();
    }, 600_000);
  }
});

// `unit` (the `test` script) checks the Storybook set-up in Node. `storybook-light` and
// `storybook-dark` (the `e2e` script) run every story as a test in Debian's chromium through Storybook's
// Vitest addon, once per theme: each story renders, its play function (if any) passes, and axe finds no
// violations, with real colour contrast, focus and layout.
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { fileURLToPath } from 'node:url';
import { defineConfig, mergeConfig } from 'vitest/config';
import { CHROMIUM_ARGS, CHROMIUM_PATH, sourceResolution, withSource } from '../../vitest.shared.ts';

const configDir = fileURLToPath(new URL('./.storybook', import.meta.url));

/** Every story in Debian's chromium, in one theme: axe checks real contrast in light and in dark. */
function browserProject(theme: 'light' | 'dark') {
  return mergeConfig(sourceResolution, {
    plugins: [storybookTest({ configDir })],
    // The component pages render each example's HTML with react-dom/server: optimised up front, so Vite does
    // not find it mid-run and reload the page under a running test.
    optimizeDeps: { include: ['react-dom/server'] },
    // 320 CSS pixels wide (the "reflow" viewport in preview.tsx): a 1280px screen at 400% zoom (WCAG 1.4.10).
    define: { __NTTP_STORY_THEME__: JSON.stringify(theme), __NTTP_STORY_VIEWPORT__: JSON.stringify('reflow') },
    test: {
      name: `storybook-${theme}`,
      testTimeout: 30_000,
      setupFiles: [fileURLToPath(new URL('./.storybook/vitest.setup.ts', import.meta.url))],
      browser: {
        enabled: true,
        headless: true,
        provider: playwright({ launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS } }),
        instances: [{ browser: 'chromium' }],
      },
    },
  });
}

// The shared set-up file (fast-check limits) reads `process`, so only the Node project loads it.
export default defineConfig({
  test: {
    projects: [
      withSource({ test: { name: 'unit', environment: 'node', include: ['src/**/*.test.ts'] } }),
      browserProject('light'),
      browserProject('dark'),
      // The built Storybook opened in chromium, as designers open it (needs `storybook build` first).
      { test: { name: 'built', environment: 'node', include: ['e2e/**/*.e2e.test.ts'], testTimeout: 600_000, hookTimeout: 120_000 } },
    ],
  },
});

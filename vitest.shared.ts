// Shared Vitest settings: every package resolves its workspace neighbours to their TypeScript source
// (the "@nttp/source" export condition), so tests need no prior build.
import { defaultClientConditions, defaultServerConditions, mergeConfig, type UserConfig } from 'vite';

export const SOURCE_CONDITION = '@nttp/source';

export const sourceResolution: UserConfig = {
  resolve: { conditions: [SOURCE_CONDITION, ...defaultClientConditions] },
  ssr: { resolve: { conditions: [SOURCE_CONDITION, ...defaultServerConditions], externalConditions: [SOURCE_CONDITION] } },
};

/** Debian's chromium: the only browser these machines have (never a downloaded one). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const setupFile = new URL('./vitest.setup.ts', import.meta.url).pathname;

/**
 * A package's Vitest config: source resolution, the shared set-up file, and time limits that suit a
 * 2-core CI machine running two packages' suites at once (property and axe tests are CPU-bound).
 */
export function withSource(config: UserConfig = {}): UserConfig {
  const shared = { test: { setupFiles: [setupFile], testTimeout: 60_000, hookTimeout: 60_000 } } as UserConfig;
  return mergeConfig(mergeConfig(sourceResolution, shared), config);
}

import { defineConfig, mergeConfig } from 'vitest/config';
import { sourceResolution } from '../../vitest.shared.ts';

// Real-browser tests: the element and the React component on pages served from 127.0.0.1, in Debian's
// chromium. Workspace packages resolve to their source here too (the worker test builds its graph in Node).
export default defineConfig(
  mergeConfig(sourceResolution, {
    test: { include: ['e2e/**/*.e2e.test.ts'], environment: 'node', testTimeout: 60_000, hookTimeout: 120_000 },
  }),
);

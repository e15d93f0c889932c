import { defineConfig, mergeConfig } from 'vitest/config';
import { sourceResolution } from '../../vitest.shared.ts';

// Real-browser tests against the built app, served on 127.0.0.1 and driven in Debian's chromium. The
// tests themselves read @nttp/domain from source, to check exported files with the real schema.
export default defineConfig(
  mergeConfig(sourceResolution, {
    test: { include: ['e2e/**/*.e2e.test.ts'], environment: 'node', testTimeout: 90_000, hookTimeout: 120_000, fileParallelism: false },
  }),
);

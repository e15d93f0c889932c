import { defineConfig } from 'vitest/config';

// Real-browser tests against the built app, served on 127.0.0.1 and driven in Debian's chromium.
export default defineConfig({
  test: { include: ['e2e/**/*.e2e.test.ts'], environment: 'node', testTimeout: 60_000, hookTimeout: 120_000 },
});

import { defineConfig } from 'vitest/config';

// Real-browser tests: the element and the React component on pages served from 127.0.0.1, in Debian's chromium.
export default defineConfig({
  test: { include: ['e2e/**/*.e2e.test.ts'], environment: 'node', testTimeout: 60_000, hookTimeout: 120_000 },
});

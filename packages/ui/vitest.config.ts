import { defineConfig } from 'vitest/config';
import { withSource } from '../../vitest.shared.ts';

// Two projects: components run in jsdom (with axe), while the token, SSR and size-budget tests run in
// Node, where no browser globals exist, so a component that touches `window` while rendering fails there.
export default defineConfig(
  withSource({
    test: {
      projects: [
        {
          extends: true,
          test: {
            name: 'jsdom',
            environment: 'jsdom',
            include: ['src/**/*.test.tsx'],
            setupFiles: ['./src/test-utils/setup.ts'],
            // One jsdom per worker instead of one per file: the suite stays fast on a 2-core machine. The set-up
            // file cleans the DOM after every test.
            isolate: false,
            // Property tests drive many key sequences through user-event; on a busy 2-core machine (turbo
            // runs lint and typecheck alongside) they need more than the default 5 s.
            testTimeout: 20_000,
          },
        },
        {
          extends: true,
          test: { name: 'node', environment: 'node', include: ['src/**/*.test.ts', 'test/**/*.test.ts'] },
        },
      ],
    },
  }),
);

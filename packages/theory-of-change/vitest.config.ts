import { defineConfig } from 'vitest/config';
import { withSource } from '../../vitest.shared.ts';

export default defineConfig(
  withSource({
    test: {
      include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
      setupFiles: ['./src/test-setup.ts'],
      // axe and the property tests can take seconds on a busy shared machine
      testTimeout: 30_000,
    },
  }),
);

import { defineConfig } from 'vitest/config';
import { withSource } from '../../vitest.shared.ts';

export default defineConfig(withSource({ test: { include: ['src/**/*.test.ts', 'test/**/*.test.ts'] } }));

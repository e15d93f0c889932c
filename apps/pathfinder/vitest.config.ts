import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { withSource } from '../../vitest.shared.ts';

export default defineConfig(
  withSource({ plugins: [react()], test: { environment: 'jsdom', include: ['src/**/*.test.{ts,tsx}'], setupFiles: ['./src/test-setup.ts'] } }),
);

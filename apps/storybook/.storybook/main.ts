// Storybook for designers. It builds offline: telemetry is off, and every workspace package resolves
// to its source through the "@nttp/source" export condition (components and @nttp/ui/styles.css alike),
// so no package needs building first and changes show at once.
import type { StorybookConfig } from '@storybook/react-vite';
import { defaultClientConditions, mergeConfig } from 'vite';

export const SOURCE_CONDITION = '@nttp/source';

const config: StorybookConfig = {
  framework: { name: '@storybook/react-vite', options: {} },
  stories: ['../src/**/*.mdx', '../src/**/*.stories.@(ts|tsx)', '../../../packages/ui/src/components/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  async viteFinal(viteConfig) {
    return mergeConfig(viteConfig, {
      resolve: { conditions: [SOURCE_CONDITION, ...defaultClientConditions] },
      build: { chunkSizeWarningLimit: 2000 },
    });
  },
};

export default config;

import type { StorybookConfig } from '@storybook/web-components-vite';
import { fileURLToPath } from 'node:url';

const config: StorybookConfig = {
  stories: ['../*.mdx', '../*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: {
    name: '@storybook/web-components-vite',
    // The repository's vite.config.ts builds the library; Storybook gets a plain config of its own.
    options: { builder: { viteConfigPath: fileURLToPath(new URL('./vite.config.ts', import.meta.url)) } },
  },
  staticDirs: [{ from: '../../data', to: '/data' }],
  docs: { defaultName: 'Documentation' },
  core: { disableTelemetry: true },
};

export default config;

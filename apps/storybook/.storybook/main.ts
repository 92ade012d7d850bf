import type { StorybookConfig } from '@storybook/web-components-vite';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(
  readFileSync(new URL('../../../packages/components/package.json', import.meta.url), 'utf8'),
) as { version: string };

/** Stories live beside their element; this app holds only the configuration. */
const config: StorybookConfig = {
  stories: ['../docs/*.mdx', '../../../packages/components/src/**/*.stories.ts'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // Docs pages built from each element's JSDoc (custom-elements.json): attributes, events, parts.
  // The accessibility panel (axe-core) checks every story as it renders.
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: { disableTelemetry: true },
  staticDirs: [
    { from: '../../../packages/components/test/fixtures', to: '/fixtures' },
    // The optional themes (DGA, high contrast) with their fonts, switched by the toolbar's "Theme" menu.
    { from: '../../../packages/components/themes', to: '/themes' },
  ],
  async viteFinal(viteConfig) {
    viteConfig.resolve ??= {};
    // Workspace packages are read from source, as in the tests.
    viteConfig.resolve.conditions = ['source', 'module', 'browser', 'development|production'];
    // The kit's version, as the package build writes it in (core's guarded define() reads it).
    viteConfig.define = { ...viteConfig.define, __GOVKIT_VERSION__: JSON.stringify(version) };
    return viteConfig;
  },
};
export default config;

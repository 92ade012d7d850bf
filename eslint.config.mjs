// ESLint for the whole workspace: typescript-eslint's recommended rules for all TypeScript,
// Lit's template rules, Lit's accessibility rules for templates and the web-component rules
// for element classes. Formatting is Prettier's job, not ESLint's.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/storybook-static/**',
      'packages/components/src/index.ts',
      'packages/components/src/autoloader.ts',
      'packages/inbox/test-support/kit/**',
      'packages/components/test/fixtures/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // Node scripts; the functions they hand to Chromium (page.evaluate) run in the page.
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['packages/*/src/**/*.ts', 'apps/**/*.ts'],
    ignores: ['packages/inbox/**', 'packages/cli/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { lit, 'lit-a11y': litA11y, wc },
    rules: {
      ...lit.configs.recommended.rules,
      ...litA11y.configs.recommended.rules,
      ...wc.configs.recommended.rules,
      ...wc.configs['best-practice'].rules,
    },
  },
  {
    // The inbox is a Node server: its `html` tag builds strings, not Lit templates.
    files: ['packages/inbox/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // The govkit command runs in Node; the functions it hands to Chromium (page.evaluate) run in the page.
    files: ['packages/cli/**/*.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);

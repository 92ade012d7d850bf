import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import rollupCommonjs from '@rollup/plugin-commonjs';
import { chromeLauncher } from '@web/test-runner-chrome';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { conformanceMiddleware } from './packages/components/test/server.mjs';
import { inboxPlugin } from './packages/components/test/inbox-plugin.mjs';
import { reactPlugin } from './packages/react/test/react-plugin.mjs';

const chromePath = process.env.CHROME_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find(existsSync);

/** Element tests run in Debian's headless Chromium; no browser is ever downloaded. */
export default {
  rootDir: '.',
  files: ['packages/*/src/**/*.test.ts'],
  nodeResolve: { exportConditions: ['source', 'browser', 'development'] },
  // One page at a time: a second page in the same headless browser is a background tab,
  // where focus and animation frames stall and tests hang.
  concurrency: 1,
  middleware: [conformanceMiddleware()],
  testFramework: { config: { timeout: 10000 } },
  plugins: [
    // Papa Parse ships as UMD; Vite converts it for the build, the test server needs this.
    reactPlugin(),
    fromRollup(rollupCommonjs)({
      include: [
        '**/node_modules/papaparse/**',
        '**/node_modules/react/**',
        '**/node_modules/react-dom/**',
        '**/node_modules/scheduler/**',
      ],
      ignore: ['stream'],
      strictRequires: false,
    }),
    // The form elements send to the real inbox, started for the run (see the plugin).
    inboxPlugin(),
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      // The plugin does not follow `extends`: point it at the file with the decorator flags.
      tsconfig: fileURLToPath(new URL('./tsconfig.base.json', import.meta.url)),
    }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: chromePath,
        headless: true,
        args: [
          '--no-sandbox',
          '--headless=new',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--no-first-run',
          '--font-render-hinting=none',
          '--disable-background-timer-throttling',
          '--disable-renderer-backgrounding',
          '--disable-backgrounding-occluded-windows',
        ],
      },
    }),
  ],
  testRunnerHtml: (testFramework) => `<!doctype html>
<html lang="th">
  <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"></head>
  <body><script type="module" src="${testFramework}"></script></body>
</html>`,
};

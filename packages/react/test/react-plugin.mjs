/**
 * React in the element test server. React ships CommonJS, and the test server's CommonJS
 * conversion gives it a default export only (and two copies of React for react-dom), so
 * `react`, `react-dom` and `react-dom/client` are served from one esbuild bundle holding a
 * single React, each through a small module that re-exports its names.
 */
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';

const MODULES = { react: 'react', 'react-dom': 'react_dom', 'react-dom/client': 'react_dom_client' };
/** Where the test server's own resolver sends those imports (it resolves bare imports before any plugin). */
const FILES = {
  '/node_modules/react/index.js': 'react',
  '/node_modules/react-dom/index.js': 'react-dom',
  '/node_modules/react-dom/client.js': 'react-dom/client',
};
const BUNDLE = '/__react/bundle.js';

export function reactPlugin() {
  let bundle;
  return {
    name: 'react-for-tests',
    async serve(context) {
      if (context.path === BUNDLE) {
        bundle ??= build({
          stdin: {
            contents: Object.entries(MODULES)
              .map(([name, id]) => `export * as ${id} from '${name}';`)
              .join('\n'),
            resolveDir: process.cwd(),
          },
          bundle: true,
          format: 'esm',
          write: false,
          define: { 'process.env.NODE_ENV': '"development"' },
        }).then((result) => result.outputFiles[0].text);
        return { body: await bundle, type: 'js' };
      }
      const name = FILES[context.path];
      if (!name) return undefined;
      const id = MODULES[name];
      const names = exportNames(name).filter((key) => /^[A-Za-z_$][\w$]*$/.test(key) && key !== 'default');
      return {
        body: `import { ${id} as m } from '${BUNDLE}';\nconst all = m.default ?? m;\nexport default all;\n${names
          .map((key) => `export const ${key} = all.${key};`)
          .join('\n')}\n`,
        type: 'js',
      };
    },
  };
}

/** The names a CommonJS module exports, read in a child process (React writes to the console as it loads). */
function exportNames(name) {
  const script = `console.log(JSON.stringify(Object.keys(require(${JSON.stringify(name)}))))`;
  return JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }).trim().split('\n').at(-1));
}

/**
 * Builds the components package with Vite (library mode, Rolldown underneath):
 * - dist/<tag>.js           the define entry: registers <tag> and re-exports its class
 * - dist/<tag>/<tag>.js     the class entry: the class alone, no registration (one file per
 *                           source module; tsc adds the .d.ts files beside them)
 * - dist/index.js           every element plus the page API (Lit, core and schemas external)
 * - dist/cdn/govkit.js      one minified ES module with everything (Lit included) for a script
 *                           tag; the validator, the sanitiser, the forms machinery and the feed
 *                           parsers stay lazy `import()` chunks in dist/cdn/chunks/
 * - dist/cdn/autoloader.js  a tiny script that imports only the gov-* tags on the page (now and
 *                           as they are added), each from dist/cdn/auto/<tag>-<hash>.js, with
 *                           Lit and core in shared chunks there
 * - editors/vscode.settings.json  the editor settings that switch on the data below and the
 *                           JSON Schemas; cem (cem.config.mjs) writes the VS Code custom data
 *                           and JetBrains web-types beside it
 * - dist/govkit-lightdom.css (and dist/cdn/) the optional stylesheet that reserves space before upgrade
 * - themes/fonts/ and dist/cdn/themes/  the optional themes (DGA, high contrast), the display
 *                           settings' early script and the Anuphan files the DGA theme names
 * Elements are found by folder (src/<tag>/define.ts), so adding one needs no edit here.
 */
import { build } from 'vite';
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { defaultShouldMinify } from '@lit-labs/rollup-plugin-minify-html-literals/lib/minify-html-literals.js';
import { copyFile, cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const src = `${root}src`;
const dist = `${root}dist`;

/** The kit's version, written into the code at build time (compared by core's guarded `define()`). */
export const kitVersion = JSON.parse(readFileSync(`${root}package.json`, 'utf8')).version;

export async function elementTags() {
  const folders = await readdir(src, { withFileTypes: true });
  return folders
    .filter(
      (entry) => entry.isDirectory() && entry.name.startsWith('gov-') && existsSync(`${src}/${entry.name}/define.ts`),
    )
    .map((entry) => entry.name)
    .sort();
}

/** A template whose tag name is an expression (`<${tag}>` in static-html) is left as written: the minifier cannot parse it. */
const dynamicTagName = (template) => template.parts.some((part) => /<\/?$/.test(part.text));

const minifyOptions = {
  include: ['**/packages/*/src/**/*.ts'],
  failOnError: true,
  options: { shouldMinify: (template) => defaultShouldMinify(template) && !dynamicTagName(template) },
};

/**
 * Vite settings shared by the build and the size bench: workspace packages read from
 * source, the version written in, Lit's `html` and `css` templates minified (html-minifier-next
 * and lightningcss, through the Lit team's plugin) before TypeScript is stripped.
 */
export function viteBase() {
  return {
    configFile: false,
    logLevel: 'warn',
    root,
    resolve: { conditions: ['source', 'module', 'browser', 'production'] },
    define: {
      __GOVKIT_VERSION__: JSON.stringify(kitVersion),
      'process.env.NODE_ENV': '"production"',
    },
    plugins: [{ ...minifyHtmlLiterals(minifyOptions), enforce: 'pre' }],
  };
}

/** Entry names → source files: `<tag>` registers, `<tag>/<tag>` is the class alone. */
function npmEntries(tags) {
  return Object.fromEntries([
    ...tags.flatMap((tag) => [
      [tag, `${src}/${tag}/define.ts`],
      [`${tag}/${tag}`, `${src}/${tag}/${tag}.ts`],
    ]),
    ['index', `${src}/index.ts`],
  ]);
}

/** Bare imports (lit, @govkit-th/*, dompurify…) stay imports in the npm files. */
const bareImport = (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0');

async function buildNpm(tags) {
  await build({
    ...viteBase(),
    build: {
      outDir: dist,
      emptyOutDir: false,
      target: 'es2022',
      minify: false,
      sourcemap: true,
      lib: { entry: npmEntries(tags), formats: ['es'] },
      rolldownOptions: {
        external: bareImport,
        // One file per source module, as Lit and Shoelace ship: the class entry is the class's own file.
        output: { entryFileNames: '[name].js', preserveModules: true, preserveModulesRoot: src },
      },
    },
  });
}

/**
 * The CDN build of `entries` (name → file): Lit and everything else bundled, minified, lazy
 * `import()`s kept as chunks. The size bench builds its samples with this same config.
 */
export function cdnConfig(entries, outDir) {
  return {
    ...viteBase(),
    build: {
      outDir,
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      sourcemap: true,
      lib: { entry: entries, formats: ['es'] },
      rolldownOptions: {
        // An entry without exports (a page's one-element bundle, the size bench's samples) may
        // keep the modules it shares with its lazy chunks (Lit, i18n), which then import them
        // from it, instead of a second up-front chunk. govkit.js has exports, so its signature
        // stays strict and its files are unchanged.
        preserveEntrySignatures: 'exports-only',
        // Library mode keeps whitespace in ES output for other bundlers; a script tag's file is final.
        output: {
          entryFileNames: '[name].js',
          chunkFileNames: 'chunks/[name]-[hash].js',
          minify: true,
          comments: false,
        },
      },
    },
  };
}

/** The page API a webmaster imports from govkit.js (README), beside every element. */
function indexSource(tags) {
  return [
    '// Generated by scripts/build.mjs from the element folders.',
    ...tags.map((tag) => `export * from './${tag}/define.js';`),
    "export { define, KIT_VERSION, setStrings } from '@govkit-th/core';",
    '',
  ].join('\n');
}

/** The autoloader's entry: one `import()` per element folder, so a new element needs no edit. */
function autoloaderSource(tags) {
  return [
    '// Generated by scripts/build.mjs from the element folders.',
    "import { startAutoloader } from './autoload.js';",
    '',
    'export const discover = startAutoloader(',
    '  {',
    ...tags.map((tag) => `    '${tag}': () => import('./${tag}/define.js'),`),
    '  },',
    '  document,',
    '  import.meta,',
    ');',
    '',
  ].join('\n');
}

/** Writes src/index.ts and src/autoloader.ts (both git-ignored): every element found by folder. */
export async function writeIndex() {
  const tags = await elementTags();
  await writeFile(`${src}/index.ts`, indexSource(tags));
  await writeFile(`${src}/autoloader.ts`, autoloaderSource(tags));
  return tags;
}

/**
 * dist/cdn/autoloader.js and what it loads, in dist/cdn/auto/: one chunk per element
 * (`auto/gov-faq-<hash>.js`) and the chunks they share (Lit and core, split by Rolldown where
 * two or more elements import them), so a page downloads only the elements it shows.
 * A build of its own: govkit.js stays one file for those who want one.
 */
export function autoloaderConfig(outDir) {
  const config = cdnConfig({ autoloader: `${src}/autoloader.ts` }, outDir);
  const elementChunk = /[\\/]src[\\/](gov-[^\\/]+)[\\/]define\.ts$/;
  config.build.rolldownOptions.output.chunkFileNames = (chunk) => {
    const tag = chunk.facadeModuleId?.match(elementChunk)?.[1];
    if (tag) return `auto/${tag}-[hash].js`;
    // The chunk every element imports is named for what it holds, not its first module.
    return chunk.moduleIds.some((id) => /[\\/]lit-element[\\/]lit-element\.js$/.test(id))
      ? 'auto/lit-core-[hash].js'
      : 'auto/[name]-[hash].js';
  };
  return config;
}

/**
 * The chunks each element needs before it can show its data: the static imports of its chunk,
 * all the way down (Lit, core), and its schema check (`check-*.js`, imported once the data has
 * come, with what that imports). Without help the browser finds them one level at a time: the
 * element's chunk, then Lit, then core's pieces, then the check once the data is in, each
 * level a round trip on a phone's network before the element can render.
 */
function chunkClosures(output) {
  const chunks = new Map(output.filter((item) => item.type === 'chunk').map((chunk) => [chunk.fileName, chunk]));
  const closures = {};
  for (const chunk of chunks.values()) {
    const tag = chunk.fileName.match(/^auto\/(gov-[a-z-]+)-[\w-]{8}\.js$/)?.[1];
    if (!tag) continue;
    const found = new Set();
    const visit = (name) => {
      if (found.has(name) || !chunks.has(name)) return;
      found.add(name);
      for (const next of chunks.get(name).imports) visit(next);
    };
    visit(chunk.fileName);
    for (const lazy of chunk.dynamicImports) if (/^auto\/check-/.test(lazy)) visit(lazy);
    // The schema engine: the check imports it only once it runs, a level after the data.
    for (const name of [...found])
      for (const lazy of chunks.get(name).dynamicImports) if (/^auto\/engine-/.test(lazy)) visit(lazy);
    found.delete(chunk.fileName);
    closures[tag] = [...found].sort();
  }
  return closures;
}

/**
 * Appends to autoloader.js one line, `import.meta.preloads = {names, needs}`: the chunks each
 * element needs before it can show its data (Lit, core's pieces, its schema check, the schema
 * engine). The hashed names are known only after the build, hence the appended data; the
 * logic that uses it (in a microtask after the module has run: `<link rel="modulepreload">` for the chunks and
 * `<link rel="preload" as="fetch">` for each data element's `src`) is `preload()` in
 * src/autoload.ts. Appended after the code, so the source map's lines stay right.
 */
async function addModulePreloads(result, file) {
  const output = (Array.isArray(result) ? result : [result]).flatMap((item) => item.output);
  const closures = chunkClosures(output);
  const names = [...new Set(Object.values(closures).flat())].sort();
  const byIndex = Object.fromEntries(
    Object.entries(closures).map(([tag, list]) => [tag, list.map((name) => names.indexOf(name))]),
  );
  // Read by autoload.ts's preload() in a microtask after the module's code, by which time this line has run.
  const preload = `import.meta.preloads = ${JSON.stringify({ names: names.map((name) => name.slice(5, -3)), needs: byIndex })};`;
  const code = await readFile(file, 'utf8');
  const mapLine = code.lastIndexOf('\n//# sourceMappingURL=');
  const at = mapLine === -1 ? code.length : mapLine;
  await writeFile(file, `${code.slice(0, at).trimEnd()}\n${preload}${code.slice(at)}`);
}

/** Every element's optional light-DOM stylesheet, in one file. */
export async function lightdomCss() {
  const tags = await elementTags();
  const parts = await Promise.all(
    tags.map(async (tag) => {
      const file = `${src}/${tag}/${tag}.lightdom.css`;
      return existsSync(file) ? readFile(file, 'utf8') : '';
    }),
  );
  // An upgraded element's content sits in its shadow root, whose margins start at 0; the
  // fallback's first and last children would otherwise push their margins through the host
  // and move it (and everything after it) by a few pixels when it upgrades. The same while
  // its data loads, when the upgraded element still shows the fallback: without it there, the
  // fallback's first margin came back at the upgrade and moved it down (15–23 px, issue 13).
  const fallback = `:is(${tags.join(', ')}):is(:not(:defined), [state='loading'])`;
  const fallbackMargins = `/* Every element: the fallback's outer margins stay inside, as the rendered content's do. */
${fallback} > :first-child {
  margin-block-start: 0;
}
${fallback} > :last-child {
  margin-block-end: 0;
}
`;
  return [fallbackMargins, ...parts].join('\n');
}

/**
 * editors/vscode.settings.json, to merge into a project's .vscode/settings.json: the custom
 * HTML and CSS data (written beside it by the manifest's generators) and every JSON Schema of
 * @govkit-th/schemas mapped to data files named like the demo's (`data/faq.json`,
 * `*.faq.json`) from the installed package, so completion works offline and at the installed
 * version. A file that says `"$schema"` gets the same schema from its address.
 */
async function writeEditorSettings() {
  const schemaDir = fileURLToPath(new URL('../../schemas/json/', import.meta.url));
  const names = (await readdir(schemaDir)).filter((name) => name.endsWith('.json') && name !== 'common.json').sort();
  const installed = './node_modules/@govkit-th';
  const settings = {
    'html.customData': [`${installed}/components/editors/vscode.html-custom-data.json`],
    'css.customData': [`${installed}/components/editors/vscode.css-custom-data.json`],
    'json.schemas': names.map((name) => ({
      fileMatch: [`**/data/${name}`, `**/*.${name}`],
      url: `${installed}/schemas/json/${name}`,
    })),
  };
  await mkdir(`${root}editors`, { recursive: true });
  await writeFile(`${root}editors/vscode.settings.json`, `${JSON.stringify(settings, null, 2)}\n`);
}

/** The Anuphan files the DGA theme's @font-face rules name (Thai and Latin, four weights). */
const ANUPHAN = ['thai', 'latin'].flatMap((subset) =>
  [400, 500, 600, 700].map((weight) => `anuphan-${subset}-${weight}-normal.woff2`),
);

/**
 * themes/: the optional stylesheets (DGA, high contrast) and the display settings' early
 * script. The fonts are copied from @fontsource/anuphan into themes/fonts/ (git-ignored, shipped
 * in the package), and the whole folder into dist/cdn/themes/, so the CDN folder serves them.
 */
export async function copyThemes() {
  const themes = `${root}themes`;
  const fontDir = dirname(createRequire(import.meta.url).resolve('@fontsource/anuphan/LICENSE'));
  await mkdir(`${themes}/fonts`, { recursive: true });
  for (const file of ANUPHAN) await copyFile(`${fontDir}/files/${file}`, `${themes}/fonts/${file}`);
  await copyFile(`${fontDir}/LICENSE`, `${themes}/fonts/LICENSE-anuphan.txt`);
  await cp(themes, `${dist}/cdn/themes`, { recursive: true });
}

async function main() {
  await rm(dist, { recursive: true, force: true });
  await mkdir(`${dist}/cdn`, { recursive: true });
  const tags = await writeIndex();

  // npm: one define entry and one class entry per element, dependencies left to the user's bundler.
  await buildNpm(tags);
  // Types of the define entry (tsc writes dist/<tag>/define.d.ts and dist/<tag>/<tag>.d.ts).
  for (const tag of tags) await writeFile(`${dist}/${tag}.d.ts`, `export * from './${tag}/define.js';\n`);
  // The CDN files' types: the same modules as index.js and autoloader.ts (tsc writes those .d.ts).
  await writeFile(`${dist}/cdn/govkit.d.ts`, "export * from '../index.js';\n");
  await writeFile(`${dist}/cdn/autoloader.d.ts`, "export * from '../autoloader.js';\n");
  // CDN: everything in one module a script tag can load; heavy helpers split off lazily.
  await build(cdnConfig({ govkit: `${src}/index.ts` }, `${dist}/cdn`));
  // CDN, one element at a time: the autoloader defines only the tags a page has.
  await addModulePreloads(await build(autoloaderConfig(`${dist}/cdn`)), `${dist}/cdn/autoloader.js`);

  // Beside the npm files, and inside cdn/ so that copying that one folder is all a webmaster does.
  const css = await lightdomCss();
  await writeFile(`${dist}/govkit-lightdom.css`, css);
  await writeFile(`${dist}/cdn/govkit-lightdom.css`, css);
  await copyThemes();
  await writeEditorSettings();
  console.log(`built ${tags.length} elements: ${tags.join(', ')}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();

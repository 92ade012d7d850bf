/**
 * The packages as npm users get them (a step of `npm test`, after the build):
 * 1. every publishable workspace package (packages/*, not private) passes publint (strict)
 *    and @arethetypeswrong/cli (ESM only: node16 from ESM and bundler resolution);
 * 2. `npm pack` makes their tarballs, which are installed into a scratch project outside the
 *    workspace (`npm install --prefer-offline`: the registry dependencies come from the npm
 *    cache the workspace filled), and every entry of every package's `exports` is used there:
 *    resolved and imported by Node ESM (browser-only files only resolved), bundled by a Vite
 *    build, and type-checked by TypeScript with moduleResolution `bundler` and `node16`;
 * 3. the editor data shipped in @govkit-th/components names every element folder, and every
 *    path in its VS Code settings exists in the scratch project;
 * 4. `changeset version` on a copy of the workspace's package files and changesets gives one
 *    coherent bump: the fixed group at one new version, internal dependencies following it.
 * `--keep` leaves the scratch folder for a look. Ends with `N passed, N failed`.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { createTally } from './lib/tally.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const tally = createTally('packages');
const scratch = mkdtempSync(join(tmpdir(), 'govkit-packages-'));
const bin = (name) => join(root, 'node_modules/.bin', name);
const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

/** Runs a command; resolves with its exit code and output (both streams). */
function run(command, args, cwd = root) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, output: `${result.stdout ?? ''}${result.stderr ?? ''}`.trim() };
}
function runAsync(command, args, cwd = root) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, NO_COLOR: '1' } });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => resolve({ code, output: output.trim() }));
  });
}
const tail = (text, lines = 12) => text.split('\n').slice(-lines).join('\n');

/** Publishable workspaces: packages/<name> that are not private. */
const packages = readdirSync(`${root}packages`)
  .filter((name) => existsSync(`${root}packages/${name}/package.json`))
  .map((name) => ({ dir: `${root}packages/${name}`, json: readJson(`${root}packages/${name}/package.json`) }))
  .filter(({ json }) => !json.private);

/** Packages that run in Node, not in a browser: not bundled by Vite, type-checked with Node's types apart. */
const nodePackages = new Set(['@govkit-th/inbox', '@govkit-th/cli']);

/**
 * Files outside JavaScript modules and JSON that attw cannot resolve and TypeScript does not
 * import: stylesheets, and everything in the components' themes/ folder (its display-early.js
 * is a classic script for a page's <head>, not a module).
 */
const assetEntry = (subpath) => /\.css$|(^|\/)themes\//.test(subpath);

/**
 * Every import specifier a package's `exports` offers, with wildcards expanded over the
 * files the installed package really has (`./*.js` → `./gov-faq.js`, …).
 */
function entrySpecifiers(name, exportsField, installedDir) {
  const specifiers = [];
  for (const [subpath, target] of Object.entries(exportsField)) {
    if (target === null) continue; // a subpath the package keeps private (`"./cdn/chunks/*": null`)
    const file = typeof target === 'string' ? target : target.default;
    if (!subpath.includes('*')) {
      specifiers.push({ subpath, specifier: subpath === '.' ? name : `${name}/${subpath.slice(2)}` });
      continue;
    }
    const [before, after] = file.split('*');
    const folder = join(installedDir, before);
    if (!existsSync(folder)) continue;
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (!entry.isFile() || !entry.name.endsWith(after)) continue;
      const star = entry.name.slice(0, entry.name.length - after.length);
      specifiers.push({ subpath, specifier: `${name}/${subpath.slice(2).replace('*', star)}` });
    }
  }
  return specifiers;
}

/** publint on the very tarballs that are installed (no second `npm pack`). */
async function lintPackages(tarballs) {
  console.log('publint and arethetypeswrong');
  for (const { json } of packages) {
    const bytes = readFileSync(tarballs[json.name]);
    const tarball = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    const { messages, pkg } = await publint({ strict: true, level: 'suggestion', pack: { tarball } });
    tally.check(
      `${json.name}: publint (strict) finds nothing`,
      messages.length === 0,
      messages.map((message) => formatMessage(message, pkg)).join('; '),
    );
  }
}

/** attw on every tarball, the four at once (each run is mostly start-up). */
async function attw(tarballs) {
  const runs = packages.map(({ json }) => {
    const assets = Object.keys(json.exports ?? {}).filter(assetEntry);
    const args = [tarballs[json.name], '--profile', 'esm-only', '--format', 'ascii'];
    if (assets.length) args.push('--exclude-entrypoints', ...assets);
    return runAsync(bin('attw'), args).then(({ code, output }) =>
      tally.check(`${json.name}: arethetypeswrong (ESM, node16 and bundler)`, code === 0, tail(output)),
    );
  });
  await Promise.all(runs);
}

function packAndInstall() {
  console.log(`npm pack, then install into ${scratch}`);
  const packed = run('npm', [
    'pack',
    ...packages.flatMap(({ json }) => ['-w', json.name]),
    '--pack-destination',
    scratch,
    '--json',
    '--silent',
  ]);
  tally.check('npm pack makes a tarball of each package', packed.code === 0, tail(packed.output));
  const tarballs = Object.fromEntries(
    JSON.parse(packed.output.slice(packed.output.indexOf('['))).map((item) => [
      item.name,
      join(scratch, item.filename),
    ]),
  );
  writeFileSync(
    join(scratch, 'package.json'),
    JSON.stringify({ name: 'scratch', private: true, type: 'module' }, null, 2),
  );
  const installed = run(
    'npm',
    ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', ...Object.values(tarballs)],
    scratch,
  );
  tally.check(
    'the tarballs install into a project outside the workspace',
    installed.code === 0,
    tail(installed.output),
  );
  return tarballs;
}

/** All entries, as `{ pkg, subpath, specifier }`, read from the installed packages. */
function installedEntries() {
  return packages.flatMap(({ json }) => {
    const installedDir = join(scratch, 'node_modules', json.name);
    const installedJson = readJson(join(installedDir, 'package.json'));
    return entrySpecifiers(json.name, installedJson.exports ?? { '.': installedJson.main }, installedDir).map(
      (entry) => ({ ...entry, pkg: json.name }),
    );
  });
}

/** Modules that need a browser (the CDN bundles: Lit's browser build, `document`) are resolved, not run. */
const browserOnly = (specifier) => /\/cdn\//.test(specifier);

function nodeEsm(entries) {
  console.log('Node ESM: every entry resolves to a file, and imports');
  const lines = entries.map(({ specifier }) => {
    const load = specifier.endsWith('.json')
      ? `await import(${JSON.stringify(specifier)}, { with: { type: 'json' } })`
      : assetEntry(specifier) || browserOnly(specifier)
        ? 'null'
        : `await import(${JSON.stringify(specifier)})`;
    return `try { const url = import.meta.resolve(${JSON.stringify(specifier)}); if (!existsSync(fileURLToPath(url))) throw new Error('no file ' + url); const module = ${load}; if (module && !Object.keys(module).length) throw new Error('exports nothing'); results.push([${JSON.stringify(specifier)}, '']); } catch (error) { results.push([${JSON.stringify(specifier)}, String(error).split('\\n')[0]]); }`;
  });
  writeFileSync(
    join(scratch, 'node-entries.mjs'),
    [
      "import { existsSync } from 'node:fs';",
      "import { fileURLToPath } from 'node:url';",
      'const results = [];',
      ...lines,
      'console.log(JSON.stringify(results));',
    ].join('\n'),
  );
  const { code, output } = run(process.execPath, ['node-entries.mjs'], scratch);
  if (code !== 0) return tally.check('Node ESM run', false, tail(output));
  const results = JSON.parse(output.split('\n').at(-1));
  for (const [specifier, error] of results) tally.check(`node: ${specifier}`, error === '', error);
}

async function viteBuild(entries) {
  console.log('a Vite build in the scratch project imports every entry');
  const imports = entries
    .filter(({ specifier }) => !specifier.endsWith('.json') || specifier.endsWith('custom-elements.json'))
    .filter(({ pkg }) => !nodePackages.has(pkg))
    .map(({ specifier }, i) =>
      assetEntry(specifier)
        ? `import ${JSON.stringify(specifier)};`
        : `import * as m${i} from ${JSON.stringify(specifier)}; use(m${i});`,
    );
  writeFileSync(
    join(scratch, 'main.js'),
    ['const used = [];', 'const use = (module) => used.push(module);', ...imports, 'console.log(used.length);'].join(
      '\n',
    ),
  );
  writeFileSync(
    join(scratch, 'index.html'),
    '<!doctype html><html lang="th"><body><gov-faq></gov-faq><script type="module" src="/main.js"></script></body></html>',
  );
  const { build } = await import('vite');
  try {
    const result = await build({
      configFile: false,
      root: scratch,
      logLevel: 'error',
      build: { outDir: join(scratch, 'vite-dist'), write: true },
    });
    const code = (Array.isArray(result) ? result[0] : result).output
      .filter((item) => item.type === 'chunk')
      .map((item) => item.code)
      .join('\n');
    tally.check(`vite build of ${imports.length} entries`, true);
    tally.check(
      'the bundle registers the elements (gov-faq, gov-contact-block)',
      /gov-faq/.test(code) && /gov-contact-block/.test(code),
    );
  } catch (error) {
    tally.check(`vite build of ${imports.length} entries`, false, String(error).split('\n').slice(0, 4).join(' '));
  }
}

async function typescript(entries) {
  const { default: ts } = await import('typescript');
  console.log('TypeScript: every entry type-checks, moduleResolution bundler and node16');
  // The inbox and the govkit command run in Node: their types need Node's, which clash with the DOM's; checked apart below.
  const typed = entries.filter(
    ({ specifier, pkg }) => !assetEntry(specifier) && !specifier.endsWith('.json') && !nodePackages.has(pkg),
  );
  const source = [
    ...typed.map(({ specifier }, i) => `import * as t${i} from ${JSON.stringify(specifier)};`),
    `export const all = [${typed.map((_, i) => `t${i}`).join(', ')}];`,
    // The types say what the elements are, not just that a file exists.
    "import { GovFaq } from '@govkit-th/components/gov-faq.js';",
    "import type { FaqData } from '@govkit-th/schemas';",
    "const faq: GovFaq = document.createElement('gov-faq');",
    'export const data: FaqData | undefined = faq.data;',
    "faq.addEventListener('gov-load', (event) => event.detail.items.length);",
    '',
  ].join('\n');
  writeFileSync(join(scratch, 'types.ts'), source);
  const server = entries.filter(({ pkg, specifier }) => nodePackages.has(pkg) && !specifier.endsWith('.json'));
  writeFileSync(
    join(scratch, 'server.ts'),
    [
      ...server.map(({ specifier }, i) => `import * as s${i} from ${JSON.stringify(specifier)};`),
      `export const all = [${server.map((_, i) => `s${i}`).join(', ')}];`,
      '',
    ].join('\n'),
  );
  const projects = [
    { file: 'types.ts', lib: ['es2022', 'dom', 'dom.iterable'], count: typed.length },
    { file: 'server.ts', lib: ['es2023'], count: server.length },
  ];
  for (const [resolution, module] of [
    ['bundler', 'esnext'],
    ['node16', 'node16'],
  ])
    for (const { file, lib, count } of projects) {
      const config = {
        compilerOptions: {
          strict: true,
          noEmit: true,
          // Declaration files are read, not re-checked (fast); a missing or wrong type still fails the uses.
          skipLibCheck: true,
          target: 'es2022',
          lib,
          module,
          moduleResolution: resolution,
          types: [],
        },
        files: [file],
      };
      // The compiler's API in this process: four checks without four start-ups.
      const { options, errors } = ts.convertCompilerOptionsFromJson(config.compilerOptions, scratch);
      const program = ts.createProgram([join(scratch, file)], options);
      const diagnostics = [...errors, ...ts.getPreEmitDiagnostics(program)];
      const output = ts.formatDiagnostics(diagnostics, {
        getCanonicalFileName: (name) => name,
        getCurrentDirectory: () => scratch,
        getNewLine: () => '\n',
      });
      tally.check(
        `tsc ${file}, moduleResolution ${resolution}: ${count} entries`,
        diagnostics.length === 0,
        tail(output, 8),
      );
    }
}

function editorData() {
  console.log('editor data in the installed @govkit-th/components');
  const dir = join(scratch, 'node_modules/@govkit-th/components');
  const json = readJson(join(dir, 'package.json'));
  const tags = readdirSync(`${root}packages/components/src`)
    .filter((name) => name.startsWith('gov-') && existsSync(`${root}packages/components/src/${name}/define.ts`))
    .sort();
  const webTypes = join(dir, json['web-types'] ?? 'missing');
  tally.check(`package.json "web-types" names a shipped file (${json['web-types']})`, existsSync(webTypes));
  const webTypeTags = existsSync(webTypes)
    ? readJson(webTypes).contributions.html.elements.map((element) => element.name)
    : [];
  const missingWeb = tags.filter((tag) => !webTypeTags.includes(tag));
  tally.check(`web-types names every element folder (${tags.length})`, missingWeb.length === 0, missingWeb.join(', '));
  const htmlData = join(dir, 'editors/vscode.html-custom-data.json');
  const dataTags = existsSync(htmlData) ? readJson(htmlData).tags : [];
  const missingVs = tags.filter((tag) => !dataTags.some((entry) => entry.name === tag));
  tally.check(`VS Code custom HTML data names every element folder`, missingVs.length === 0, missingVs.join(', '));
  const faq = dataTags.find((entry) => entry.name === 'gov-faq');
  tally.check(
    'VS Code data lists gov-faq attributes (src, heading-level)',
    ['src', 'heading-level'].every((name) => faq?.attributes?.some((attribute) => attribute.name === name)),
  );
  const settingsFile = join(dir, 'editors/vscode.settings.json');
  const settings = existsSync(settingsFile) ? readJson(settingsFile) : {};
  const paths = [
    ...(settings['html.customData'] ?? []),
    ...(settings['css.customData'] ?? []),
    ...(settings['json.schemas'] ?? []).map((entry) => entry.url),
  ];
  const absent = paths.filter((path) => !existsSync(join(scratch, path)));
  tally.check(
    `every path in editors/vscode.settings.json exists in the project (${paths.length})`,
    paths.length > 2 && absent.length === 0,
    absent.join(', '),
  );
  const faqSchema = (settings['json.schemas'] ?? []).find((entry) => entry.url.endsWith('/faq.json'));
  tally.check('the FAQ schema is mapped to data/faq.json', Boolean(faqSchema?.fileMatch.includes('**/data/faq.json')));
}

function changesets() {
  console.log('changeset version, on a copy of the package files and changesets');
  const copy = join(scratch, 'changeset-copy');
  mkdirSync(copy);
  cpSync(`${root}package.json`, join(copy, 'package.json'));
  cpSync(`${root}.changeset`, join(copy, '.changeset'), { recursive: true });
  const workspaces = ['packages', 'apps'].flatMap((group) =>
    readdirSync(`${root}${group}`)
      .filter((name) => existsSync(`${root}${group}/${name}/package.json`))
      .map((name) => `${group}/${name}`),
  );
  for (const workspace of workspaces) {
    mkdirSync(join(copy, workspace), { recursive: true });
    cpSync(`${root}${workspace}/package.json`, join(copy, workspace, 'package.json'));
  }
  const pending = readdirSync(join(copy, '.changeset')).filter((name) => name.endsWith('.md') && name !== 'README.md');
  const { code, output } = run(process.execPath, [join(root, 'node_modules/@changesets/cli/bin.js'), 'version'], copy);
  tally.check(`changeset version consumes ${pending.length} changesets`, code === 0, tail(output));
  const after = Object.fromEntries(
    workspaces.map((workspace) => {
      const json = readJson(join(copy, workspace, 'package.json'));
      return [json.name, json];
    }),
  );
  const config = readJson(`${root}.changeset/config.json`);
  for (const group of config.fixed) {
    const versions = new Set(group.map((name) => after[name]?.version));
    const before = readJson(`${root}packages/${group[0].split('/')[1]}/package.json`).version;
    tally.check(
      `the fixed group ${group.join(', ')} moves together (${before} → ${[...versions].join(', ')})`,
      versions.size === 1 && (pending.length === 0 || !versions.has(before)),
    );
  }
  const stale = [];
  for (const json of Object.values(after))
    for (const [name, range] of Object.entries({ ...json.dependencies, ...json.peerDependencies }))
      if (after[name] && !after[name].private && !range.includes(after[name].version) && range !== '*')
        stale.push(`${json.name} → ${name}@${range} (now ${after[name].version})`);
  tally.check('every internal dependency follows the new versions', stale.length === 0, stale.join('; '));
  const left = readdirSync(join(copy, '.changeset')).filter((name) => name.endsWith('.md') && name !== 'README.md');
  tally.check('no changeset left unconsumed', left.length === 0, left.join(', '));
}

const started = Date.now();
const phase = async (name, body) => {
  const result = await body();
  console.log(`  (${name}: ${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return result;
};
try {
  const tarballs = await phase('pack and install', packAndInstall);
  await phase('publint', () => lintPackages(tarballs));
  await phase('attw', () => attw(tarballs));
  const entries = installedEntries();
  await phase('node', () => nodeEsm(entries));
  await phase('vite', () => viteBuild(entries));
  await phase('tsc', () => typescript(entries));
  editorData();
  await phase('changesets', changesets);
} catch (error) {
  tally.check('the package checks ran to the end', false, String(error?.stack ?? error));
} finally {
  if (!process.argv.includes('--keep')) rmSync(scratch, { recursive: true, force: true });
}
process.exitCode = tally.finish() ? 0 : 1;

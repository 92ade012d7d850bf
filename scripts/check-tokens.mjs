/**
 * The design-token rules, checked over every stylesheet of the kit (shadow styles in
 * `*.styles.ts` and core's `css` blocks, light-DOM `*.lightdom.css`):
 * - no literal spacing: margins, paddings, gaps and scroll margins use `var(--_space-N)`;
 * - no literal text size or line height: they come from the type scale;
 * - every private `var(--_x)` is defined (in the token layer or beside its use);
 * - every `--gov-*` property a stylesheet reads is documented by exactly one `@cssprop`, and
 *   every `@cssprop` names a property that a stylesheet reads;
 * - every token of the layer in core's `tokens.ts` has a row in core's README token table.
 * Prints one line per problem and exits 1 when there is any.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const tokenFile = join(root, 'packages/core/src/tokens.ts');
const coreReadme = join(root, 'packages/core/README.md');

function filesUnder(dir, test) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

const sourceDirs = [join(root, 'packages/core/src'), join(root, 'packages/components/src')];
const sourceFiles = sourceDirs.flatMap((dir) =>
  filesUnder(dir, (name) => name.endsWith('.ts') && !/\.(test|stories)\.ts$/.test(name)),
);
const lightDomFiles = filesUnder(join(root, 'packages/components/src'), (name) => name.endsWith('.lightdom.css'));

/** The CSS text of a file: a stylesheet whole, or every css`…` template of a module. */
function stylesOf(file) {
  const text = readFileSync(file, 'utf8');
  if (file.endsWith('.css')) return [text];
  return [...text.matchAll(/\bcss`([^`]*)`/g)].map((match) => match[1]);
}

/** Declarations as { property, value }, comments removed; selectors and at-rules skipped. */
function declarationsOf(cssText) {
  const text = cssText.replace(/\/\*[\s\S]*?\*\//g, '');
  const declarations = [];
  let start = 0;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (char !== ';' && char !== '{' && char !== '}') continue;
    const piece = text.slice(start, index).trim();
    start = index + 1;
    if (char === '{' || !piece) continue;
    const colon = piece.indexOf(':');
    if (colon > 0) declarations.push({ property: piece.slice(0, colon).trim(), value: piece.slice(colon + 1).trim() });
  }
  return declarations;
}

const SPACING = /^(margin|padding|gap|row-gap|column-gap|scroll-margin|scroll-padding)(-|$)/;
const TYPE = /^(font-size|line-height)$/;
const LENGTH = /(^|[^\w-])-?(\d*\.)?\d+(px|rem|em|ex|ch|lh|vw|vh|vmin|vmax|pt|%)(?![\w-])/;
const NUMBER = /(^|[^\w-])(\d*\.)?\d+(?![\w-])/;

/** The value with every var(…) removed, so a token's own fallback is not read as a literal. */
function withoutVars(value) {
  let previous;
  let current = value;
  do {
    previous = current;
    current = current.replace(/var\([^()]*\)/g, '');
  } while (current !== previous);
  return current;
}

const problems = [];
const stylesheets = [...sourceFiles, ...lightDomFiles].map((file) => ({ file, styles: stylesOf(file) }));
const used = new Map();
const definedPrivate = new Set();
const usedPrivate = new Map();

for (const { file, styles } of stylesheets) {
  const where = relative(root, file);
  // The private aliases live on an element's host: a light-DOM stylesheet cannot see them.
  const lightDom = file.endsWith('.lightdom.css');
  for (const cssText of styles) {
    for (const { property, value } of declarationsOf(cssText)) {
      const literal = withoutVars(value);
      if (SPACING.test(property) && LENGTH.test(literal)) {
        problems.push(`${where}: literal spacing "${property}: ${value}" (use the space scale)`);
      }
      if (TYPE.test(property) && (LENGTH.test(literal) || NUMBER.test(literal))) {
        problems.push(
          `${where}: literal "${property}: ${value}" (use the type scale: var(--_font-size-…), var(--_line-height…))`,
        );
      }
      if (property.startsWith('--_')) definedPrivate.add(property);
    }
    for (const [, name] of cssText.matchAll(/var\(\s*(--_[\w-]+)/g)) {
      if (lightDom) problems.push(`${where}: var(${name}) is private to shadow styles (use var(--gov-…, default))`);
      usedPrivate.set(name, where);
    }
    for (const [, name] of cssText.matchAll(/var\(\s*(--gov-[\w-]+)/g)) used.set(name, where);
  }
}

for (const [name, where] of usedPrivate) {
  if (!definedPrivate.has(name)) problems.push(`${where}: var(${name}) is not defined by the token layer`);
}

const documented = new Map();
for (const file of sourceFiles) {
  const text = readFileSync(file, 'utf8');
  for (const [, name] of text.matchAll(/@cssprop\s+\[?(--[\w-]+)/g)) {
    documented.set(name, [...(documented.get(name) ?? []), relative(root, file)]);
  }
}
for (const [name, where] of used) {
  if (!documented.has(name)) problems.push(`${where}: ${name} has no @cssprop`);
}
for (const [name, files] of documented) {
  if (files.length > 1) problems.push(`${name} is documented by @cssprop more than once: ${files.join(', ')}`);
  if (!used.has(name)) problems.push(`${files[0]}: @cssprop ${name} is read by no stylesheet`);
}

/** Each token's default as the layer, its @cssprop and the README table give it ('' when it inherits). */
const layerDefaults = new Map(
  [...readFileSync(tokenFile, 'utf8').matchAll(/var\((--gov-[\w-]+)(?:,\s*([^;]+))?\)/g)].map(([, name, fallback]) => [
    name,
    (fallback ?? '').replaceAll('--_', '--gov-'),
  ]),
);
const docDefaults = new Map(
  sourceFiles.flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/@cssprop\s+(?:\[(--[\w-]+)=([^\]]*)\]|(--[\w-]+))/g)].map(
      ([, name, fallback, bare]) => [name ?? bare, fallback ?? ''],
    ),
  ),
);
const readmeDefaults = new Map(
  [...readFileSync(coreReadme, 'utf8').matchAll(/^\| `(--gov-[\w-]+)` \| (`([^`]*)`|[^|]*) \|/gm)].map(
    ([, name, , fallback]) => [name, fallback ?? ''],
  ),
);
for (const [name, fallback] of layerDefaults) {
  if (!readmeDefaults.has(name)) problems.push(`packages/core/README.md: no row for ${name} in the token table`);
  else if (readmeDefaults.get(name) !== fallback)
    problems.push(`packages/core/README.md: ${name} defaults to "${fallback}" in tokens.ts`);
  if (docDefaults.has(name) && docDefaults.get(name) !== fallback)
    problems.push(`@cssprop ${name}: tokens.ts defaults it to "${fallback}"`);
}

for (const problem of problems) console.error(problem);
const count = stylesheets.filter(({ styles }) => styles.length > 0).length;
console.log(`design tokens: ${count} stylesheets checked, ${problems.length} problem(s)`);
process.exitCode = problems.length === 0 ? 0 : 1;

/**
 * custom-elements.json from the elements' JSDoc. What every element inherits (`src`, `data`,
 * `state`, `retry()`, `whenSettled()`, `gov-load`, `gov-error`, and the forms' members and
 * events) comes from core's own manifest (`@govkit-th/core/custom-elements.json`, analysed
 * from core's source when core builds): `dependencies: true` reads it, and the analyzer's
 * inheritance step copies the base classes' members into each element, marked `inheritedFrom`.
 * Reactive state (`{ state: true }`) is kept out of the attribute list, where the analyzer
 * otherwise puts it.
 * Editor data comes from the finished manifest, by the maintained generators: VS Code's custom
 * HTML and CSS data and JetBrains web-types, in editors/ (shipped; README says how to switch on).
 */
import { readFileSync } from 'node:fs';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';

function stateFields(path) {
  const source = readFileSync(path, 'utf8');
  return new Set([...source.matchAll(/(\w+):\s*\{\s*state:\s*true\s*\}/g)].map((match) => match[1]));
}

const internalState = {
  name: 'govkit-internal-state',
  packageLinkPhase({ customElementsManifest }) {
    for (const module of customElementsManifest.modules) {
      const internal = stateFields(module.path);
      for (const declaration of module.declarations ?? []) {
        if (!declaration.tagName) continue;
        declaration.attributes = (declaration.attributes ?? []).filter(
          (attribute) => !internal.has(attribute.fieldName ?? attribute.name),
        );
        declaration.members = (declaration.members ?? []).filter((member) => !internal.has(member.name));
      }
    }
  },
};

/** Inherited items name the package they come from, not a module path inside it. */
const inheritedFromCore = {
  name: 'govkit-inherited-from-core',
  packageLinkPhase({ customElementsManifest }) {
    const own = new Set(customElementsManifest.modules.map((module) => module.path));
    for (const module of customElementsManifest.modules)
      for (const declaration of module.declarations ?? [])
        for (const kind of ['attributes', 'members', 'events'])
          for (const item of declaration[kind] ?? [])
            if (item.inheritedFrom && !own.has(item.inheritedFrom.module))
              item.inheritedFrom = { name: item.inheritedFrom.name, package: '@govkit-th/core' };
  },
};

export default {
  globs: ['src/gov-*/gov-*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  dependencies: true,
  // Element sources import `./x.js` meaning `./x.ts`.
  resolutionOptions: { extensionAlias: { '.js': ['.ts', '.js'] } },
  plugins: [
    internalState,
    inheritedFromCore,
    customElementVsCodePlugin({ outdir: 'editors', hideLogs: true }),
    customElementJetBrainsPlugin({ outdir: 'editors', hideLogs: true, packageJson: false }),
  ],
};

/**
 * custom-elements.json from the elements' JSDoc. The analyzer cannot follow a base class
 * into another workspace package, so the attributes every element inherits from core's
 * GovElement are added here, and reactive state (`{ state: true }`) is kept out of the
 * attribute list, where the analyzer otherwise puts it.
 */
import { readFileSync } from 'node:fs';

const inherited = [
  {
    name: 'src',
    fieldName: 'src',
    type: { text: 'string | undefined' },
    description:
      "URL of a JSON document in the kit's format for this element (some elements also read feeds or sitemap.xml).",
  },
  {
    name: 'state',
    fieldName: 'state',
    type: { text: "'loading' | 'ready' | 'empty' | 'error'" },
    description: 'The data state, reflected so pages can style it and tests can wait on it.',
  },
  {
    name: 'numerals',
    fieldName: 'numerals',
    type: { text: "'latin' | 'thai'" },
    default: "'latin'",
    description: '`thai` shows dates and numbers in Thai digits.',
  },
  {
    name: 'timeout',
    fieldName: 'timeout',
    type: { text: 'number' },
    default: '10000',
    description: 'Milliseconds to wait for `src` before giving up.',
  },
  {
    name: 'heading-level',
    fieldName: 'headingLevel',
    type: { text: 'number' },
    default: '2',
    description: "Level of the element's heading (2–6).",
  },
];

function stateFields(path) {
  const source = readFileSync(path, 'utf8');
  return new Set([...source.matchAll(/(\w+):\s*\{\s*state:\s*true\s*\}/g)].map((match) => match[1]));
}

const govElementBase = {
  name: 'govkit-inherited-attributes',
  packageLinkPhase({ customElementsManifest }) {
    for (const module of customElementsManifest.modules) {
      const internal = stateFields(module.path);
      for (const declaration of module.declarations ?? []) {
        if (!declaration.tagName) continue;
        declaration.attributes = (declaration.attributes ?? []).filter(
          (attribute) => !internal.has(attribute.fieldName ?? attribute.name),
        );
        declaration.members = (declaration.members ?? []).filter((member) => !internal.has(member.name));
        const own = new Set(declaration.attributes.map((attribute) => attribute.name));
        declaration.attributes.push(
          ...inherited
            .filter((attribute) => !own.has(attribute.name))
            .map((attribute) => ({ ...attribute, inheritedFrom: { name: 'GovElement', package: '@govkit-th/core' } })),
        );
      }
    }
  },
};

export default {
  globs: ['src/gov-*/gov-*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  plugins: [govElementBase],
};

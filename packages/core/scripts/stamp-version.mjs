/**
 * Writes the package version into the compiled `dist/define.js` (where the source reads
 * `__GOVKIT_VERSION__`), so core's guarded `define()` knows the kit's version without a
 * hand-typed copy. The components' Vite build does the same through `define`.
 */
import { readFileSync, writeFileSync } from 'node:fs';

const root = new URL('..', import.meta.url);
const { version } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const file = new URL('dist/define.js', root);
const compiled = readFileSync(file, 'utf8');
if (!compiled.includes('__GOVKIT_VERSION__')) throw new Error('dist/define.js no longer reads __GOVKIT_VERSION__');
writeFileSync(file, compiled.replaceAll('__GOVKIT_VERSION__', JSON.stringify(version)));

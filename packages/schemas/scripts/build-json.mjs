/**
 * Writes every schema the package exports to `json/<name>.json` (the name its `$id` ends
 * with), from the compiled TypeScript: the TS source stays the one source of truth.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import * as schemas from '../dist/index.js';

const folder = new URL('../json/', import.meta.url);
rmSync(folder, { recursive: true, force: true });
mkdirSync(folder);
const written = [];
for (const schema of Object.values(schemas)) {
  const name = schemas.schemaFileName(schema);
  if (!name) continue;
  writeFileSync(new URL(name, folder), `${JSON.stringify(schema, null, 2)}\n`);
  written.push(name);
}
console.log(`json/: ${written.sort().join(', ')}`);

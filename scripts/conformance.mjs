#!/usr/bin/env node
/**
 * JSON Schema 2020-12 conformance of the kit's validator adapter.
 *
 * Runs the official JSON-Schema-Test-Suite (required tests, `tests/draft2020-12/*.json`)
 * through `compile()` from `@govkit-th/schemas` (its built `dist/`), with the suite's
 * remote schemas (`remotes/`, which the suite expects at http://localhost:1234/) passed
 * as extra references. Prints passed/total per file and overall, then compares every
 * result with the checked-in list of expected failures
 * (`packages/schemas/conformance-expected-failures.json`, keyed "file › group › test").
 * Exits 1 when a result changed from that list: a new failure, or an expected failure
 * that now passes. Either way the list must be updated on purpose.
 *
 *   npm run conformance                  compare with the list
 *   npm run conformance -- --optional    also report optional/ (not compared)
 *   npm run conformance -- --verbose     name every failure, expected or not
 *   npm run conformance -- --update      rewrite the list from this run (keeps reasons)
 *
 * The suite lives in shared/ beside the repository (../shared/conformance/…), as on
 * developers' machines and in CI. Needs `packages/schemas/dist`: `npm run build`, or
 * `cd packages/schemas && npx tsc -p tsconfig.build.json`.
 */
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const suiteDir = join(repoRoot, '..', 'shared', 'conformance', 'json-schema-test-suite');
const testsDir = join(suiteDir, 'tests', 'draft2020-12');
const remotesDir = join(suiteDir, 'remotes');
const adapterEntry = join(repoRoot, 'packages', 'schemas', 'dist', 'index.js');
const expectedFile = join(repoRoot, 'packages', 'schemas', 'conformance-expected-failures.json');
const REMOTE_BASE = 'http://localhost:1234/';
const SEPARATOR = ' › ';

const flags = new Set(process.argv.slice(2));
const verbose = flags.has('--verbose');
const update = flags.has('--update');
const withOptional = flags.has('--optional');

function fail(message) {
  console.error(`conformance: ${message}`);
  process.exit(2);
}

if (!existsSync(testsDir)) fail(`the test suite is not at ${testsDir} (shared/ must sit beside the repository)`);
if (!existsSync(adapterEntry)) {
  fail(
    `${relative(repoRoot, adapterEntry)} is missing: run \`npm run build\` (or \`cd packages/schemas && npx tsc -p tsconfig.build.json\`) first`,
  );
}
warnIfStale();

const { compile } = await import(pathToFileURL(adapterEntry).href);
const remotes = loadRemotes();

const started = performance.now();
const required = await runFolder(testsDir);
const failures = new Map(required.results.filter((r) => !r.passed).map((r) => [r.key, r]));

printTable('draft2020-12 (required)', required.files);
const total = required.results.length;
const passed = total - failures.size;
console.log(`\nOverall: ${passed}/${total} required tests pass (${percent(passed, total)})`);

if (withOptional) {
  const optional = await runFolder(join(testsDir, 'optional'), { recursive: true });
  printTable('draft2020-12/optional (reported only, not compared)', optional.files);
  const optionalPassed = optional.results.filter((r) => r.passed).length;
  console.log(
    `\nOptional: ${optionalPassed}/${optional.results.length} (${percent(optionalPassed, optional.results.length)})`,
  );
}

const expected = existsSync(expectedFile) ? JSON.parse(readFileSync(expectedFile, 'utf8')) : {};
const newFailures = [...failures.values()].filter((r) => !(r.key in expected));
const nowPassing = Object.keys(expected).filter((key) => !failures.has(key) && required.keys.has(key));
const vanished = Object.keys(expected).filter((key) => !required.keys.has(key));

if (verbose) {
  console.log('\nFailures:');
  for (const result of failures.values()) console.log(`  ${result.key}\n      ${result.detail}`);
}

console.log(`(${Math.round(performance.now() - started)} ms)`);

if (update) {
  const next = {};
  for (const result of [...failures.values()].sort((a, b) => a.key.localeCompare(b.key))) {
    next[result.key] = expected[result.key] ?? result.detail;
  }
  writeFileSync(expectedFile, JSON.stringify(next, null, 2) + '\n');
  console.log(`\nWrote ${Object.keys(next).length} expected failures to ${relative(repoRoot, expectedFile)}`);
  process.exit(0);
}

const changed = newFailures.length + nowPassing.length + vanished.length;
if (changed === 0) {
  console.log(
    `\nNo change: all ${failures.size} failures are the expected ones in ${relative(repoRoot, expectedFile)}.`,
  );
  process.exit(0);
}
if (newFailures.length) {
  console.log(`\nNEW FAILURES (${newFailures.length}): these passed before, or are new tests.`);
  for (const result of newFailures) console.log(`  ✗ ${result.key}\n      ${result.detail}`);
}
if (nowPassing.length) {
  console.log(`\nNOW PASSING (${nowPassing.length}): remove them from the expected failures.`);
  for (const key of nowPassing) console.log(`  ✓ ${key}`);
}
if (vanished.length) {
  console.log(`\nNOT IN THE SUITE ANY MORE (${vanished.length}): remove them from the expected failures.`);
  for (const key of vanished) console.log(`  ? ${key}`);
}
console.log(
  `\nResults changed from ${relative(repoRoot, expectedFile)}; after checking, \`npm run conformance -- --update\` rewrites it.`,
);
process.exit(1);

/** Runs every test file of a folder; returns per-file counts and one result per test. */
async function runFolder(folder, { recursive = false } = {}) {
  const files = [];
  const results = [];
  const keys = new Set();
  for (const file of jsonFiles(folder, recursive)) {
    const name = relative(folder, file).split(sep).join('/');
    const groups = JSON.parse(readFileSync(file, 'utf8'));
    let filePassed = 0;
    let fileTotal = 0;
    for (const group of groups) {
      const outcomes = await runGroup(group);
      group.tests.forEach((test, index) => {
        let key = [name, group.description, test.description].join(SEPARATOR);
        for (let n = 2; keys.has(key); n += 1)
          key = `${[name, group.description, test.description].join(SEPARATOR)} #${n}`;
        keys.add(key);
        const result = { key, ...outcomes[index] };
        results.push(result);
        fileTotal += 1;
        if (result.passed) filePassed += 1;
      });
    }
    files.push({ name, passed: filePassed, total: fileTotal });
  }
  return { files, results, keys };
}

/** Compiles one group's schema once and checks each of its tests. */
async function runGroup(group) {
  let validator;
  try {
    validator = await compile(group.schema, remotes);
  } catch (error) {
    return group.tests.map(() => ({ passed: false, detail: `schema did not compile: ${firstLine(error)}` }));
  }
  return group.tests.map((test) => {
    try {
      const problems = validator(test.data, 'en');
      const valid = problems.length === 0;
      if (valid === test.valid) return { passed: true };
      return {
        passed: false,
        detail: test.valid
          ? `expected valid, got: ${problems.map((p) => `${p.path || '/'} ${p.keyword}`).join('; ')}`
          : 'expected invalid, got valid',
      };
    } catch (error) {
      return { passed: false, detail: `validation threw: ${firstLine(error)}` };
    }
  });
}

/** The suite's remotes with the URL each is served at as `$id` when they carry none. */
function loadRemotes() {
  const schemas = [];
  for (const file of jsonFiles(remotesDir, true)) {
    const url = REMOTE_BASE + relative(remotesDir, file).split(sep).join('/');
    const schema = JSON.parse(readFileSync(file, 'utf8'));
    if (typeof schema !== 'object' || schema === null) continue;
    if (!schema.$id) {
      schemas.push({ ...schema, $id: url });
    } else {
      schemas.push(schema);
      // Retrieved from one URL, identified by another: reachable by both, as a fetch would be.
      if (new URL(schema.$id, url).href !== url) schemas.push({ ...structuredClone(schema), $id: url });
    }
  }
  return schemas;
}

function jsonFiles(folder, recursive) {
  if (!existsSync(folder)) return [];
  const found = [];
  for (const entry of readdirSync(folder).sort()) {
    const path = join(folder, entry);
    if (statSync(path).isDirectory()) {
      if (recursive) found.push(...jsonFiles(path, true));
    } else if (entry.endsWith('.json')) {
      found.push(path);
    }
  }
  return found;
}

function printTable(title, files) {
  console.log(`\n${title}`);
  const width = Math.max(...files.map((f) => f.name.length));
  for (const file of files) {
    // Files with failures are marked, not judged: whether a failure is new is decided below.
    const mark = file.passed === file.total ? ' ' : '·';
    console.log(`${mark} ${file.name.padEnd(width)}  ${`${file.passed}/${file.total}`.padStart(7)}`);
  }
}

function percent(part, whole) {
  return whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)}%`;
}

function firstLine(error) {
  return String(error?.message ?? error).split('\n')[0];
}

/** The adapter is read from dist/: say so when its sources are newer than the build. */
function warnIfStale() {
  const srcDir = join(repoRoot, 'packages', 'schemas', 'src');
  const built = statSync(adapterEntry).mtimeMs;
  const newer = readdirSync(srcDir).filter((file) => statSync(join(srcDir, file)).mtimeMs > built);
  if (newer.length)
    console.warn(
      `conformance: warning: packages/schemas/src is newer than dist (${newer.join(', ')}); rebuild for current results`,
    );
}

/**
 * `npm test`: everything CI checks, in order, stopping at nothing so one report shows all
 * failures: type-check, lint (ESLint and Prettier), the design-token rules, numbers kept
 * with their units in every catalogue (check-strings), build (packages, CDN
 * bundle, manifest, Storybook), the packages as npm users install them (publint, attw, packed
 * tarballs installed and imported outside the workspace, editor data, a changeset dry run),
 * size budgets (size-budgets.json: any entry over its gzip ceiling fails), element tests in
 * headless Chromium, every Storybook story rendered, the demo site end to end under its
 * CSP, the JSON Schema conformance suite, the inbox against SQLite (and PostgreSQL
 * when DATABASE_URL is set), and the govkit command (init, validate, audit in Chromium). Ends with one `N passed, N failed` line.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const rootPackage = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const inboxPackage = new URL('../packages/inbox/package.json', import.meta.url);
const inboxHasTests = existsSync(inboxPackage) && Boolean(JSON.parse(readFileSync(inboxPackage, 'utf8')).scripts?.test);
const cliPackage = new URL('../packages/cli/package.json', import.meta.url);
const cliHasTests = existsSync(cliPackage) && Boolean(JSON.parse(readFileSync(cliPackage, 'utf8')).scripts?.test);

const steps = [
  { name: 'type-check', command: 'npm run --silent typecheck' },
  { name: 'lint (ESLint, Prettier)', command: 'npx eslint . && npx prettier --check .' },
  {
    name: 'design tokens, demo chrome',
    command:
      'node scripts/check-tokens.mjs && node scripts/check-strings.mjs && node apps/demo-agency/chrome.mjs --check',
  },
  { name: 'build', command: 'npx turbo run build --output-logs=errors-only' },
  { name: 'packages (publint, attw, pack and install)', command: 'node scripts/test-packages.mjs', counts: 'tally' },
  { name: 'size budgets', command: 'node scripts/bench.mjs --budgets', counts: 'tally' },
  { name: 'element tests (Chromium)', command: 'npx wtr', counts: 'wtr' },
  { name: 'search index builder (Node)', command: 'node --test packages/schemas/test/', counts: 'node' },
  { name: 'storybook stories', command: 'node scripts/storybook-smoke.mjs', counts: 'tally' },
  { name: 'demo site end to end', command: 'node scripts/e2e-demo.mjs', counts: 'tally' },
  rootPackage.scripts.conformance && { name: 'JSON Schema conformance', command: 'npm run --silent conformance' },
  inboxHasTests && { name: 'inbox', command: 'npm test --silent -w @govkit-th/inbox', counts: 'node' },
  cliHasTests && {
    name: 'govkit command (init, validate, audit)',
    command: 'npm test --silent -w @govkit-th/cli',
    counts: 'node',
  },
].filter(Boolean);

function run(command) {
  return new Promise((resolve) => {
    const child = spawn(command, {
      shell: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1', STORYBOOK_DISABLE_TELEMETRY: '1' },
    });
    let output = '';
    const keep = (chunk) => {
      process.stdout.write(chunk);
      output += chunk;
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('close', (code) => resolve({ code, output }));
  });
}

/** Reads how many tests a step ran from its own closing lines. */
function countsOf(kind, output) {
  // eslint-disable-next-line no-control-regex -- terminal colour codes start with ESC
  const clean = output.replace(/\u001b\[[0-9;]*[A-Za-z]/g, '');
  if (kind === 'node') {
    const pass = [...clean.matchAll(/^# pass (\d+)/gm)].reduce((sum, m) => sum + Number(m[1]), 0);
    const fail = [...clean.matchAll(/^# fail (\d+)/gm)].reduce((sum, m) => sum + Number(m[1]), 0);
    return { passed: pass, failed: fail };
  }
  const all = [...clean.matchAll(/(\d+) passed, (\d+) failed/g)];
  const last = all[all.length - 1];
  return last ? { passed: Number(last[1]), failed: Number(last[2]) } : { passed: 0, failed: 0 };
}

let passed = 0;
let failed = 0;
const summary = [];
const started = Date.now();
for (const step of steps) {
  console.log(`\n▶ ${step.name}: ${step.command}`);
  const stepStarted = Date.now();
  const { code, output } = await run(step.command);
  const seconds = ((Date.now() - stepStarted) / 1000).toFixed(1);
  const counts = step.counts
    ? countsOf(step.counts, output)
    : { passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1 };
  if (code !== 0 && counts.failed === 0) counts.failed = 1;
  passed += counts.passed;
  failed += counts.failed;
  summary.push(
    `${code === 0 ? '✓' : '✗'} ${step.name}: ${counts.passed} passed, ${counts.failed} failed (${seconds} s)`,
  );
}
console.log(`\n${summary.join('\n')}\nall steps in ${((Date.now() - started) / 1000).toFixed(0)} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;

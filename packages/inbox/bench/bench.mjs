/**
 * Submissions per second and p50/p99 latency on loopback, with autocannon, for:
 *   - a bare node:http server answering 201 without storage (the baseline),
 *   - the inbox on SQLite (WAL, synchronous=FULL, group commit),
 *   - the inbox on PostgreSQL, when DATABASE_URL is set,
 * all in the same run, and the publishing desk's `GET /content/news.json` with 1,000
 * published news items, full (200) and conditional (304), at a fixed 500 requests/s.
 * Each server runs in its own process; autocannon runs here. The targets run flat out with
 * N connections in turn, several rounds (the ratio to bare node:http is taken within a
 * round, its median printed), then each at a fixed 2,000 requests/s (the goal). Prints
 * figures; no pass/fail. Last, the disk alone (bench/disk.mjs): its fsync stalls bound the p99.
 *
 * Beside throughput and latency it prints the server's CPU time per 1,000 requests (all its
 * threads, from /proc on Linux), and its main thread's alone (the one that answers HTTP and
 * so bounds throughput): on a machine that is busy with other work, req/s and p99
 * move with the neighbours, CPU per request much less. `--baseline <dir>` also runs an
 * older build of this package (a checkout of an earlier commit, built) in the same run, so
 * "before" and "after" are measured side by side.
 *
 *   node bench/bench.mjs [--seconds 10] [--connections 50] [--rate 2000] [--rounds 3] [--baseline ../old/packages/inbox]
 *                        [--submissions-only]   (leaves out the desk's read path)
 *                        [--keys kit|random]    (Idempotency-Key as the kit's forms make it, the default, or random)
 */
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import Database from 'better-sqlite3';
import { contentRows } from './content.mjs';
import { diskRow, diskSyncs } from './disk.mjs';
import { keyMaker, sampleAnswers } from './sample.mjs';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '50' },
    rate: { type: 'string', default: '2000' },
    rounds: { type: 'string', default: '3' },
    baseline: { type: 'string' },
    'submissions-only': { type: 'boolean' },
    keys: { type: 'string', default: 'kit' },
  },
});
const seconds = Number(values.seconds);
const connections = Number(values.connections);
const rate = Number(values.rate);
const rounds = Number(values.rounds);
const newKey = keyMaker(values.keys);

const bin = fileURLToPath(new URL('../bin/govkit-inbox.js', import.meta.url));
const bare = fileURLToPath(new URL('./bare-server.mjs', import.meta.url));
const formsDir = fileURLToPath(new URL('../test/fixtures/forms/', import.meta.url));

/** A realistic e-form submission (OIA information request, Thai text, ~600 bytes). */
const body = JSON.stringify({
  formId: 'info-request',
  formVersion: '2',
  submittedAt: '2025-11-26T09:30:00+07:00',
  data: sampleAnswers,
});

/**
 * CPU milliseconds a process has used so far (user + system, all threads), or with
 * `mainOnly` its main thread's alone (the one that answers HTTP); undefined off Linux.
 */
function cpuMs(pid, mainOnly = false) {
  try {
    const stat = mainOnly ? `/proc/${pid}/task/${pid}/stat` : `/proc/${pid}/stat`;
    const fields = readFileSync(stat, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // clock ticks: 100 a second on Linux
  } catch {
    return undefined;
  }
}

function freePort() {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });
}

async function startProcess(script, env, port) {
  const child = spawn(process.execPath, [script], {
    env: { PATH: process.env.PATH, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const deadline = Date.now() + 60_000; // a machine shared with other jobs may take long to start one
  for (;;) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/healthz`);
      await response.arrayBuffer();
      return child;
    } catch {
      if (Date.now() > deadline || child.exitCode !== null) {
        child.kill('SIGKILL'); // not left running after the bench gives up
        throw new Error(`${script} did not start`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

function stop(child) {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve(undefined);
    child.once('exit', resolve);
    child.kill('SIGTERM');
  });
}

function load(port, { duration, overallRate }) {
  return autocannon({
    url: `http://127.0.0.1:${port}/forms/info-request/submissions`,
    method: 'POST',
    connections,
    duration,
    ...(overallRate ? { overallRate } : {}),
    headers: { 'content-type': 'application/json' },
    requests: [
      {
        body,
        setupRequest(request) {
          request.headers = { ...request.headers, 'idempotency-key': newKey() };
          return request;
        },
      },
    ],
  });
}

/** One load against one target, as a table row (CPU per 1,000 requests from /proc). */
async function measureOnce(target, mode, options) {
  const cpuBefore = cpuMs(target.pid);
  const mainBefore = cpuMs(target.pid, true);
  const result = await load(target.port, options);
  const cpuAfter = cpuMs(target.pid);
  const mainAfter = cpuMs(target.pid, true);
  const perThousand = (before, after) =>
    before === undefined || after === undefined ? '' : Math.round((after - before) / (result.requests.total / 1000));
  return {
    target: target.name,
    load: mode,
    'req/s': Math.round(result.requests.average),
    'p50 ms': result.latency.p50,
    'p99 ms': result.latency.p99,
    'max ms': result.latency.max,
    '2xx': result['2xx'],
    'non-2xx': result.non2xx,
    errors: result.errors + result.timeouts,
    'CPU ms/1k': perThousand(cpuBefore, cpuAfter),
    'main ms/1k': perThousand(mainBefore, mainAfter),
  };
}

const median = (numbers) => [...numbers].sort((a, b) => a - b)[Math.floor((numbers.length - 1) / 2)];

/**
 * Runs every target flat out, in turn, `rounds` times (bare, inbox, bare, inbox, …), then
 * each at the fixed rate. The machine's speed drifts by a third between minutes here
 * (bare node:http did 14,000–26,000 req/s in one morning), so one run of each, minutes
 * apart, says little: the ratio is taken within each round and its median reported.
 * Every server stays up for the whole run; only the one under load has work.
 */
async function measureAll(targets) {
  const before = new Map();
  for (const target of targets) {
    await load(target.port, { duration: 2 }); // warm up: JIT, connections, page cache
    before.set(target, target.count ? await target.count() : 0);
  }
  const flatOut = new Map(targets.map((target) => [target, []]));
  for (let round = 0; round < rounds; round++) {
    for (const target of targets) {
      flatOut.get(target).push(await measureOnce(target, `max, ${connections} conns`, { duration: seconds }));
    }
  }
  const rows = [];
  for (const target of targets) {
    const runs = flatOut.get(target);
    const middle = runs.find((row) => row['req/s'] === median(runs.map((run) => run['req/s'])));
    const fixed = await measureOnce(target, `${rate}/s fixed`, { duration: seconds, overallRate: rate });
    const mine = [
      { ...middle, load: `${middle.load}, median of ${runs.length}`, runs: runs.map((run) => run['req/s']).join(' ') },
      fixed,
    ];
    if (target.count) {
      const stored = (await target.count()) - before.get(target);
      const acknowledged = [...runs, fixed].reduce((sum, row) => sum + row['2xx'], 0);
      mine.forEach((row) => (row.stored = `${stored} stored / ${acknowledged} 2xx`));
    }
    rows.push(...mine);
  }
  // Each target's throughput over bare node:http's (the first target) in the same round.
  const bare = flatOut.get(targets[0]);
  const ratios = targets
    .slice(1)
    .map((target) => [target.name, flatOut.get(target).map((row, round) => row['req/s'] / bare[round]['req/s'])]);
  return { rows, ratios };
}

const results = [];
process.stdout.write(
  `GovKit TH inbox bench: ${cpus().length} CPUs (${cpus()[0]?.model ?? '?'}), Node ${process.version}, ${seconds} s per run, ${rounds} rounds flat out\n`,
);

async function startBare() {
  const port = await freePort();
  const child = await startProcess(bare, { PORT: String(port) }, port); // it answers /healthz like anything else
  return { name: 'bare node:http (no storage)', port, child, pid: child.pid, close: () => stop(child) };
}

async function startInbox(name, env, storeOptions, script = bin) {
  const port = await freePort();
  const child = await startProcess(
    script,
    {
      INBOX_PORT: String(port),
      INBOX_FORMS_DIR: formsDir,
      INBOX_RATE_LIMIT: '0',
      INBOX_LOG_LEVEL: 'warn',
      ...env,
    },
    port,
  );
  const counter = await rowCounter(storeOptions);
  return {
    name,
    port,
    child,
    pid: child.pid,
    count: counter.count,
    close: async () => {
      await counter.close();
      await stop(child);
    },
  };
}

/**
 * Counts the stored submissions without migrating the database: the server under test
 * (perhaps an older build, with an older schema) owns it.
 */
async function rowCounter({ dbPath, databaseUrl, databaseSchema }) {
  if (!databaseUrl) {
    const db = new Database(dbPath, { readonly: true });
    db.pragma('busy_timeout = 5000');
    const statement = db.prepare('SELECT COUNT(*) AS n FROM submissions');
    return { count: () => Number(statement.get().n), close: () => db.close() };
  }
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 1, options: `-c search_path=${databaseSchema}` });
  return {
    count: async () => Number((await pool.query('SELECT COUNT(*) AS n FROM submissions')).rows[0].n),
    close: () => pool.end(),
  };
}

const dir = mkdtempSync(join(tmpdir(), 'govkit-inbox-bench-'));
const targets = [];
/** [target name, its per-round ratios to bare node:http], filled by measureAll. */
const ratiosOf = [];
let schema;
const admin = process.env.DATABASE_URL ? new pg.Client({ connectionString: process.env.DATABASE_URL }) : undefined;
try {
  targets.push(await startBare());
  if (values.baseline) {
    const older = join(dir, 'baseline.sqlite');
    const script = join(values.baseline, 'bin/govkit-inbox.js');
    targets.push(await startInbox('baseline inbox, SQLite', { INBOX_DB: older }, { dbPath: older }, script));
  }
  const dbPath = join(dir, 'bench.sqlite');
  targets.push(await startInbox('inbox, SQLite (WAL, synchronous=FULL)', { INBOX_DB: dbPath }, { dbPath }));
  if (admin) {
    schema = `bench_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    targets.push(
      await startInbox(
        'inbox, PostgreSQL',
        { DATABASE_URL: process.env.DATABASE_URL, INBOX_DB_SCHEMA: schema },
        { databaseUrl: process.env.DATABASE_URL, databaseSchema: schema, poolSize: 2 },
      ),
    );
  } else {
    process.stdout.write('(PostgreSQL skipped: set DATABASE_URL to include it)\n');
  }
  const measured = await measureAll(targets);
  results.push(...measured.rows);
  ratiosOf.push(...measured.ratios);
  // The p99's baseline: this disk's own fsync stalls, in the same run, in the databases' folder.
  results.push(diskRow(await diskSyncs(dir, seconds), seconds));
  for (const target of targets.splice(0)) await target.close();
  // The publishing desk's public read path, on a database of its own.
  const contentDb = join(dir, 'content.sqlite');
  if (!values['submissions-only'])
    results.push(
      ...(await contentRows(
        'desk, SQLite',
        { dbPath: contentDb },
        async () => {
          const port = await freePort();
          const env = {
            INBOX_PORT: String(port),
            INBOX_DB: contentDb,
            INBOX_FORMS_DIR: formsDir,
            INBOX_LOG_LEVEL: 'warn',
          };
          return { child: await startProcess(bin, env, port), port };
        },
        stop,
        seconds,
      )),
    );
} finally {
  for (const target of targets) await target.close();
  if (schema) await admin.query(`DROP SCHEMA ${schema} CASCADE`);
  if (admin) await admin.end();
  rmSync(dir, { recursive: true, force: true });
}

console.table(results);
for (const row of results.filter((r) => r.target.startsWith('desk'))) {
  process.stdout.write(`${row.target}: ${row.load}: p99 ${row['p99 ms']} ms (goal ≤ 10 ms)\n`);
}
const disk = results.find((r) => r.target.startsWith('disk'));
if (disk) {
  process.stdout.write(
    `disk alone: fdatasync p99 ${disk['p99 ms']} ms, max ${disk['max ms']} ms, ${disk.stalls} in ${seconds} s ` +
      `(every submission that arrives during a stall waits for it; see bench/disk.mjs)\n`,
  );
}
for (const [name, ratios] of ratiosOf) {
  const fixed = results.find((r) => r.target === name && !r.load.startsWith('max'));
  process.stdout.write(
    `${name}: ${median(ratios).toFixed(2)} of bare node:http's throughput, median of ${ratios.length} rounds ` +
      `(${ratios.map((ratio) => ratio.toFixed(2)).join(', ')}; goal ≥ 0.35); ` +
      `p99 ${fixed?.['p99 ms']} ms at ${rate}/s (goal ≤ 20 ms); CPU ${fixed?.['CPU ms/1k']} ms per 1,000 at ${rate}/s ` +
      `(main thread ${fixed?.['main ms/1k']})\n`,
  );
}

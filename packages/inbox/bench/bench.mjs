/**
 * Submissions per second and p50/p99 latency on loopback, with autocannon, for:
 *   - a bare node:http server answering 201 without storage (the baseline),
 *   - the inbox on SQLite (WAL, synchronous=FULL, group commit),
 *   - the inbox on PostgreSQL, when DATABASE_URL is set,
 * all in the same run, and the publishing desk's `GET /content/news.json` with 1,000
 * published news items, full (200) and conditional (304), at a fixed 500 requests/s. Each server runs in its own process; autocannon runs here. Two
 * runs per target: as fast as it goes with N connections, and at a fixed 2,000
 * requests/s (the goal). Prints figures; no pass/fail.
 *
 * Beside throughput and latency it prints the server's CPU time per 1,000 requests (all its
 * threads, from /proc on Linux), and its main thread's alone (the one that answers HTTP and
 * so bounds throughput): on a machine that is busy with other work, req/s and p99
 * move with the neighbours, CPU per request much less. `--baseline <dir>` also runs an
 * older build of this package (a checkout of an earlier commit, built) in the same run, so
 * "before" and "after" are measured side by side.
 *
 *   node bench/bench.mjs [--seconds 10] [--connections 50] [--rate 2000] [--baseline ../old/packages/inbox]
 *                        [--submissions-only]   (leaves out the desk's read path)
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
import { sampleAnswers } from './sample.mjs';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '50' },
    rate: { type: 'string', default: '2000' },
    baseline: { type: 'string' },
    'submissions-only': { type: 'boolean' },
  },
});
const seconds = Number(values.seconds);
const connections = Number(values.connections);
const rate = Number(values.rate);

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
          request.headers = { ...request.headers, 'idempotency-key': randomUUID() };
          return request;
        },
      },
    ],
  });
}

/** Runs the two loads against one target and returns table rows. */
async function measure(name, port, count, pid) {
  await load(port, { duration: 2 }); // warm up: JIT, connections, page cache
  const before = count ? await count() : 0;
  const rows = [];
  for (const [mode, options] of [
    [`max, ${connections} conns`, { duration: seconds }],
    [`${rate}/s fixed`, { duration: seconds, overallRate: rate }],
  ]) {
    const cpuBefore = cpuMs(pid);
    const mainBefore = cpuMs(pid, true);
    const result = await load(port, options);
    const cpuAfter = cpuMs(pid);
    const mainAfter = cpuMs(pid, true);
    const perThousand = (before, after) =>
      before === undefined || after === undefined ? '' : Math.round((after - before) / (result.requests.total / 1000));
    rows.push({
      target: name,
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
    });
  }
  if (count) {
    const stored = (await count()) - before;
    const acknowledged = rows.reduce((sum, row) => sum + row['2xx'], 0);
    rows.forEach((row) => (row.stored = `${stored} stored / ${acknowledged} 2xx`));
  }
  return rows;
}

const results = [];
process.stdout.write(
  `GovKit TH inbox bench: ${cpus().length} CPUs (${cpus()[0]?.model ?? '?'}), Node ${process.version}, ${seconds} s per run\n`,
);

{
  const port = await freePort();
  const child = await startProcess(bare, { PORT: String(port) }, port); // it answers /healthz like anything else
  results.push(...(await measure('bare node:http (no storage)', port, undefined, child.pid)));
  await stop(child);
}

async function benchInbox(name, env, storeOptions, script = bin) {
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
  try {
    results.push(...(await measure(name, port, counter.count, child.pid)));
  } finally {
    await counter.close();
    await stop(child);
  }
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
try {
  const dbPath = join(dir, 'bench.sqlite');
  if (values.baseline) {
    const older = join(dir, 'baseline.sqlite');
    const script = join(values.baseline, 'bin/govkit-inbox.js');
    await benchInbox('baseline inbox, SQLite', { INBOX_DB: older }, { dbPath: older }, script);
  }
  await benchInbox('inbox, SQLite (WAL, synchronous=FULL)', { INBOX_DB: dbPath }, { dbPath });
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
  if (process.env.DATABASE_URL) {
    const schema = `bench_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    try {
      await benchInbox(
        'inbox, PostgreSQL',
        { DATABASE_URL: process.env.DATABASE_URL, INBOX_DB_SCHEMA: schema },
        { databaseUrl: process.env.DATABASE_URL, databaseSchema: schema, poolSize: 2 },
      );
    } finally {
      await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      await admin.end();
    }
  } else {
    process.stdout.write('(PostgreSQL skipped: set DATABASE_URL to include it)\n');
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

console.table(results);
for (const row of results.filter((r) => r.target.startsWith('desk'))) {
  process.stdout.write(`${row.target}: ${row.load}: p99 ${row['p99 ms']} ms (goal ≤ 10 ms)\n`);
}
const bareMax = results.find((row) => row.target.startsWith('bare') && row.load.startsWith('max'))?.['req/s'];
for (const row of results.filter((r) => !r.target.startsWith('bare') && r.load.startsWith('max'))) {
  const fixed = results.find((r) => r.target === row.target && !r.load.startsWith('max'));
  process.stdout.write(
    `${row.target}: ${(row['req/s'] / bareMax).toFixed(2)} of bare node:http's throughput (goal ≥ 0.35); ` +
      `p99 ${fixed?.['p99 ms']} ms at ${rate}/s (goal ≤ 20 ms); CPU ${fixed?.['CPU ms/1k']} ms per 1,000 at ${rate}/s ` +
      `(main thread ${fixed?.['main ms/1k']})\n`,
  );
}

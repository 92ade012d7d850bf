/**
 * The SQLite writer alone, without HTTP: what one group commit costs once the table is
 * no longer small. Fills a fresh database with `--rows` submissions (60,000), then writes
 * `--batches` batches of `--batch` (25, the bench's usual batch) and prints, per commit,
 * the pages written to the write-ahead log and, per row, the CPU of the INSERT statement
 * and of the whole transaction (its fsync is waiting, not CPU). Both figures are steady
 * on a shared machine, unlike req/s. `--dir` measures another build of this package (a
 * checkout of an earlier commit, built) the same way.
 *
 * With DATABASE_URL set it also measures PostgreSQL (a fresh schema): the bytes of write-ahead
 * log a submission (`pg_current_wal_lsn`, so other activity on that server counts too) and
 * the wall time of a commit; the server's CPU is not this process's and is not shown.
 *
 *   node bench/writer.mjs [--rows 60000] [--batch 25] [--batches 400] [--dir ../old/packages/inbox] [--keys kit|random]
 *   bash scripts/with-postgres.sh node bench/writer.mjs
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { keyMaker, sampleAnswers } from './sample.mjs';

const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '60000' },
    batch: { type: 'string', default: '25' },
    batches: { type: 'string', default: '400' },
    dir: { type: 'string', default: new URL('..', import.meta.url).pathname },
    keys: { type: 'string', default: 'kit' },
  },
});
const dist = pathToFileURL(join(resolve(values.dir), 'dist/store/')).href;
const { SqliteDriver } = await import(`${dist}sqlite.js`);
const { Store } = await import(`${dist}store.js`);

const newKey = keyMaker(values.keys);
const data = JSON.stringify(sampleAnswers);
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A record as the receiver makes it; a build that derives id and receipt itself ignores both. */
function record() {
  const code = Array.from({ length: 10 }, () => CROCKFORD[Math.floor(Math.random() * 32)]).join('');
  return {
    id: randomUUID(),
    receipt: `20251126-${code.slice(0, 5)}-${code.slice(5)}`,
    kind: 'form',
    formId: 'info-request',
    formVersion: '2',
    schemaVersion: '2',
    submittedAt: '2025-11-26T09:30:00+07:00',
    receivedAt: new Date().toISOString(),
    idempotencyKey: newKey(),
    fingerprint: randomUUID(),
    data,
  };
}

const folder = mkdtempSync(join(tmpdir(), 'govkit-inbox-writer-'));
const path = join(folder, 'inbox.sqlite');
const driver = new SqliteDriver(path);
const store = new Store(driver);
await store.migrate();
const rows = Number(values.rows);
for (let done = 0; done < rows; done += 500)
  await store.insertSubmissions(Array.from({ length: Math.min(500, rows - done) }, record));
driver.db.pragma('wal_checkpoint(TRUNCATE)');

// The INSERT statement's CPU: every statement of the batch goes through `all` (INSERT … RETURNING).
let insertMicros = 0;
const all = driver.all.bind(driver);
driver.all = (sql, params) => {
  const start = process.cpuUsage();
  try {
    return all(sql, params);
  } finally {
    const used = process.cpuUsage(start);
    if (sql.startsWith('INSERT')) insertMicros += used.user + used.system;
  }
};

const size = Number(values.batch);
const batches = Number(values.batches);
const pageSize = driver.db.pragma('page_size', { simple: true });
const walBytes = () => {
  try {
    return statSync(`${path}-wal`).size;
  } catch {
    return 0;
  }
};
const work = Array.from({ length: batches }, () => Array.from({ length: size }, record));
const walBefore = walBytes();
const cpuBefore = process.cpuUsage();
const started = performance.now();
for (const batch of work) await store.insertSubmissions(batch);
const wall = performance.now() - started;
const cpu = process.cpuUsage(cpuBefore);
const frames = (walBytes() - (walBefore || 32)) / (pageSize + 24);
const written = batches * size;
console.log(`${values.dir}: ${rows} rows stored, ${batches} commits of ${size}`);
console.log(
  `  WAL pages a commit   ${(frames / batches).toFixed(1)} (${((frames * pageSize) / written / 1024).toFixed(1)} KB a submission)`,
);
console.log(`  INSERT CPU a row     ${(insertMicros / written).toFixed(1)} µs`);
console.log(
  `  transaction CPU a row ${((cpu.user + cpu.system) / written).toFixed(1)} µs (wall ${(wall / batches).toFixed(2)} ms a commit)`,
);
store.close();
rmSync(folder, { recursive: true, force: true });
if (process.env.DATABASE_URL) await postgres(process.env.DATABASE_URL);

/** The same on PostgreSQL: WAL bytes a submission and wall time a commit. */
async function postgres(url) {
  const { PgDriver } = await import(`${dist}pg.js`);
  const schema = `writer_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  const admin = PgDriver.open({ url });
  await admin.exec(`CREATE SCHEMA ${schema}`);
  const pgStore = new Store(PgDriver.open({ url, schema, poolSize: 2 }));
  try {
    await pgStore.migrate();
    for (let done = 0; done < rows; done += 500)
      await pgStore.insertSubmissions(Array.from({ length: Math.min(500, rows - done) }, record));
    await admin.exec('CHECKPOINT');
    const lsn = async () => (await admin.get('SELECT pg_current_wal_lsn()::text AS lsn')).lsn;
    const batchesOf = Array.from({ length: batches }, () => Array.from({ length: size }, record));
    const from = await lsn();
    const start = performance.now();
    for (const batch of batchesOf) await pgStore.insertSubmissions(batch);
    const ms = performance.now() - start;
    const bytes = Number((await admin.get('SELECT pg_wal_lsn_diff(?, ?) AS n', [await lsn(), from])).n);
    console.log(`PostgreSQL: ${rows} rows stored, ${batches} commits of ${size}`);
    console.log(
      `  WAL a submission     ${(bytes / written / 1024).toFixed(1)} KB (${(bytes / batches / 1024).toFixed(0)} KB a commit)`,
    );
    console.log(`  wall time a commit   ${(ms / batches).toFixed(2)} ms`);
  } finally {
    await pgStore.close();
    await admin.exec(`DROP SCHEMA ${schema} CASCADE`);
    await admin.close();
  }
}

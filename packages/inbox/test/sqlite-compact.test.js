import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { Worker } from 'node:worker_threads';
import { createRequire } from 'node:module';
import { SqliteDriver } from '../dist/store/sqlite.js';

const betterSqlite = createRequire(import.meta.url).resolve('better-sqlite3');

/**
 * PDPA erasure on SQLite: `compact()` must leave no trace of deleted rows in the database
 * file or its log, even while another connection checkpoints (the inbox's checkpointer thread
 * runs a passive checkpoint a few times a second). SQLite answers a TRUNCATE checkpoint "busy"
 * at once while another checkpoint runs and leaves the log as it was; the marker then stayed in
 * the `-wal` file (the erasure test found it there once in a full run).
 */
test('compact() empties the log even while another connection is checkpointing', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'govkit-compact-'));
  const path = join(folder, 'inbox.db');
  const driver = new SqliteDriver(path);
  try {
    driver.exec('CREATE TABLE personal (data TEXT)');
    const marker = 'ERASEDMARKER0123456789';
    driver.run('INSERT INTO personal VALUES (?)', [marker.repeat(50)]);
    driver.run('DELETE FROM personal', []);
    // Another connection checkpoints without pause for 300 ms, as the checkpointer does now and then.
    const checkpointer = new Worker(
      `const Database = require(${JSON.stringify(betterSqlite)});
       const db = new Database(${JSON.stringify(path)});
       require('node:worker_threads').parentPort.postMessage('started');
       const end = Date.now() + 300;
       while (Date.now() < end) { try { db.pragma('wal_checkpoint(PASSIVE)'); } catch {} }
       db.close();`,
      { eval: true },
    );
    await new Promise((resolve) => checkpointer.once('message', resolve));
    driver.compact();
    await new Promise((resolve) => checkpointer.once('exit', resolve));
    const files = [path, `${path}-wal`].map((file) => readFileSync(file));
    assert.equal(files[1].length, 0, 'the log is emptied');
    assert.ok(!files.some((bytes) => bytes.includes(Buffer.from(marker))), 'no trace of the deleted row');
  } finally {
    driver.close();
    rmSync(folder, { recursive: true, force: true });
  }
});

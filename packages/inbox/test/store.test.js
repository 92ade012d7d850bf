import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { GroupCommitter } from '../dist/group-commit.js';
import { openStore, migrations } from '../dist/store/index.js';
import { databaseFor, databases, insertRecords } from '../test-support/harness.js';

function record(key = randomUUID(), data = { a: 1 }) {
  return {
    kind: 'form',
    formId: 'f',
    formVersion: '1',
    schemaVersion: '1',
    submittedAt: '2025-11-26T09:30:00+07:00',
    receivedAt: new Date().toISOString(),
    idempotencyKey: key,
    fingerprint: `fp-${JSON.stringify(data)}`,
    data: JSON.stringify(data),
  };
}

describe('group commit', () => {
  test('requests queued in one turn share one write; each gets its own result', async () => {
    const batches = [];
    const committer = new GroupCommitter(async (records) => {
      batches.push(records.length);
      await new Promise((resolve) => setTimeout(resolve, 5));
      return records.map((r) => ({ status: 'created', r }));
    });
    const results = await Promise.all(Array.from({ length: 50 }, (_, i) => committer.submit(i)));
    assert.deepEqual(
      results.map((r) => r.r),
      Array.from({ length: 50 }, (_, i) => i),
    );
    assert.deepEqual(batches, [50]);
  });

  test('while one batch is being written, the next gathers; maxBatch caps a batch', async () => {
    const batches = [];
    const committer = new GroupCommitter(
      async (records) => {
        batches.push(records.length);
        await new Promise((resolve) => setTimeout(resolve, 10));
        return records.map(() => ({ status: 'created' }));
      },
      { maxBatch: 8 },
    );
    const first = Promise.all(Array.from({ length: 3 }, (_, i) => committer.submit(i)));
    await new Promise((resolve) => setImmediate(resolve));
    const second = Promise.all(Array.from({ length: 20 }, (_, i) => committer.submit(i)));
    await Promise.all([first, second]);
    assert.deepEqual(batches, [3, 8, 8, 4]);
  });

  test('a failed batch fails every request in it, and the next batch still runs', async () => {
    let calls = 0;
    const committer = new GroupCommitter(async (records) => {
      calls++;
      if (calls === 1) throw new Error('disk full');
      return records.map(() => ({ status: 'created' }));
    });
    const failing = await Promise.allSettled([committer.submit(1), committer.submit(2)]);
    assert.deepEqual(
      failing.map((r) => r.status),
      ['rejected', 'rejected'],
    );
    assert.deepEqual(await committer.submit(3), { status: 'created' });
  });

  test('drain waits for queued and running batches', async () => {
    let written = 0;
    const committer = new GroupCommitter(async (records) => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      written += records.length;
      return records.map(() => ({ status: 'created' }));
    });
    for (let i = 0; i < 10; i++) committer.submit(i);
    await committer.drain();
    assert.equal(written, 10);
  });
});

describe('SQLite checkpoints', () => {
  test('run on their own thread: the database file grows while the writer never checkpoints, and closing leaves no log', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'govkit-inbox-wal-'));
    const dbPath = join(dir, 'inbox.sqlite');
    try {
      const store = await openStore({ dbPath });
      const before = statSync(dbPath).size;
      for (let i = 0; i < 20; i++)
        await store.insertSubmissions(
          Array.from({ length: 100 }, () => record(randomUUID(), { text: 'ก'.repeat(300) })),
        );
      await new Promise((resolve) => setTimeout(resolve, 700));
      assert.ok(statSync(dbPath).size > before + 500_000, 'pages were copied from the log into the database');
      await store.close();
      assert.equal(existsSync(`${dbPath}-wal`), false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

for (const db of databases()) {
  describe(`store (${db})`, () => {
    let store;
    let database;
    before(async () => {
      database = await databaseFor(db);
      store = await openStore({ dbPath: database.config.dbPath, ...(db === 'postgres' ? database.config : {}) });
    });
    after(async () => {
      await store.close();
      await database.drop();
    });

    test('migrations are numbered files, applied once, recorded in schema_migrations', async () => {
      const files = migrations();
      assert.ok(files.length >= 1);
      assert.deepEqual(
        files.map((m) => m.version),
        files.map((_, i) => i + 1),
      );
      assert.equal(await store.schemaVersion(), files.length);
      assert.deepEqual(await store.migrate(), [], 'nothing left to apply');
      const again = await openStore({ dbPath: database.config.dbPath, ...(db === 'postgres' ? database.config : {}) });
      assert.equal(await again.schemaVersion(), files.length);
      await again.close();
    });

    test('a batch stores new keys and reports the ones already stored', async () => {
      const existing = record();
      const [first] = await store.insertSubmissions([existing]);
      assert.equal(first.status, 'created');
      assert.match(first.receipt, /^\d{8}-[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/);
      const count = await store.countSubmissions();
      const fresh = record();
      const repeat = { ...record(existing.idempotencyKey, { b: 2 }) };
      const results = await store.insertSubmissions([fresh, repeat]);
      assert.equal(results[0].status, 'created');
      assert.notEqual(results[0].receipt, first.receipt);
      assert.equal(results[1].status, 'exists');
      assert.equal(results[1].receipt, first.receipt);
      assert.equal(results[1].fingerprint, existing.fingerprint);
      assert.equal(await store.countSubmissions(), count + 1, 'the repeat was not inserted');
      assert.equal((await store.submissionByKey(existing.idempotencyKey)).fingerprint, existing.fingerprint);
    });

    test('a large batch is one transaction, split into statements under the parameter limits', async () => {
      const before = await store.countSubmissions();
      const batch = Array.from({ length: 1000 }, () => record());
      const results = await store.insertSubmissions(batch);
      assert.ok(results.every((r) => r.status === 'created'));
      assert.equal(await store.countSubmissions(), before + 1000);
    });

    test('a batch that fails stores none of its records', async () => {
      const before = await store.countSubmissions();
      await store.insertSubmissions([record()]);
      const bad = { ...record(), kind: 'not-a-kind' };
      await assert.rejects(store.insertSubmissions([record(), bad, record()]));
      assert.equal(await store.countSubmissions(), before + 1);
    });

    test('an action and its audit entry are written together, or neither', async () => {
      const at = new Date().toISOString();
      const staffId = randomUUID();
      await store.createStaff({
        id: staffId,
        username: `u${Date.now()}`,
        displayName: 'ทดสอบ',
        role: 'reporter',
        passwordHash: 'x',
        at,
      });
      const question = {
        ...record(),
        kind: 'question',
        formId: 'question',
        data: JSON.stringify({ question: 'ถาม?', consent: true }),
      };
      await insertRecords(store, [question]);
      const audit = (action) => ({
        id: randomUUID(),
        at,
        actorId: staffId,
        actor: 'u',
        role: 'reporter',
        action,
        target: question.id,
      });
      const before = (await store.listAudit()).total;
      assert.deepEqual(
        await store.saveAnswer(
          { questionId: question.id, publicQuestion: 'ถาม?', answer: 'ตอบ', staffId, at, revision: 0 },
          audit('answer.draft'),
        ),
        { ok: true, revision: 1 },
      );
      const stale = await store.saveAnswer(
        { questionId: question.id, publicQuestion: 'ถาม?', answer: 'ทับ', staffId, at, revision: 0 },
        audit('answer.draft'),
      );
      assert.deepEqual(stale, { ok: false, reason: 'stale' });
      const own = await store.approveAnswer(
        { questionId: question.id, staffId, at, revision: 1 },
        audit('answer.approve'),
      );
      assert.deepEqual(own, { ok: false, reason: 'own-draft' });
      assert.equal((await store.listAudit()).total, before + 1, 'only the action that happened is in the log');
    });
  });
}

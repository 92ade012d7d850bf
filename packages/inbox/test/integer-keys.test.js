import assert from 'node:assert/strict';
import { randomBytes, randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { PublicIds } from '../dist/store/public-ids.js';
import { PgDriver } from '../dist/store/pg.js';
import { SqliteDriver } from '../dist/store/sqlite.js';
import { migrations, openStore } from '../dist/store/index.js';
import { databaseFor, databases, envelope, post, startInbox, validRequest } from '../test-support/harness.js';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const RECEIPT = /^\d{8}-[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/;

describe('public ids from integer keys', () => {
  const ids = new PublicIds(randomBytes(32));

  test('uuid and receipt round-trip to the integer key, in the formats the contract had', () => {
    for (const key of [1, 2, 3, 1000, 65_535, 2 ** 31, 2 ** 40 + 7, Number.MAX_SAFE_INTEGER]) {
      const id = ids.id(key);
      assert.match(id, UUID_V4, String(key));
      assert.equal(ids.keyOf(id), key);
      // A receipt's ten characters hold 50 bits: keys up to 2^50 - 1.
      const receiptKey = Math.min(key, 2 ** 50 - 1);
      const receipt = ids.receipt(receiptKey, '2025-11-26T02:30:00.000Z');
      assert.match(receipt, RECEIPT);
      assert.deepEqual(ids.receiptKey(receipt), { key: receiptKey, date: '20251126' });
    }
    assert.throws(() => ids.receipt(2 ** 50, '2025-11-26T02:30:00.000Z'));
  });

  test('consecutive keys give unrelated, unordered uuids and receipts', () => {
    const keys = Array.from({ length: 200 }, (_, i) => 5000 + i);
    const uuids = ids.ids(keys);
    const codes = ids.receiptsOf(keys.map((key) => ({ key, receivedAt: '2025-11-26T02:30:00.000Z' })));
    assert.equal(new Set(uuids).size, 200);
    assert.equal(new Set(codes).size, 200);
    for (const list of [uuids, codes]) {
      const rising = list.filter((value, i) => i > 0 && value > list[i - 1]).length;
      // Ordered keys would give 199 rises (or none); a permutation that hides order gives about half.
      assert.ok(rising > 70 && rising < 130, `rises ${rising} of 199`);
    }
    // No shared prefix between neighbours beyond chance: the first character differs for most pairs.
    const samePrefix = uuids.filter((u, i) => i > 0 && u[0] === uuids[i - 1][0]).length;
    assert.ok(samePrefix < 40, `${samePrefix} neighbours share a first digit`);
    // Every digit of a uuid's free bits is used (not a counter padded with zeros).
    assert.equal(new Set(uuids.map((u) => u[0])).size, 16);
  });

  test('another secret gives other ids; a uuid or receipt the inbox did not make maps to no key', () => {
    const other = new PublicIds(randomBytes(32));
    assert.notEqual(other.id(1), ids.id(1));
    assert.notEqual(other.receipt(1, '2025-11-26T02:30:00.000Z'), ids.receipt(1, '2025-11-26T02:30:00.000Z'));
    let found = 0;
    for (let i = 0; i < 1000; i++) if (ids.keyOf(randomUUID()) !== undefined) found++;
    assert.equal(found, 0);
    assert.equal(ids.keyOf('not-a-uuid'), undefined);
    assert.equal(ids.receiptKey('20251126-ABCDE'), undefined);
  });
});

/** A database as the schema before migration 5 made it, with one answered question and one form. */
async function oldDatabase(db, database) {
  const driver =
    db === 'sqlite'
      ? new SqliteDriver(database.config.dbPath)
      : PgDriver.open({ url: database.config.databaseUrl, schema: database.config.databaseSchema });
  await driver.exec(
    'CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
  );
  for (const migration of migrations(db).filter((m) => m.version <= 4)) {
    await driver.exec(migration.sql);
    await driver.run('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', [
      migration.version,
      migration.name,
      '2025-11-01T00:00:00.000Z',
    ]);
  }
  const at = '2025-11-20T03:00:00.000Z';
  const old = {
    question: { id: randomUUID(), receipt: '20251120-QQQQQ-11111', key: `old-q-${randomUUID()}` },
    form: { id: randomUUID(), receipt: '20251120-FFFFF-22222', key: `old-f-${randomUUID()}` },
  };
  for (const [kind, row] of [
    ['question', old.question],
    ['form', old.form],
  ]) {
    await driver.run(
      `INSERT INTO submissions (id, receipt, kind, form_id, form_version, schema_version, submitted_at, received_at,
         idempotency_key, fingerprint, data) VALUES (?, ?, ?, ?, '1', '1', ?, ?, ?, ?, ?)`,
      [
        row.id,
        row.receipt,
        kind,
        kind === 'question' ? 'question' : 'info-request',
        at,
        at,
        row.key,
        `fp-${kind}`,
        '{}',
      ],
    );
  }
  await driver.run(
    `INSERT INTO staff (id, username, display_name, password_hash, created_at, updated_at, role)
     VALUES ('s1', 'reporter', 'ผู้รายงาน', 'x', ?, ?, 'reporter')`,
    [at, at],
  );
  await driver.run(
    `INSERT INTO answers (question_id, public_question, answer, status, revision, drafted_by, drafted_at, updated_at)
     VALUES (?, 'เปิดกี่โมง', '08.30 น.', 'draft', 1, 's1', ?, ?)`,
    [old.question.id, at, at],
  );
  await driver.close();
  return old;
}

for (const db of databases()) {
  describe(`migration 5: integer keys (${db})`, () => {
    let database;
    let store;
    let old;
    before(async () => {
      database = await databaseFor(db);
      old = await oldDatabase(db, database);
      store = await openStore({ dbPath: database.config.dbPath, ...(db === 'postgres' ? database.config : {}) });
    });
    after(async () => {
      await store.close();
      await database.drop();
    });

    test('rows stored before are found by their old uuid and receipt; the answer still belongs to its question', async () => {
      assert.equal(await store.schemaVersion(), migrations(db).length);
      const form = await store.submission(old.form.id);
      assert.equal(form.receipt, old.form.receipt);
      assert.equal((await store.submissionByReceipt(old.form.receipt)).id, old.form.id);
      const question = await store.question(old.question.id);
      assert.equal(question.receipt, old.question.receipt);
      assert.equal(question.answer.publicQuestion, 'เปิดกี่โมง');
      assert.equal(question.answer.revision, 1);
      const listed = await store.listQuestions({ status: 'draft' });
      assert.deepEqual(
        listed.rows.map((row) => row.id),
        [old.question.id],
      );
    });

    test('an old question takes the next step of its answer by its old uuid', async () => {
      const at = new Date().toISOString();
      await store.createStaff({
        id: 's2',
        username: 'approver',
        displayName: 'ผู้อนุมัติ',
        role: 'approver',
        passwordHash: 'x',
        at,
      });
      const step = await store.approveAnswer({ questionId: old.question.id, staffId: 's2', at, revision: 1 });
      assert.deepEqual(step, { ok: true });
      assert.equal((await store.question(old.question.id)).answer.status, 'approved');
    });

    test('an old idempotency key still answers with its old receipt; new rows get derived ids after the old ones', async () => {
      const record = (key) => ({
        kind: 'form',
        formId: 'info-request',
        formVersion: '1',
        schemaVersion: '1',
        submittedAt: '2025-11-26T09:30:00+07:00',
        receivedAt: new Date().toISOString(),
        idempotencyKey: key,
        fingerprint: 'fp-new',
        data: '{}',
      });
      const [again, fresh] = await store.insertSubmissions([record(old.form.key), record(randomUUID())]);
      assert.deepEqual(again, {
        status: 'exists',
        receipt: old.form.receipt,
        receivedAt: '2025-11-20T03:00:00.000Z',
        fingerprint: 'fp-form',
      });
      assert.equal(fresh.status, 'created');
      const row = await store.submissionByReceipt(fresh.receipt);
      assert.match(row.id, UUID_V4);
      assert.equal((await store.submission(row.id)).receipt, fresh.receipt);
      const exported = await store.exportSubmissions({ formId: 'info-request' });
      assert.deepEqual(
        exported.map((r) => r.id),
        [old.form.id, row.id],
      );
      const page = await store.exportSubmissions({
        formId: 'info-request',
        after: { receivedAt: exported[0].receivedAt, id: old.form.id },
      });
      assert.deepEqual(
        page.map((r) => r.id),
        [row.id],
      );
    });

    test('erasing an old row keeps its old receipt', async () => {
      const receipts = await store.eraseSubmissions([old.form.id], new Date().toISOString());
      assert.deepEqual(receipts, [old.form.receipt]);
      assert.deepEqual((await store.submission(old.form.id)).data, {});
    });
  });

  describe(`integer keys through HTTP (${db})`, () => {
    let server;
    before(async () => {
      server = await startInbox(db);
    });
    after(() => server.close());

    test('consecutive submissions get unordered receipts; each finds its row, a replay gives the same receipt', async () => {
      const receipts = [];
      const key = randomUUID();
      for (let i = 0; i < 12; i++) {
        const response = await post(
          server.url,
          '/forms/info-request/submissions',
          envelope('info-request', validRequest),
          {
            key: i === 0 ? key : randomUUID(),
          },
        );
        assert.equal(response.status, 201);
        receipts.push(response.body.receipt);
      }
      const codes = receipts.map((r) => r.slice(9));
      assert.notDeepEqual(codes, [...codes].sort(), 'not in the order they were given');
      assert.notDeepEqual(codes, [...codes].sort().reverse());
      const rows = await Promise.all(receipts.map((r) => server.store.submissionByReceipt(r)));
      assert.ok(rows.every((row, i) => row.receipt === receipts[i] && UUID_V4.test(row.id)));
      const uuids = rows.map((row) => row.id);
      assert.notDeepEqual(uuids, [...uuids].sort());
      const replay = await post(server.url, '/forms/info-request/submissions', envelope('info-request', validRequest), {
        key,
      });
      assert.equal(replay.status, 200);
      assert.equal(replay.body.receipt, receipts[0]);
      const staffPage = await server.store.submission(uuids[3]);
      assert.equal(staffPage.receipt, receipts[3]);
      // Another day's date on a real code names nothing.
      assert.equal(await server.store.submissionByReceipt(`19990101-${receipts[3].slice(9)}`), undefined);
      assert.equal(await server.store.submission(randomUUID()), undefined);
    });
  });
}

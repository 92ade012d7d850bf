/**
 * PDPA (Personal Data Protection Act B.E. 2562): erasure of one submission, of a person's
 * submissions found by contact and of a question (its staff-written answer stays
 * published), the retention sweep (its command, at start, daily), each audited, and none
 * of the erased data left in the database's files (SQLite's file and log; PostgreSQL's
 * table, TOAST and index files when its data folder is readable here).
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { after, before, describe, test } from 'node:test';
import pg from 'pg';
import {
  StaffClient,
  addStaff,
  databases,
  envelope,
  formsDir,
  insertRecords,
  post,
  startInbox,
  validRequest,
} from '../test-support/harness.js';

const run = promisify(execFile);
const bin = fileURLToPath(new URL('../bin/govkit-inbox.js', import.meta.url));

/**
 * PostgreSQL's files holding `tables`: each table, its TOAST table and all their indexes
 * (every 1 GB segment), read as bytes after a CHECKPOINT has written the shared buffers
 * out. `undefined` when this process cannot read the server's data folder (a remote
 * server): then only the queries below can look.
 */
async function postgresFiles(client, schema, tables) {
  try {
    await client.query('CHECKPOINT');
    const dir = (await client.query("SELECT current_setting('data_directory') AS dir")).rows[0].dir;
    if (!existsSync(dir) || readdirSync(dir).length === 0) return undefined;
    const files = [];
    for (const table of tables) {
      const { rows } = await client.query(
        `WITH t AS (SELECT oid, reltoastrelid FROM pg_class WHERE oid = $1::regclass)
         SELECT pg_relation_filepath(c.oid) AS path FROM pg_class c, t
         WHERE c.oid IN (t.oid, t.reltoastrelid)
            OR c.oid IN (SELECT indexrelid FROM pg_index WHERE indrelid IN (t.oid, t.reltoastrelid))`,
        [`${schema}.${table}`],
      );
      for (const { path } of rows) {
        if (!path) continue;
        const main = join(dir, path);
        for (let segment = 0; existsSync(segment ? `${main}.${segment}` : main); segment++) {
          files.push(readFileSync(segment ? `${main}.${segment}` : main));
        }
      }
    }
    return files;
  } catch (error) {
    if (['EACCES', 'EPERM'].includes(error.code) || /permission denied|must be superuser/i.test(error.message)) {
      return undefined;
    }
    throw error;
  }
}

/** Whether PostgreSQL's raw files could be read (said in the test's output when not). */
let rawFilesRead = false;

/**
 * Whether `marker` is anywhere in the database: SQLite's file and log read as bytes;
 * PostgreSQL's table files read as bytes when the server is local (with-postgres.sh),
 * and its tables by query. PostgreSQL's write-ahead log (pg_wal) keeps old row images
 * until the server recycles it, as do backups: no query of the inbox can reach them.
 */
async function inDatabase(server, marker) {
  if (server.store.kind === 'sqlite') {
    const file = server.database.config.dbPath;
    const bytes = [file, `${file}-wal`].filter(existsSync).map((f) => readFileSync(f));
    return bytes.some((b) => b.includes(Buffer.from(marker)));
  }
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const schema = server.database.config.databaseSchema;
    const { rows } = await client.query(
      `SELECT count(*)::int AS n FROM ${schema}.submissions WHERE data LIKE $1 OR idempotency_key LIKE $1`,
      [`%${marker}%`],
    );
    const audit = await client.query(`SELECT count(*)::int AS n FROM ${schema}.audit_log WHERE detail LIKE $1`, [
      `%${marker}%`,
    ]);
    const files = await postgresFiles(client, schema, ['submissions', 'audit_log']);
    if (files) rawFilesRead = true;
    const inFiles = files?.some((bytes) => bytes.includes(Buffer.from(marker))) ?? false;
    return rows[0].n + audit.rows[0].n > 0 || inFiles;
  } finally {
    await client.end();
  }
}

for (const db of databases()) {
  describe(`PDPA (${db})`, () => {
    let server;
    let admin;
    before(async () => {
      server = await startInbox(db);
      const password = await addStaff(server.store, 'admin1', 'admin');
      admin = new StaffClient(server.url);
      assert.equal((await admin.signIn('admin1', password)).status, 303);
      for (const [name, role] of [
        ['reporter1', 'reporter'],
        ['approver1', 'approver'],
        ['publisher1', 'publisher'],
      ]) {
        await addStaff(server.store, name, role);
      }
    });
    after(() => server.close());

    /** A reporter drafts the public question and answer, an approver approves, a publisher publishes. */
    async function answerAndPublish(id, fields) {
      for (const [name, step, revision] of [
        ['reporter1', 'answer', '0'],
        ['approver1', 'approve', '1'],
        ['publisher1', 'publish', '1'],
      ]) {
        const staff = new StaffClient(server.url);
        assert.equal((await staff.signIn(name, 'correct-horse-2561')).status, 303);
        await staff.get(`/staff/questions/${id}`);
        const done = await staff.post(`/staff/questions/${id}/${step}`, {
          revision,
          ...(step === 'answer' ? fields : {}),
        });
        assert.equal(done.status, 303, `${name} ${step}`);
      }
    }

    async function submit(marker) {
      const response = await post(
        server.url,
        '/forms/info-request/submissions',
        envelope('info-request', {
          ...validRequest,
          fullName: `นาย${marker}`,
          email: `${marker.toLowerCase()}@example.go.th`,
          detail: `รายละเอียด ${marker}`,
        }),
      );
      assert.equal(response.status, 201);
      const { rows } = await server.store.listSubmissions({ limit: 1000 });
      return {
        receipt: response.body.receipt,
        id: rows.find((r) => r.receipt === response.body.receipt).id,
        body: response.body,
      };
    }

    test('the privacy notice of the form comes with the receipt, and with the receipt replayed', async () => {
      const { body } = await submit(`NOTICE${randomUUID().slice(0, 8)}`);
      assert.match(body.privacyNotice.th, /เก็บไว้ 1 ปี/);
      const request = envelope('info-request', validRequest);
      const key = randomUUID();
      const path = '/forms/info-request/submissions';
      const first = await post(server.url, path, request, { key });
      const again = await post(server.url, path, request, { key });
      assert.equal(again.status, 200);
      assert.equal(again.body.receipt, first.body.receipt);
      assert.deepEqual(again.body.privacyNotice, first.body.privacyNotice);
      const opinion = await post(
        server.url,
        '/opinions',
        envelope('opinion', { topic: 'service', message: 'ข้อความทดสอบระบบรับความคิดเห็น', consent: true }),
      );
      assert.equal(opinion.status, 201);
      assert.equal(opinion.body.privacyNotice, undefined, 'a form without a notice sends none');
    });

    test('an admin erases one submission: the receipt stays, the data leaves the database, the erasure is audited', async (t) => {
      const marker = `ERASEONE${randomUUID().replaceAll('-', '').slice(0, 12)}`;
      const { id, receipt } = await submit(marker);
      assert.equal(await inDatabase(server, marker), true, 'the marker is found before');
      await admin.get(`/staff/submissions/${id}`);
      const erased = await admin.post(`/staff/submissions/${id}/erase`);
      assert.equal(erased.status, 303);
      const stored = await server.store.submission(id);
      assert.equal(stored.receipt, receipt);
      assert.deepEqual(stored.data, {});
      assert.ok(stored.erasedAt);
      assert.equal(await inDatabase(server, marker), false, 'no trace in the database');
      if (db === 'postgres' && !rawFilesRead)
        t.diagnostic("PostgreSQL's data folder is not readable here: checked by query only");
      const log = (await server.store.listAudit({ action: 'submission.erase' })).rows;
      assert.ok(log.some((e) => e.actor === 'admin1' && e.detail.receipts.includes(receipt)));
      const page = await admin.get(`/staff/submissions/${id}`);
      assert.match(page.text, /ถูกลบแล้ว/);
    });

    test("a person's submissions found by contact are erased together", async () => {
      const marker = `BYCONTACT${randomUUID().replaceAll('-', '').slice(0, 12)}`;
      const first = await submit(marker);
      const second = await submit(marker);
      const email = `${marker.toLowerCase()}@example.go.th`;
      const found = await admin.get(`/staff/erase?contact=${encodeURIComponent(email)}`);
      assert.match(found.text, new RegExp(first.receipt));
      assert.match(found.text, new RegExp(second.receipt));
      const done = await admin.post('/staff/erase', { contact: email });
      assert.equal(done.status, 200);
      assert.match(done.text, /ลบข้อมูลส่วนบุคคลแล้ว 2 รายการ/);
      assert.equal(await inDatabase(server, marker), false);
      assert.ok(
        !JSON.stringify((await server.store.listAudit({ limit: 1000 })).rows).includes(email),
        'the audit log does not keep the contact',
      );
    });

    test('a reporter may not erase', async () => {
      const password = await addStaff(server.store, `rep${randomUUID().slice(0, 6)}`, 'reporter');
      const reporter = new StaffClient(server.url);
      const name = (await server.store.listStaff()).find((s) => s.role === 'reporter').username;
      assert.equal((await reporter.signIn(name, password)).status, 303);
      const { id } = await submit(`NOERASE${randomUUID().slice(0, 8)}`);
      await reporter.get(`/staff/submissions/${id}`);
      assert.equal((await reporter.post(`/staff/submissions/${id}/erase`)).status, 403);
      assert.notDeepEqual((await server.store.submission(id)).data, {});
    });

    test('retention: the command erases what is older than the form keeps, audited, and leaves the rest', async () => {
      const marker = `RETAIN${randomUUID().replaceAll('-', '').slice(0, 12)}`;
      const old = {
        kind: 'form',
        formId: 'info-request',
        formVersion: '2',
        schemaVersion: '2',
        submittedAt: '2020-01-01T00:00:00.000Z',
        receivedAt: '2020-01-01T00:00:00.000Z',
        idempotencyKey: `old-${marker}`,
        fingerprint: 'x',
        data: JSON.stringify({ ...validRequest, fullName: marker }),
      };
      await insertRecords(server.store, [old]);
      const recent = await submit(`${marker}NEW`);
      const env =
        db === 'sqlite'
          ? { INBOX_DB: server.database.config.dbPath }
          : { DATABASE_URL: process.env.DATABASE_URL, INBOX_DB_SCHEMA: server.database.config.databaseSchema };
      const { stdout } = await run(process.execPath, [bin, 'retention'], {
        env: { PATH: process.env.PATH, INBOX_FORMS_DIR: formsDir, INBOX_LOG_LEVEL: 'silent', ...env },
      });
      assert.match(stdout, /erased the personal data of 1 submission/);
      assert.deepEqual((await server.store.submission(old.id)).data, {});
      assert.notDeepEqual((await server.store.submission(recent.id)).data, {});
      assert.equal(await inDatabase(server, `${marker}"`), false, 'the old one leaves no trace');
      assert.equal(await inDatabase(server, old.idempotencyKey), false, 'nor its idempotency key');
      const log = (await server.store.listAudit({ action: 'retention.erase' })).rows;
      assert.ok(
        log.some(
          (e) => e.target === 'info-request' && e.detail.receipts.includes(old.receipt) && e.detail.days === 365,
        ),
      );
    });

    test("erasing a question: the asker's personal data leaves the database; the staff-rewritten answer stays published", async () => {
      const marker = `ASKER${randomUUID().replaceAll('-', '').slice(0, 12)}`;
      const asked = await post(
        server.url,
        '/questions',
        envelope('question', {
          question: `น้ำประปาหมู่ 4 ไม่ไหลมาสามวันแล้ว ${marker} จะแก้เมื่อไร`,
          name: `นาย${marker}`,
          contact: `${marker.toLowerCase()}@example.go.th`,
          consent: true,
        }),
      );
      assert.equal(asked.status, 201, JSON.stringify(asked.body));
      const id = (await server.store.listQuestions({ limit: 1000 })).rows.find(
        (q) => q.receipt === asked.body.receipt,
      ).id;
      const rewritten = {
        public_question: 'น้ำประปาไม่ไหลต้องแจ้งที่ใด',
        public_category: 'สาธารณูปโภค',
        answer: 'แจ้งการประปาส่วนภูมิภาคสาขาสิงห์บุรี โทร 1662 ตลอด 24 ชั่วโมง',
      };
      await answerAndPublish(id, rewritten);
      assert.equal(await inDatabase(server, marker), true, 'the marker is found before');

      await admin.get(`/staff/submissions/${id}`);
      assert.equal((await admin.post(`/staff/submissions/${id}/erase`)).status, 303);
      assert.equal(await inDatabase(server, marker), false, "no trace of the asker's words, name or contact");
      const question = await server.store.question(id);
      assert.ok(question.erasedAt);
      assert.deepEqual(question.data, {});
      assert.equal(question.receipt, asked.body.receipt);

      const board = await (await fetch(`${server.url}/questions/published.json`)).json();
      const item = board.items.find((i) => i.id === `q-${id}`);
      assert.ok(item, 'still published');
      assert.equal(item.question, rewritten.public_question);
      assert.equal(item.category, rewritten.public_category);
      assert.equal(item.answerText, rewritten.answer);
      assert.ok(!JSON.stringify(board).includes(marker));
      const atom = await (await fetch(`${server.url}/questions/published.atom`)).text();
      assert.ok(atom.includes(rewritten.public_question) && !atom.includes(marker));
      const log = (await server.store.listAudit({ action: 'submission.erase' })).rows;
      assert.ok(log.some((e) => e.target === id && e.detail.receipts.includes(asked.body.receipt)));
    });
  });

  describe(`PDPA retention when the inbox starts, and daily (${db})`, () => {
    /** A submission received on 1 January 2020: past info-request's 365 days. */
    const oldSubmission = (marker) => ({
      kind: 'form',
      formId: 'info-request',
      formVersion: '2',
      schemaVersion: '2',
      submittedAt: '2020-01-01T00:00:00.000Z',
      receivedAt: '2020-01-01T00:00:00.000Z',
      idempotencyKey: `old-${marker}`,
      fingerprint: 'x',
      data: JSON.stringify({ ...validRequest, fullName: marker }),
    });

    async function until(check, what, ms = 10_000) {
      const started = Date.now();
      while (!(await check())) {
        if (Date.now() - started > ms) throw new Error(`timed out waiting for ${what}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    }

    test('the sweep runs when the inbox starts: data past its retention is erased at once, audited', async () => {
      const first = await startInbox(db);
      const marker = `ATSTART${randomUUID().replaceAll('-', '').slice(0, 12)}`;
      const old = oldSubmission(marker);
      let second;
      try {
        // Stored while this inbox runs: its sweep at start has passed, its next one is a day away.
        await insertRecords(first.store, [old]);
        await first.inbox.close();
        assert.equal(await inDatabase(first, marker), true);
        second = await startInbox(db, first.database.config);
        await until(async () => (await second.store.submission(old.id)).erasedAt !== undefined, 'the sweep at start');
        assert.deepEqual((await second.store.submission(old.id)).data, {});
        await until(
          async () => (await second.store.listAudit({ action: 'retention.erase' })).rows.length > 0,
          'the audit entry',
        );
        const [entry] = (await second.store.listAudit({ action: 'retention.erase' })).rows;
        assert.equal(entry.actor, '(retention)');
        assert.equal(entry.target, 'info-request');
        assert.deepEqual(entry.detail.receipts, [old.receipt]);
        assert.equal(entry.detail.days, 365);
        await second.inbox.close();
        assert.equal(await inDatabase(first, marker), false, 'no trace in the database (the same one)');
      } finally {
        await second?.close();
        await first.database.drop();
      }
    });

    test('the daily run (an injected clock): what expires after the start is erased on the next day', async () => {
      const server = await startInbox(db);
      try {
        const days = [];
        const { startRetention } = await import('../dist/retention.js');
        const { createLogger } = await import('../dist/log.js');
        const retention = startRetention({
          store: server.store,
          forms: server.inbox.forms,
          config: server.inbox.config,
          logger: createLogger({ level: 'silent' }),
          schedule: (run, ms) => {
            days.push({ run, ms });
            return () => days.splice(0);
          },
        });
        await retention.idle();
        assert.equal(days.length, 1, 'one timer');
        assert.equal(days[0].ms, 86_400_000, 'once a day');
        const marker = `DAILY${randomUUID().replaceAll('-', '').slice(0, 12)}`;
        const old = oldSubmission(marker);
        await insertRecords(server.store, [old]);
        assert.equal((await server.store.submission(old.id)).erasedAt, undefined, 'nothing runs between days');
        days[0].run();
        await retention.idle();
        assert.deepEqual((await server.store.submission(old.id)).data, {});
        const log = (await server.store.listAudit({ action: 'retention.erase' })).rows;
        assert.ok(log.some((e) => e.detail.receipts.includes(old.receipt)));
        retention.stop();
        assert.equal(days.length, 0, 'stop() ends the timer');
      } finally {
        await server.close();
      }
    });
  });
}

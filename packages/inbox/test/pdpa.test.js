/**
 * PDPA (Personal Data Protection Act B.E. 2562): erasure of one submission or of a
 * person's submissions found by contact, the retention sweep (and its command), each
 * audited, and none of the erased data left in the database file.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
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
  post,
  startInbox,
  validRequest,
} from '../test-support/harness.js';

const run = promisify(execFile);
const bin = fileURLToPath(new URL('../bin/govkit-inbox.js', import.meta.url));

/** Whether `marker` is anywhere in the database: SQLite's file and log read as bytes, PostgreSQL's table by query. */
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
    return rows[0].n + audit.rows[0].n > 0;
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
    });
    after(() => server.close());

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

    test('the privacy notice of the form comes with the receipt', async () => {
      const { body } = await submit(`NOTICE${randomUUID().slice(0, 8)}`);
      assert.match(body.privacyNotice.th, /เก็บไว้ 1 ปี/);
    });

    test('an admin erases one submission: the receipt stays, the data leaves the database, the erasure is audited', async () => {
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
        id: randomUUID(),
        receipt: `20200101-${randomUUID().slice(0, 5)}`,
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
      await server.store.insertSubmissions([old]);
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
      const log = (await server.store.listAudit({ action: 'retention.erase' })).rows;
      assert.ok(
        log.some(
          (e) => e.target === 'info-request' && e.detail.receipts.includes(old.receipt) && e.detail.days === 365,
        ),
      );
    });
  });
}

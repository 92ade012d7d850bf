import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { request } from 'node:http';
import { connect } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { databases, envelope, post, startInbox, validRequest } from '../test-support/harness.js';

/** A raw request through node:http, so a test can send what fetch would refuse to. */
function raw(url, { method = 'POST', path, headers = {}, body, chunks }) {
  return new Promise((resolve, reject) => {
    const req = request(`${url}${path}`, { method, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (d) => (text += d));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, text }));
    });
    req.on('error', reject);
    if (chunks) {
      (async () => {
        for (const chunk of chunks) {
          if (!req.write(chunk)) await new Promise((r) => req.once('drain', r));
        }
        req.end();
      })().catch(() => {});
    } else req.end(body);
  });
}

const SQL_INJECTION = [
  "'; DROP TABLE submissions; --",
  "Robert'); DELETE FROM staff WHERE ('1'='1",
  '1 OR 1=1',
  "' UNION SELECT password_hash FROM staff --",
  '"; TRUNCATE audit_log; --',
  "\\'; DROP TABLE answers; --",
  '$1; SELECT pg_sleep(5); --',
  '?); DROP TABLE sessions; --',
];

for (const db of databases()) {
  describe(`bad input (${db})`, () => {
    let server;
    before(async () => {
      server = await startInbox(db);
    });
    after(() => server.close());

    async function stillServing() {
      const health = await fetch(`${server.url}/healthz`);
      assert.equal(health.status, 200);
      const ok = await post(
        server.url,
        '/opinions',
        envelope('opinion', { topic: 'ทดสอบ', message: 'ยังรับข้อมูลได้', consent: true }),
      );
      assert.equal(ok.status, 201);
    }

    test('invalid JSON is 400, nothing stored, the server keeps serving', async () => {
      const before = await server.store.countSubmissions();
      for (const body of ['{', '{"formId": "opinion",}', 'null', '"text"', '[]', '\u0000\u0001', '{"a":1}{"b":2}']) {
        const response = await post(server.url, '/opinions', body);
        assert.equal(response.status, 400, `body ${JSON.stringify(body)}`);
        assert.ok(Array.isArray(response.body.errors));
      }
      assert.equal(await server.store.countSubmissions(), before);
      await stillServing();
    });

    test('a 10 MB body is refused with 413 before it is read', async () => {
      const before = await server.store.countSubmissions();
      const big = JSON.stringify(envelope('opinion', { topic: 'ใหญ่', message: 'ก'.repeat(3_500_000), consent: true }));
      assert.ok(Buffer.byteLength(big) > 10_000_000);
      const response = await raw(server.url, {
        path: '/opinions',
        headers: {
          'content-type': 'application/json',
          'idempotency-key': randomUUID(),
          'content-length': Buffer.byteLength(big),
        },
        body: big,
      }).catch((error) => ({ status: 'reset', error }));
      assert.equal(response.status, 413);
      assert.match(JSON.parse(response.text).errors[0].message, /256 KB/);
      assert.equal(await server.store.countSubmissions(), before);
      await stillServing();
    });

    test('a chunked body without a length is cut off at the limit with 413', async () => {
      const before = await server.store.countSubmissions();
      const chunk = Buffer.alloc(64 * 1024, 'a');
      const response = await raw(server.url, {
        path: '/opinions',
        headers: {
          'content-type': 'application/json',
          'idempotency-key': randomUUID(),
          'transfer-encoding': 'chunked',
        },
        chunks: Array.from({ length: 160 }, () => chunk),
      }).catch((error) => ({ status: 'reset', error }));
      assert.equal(response.status, 413);
      assert.equal(await server.store.countSubmissions(), before);
      await stillServing();
    });

    test('deep nesting is 400, not a crash', async () => {
      const before = await server.store.countSubmissions();
      const deepObject = `{"formId":"opinion","formVersion":"1","submittedAt":"2025-11-26T09:30:00+07:00","data":{"topic":"ลึก","message":${'{"a":'.repeat(5000)}1${'}'.repeat(5000)},"consent":true}}`;
      const deepArray = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
      for (const body of [deepObject, deepArray]) {
        const response = await post(server.url, '/opinions', body);
        assert.equal(response.status, 400);
        assert.match(response.body.errors[0].message, /ลึกเกิน 32 ชั้น/);
      }
      const fine = await post(
        server.url,
        '/forms/info-request/submissions',
        envelope('info-request', { ...validRequest, address: { line: '1 ถนนวิไลจิตต์', postcode: '16000' } }),
      );
      assert.equal(fine.status, 201);
      assert.equal(await server.store.countSubmissions(), before + 1);
      await stillServing();
    });

    test('unknown form ids, odd paths and methods get a clear 4xx', async () => {
      for (const path of [
        '/forms/%E0%B8%81/submissions',
        '/forms/../staff/submissions',
        '/forms/a%2Fb/submissions',
        "/forms/x';--/submissions",
        '/forms/' + 'x'.repeat(300) + '/submissions',
      ]) {
        const response = await post(server.url, path, envelope('x', {}));
        assert.ok([400, 404, 405].includes(response.status), `${path} → ${response.status}`);
      }
      const get = await fetch(`${server.url}/forms/info-request/submissions`);
      assert.equal(get.status, 405);
      assert.equal(get.headers.get('allow'), 'POST, OPTIONS');
      const nowhere = await fetch(`${server.url}/wp-admin/install.php`);
      assert.equal(nowhere.status, 404);
      const text = await post(server.url, '/opinions', 'topic=a', { headers: { 'content-type': 'text/plain' } });
      assert.equal(text.status, 415);
      await stillServing();
    });

    test('SQL-injection strings in every field are stored as plain text and break nothing', async () => {
      const before = await server.store.countSubmissions();
      const receipts = [];
      for (const evil of SQL_INJECTION) {
        const data = { topic: evil, message: `ข้อความ ${evil}`, name: evil, contact: evil, consent: true };
        const key = `k-${randomUUID()}-${evil.replace(/[^\x21-\x7e]/g, '')}`.slice(0, 255);
        const response = await post(
          server.url,
          '/opinions',
          { ...envelope('opinion', data), formVersion: evil },
          { key },
        );
        assert.equal(response.status, 201, evil);
        receipts.push([response.body.receipt, data, evil]);
        const asForm = await post(server.url, `/forms/${encodeURIComponent(evil)}/submissions`, envelope(evil, data));
        assert.ok([400, 404].includes(asForm.status));
      }
      assert.equal(await server.store.countSubmissions(), before + SQL_INJECTION.length);
      const { rows } = await server.store.listSubmissions({ formId: 'opinion', limit: 1000 });
      for (const [receipt, data, evil] of receipts) {
        const stored = await server.store.submission(rows.find((row) => row.receipt === receipt).id);
        assert.deepEqual(stored.data, data);
        assert.equal(stored.formVersion, evil);
      }
      assert.equal((await server.store.listSubmissions({ formId: "opinion' OR '1'='1" })).total, 0);
      assert.ok((await server.store.listAudit()).total >= 0, 'the audit table is still there');
      await stillServing();
    });

    test('oversized headers get 431 and the server keeps serving', async () => {
      const response = await raw(server.url, {
        path: '/opinions',
        headers: { 'content-type': 'application/json', 'x-filler': 'x'.repeat(64 * 1024) },
        body: '{}',
      }).catch((error) => ({ status: 'reset', error }));
      assert.equal(response.status, 431);
      await stillServing();
    });

    test('a malformed request line is 400 and a slow half-request does not block others', async () => {
      const { port } = new URL(server.url);
      const answer = await new Promise((resolve) => {
        const socket = connect(Number(port), '127.0.0.1', () => socket.write('GARBAGE / HTTP/9.9\r\n\r\n'));
        let text = '';
        socket.on('data', (d) => (text += d));
        socket.on('close', () => resolve(text));
        socket.on('error', () => resolve(text));
      });
      assert.match(answer, /^HTTP\/1\.1 400/);
      const slow = connect(Number(port), '127.0.0.1', () => slow.write('POST /opinions HTTP/1.1\r\nHost: x\r\n'));
      await stillServing();
      slow.destroy();
    });

    test('a client that hangs up mid-body leaves nothing behind', async () => {
      const before = await server.store.countSubmissions();
      const { port } = new URL(server.url);
      await new Promise((resolve) => {
        const socket = connect(Number(port), '127.0.0.1', () => {
          socket.write(
            'POST /opinions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nIdempotency-Key: cut-1\r\nContent-Length: 500\r\n\r\n{"formId":"opinion",',
          );
          setTimeout(() => {
            socket.destroy();
            resolve();
          }, 50);
        });
      });
      await new Promise((r) => setTimeout(r, 50));
      assert.equal(await server.store.countSubmissions(), before);
      await stillServing();
    });
  });
}

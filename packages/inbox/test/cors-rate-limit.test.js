import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { databases, envelope, post, startInbox } from '../test-support/harness.js';

const opinion = () => envelope('opinion', { topic: 'service', message: 'ข้อความทดสอบระบบรับความคิดเห็น', consent: true });

for (const db of databases()) {
  describe(`CORS (${db})`, () => {
    let server;
    before(async () => {
      server = await startInbox(db, { origins: ['http://localhost:8080', 'https://www.singburi.go.th'] });
    });
    after(() => server.close());

    test('an allowed origin may submit, and is named in Access-Control-Allow-Origin', async () => {
      const response = await post(server.url, '/opinions', opinion(), {
        headers: { origin: 'https://www.singburi.go.th' },
      });
      assert.equal(response.status, 201);
      assert.equal(response.headers.get('access-control-allow-origin'), 'https://www.singburi.go.th');
      assert.match(response.headers.get('vary'), /Origin/);
    });

    test('another origin is refused with 403 and nothing is stored', async () => {
      const before = await server.store.countSubmissions();
      const response = await post(server.url, '/opinions', opinion(), { headers: { origin: 'https://evil.example' } });
      assert.equal(response.status, 403);
      assert.equal(response.headers.get('access-control-allow-origin'), null);
      assert.equal(response.body.errors[0].message, 'เว็บไซต์นี้ไม่ได้รับอนุญาตให้ส่งข้อมูลมาที่นี่');
      const nullOrigin = await post(server.url, '/opinions', opinion(), { headers: { origin: 'null' } });
      assert.equal(nullOrigin.status, 403);
      assert.equal(await server.store.countSubmissions(), before);
    });

    test('a request without Origin (not from a browser page) is served', async () => {
      const response = await post(server.url, '/opinions', opinion());
      assert.equal(response.status, 201);
      assert.equal(response.headers.get('access-control-allow-origin'), null);
    });

    test('preflight: 204 with the allowed method and headers for an allowed origin, 403 otherwise', async () => {
      const allowed = await fetch(`${server.url}/forms/info-request/submissions`, {
        method: 'OPTIONS',
        headers: {
          origin: 'http://localhost:8080',
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type, idempotency-key',
        },
      });
      assert.equal(allowed.status, 204);
      assert.equal(allowed.headers.get('access-control-allow-origin'), 'http://localhost:8080');
      assert.match(allowed.headers.get('access-control-allow-methods'), /POST/);
      assert.match(allowed.headers.get('access-control-allow-headers'), /idempotency-key/);
      assert.match(allowed.headers.get('access-control-allow-headers'), /content-type/);
      assert.ok(Number(allowed.headers.get('access-control-max-age')) > 0);
      const denied = await fetch(`${server.url}/questions`, {
        method: 'OPTIONS',
        headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
      });
      assert.equal(denied.status, 403);
      assert.equal(denied.headers.get('access-control-allow-origin'), null);
    });

    test('the published Q&A is public data: any origin may read it', async () => {
      const response = await fetch(`${server.url}/questions/published.json`, {
        headers: { origin: 'https://province.example' },
      });
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('access-control-allow-origin'), '*');
    });

    test('the staff pages send no CORS headers', async () => {
      const response = await fetch(`${server.url}/staff/sign-in`, { headers: { origin: 'http://localhost:8080' } });
      assert.equal(response.headers.get('access-control-allow-origin'), null);
    });
  });

  describe(`rate limiting (${db})`, () => {
    let server;
    before(async () => {
      server = await startInbox(db, {
        rateLimit: { submissions: { perMinute: 6, burst: 3 }, signIn: { perMinute: 2, burst: 3 } },
      });
    });
    after(() => server.close());

    test('past the burst, submissions get 429 with Retry-After, in Thai, and are not stored', async () => {
      const statuses = [];
      for (let i = 0; i < 3; i++) statuses.push((await post(server.url, '/opinions', opinion())).status);
      assert.deepEqual(statuses, [201, 201, 201]);
      const before = await server.store.countSubmissions();
      const limited = await post(server.url, '/opinions', opinion());
      assert.equal(limited.status, 429);
      const wait = Number(limited.headers.get('retry-after'));
      assert.ok(wait >= 1 && wait <= 10, `Retry-After ${wait}`);
      assert.match(limited.body.errors[0].message, /ส่งข้อมูลบ่อยเกินไป กรุณารอ \d+ วินาที/);
      const english = await post(
        server.url,
        '/questions',
        envelope('question', { question: 'ถามได้ไหม', consent: true }),
        { headers: { 'accept-language': 'en' } },
      );
      assert.equal(english.status, 429);
      assert.match(english.body.errors[0].message, /Too many submissions/);
      assert.equal(await server.store.countSubmissions(), before);
      const health = await fetch(`${server.url}/healthz`);
      assert.equal(health.status, 200, 'reading is not limited');
    });

    test('sign-in attempts are limited too', async () => {
      const { StaffClient } = await import('../test-support/harness.js');
      const client = new StaffClient(server.url);
      const statuses = [];
      for (let i = 0; i < 5; i++) statuses.push((await client.signIn('nobody', 'wrong-password-123')).status);
      assert.deepEqual(statuses.slice(0, 3), [401, 401, 401]);
      assert.equal(statuses[4], 429);
    });
  });
}

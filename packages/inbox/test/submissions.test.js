import assert from 'node:assert/strict';
import { createHash, randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { databases, envelope, post, startInbox, validRequest } from '../test-support/harness.js';
import { OPINION_MAX_LENGTH } from '@govkit-th/schemas';

/** Runs `work` while each commit takes 150 ms longer, so concurrent requests surely overlap. */
async function slowCommits(server, work) {
  const { committer } = server.inbox;
  const write = committer.write;
  committer.write = async (records) => {
    await new Promise((resolve) => setTimeout(resolve, 150));
    return write(records);
  };
  try {
    return await work();
  } finally {
    committer.write = write;
  }
}

for (const db of databases()) {
  describe(`submissions (${db})`, () => {
    let server;
    before(async () => {
      server = await startInbox(db);
    });
    after(() => server.close());

    test('a valid e-form submission gets 201 with a receipt, after it is stored', async () => {
      const key = randomUUID();
      const response = await post(
        server.url,
        '/forms/info-request/submissions',
        envelope('info-request', validRequest),
        { key },
      );
      assert.equal(response.status, 201);
      assert.match(response.body.receipt, /^\d{8}-[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/);
      assert.ok(!Number.isNaN(Date.parse(response.body.receivedAt)));
      const stored = await server.store.submissionByKey(key);
      assert.equal(stored.receipt, response.body.receipt);
      const { rows } = await server.store.listSubmissions({ formId: 'info-request' });
      const row = await server.store.submission(rows.find((r) => r.receipt === response.body.receipt).id);
      assert.deepEqual(row.data, validRequest);
      assert.equal(row.formVersion, '2');
      assert.equal(row.kind, 'form');
    });

    test('the same key and body again returns the first receipt, and stores nothing new', async () => {
      const key = randomUUID();
      const body = envelope('info-request', { ...validRequest, subject: 'ซ้ำ' });
      const first = await post(server.url, '/forms/info-request/submissions', body, { key });
      const before = await server.store.countSubmissions();
      const second = await post(server.url, '/forms/info-request/submissions', body, { key });
      assert.equal(first.status, 201);
      assert.equal(second.status, 200);
      assert.deepEqual(second.body, first.body);
      assert.equal(second.headers.get('idempotent-replayed'), 'true');
      assert.equal(await server.store.countSubmissions(), before);
    });

    test('key order and whitespace do not make a different body', async () => {
      const key = randomUUID();
      const data = { ...validRequest, subject: 'ลำดับ' };
      const first = await post(server.url, '/forms/info-request/submissions', envelope('info-request', data), { key });
      const reordered = JSON.stringify(
        {
          data: Object.fromEntries(Object.entries(data).reverse()),
          submittedAt: '2025-11-26T09:30:00+07:00',
          formVersion: '2',
          formId: 'info-request',
        },
        null,
        2,
      );
      const second = await post(server.url, '/forms/info-request/submissions', reordered, { key });
      assert.equal(second.status, 200);
      assert.equal(second.body.receipt, first.body.receipt);
    });

    test('a fingerprint is the canonical JSON of the envelope, as earlier builds worked it out (a retry across an upgrade stays a replay)', async () => {
      const key = randomUUID();
      const data = { ...validRequest, subject: 'ลำดับ "ทดสอบ"' };
      await post(server.url, '/forms/info-request/submissions', envelope('info-request', data), { key });
      const stored = await server.inbox.store.submissionByKey(key);
      const { formId, formVersion, submittedAt } = envelope('info-request', data);
      const expected = createHash('sha256')
        .update(`form\n${referenceCanonical({ formId, formVersion, submittedAt, data })}`)
        .digest('base64url');
      assert.equal(stored.fingerprint, expected);
    });

    test('the same key with another body is 422, and the first submission stays as it was', async () => {
      const key = randomUUID();
      const first = await post(server.url, '/forms/info-request/submissions', envelope('info-request', validRequest), {
        key,
      });
      const other = await post(
        server.url,
        '/forms/info-request/submissions',
        envelope('info-request', { ...validRequest, subject: 'เรื่องอื่น' }),
        { key },
      );
      assert.equal(first.status, 201);
      assert.equal(other.status, 422);
      assert.match(other.body.errors[0].message, /Idempotency-Key/);
      const again = await post(server.url, '/forms/info-request/submissions', envelope('info-request', validRequest), {
        key,
      });
      assert.equal(again.status, 200);
      assert.equal(again.body.receipt, first.body.receipt);
    });

    test('the same key on another route is another request: 422', async () => {
      const key = randomUUID();
      const first = await post(
        server.url,
        '/opinions',
        envelope('opinion', { topic: 'ถนน', message: 'ไฟส่องสว่างดับ', consent: true }),
        { key },
      );
      const other = await post(
        server.url,
        '/questions',
        envelope('question', { question: 'ไฟส่องสว่างดับ แจ้งที่ไหน', consent: true }),
        { key },
      );
      assert.equal(first.status, 201);
      assert.equal(other.status, 422);
    });

    test('concurrent requests with one key: exactly one is stored; the others get 409 or the same receipt', async () => {
      const key = randomUUID();
      const body = envelope('info-request', { ...validRequest, subject: 'พร้อมกัน' });
      const before = await server.store.countSubmissions();
      const responses = await slowCommits(server, () =>
        Promise.all(
          Array.from({ length: 12 }, () => post(server.url, '/forms/info-request/submissions', body, { key })),
        ),
      );
      const created = responses.filter((r) => r.status === 201);
      assert.equal(created.length, 1, `statuses: ${responses.map((r) => r.status)}`);
      for (const response of responses) {
        assert.ok([201, 200, 409].includes(response.status), `unexpected ${response.status}`);
        if (response.status === 200) assert.equal(response.body.receipt, created[0].body.receipt);
        if (response.status === 409) assert.equal(response.headers.get('retry-after'), '1');
      }
      assert.ok(
        responses.some((r) => r.status === 409),
        'at least one arrived while the first was still being written',
      );
      assert.equal(await server.store.countSubmissions(), before + 1);
    });

    test('a concurrent request with the same key and another body is 422', async () => {
      const key = randomUUID();
      const [a, b] = await slowCommits(server, () =>
        Promise.all([
          post(
            server.url,
            '/forms/info-request/submissions',
            envelope('info-request', { ...validRequest, subject: 'เรื่องแรก' }),
            { key },
          ),
          post(
            server.url,
            '/forms/info-request/submissions',
            envelope('info-request', { ...validRequest, subject: 'เรื่องที่สอง' }),
            { key },
          ),
        ]),
      );
      assert.deepEqual([a.status, b.status].sort(), [201, 422]);
    });

    test('many concurrent submissions with their own keys are all stored, each once', async () => {
      const before = await server.store.countSubmissions();
      const keys = Array.from({ length: 200 }, () => randomUUID());
      const responses = await Promise.all(
        keys.map((key, i) =>
          post(
            server.url,
            '/forms/info-request/submissions',
            envelope('info-request', { ...validRequest, subject: `คำขอที่ ${i}` }),
            { key },
          ),
        ),
      );
      assert.ok(responses.every((r) => r.status === 201));
      assert.equal(new Set(responses.map((r) => r.body.receipt)).size, 200);
      assert.equal(await server.store.countSubmissions(), before + 200);
      assert.ok(server.inbox.committer.stats.largest > 1, 'concurrent submissions shared a commit');
    });

    test('invalid data is 400 with Thai messages on each field, and nothing is stored', async () => {
      const before = await server.store.countSubmissions();
      const response = await post(
        server.url,
        '/forms/info-request/submissions',
        envelope('info-request', {
          fullName: 'ก',
          nationalId: '12345',
          email: 'not-an-email',
          subject: 'ขอข้อมูล',
          copies: 50,
          deliveryMethod: 'fax',
          consent: true,
        }),
      );
      assert.equal(response.status, 400);
      const byPath = Object.fromEntries(response.body.errors.map((e) => [e.path, e.message]));
      assert.equal(byPath['/fullName'], 'ต้องมีอย่างน้อย 2\u00a0ตัวอักษร');
      assert.equal(byPath['/nationalId'], 'รูปแบบไม่ถูกต้อง');
      assert.equal(byPath['/email'], 'ต้องเป็นอีเมลที่ถูกต้อง เช่น name@example.go.th');
      assert.equal(byPath['/copies'], 'ต้องไม่เกิน 20');
      assert.equal(byPath['/deliveryMethod'], 'ต้องเลือกจากตัวเลือกที่กำหนด');
      assert.equal(await server.store.countSubmissions(), before);
    });

    test("an e-mail address without a dotted domain (somying@example) is refused by the schemas' rule", async () => {
      const before = await server.store.countSubmissions();
      const response = await post(
        server.url,
        '/forms/info-request/submissions',
        envelope('info-request', { ...validRequest, email: 'somying@example' }),
      );
      assert.equal(response.status, 400);
      assert.deepEqual(
        response.body.errors.map((e) => [e.path, e.message]),
        [['/email', 'ต้องเป็นอีเมลที่ถูกต้อง เช่น name@example.go.th']],
      );
      assert.equal(await server.store.countSubmissions(), before);
    });

    test('a missing required field is reported on the field itself', async () => {
      const { fullName: _fullName, ...rest } = validRequest;
      const response = await post(server.url, '/forms/info-request/submissions', envelope('info-request', rest));
      assert.equal(response.status, 400);
      assert.deepEqual(
        response.body.errors.map((e) => [e.path, e.message]),
        [['/fullName', 'ต้องระบุข้อมูลนี้']],
      );
    });

    test('messages are in English when Accept-Language asks for it', async () => {
      const response = await post(
        server.url,
        '/forms/info-request/submissions',
        envelope('info-request', { ...validRequest, nationalId: 'x' }),
        {
          headers: { 'accept-language': 'en-GB,en;q=0.9,th;q=0.5' },
        },
      );
      assert.equal(response.status, 400);
      assert.deepEqual(
        response.body.errors.map((e) => [e.path, e.message]),
        [['/nationalId', 'Is not in the expected format']],
      );
    });

    test('envelope problems are 400 with paths into the request body', async () => {
      const response = await post(server.url, '/forms/info-request/submissions', {
        formId: 'other',
        formVersion: {},
        submittedAt: 'yesterday',
        data: [],
      });
      assert.equal(response.status, 400);
      assert.deepEqual(response.body.errors.map((e) => e.path).sort(), [
        '/data',
        '/formId',
        '/formVersion',
        '/submittedAt',
      ]);
      assert.ok(response.body.errors.every((e) => e.keyword === 'envelope'));
    });

    test('an unknown form id is 404, and a missing Idempotency-Key is 400', async () => {
      const unknown = await post(server.url, '/forms/no-such-form/submissions', envelope('no-such-form', {}));
      assert.equal(unknown.status, 404);
      assert.equal(unknown.body.errors[0].message, 'ไม่พบแบบฟอร์มนี้ หรือแบบฟอร์มนี้ไม่เปิดรับข้อมูลแล้ว');
      const noKey = await post(server.url, '/forms/info-request/submissions', envelope('info-request', validRequest), {
        key: null,
      });
      assert.equal(noKey.status, 400);
      assert.equal(noKey.body.errors[0].message, 'ต้องมีส่วนหัว Idempotency-Key');
      const badKey = await post(server.url, '/forms/info-request/submissions', envelope('info-request', validRequest), {
        key: 'has spaces in it',
      });
      assert.equal(badKey.status, 400);
    });

    test('a quoted key (structured-field string) is the same key', async () => {
      const key = randomUUID();
      const body = envelope('info-request', { ...validRequest, subject: 'คีย์มีเครื่องหมายคำพูด' });
      const first = await post(server.url, '/forms/info-request/submissions', body, { key: `"${key}"` });
      const second = await post(server.url, '/forms/info-request/submissions', body, { key });
      assert.equal(first.status, 201);
      assert.equal(second.status, 200);
      assert.equal(second.body.receipt, first.body.receipt);
    });

    test('each form version is validated against its own schema; an unknown version against the newest', async () => {
      const old = await post(
        server.url,
        '/forms/info-request/submissions',
        envelope('info-request', { fullName: 'นายเก่า รุ่นหนึ่ง', subject: 'ขอข้อมูล' }, { formVersion: '1' }),
      );
      assert.equal(old.status, 201);
      const unknownVersion = await post(
        server.url,
        '/forms/info-request/submissions',
        envelope('info-request', { fullName: 'นายเก่า รุ่นหนึ่ง', subject: 'ขอข้อมูล' }, { formVersion: '9' }),
      );
      assert.equal(unknownVersion.status, 400, 'validated against version 2, which needs more fields');
      const numeric = await post(
        server.url,
        '/forms/info-request/submissions',
        envelope('info-request', validRequest, { formVersion: 2 }),
      );
      assert.equal(numeric.status, 201);
    });

    test('opinions and questions use their built-in schemas', async () => {
      const opinion = await post(
        server.url,
        '/opinions',
        envelope('opinion', { topic: 'บริการ', message: 'เจ้าหน้าที่บริการดีมาก', name: 'ประชาชน', consent: true }),
      );
      assert.equal(opinion.status, 201);
      const noConsent = await post(
        server.url,
        '/opinions',
        envelope('opinion', { topic: 'service', message: 'บริการดีมาก ขอบคุณครับ', consent: false }),
      );
      assert.equal(noConsent.status, 400);
      assert.equal(noConsent.body.errors[0].path, '/consent');
      const question = await post(
        server.url,
        '/questions',
        envelope('question', { question: 'ต่อใบอนุญาตได้ที่ไหน', consent: true }),
      );
      assert.equal(question.status, 201);
      const wrongId = await post(
        server.url,
        '/questions',
        envelope('opinion', { question: 'ต่อใบอนุญาตได้ที่ไหน', consent: true }),
      );
      assert.equal(wrongId.status, 400);
      assert.equal(wrongId.body.errors[0].path, '/formId');
      const viaForms = await post(
        server.url,
        '/forms/opinion/submissions',
        envelope('opinion', { topic: 'other', message: 'ส่งผ่านเส้นทางแบบฟอร์มทั่วไป', consent: true }),
      );
      assert.equal(viaForms.status, 201, 'the built-in forms are also reachable by the generic route');
    });

    test('an opinion follows the shared opinionSubmissionSchema: no topic, a one-word message, at most OPINION_MAX_LENGTH', async () => {
      const noTopic = await post(server.url, '/opinions', envelope('opinion', { message: 'ดีมาก', consent: true }));
      assert.equal(noTopic.status, 201, 'an opinion box with no topics sends none');
      const blank = await post(server.url, '/opinions', envelope('opinion', { message: '   ', consent: true }));
      assert.equal(blank.status, 400);
      assert.equal(blank.body.errors[0].path, '/message');
      const longest = await post(
        server.url,
        '/opinions',
        envelope('opinion', { message: 'ก'.repeat(OPINION_MAX_LENGTH), consent: true }),
      );
      assert.equal(longest.status, 201);
      const tooLong = await post(
        server.url,
        '/opinions',
        envelope('opinion', { message: 'ก'.repeat(OPINION_MAX_LENGTH + 1), consent: true }),
      );
      assert.equal(tooLong.status, 400);
      assert.deepEqual(
        tooLong.body.errors.map((e) => [e.path, e.keyword]),
        [['/message', 'maxLength']],
      );
    });

    test('the envelope follows the shared submissionSchema: no fields beyond the four', async () => {
      const extra = await post(server.url, '/opinions', {
        ...envelope('opinion', { message: 'มีช่องเกิน', consent: true }),
        lang: 'th',
      });
      assert.equal(extra.status, 400);
      assert.equal(extra.body.errors[0].keyword, 'envelope');
    });

    test('GET /healthz answers 200 while the database answers', async () => {
      const response = await fetch(`${server.url}/healthz`);
      assert.equal(response.status, 200);
      assert.deepEqual(await response.json(), { status: 'ok', database: db });
    });
  });
}

/** The canonical JSON of the inbox before it wrote sorted copies: key by key, keys sorted. */
function referenceCanonical(value) {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(referenceCanonical).join(',')}]`;
  return `{${Object.keys(value)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${referenceCanonical(value[key])}`)
    .join(',')}}`;
}

describe('canonical JSON', () => {
  test('sorts keys at every level, also keys that look like array indexes', async () => {
    const { canonicalJson } = await import('../dist/http/json.js');
    for (const value of [
      { b: 1, a: [{ d: 'ง', c: null }, 2, 'x'], '': { z: true, y: -0 } },
      { 10: 'a', 2: 'b', '-x': 'c', a: { 1: 1, b: 2 } },
      { nested: [{ 0: 'zero', z: 'z' }] },
      ['ข', { b: { d: 1, c: 2 } }],
      'ข้อความ',
      12.5,
      null,
    ]) {
      assert.equal(canonicalJson(value), referenceCanonical(value), JSON.stringify(value));
    }
    assert.equal(canonicalJson({ 10: 'a', 2: 'b', '-x': 'c' }), '{"-x":"c","10":"a","2":"b"}');
  });
});

describe('receipts', () => {
  test('carry the Bangkok date (UTC+7), also on either side of midnight and across years', async () => {
    const { PublicIds } = await import('../dist/store/public-ids.js');
    const { randomBytes } = await import('node:crypto');
    const ids = new PublicIds(randomBytes(32));
    let key = 0;
    const newReceipt = (now) => ids.receipt(++key, now.toISOString());
    const bangkok = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Bangkok', dateStyle: 'short' });
    for (const at of [
      '2025-11-25T16:59:59.999Z',
      '2025-11-25T17:00:00.000Z',
      '2025-12-31T16:59:59.999Z',
      '2025-12-31T17:00:00.000Z',
      '2028-02-28T17:00:00.000Z',
      '2025-11-26T02:30:00.000Z',
    ]) {
      const now = new Date(at);
      const receipt = newReceipt(now);
      assert.match(receipt, /^\d{8}-[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/);
      assert.equal(receipt.slice(0, 8), bangkok.format(now).replaceAll('-', ''), at);
    }
    assert.equal(newReceipt(new Date('2025-11-25T17:00:00.000Z')).slice(0, 8), '20251126');
  });
});

import { expect } from '@open-wc/testing';
import type { EformDefinition } from '@govkit-th/schemas';
import { checkDefinition } from './check-definition.js';
import { FormModel } from './form-model.js';
import { canonicalJson, getAt, setAt } from './paths.js';
import { newIdempotencyKey, parseRetryAfter, submitForm, type RetryInfo } from './submit.js';
import {
  checkThaiFormat,
  isEmailOrThaiPhone,
  isThaiNationalId,
  isThaiPhone,
  isThaiPostcode,
  normaliseNationalId,
} from './thai-formats.js';

describe('Thai formats', () => {
  it('checks the national ID checksum', () => {
    for (const valid of [
      '1234567890121',
      '1101700203450',
      '3100600123450',
      '1-2345-67890-12-1',
      '1 2345 67890 12 1',
      '๑๒๓๔๕๖๗๘๙๐๑๒๑',
    ]) {
      expect(isThaiNationalId(valid), valid).to.equal(true);
    }
    for (const invalid of [
      '1234567890122',
      '1101700203451',
      '0000000000000',
      '123456789012',
      '12345678901210',
      '1234567890l21',
      '',
    ]) {
      expect(isThaiNationalId(invalid), invalid).to.equal(false);
    }
    expect(normaliseNationalId('1-2345-67890-12-1')).to.equal('1234567890121');
    expect(checkThaiFormat('th-national-id', '1234567890122')).to.equal('format-th-national-id-checksum');
    expect(checkThaiFormat('th-national-id', '12345')).to.equal('format-th-national-id');
    expect(checkThaiFormat('th-national-id', '1234567890121')).to.equal(undefined);
  });

  it('knows Thai landlines, mobiles and +66 numbers', () => {
    for (const valid of [
      '036 507 100',
      '036-507-100',
      '02 123 4567',
      '081 234 5678',
      '(081) 234-5678',
      '+66 81 234 5678',
      '+6636507100',
      '๐๘๑๒๓๔๕๖๗๘',
    ]) {
      expect(isThaiPhone(valid), valid).to.equal(true);
    }
    for (const invalid of ['1111', '081 234 567', '0812345678 9', '+66 081 234 5678', '012345678', 'โทร 081']) {
      expect(isThaiPhone(invalid), invalid).to.equal(false);
    }
  });

  it("answers at an e-mail address only with a dotted domain (the schemas' rule), or at a Thai phone", () => {
    for (const good of ['somying@example.go.th', ' somying@example.com ', '081 234 5678'])
      expect(isEmailOrThaiPhone(good), good).to.equal(true);
    for (const bad of ['somying@example', 'somying@example.', 'somying@', 'somying example.com', 'a@b@c.th'])
      expect(isEmailOrThaiPhone(bad), bad).to.equal(false);
    expect(checkThaiFormat('email-or-th-phone', 'somying@example')).to.equal('format-email-or-th-phone');
  });

  it('knows Thai postcodes', () => {
    expect(['16000', '10200', '96000', '๑๖๐๐๐'].map(isThaiPostcode)).to.deep.equal([true, true, true, true]);
    expect(['06000', '97000', '1600', '160000', 'abcde'].map(isThaiPostcode)).to.deep.equal([
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('paths', () => {
  it('sets and reads nested places, creating arrays for numeric segments', () => {
    const data: Record<string, unknown> = {};
    setAt(data, ['items', 0, 'title'], 'ก');
    setAt(data, ['address', 'postcode'], '16000');
    expect(data).to.deep.equal({ items: [{ title: 'ก' }], address: { postcode: '16000' } });
    expect(getAt(data, ['items', 0, 'title'])).to.equal('ก');
    setAt(data, ['address', 'postcode'], undefined);
    expect(data.address).to.deep.equal({});
    expect(canonicalJson({ b: 1, a: { d: 2, c: 3 } })).to.equal('{"a":{"c":3,"d":2},"b":1}');
  });
});

describe('submitForm', () => {
  const body = { formId: 'f', formVersion: '1', submittedAt: '2026-11-25T10:00:00Z', data: { a: 1 } };
  const noWait = async () => {};

  async function withResponses<T>(
    responses: Array<Response | Error>,
    run: (requests: Request[]) => Promise<T>,
  ): Promise<T> {
    const original = window.fetch;
    const requests: Request[] = [];
    window.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      requests.push(new Request(input, init));
      const next = responses.shift();
      if (!next) throw new Error('no more responses');
      if (next instanceof Error) throw next;
      return next;
    }) as typeof fetch;
    try {
      return await run(requests);
    } finally {
      window.fetch = original;
    }
  }

  const json = (status: number, value: unknown, headers: Record<string, string> = {}) =>
    new Response(JSON.stringify(value), { status, headers: { 'content-type': 'application/json', ...headers } });

  it('retries network failures and 5xx with growing delays, then returns the receipt', async () => {
    const retries: RetryInfo[] = [];
    const outcome = await withResponses(
      [
        new TypeError('Failed to fetch'),
        json(503, {}),
        json(500, {}),
        json(201, { receipt: 'R-1', receivedAt: '2026-11-25T10:00:01Z' }),
      ],
      async (requests) => {
        const result = await submitForm({
          endpoint: '/x',
          body,
          idempotencyKey: 'k-1',
          baseDelay: 100,
          sleep: noWait,
          onRetry: (info) => retries.push(info),
        });
        expect(requests.map((r) => r.headers.get('Idempotency-Key'))).to.deep.equal([
          '"k-1"',
          '"k-1"',
          '"k-1"',
          '"k-1"',
        ]);
        expect(requests[0].method).to.equal('POST');
        expect(await requests[0].json()).to.deep.equal(body);
        return result;
      },
    );
    expect(outcome).to.deep.equal({ kind: 'receipt', receipt: 'R-1', receivedAt: '2026-11-25T10:00:01Z' });
    expect(retries.map((r) => r.attempt)).to.deep.equal([1, 2, 3]);
    const [first, second, third] = retries.map((r) => r.delay);
    expect(first).to.be.within(80, 120);
    expect(second).to.be.within(160, 240);
    expect(third).to.be.within(320, 480);
  });

  it('honours Retry-After on 429 and 503, and retries a 409 (still processing)', async () => {
    const retries: RetryInfo[] = [];
    const outcome = await withResponses(
      [
        json(429, {}, { 'Retry-After': '7' }),
        json(409, {}, { 'Retry-After': '2' }),
        json(503, {}, { 'Retry-After': '0' }),
        json(200, { receipt: 'R-2' }),
      ],
      () =>
        submitForm({ endpoint: '/x', body, idempotencyKey: 'k', sleep: noWait, onRetry: (info) => retries.push(info) }),
    );
    expect(outcome.kind).to.equal('receipt');
    expect(retries.map((r) => [r.status, r.delay, r.fromRetryAfter])).to.deep.equal([
      [429, 7000, true],
      [409, 2000, true],
      [503, 0, true],
    ]);
  });

  it('gives up after the bounded number of attempts, or at once when Retry-After is too long', async () => {
    const failed = await withResponses([json(502, {}), json(502, {}), json(502, {})], () =>
      submitForm({ endpoint: '/x', body, idempotencyKey: 'k', attempts: 3, sleep: noWait }),
    );
    expect(failed).to.deep.equal({ kind: 'failed', reason: 'server', status: 502, retryAfter: undefined });
    const busy = await withResponses([json(503, {}, { 'Retry-After': '3600' })], () =>
      submitForm({ endpoint: '/x', body, idempotencyKey: 'k', sleep: noWait }),
    );
    expect(busy).to.deep.equal({ kind: 'failed', reason: 'busy', status: 503, retryAfter: 3_600_000 });
  });

  it('does not retry 400, 422 or other client errors', async () => {
    const invalid = await withResponses([json(400, { errors: [{ path: '/a', message: 'ไม่ถูกต้อง' }] })], () =>
      submitForm({ endpoint: '/x', body, idempotencyKey: 'k', sleep: noWait }),
    );
    expect(invalid).to.deep.equal({ kind: 'invalid', errors: [{ path: '/a', message: 'ไม่ถูกต้อง' }] });
    expect(
      await withResponses([json(422, {})], () =>
        submitForm({ endpoint: '/x', body, idempotencyKey: 'k', sleep: noWait }),
      ),
    ).to.deep.equal({ kind: 'key-conflict' });
    expect(
      await withResponses([json(403, {})], () =>
        submitForm({ endpoint: '/x', body, idempotencyKey: 'k', sleep: noWait }),
      ),
    ).to.deep.equal({
      kind: 'failed',
      reason: 'rejected',
      status: 403,
    });
  });

  it('reads Retry-After as seconds or an HTTP date', () => {
    expect(parseRetryAfter('120')).to.equal(120_000);
    expect(parseRetryAfter('Wed, 25 Nov 2026 10:00:30 GMT', Date.parse('2026-11-25T10:00:00Z'))).to.equal(30_000);
    expect(parseRetryAfter(null)).to.equal(undefined);
    expect(parseRetryAfter('soon')).to.equal(undefined);
  });

  it('makes version 7 UUIDs: the time first, so later keys sort after earlier ones', () => {
    const now = Date.parse('2026-12-03T13:00:00.123Z');
    const key = newIdempotencyKey(now);
    expect(key).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(parseInt(key.replace('-', '').slice(0, 12), 16)).to.equal(now);
    expect(newIdempotencyKey(now)).to.not.equal(key);
    const keys = [now + 1000, now, now + 1].map((time) => newIdempotencyKey(time));
    expect([...keys].sort()).to.deep.equal([keys[1], keys[2], keys[0]]);
  });
});

describe('FormModel', () => {
  const definition: EformDefinition = {
    id: 'm',
    version: '1',
    title: 'm',
    schema: {
      type: 'object',
      required: ['kind', 'items'],
      properties: {
        kind: { enum: ['a', 'b'] },
        detail: { type: 'string', minLength: 3 },
        items: {
          type: 'array',
          minItems: 1,
          items: {
            type: 'object',
            required: ['name'],
            properties: { name: { type: 'string', minLength: 2 }, note: { type: 'string' } },
          },
        },
        id: { type: 'string' },
      },
      if: { properties: { kind: { const: 'b' } }, required: ['kind'] },
      then: { required: ['detail'] },
    },
    pages: [
      {
        id: 'one',
        title: 'one',
        fields: [
          { name: 'kind', label: 'kind' },
          { name: 'detail', label: 'detail' },
          { name: 'id', label: 'id', format: 'th-national-id' },
        ],
      },
      {
        id: 'two',
        title: 'two',
        fields: [
          {
            name: 'items',
            widget: 'group',
            label: 'items',
            fields: [
              { name: 'name', label: 'name' },
              { name: 'note', label: 'note' },
            ],
          },
        ],
      },
    ],
  };

  it('hides what if/then does not reveal, drops blank items, and maps problems back to the raw answers', async () => {
    const model = await FormModel.create(definition);
    const pointers = (answers: Record<string, unknown>) => {
      const evaluation = model.evaluate(answers, 'th');
      return {
        data: evaluation.data,
        problems: [...evaluation.problems.entries()].map(([pointer, p]) => `${pointer} ${p.key ?? p.message}`),
      };
    };
    expect(pointers({ kind: 'a', detail: 'x' })).to.deep.equal({
      data: { kind: 'a' },
      problems: ['/items ต้องระบุข้อมูลนี้'],
    });
    expect(pointers({ kind: 'b', items: [{}, { name: 'ก' }], id: '1-2345-67890-12-1' })).to.deep.equal({
      data: { kind: 'b', items: [{ name: 'ก' }], id: '1234567890121' },
      problems: ['/detail ต้องระบุข้อมูลนี้', '/items/1/name ต้องมีอย่างน้อย 2\u00a0ตัวอักษร'],
    });
    expect(pointers({ kind: 'a', items: [{ name: 'กข' }], id: '1234567890122' }).problems).to.deep.equal([
      '/id format-th-national-id-checksum',
    ]);
    const evaluation = model.evaluate({ kind: 'a', items: [{}, { name: 'ก' }] }, 'en');
    expect(model.locate('/data/items/0/name'.replace('/data', ''), evaluation)?.pointer).to.equal('/items/1/name');
    expect(model.pick({ kind: 'a', unknown: 1, items: [{ name: 'x', extra: 2 }] })).to.deep.equal({
      kind: 'a',
      items: [{ name: 'x' }],
    });
  });
});

describe('checkDefinition', () => {
  const t = (key: string, params?: Record<string, string | number>) => `${key} ${JSON.stringify(params ?? {})}`;
  const withFields = (fields: EformDefinition['pages'][number]['fields']): EformDefinition => ({
    id: 'c',
    version: '1',
    title: 'c',
    schema: {
      type: 'object',
      properties: {
        applicant: { $ref: '#/$defs/person' },
        people: { type: 'array', items: { $ref: '#/$defs/a~1b' } },
        note: { type: 'string' },
      },
      $defs: {
        person: { $ref: '#/$defs/named' },
        named: { type: 'object', properties: { name: { type: 'string' } } },
        'a/b': { $ref: '#/$defs/named' },
      },
    },
    pages: [{ id: 'p', title: 'p', fields }],
  });

  it('follows $ref chains (escaped names included) to the fields and group items', async () => {
    const problems = await checkDefinition(
      withFields([
        { name: 'applicant/name', label: 'name' },
        { name: 'people', widget: 'group', label: 'people', fields: [{ name: 'name', label: 'name' }] },
      ]),
      t,
    );
    expect(problems).to.deep.equal([]);
  });

  it('names unknown fields, groups that are not arrays of objects, and repeated page ids', async () => {
    const definition = withFields([
      { name: 'applicant/age', label: 'age' },
      { name: 'note', widget: 'group', label: 'note', fields: [] },
      { name: 'people', widget: 'group', label: 'people', fields: [{ name: 'phone', label: 'phone' }] },
    ]);
    definition.pages.push({ id: 'p', title: 'again', fields: [] });
    expect((await checkDefinition(definition, t)).map((problem) => `${problem.path} ${problem.message}`)).to.deep.equal(
      [
        '/pages/0/fields/0/name form-def-unknown-field {"name":"applicant/age"}',
        '/pages/0/fields/1/name form-def-not-group {"name":"note"}',
        '/pages/0/fields/2/fields/0/name form-def-unknown-field {"name":"people/phone"}',
        '/pages/1/id form-def-duplicate-page {"id":"p"}',
      ],
    );
  });
});

/**
 * The security review's findings (issue 9, section 2): each test failed before its fix.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { request } from 'node:http';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { SaxesParser } from 'saxes';
import { csvCell } from '../dist/staff/csv.js';
import { defaults } from '../dist/config.js';
import { dummyHash, hashPassword, verifyPassword } from '../dist/staff/auth.js';
import { lockMs } from '../dist/store/staff.js';
import {
  StaffClient,
  addStaff,
  databases,
  envelope,
  oiaRequest,
  post,
  sendOiaRequest,
  startInbox,
  validRequest,
} from '../test-support/harness.js';

/** A strict XML 1.0 parser: throws on the first well-formedness error (an illegal character included). */
function parseXml(text) {
  const parser = new SaxesParser({ xmlns: true });
  let failure;
  parser.on('error', (error) => {
    failure ??= error;
  });
  parser.write(text).close();
  if (failure) throw failure;
}

function rawPost(url, path, headers, body) {
  return new Promise((resolve, reject) => {
    const req = request(`${url}${path}`, { method: 'POST', headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (d) => (text += d));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

for (const db of databases()) {
  describe(`security findings (${db})`, () => {
    let server;
    const password = {};
    before(async () => {
      server = await startInbox(db, {
        trustProxy: 1,
        rateLimit: { submissions: { perMinute: 6, burst: 3 }, signIn: { perMinute: 600, burst: 100 } },
        signInBackoff: { threshold: 5, baseMs: 60_000, maxMs: 3_600_000 },
      });
      for (const [name, role] of [
        ['reporter1', 'reporter'],
        ['approver1', 'approver'],
        ['publisher1', 'publisher'],
        ['admin1', 'admin'],
        ['victim', 'reporter'],
      ]) {
        password[name] = await addStaff(server.store, name, role);
      }
    });
    after(() => server.close());

    /** Each submission from its own address (behind the one trusted proxy), so the rate limit stays out of the way. */
    const from = () => ({ 'x-forwarded-for': `198.51.100.${Math.floor(Math.random() * 250) + 1}` });
    const as = async (name) => {
      const client = new StaffClient(server.url);
      const result = await client.signIn(name, password[name]);
      assert.equal(result.status, 303, `${name} signs in`);
      return client;
    };

    async function answerAndPublish(id, fields) {
      const reporter = await as('reporter1');
      await reporter.get(`/staff/questions/${id}`);
      assert.equal((await reporter.post(`/staff/questions/${id}/answer`, { revision: '0', ...fields })).status, 303);
      const approver = await as('approver1');
      await approver.get(`/staff/questions/${id}`);
      assert.equal((await approver.post(`/staff/questions/${id}/approve`, { revision: '1' })).status, 303);
      const publisher = await as('publisher1');
      await publisher.get(`/staff/questions/${id}`);
      assert.equal((await publisher.post(`/staff/questions/${id}/publish`, { revision: '1' })).status, 303);
    }

    async function ask(data) {
      const response = await post(server.url, '/questions', envelope('question', { consent: true, ...data }), {
        headers: from(),
      });
      assert.equal(response.status, 201, JSON.stringify(response.body));
      const { rows } = await server.store.listQuestions({ limit: 1000 });
      return rows.find((row) => row.receipt === response.body.receipt).id;
    }

    test('control characters: refused on input (400); the Atom feed stays well-formed XML even with one stored', async () => {
      const refused = await post(
        server.url,
        '/questions',
        envelope('question', { question: 'มีอักขระ\u0001ควบคุม ไหม', consent: true }),
        { headers: from() },
      );
      assert.equal(refused.status, 400);
      assert.equal(refused.body.errors[0].path, '/question');
      const id = await ask({ question: 'คำถามปกติสำหรับฟีด' });
      await answerAndPublish(id, { public_question: 'คำถาม\u000Bที่เผยแพร่', answer: 'คำตอบ\u0001มีอักขระ' });
      // a row stored before the fix (or written around the pages) carries them still
      const question = await server.store.question(id);
      await server.store.saveAnswer({
        questionId: id,
        publicQuestion: 'เก่า\u0001\u000B',
        answer: 'ตอบ\uFFFE',
        staffId: question.answer.draftedBy,
        at: new Date().toISOString(),
        revision: 1,
      });
      const approver = await server.store.staffByUsername('approver1');
      const publisher = await server.store.staffByUsername('publisher1');
      await server.store.approveAnswer({
        questionId: id,
        staffId: approver.id,
        at: new Date().toISOString(),
        revision: 2,
      });
      await server.store.publishAnswer({
        questionId: id,
        staffId: publisher.id,
        at: new Date().toISOString(),
        revision: 2,
      });
      const atom = await (await fetch(`${server.url}/questions/published.atom`)).text();
      assert.doesNotThrow(() => parseXml(atom));
      assert.match(atom, /เก่า/);
    });

    test("the asker's category is not published; the staff-chosen one is, approved with the answer", async () => {
      const id = await ask({ question: 'ขอถามเรื่องภาษีที่ดิน', category: 'นายสมชาย 081-234-5678' });
      await answerAndPublish(id, {
        public_question: 'ภาษีที่ดินชำระเมื่อใด',
        public_category: 'ภาษี',
        answer: 'ชำระภายในเดือนเมษายน',
      });
      const board = await (await fetch(`${server.url}/questions/published.json`)).json();
      const item = board.items.find((i) => i.id === `q-${id}`);
      assert.equal(item.category, 'ภาษี');
      assert.ok(!JSON.stringify(board).includes('081-234-5678'));
    });

    test('X-Forwarded-For: the right-most untrusted hop is the client; rotating the left part does not escape the limit', async () => {
      const statuses = [];
      for (let i = 0; i < 6; i++) {
        const response = await post(
          server.url,
          '/opinions',
          envelope('opinion', { topic: 'service', message: 'ข้อความทดสอบระบบรับความคิดเห็น', consent: true }),
          {
            headers: { 'x-forwarded-for': `10.9.${i}.${i}, 203.0.113.7` },
          },
        );
        statuses.push(response.status);
      }
      assert.deepEqual(statuses.slice(0, 3), [201, 201, 201]);
      assert.ok(
        statuses.slice(3).every((s) => s === 429),
        statuses.join(),
      );
      const junk = await post(
        server.url,
        '/opinions',
        envelope('opinion', { topic: 'service', message: 'ข้อความทดสอบระบบรับความคิดเห็น', consent: true }),
        {
          headers: { 'x-forwarded-for': 'not-an-address' },
        },
      );
      assert.ok([201, 429].includes(junk.status), 'a forwarded value that is no address is ignored, not trusted');
    });

    test('sign-in: the username is never filled back in; repeated failures lock the account, are audited and alert staff', async () => {
      const client = new StaffClient(server.url);
      const wrongKnown = await client.signIn('victim', 'wrong-password-1');
      const wrongUnknown = await client.signIn('nobody-at-all', 'wrong-password-1');
      assert.equal(wrongKnown.status, 401);
      assert.equal(wrongUnknown.status, 401);
      assert.doesNotMatch(wrongKnown.text, /value="victim"/);
      const form = (text) => /<form[\s\S]*<\/form>/.exec(text)[0].replace(/value="[^"]{20,}"/g, '');
      assert.equal(form(wrongKnown.text), form(wrongUnknown.text), 'the same page for a known and an unknown account');
      for (let i = 0; i < 5; i++) await client.signIn('victim', `wrong-password-${i + 2}`);
      const right = await client.signIn('victim', password.victim);
      assert.equal(right.status, 401, 'locked: even the right password is refused for now');
      const log = (await server.store.listAudit({ action: 'sign-in.failed', limit: 100 })).rows.filter(
        (e) => e.actor === 'victim',
      );
      assert.ok(log.some((e) => e.detail.lockedUntil && e.detail.failures >= 5));
      assert.ok(log.some((e) => e.detail.reason === 'locked'));
      const admin = await as('admin1');
      const audit = await admin.get('/staff/audit');
      assert.match(audit.text, /role="alert"[\s\S]*victim/);
    });

    test('scrypt: OWASP cost 2^17 by default, for new hashes and the dummy hash alike', async () => {
      assert.equal(defaults().scryptCost, 17);
      assert.match(await hashPassword('correct-horse-2561'), /^scrypt\$17\$/);
      // The dummy an unknown account is checked against has the parameters of a real hash at the configured cost…
      const shape = (hash) => {
        const [name, cost, r, p, salt, key] = hash.split('$');
        return [name, cost, r, p, Buffer.from(salt, 'base64url').length, Buffer.from(key, 'base64url').length];
      };
      for (const cost of [defaults().scryptCost, 12]) {
        assert.deepEqual(shape(dummyHash(cost)), shape(await hashPassword('correct-horse-2561', cost)), `cost ${cost}`);
      }
      // …and verifyPassword really runs scrypt at the cost it is given for an unknown account (N = 2^0 is refused):
      // a dummy fixed at one cost would answer `false` here.
      assert.equal(await verifyPassword('any-password-1', undefined, 12), false);
      await assert.rejects(verifyPassword('any-password-1', undefined, 0), /scrypt/i);
    });

    test('CSV: `;` is quoted, and a leading line feed, space or full-width ＝ cannot start a formula', () => {
      assert.equal(csvCell('a;=1+1;b'), '"a;=1+1;b"');
      assert.equal(csvCell('\n=1+1'), `"'\n=1+1"`);
      assert.equal(csvCell(' =1+1'), "' =1+1");
      assert.equal(csvCell('＝1+1'), "'＝1+1");
      assert.equal(csvCell('-5'), "'-5");
      assert.equal(csvCell('ปกติ'), 'ปกติ');
    });

    test('validation errors are capped, and the answer says how many more there were', async () => {
      const data = { ...validRequest };
      for (let i = 0; i < 20_000; i++) data[`x${i}`] = 1;
      const response = await post(server.url, '/forms/info-request/submissions', envelope('info-request', data), {
        headers: from(),
      });
      assert.equal(response.status, 400);
      assert.ok(response.body.errors.length <= 51, `${response.body.errors.length} errors`);
      assert.ok(JSON.stringify(response.body).length < 20_000);
      assert.match(response.body.errors.at(-1).message, /และยังมีข้อผิดพลาดอีก 19950 รายการ/);
    });

    test('/staff/lang and the sign-in `next` with a Thai path: 303 with a percent-encoded Location, not 500', async () => {
      const response = await fetch(`${server.url}/staff/lang?to=en&back=/staff/%E0%B8%81`, { redirect: 'manual' });
      assert.equal(response.status, 303);
      assert.equal(response.headers.get('location'), '/staff/%E0%B8%81');
      const client = new StaffClient(server.url);
      await client.get('/staff/sign-in?next=/staff/%E0%B8%81');
      const signIn = await client.post('/staff/sign-in', {
        username: 'reporter1',
        password: password.reporter1,
        next: '/staff/ก',
      });
      assert.equal(signIn.status, 303);
      assert.equal(signIn.headers.get('location'), '/staff/%E0%B8%81');
    });

    test('invalid UTF-8 is 400 and a declared non-UTF-8 charset is 415; nothing is stored', async () => {
      const count = await server.store.countSubmissions();
      const json = JSON.stringify(
        envelope('opinion', { topic: 'service', message: 'ข้อความทดสอบ PLACEHOLDER ระบบ', consent: true }),
      );
      const [head, tail] = json.split('PLACEHOLDER');
      const broken = Buffer.concat([Buffer.from(head), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from(tail)]);
      const bad = await rawPost(
        server.url,
        '/opinions',
        { 'content-type': 'application/json', 'idempotency-key': randomUUID(), ...from() },
        broken,
      );
      assert.equal(bad.status, 400);
      assert.match(JSON.parse(bad.text).errors[0].message, /UTF-8/);
      const latin1 = await rawPost(
        server.url,
        '/opinions',
        { 'content-type': 'application/json; charset=latin1', 'idempotency-key': randomUUID(), ...from() },
        json,
      );
      assert.equal(latin1.status, 415);
      assert.equal(await server.store.countSubmissions(), count);
    });

    test('the approver and the publisher see the question as it will be published beside the original', async () => {
      const original = 'ขอถามว่าค่าถ่ายสำเนาเอกสารหน้าละเท่าไร ผมนายสมชาย บ้านอยู่หมู่ 4';
      const id = await ask({ question: original, name: 'นายสมชาย ถามบ่อย' });
      const reporter = await as('reporter1');
      assert.doesNotMatch((await reporter.get(`/staff/questions/${id}`)).text, /class="as-published"/, 'no answer yet');
      const rewritten = { public_question: 'ค่าถ่ายสำเนาเอกสารหน้าละเท่าไร', public_category: 'ค่าธรรมเนียม' };
      const drafted = await reporter.post(`/staff/questions/${id}/answer`, {
        revision: '0',
        ...rewritten,
        answer: 'หน้าละ 1 บาท ตามประกาศคณะกรรมการข้อมูลข่าวสารของราชการ',
      });
      assert.equal(drafted.status, 303);
      /** The two sides of the page: what was asked, then what will be published. */
      const sides = (text) => {
        const block = /<div class="side-by-side">([\s\S]*?)<\/section><\/div>/.exec(text)?.[1] ?? '';
        const at = block.indexOf('<section class="as-published"');
        return { asked: at < 0 ? block : block.slice(0, at), published: at < 0 ? '' : block.slice(at) };
      };
      for (const [name, seesName] of [
        ['approver1', true],
        ['publisher1', false],
      ]) {
        const staff = await as(name);
        const { asked, published } = sides((await staff.get(`/staff/questions/${id}`)).text);
        assert.match(asked, /คำถามที่ได้รับ/, name);
        assert.ok(asked.includes(original), `${name} sees the original`);
        assert.equal(asked.includes('นายสมชาย ถามบ่อย'), seesName, `${name} and the asker's name`);
        assert.match(published, /สิ่งที่จะเผยแพร่/, name);
        assert.ok(published.includes(rewritten.public_question), `${name} sees the rewritten question`);
        assert.ok(published.includes('ค่าธรรมเนียม'), `${name} sees the public category`);
        assert.ok(published.includes('หน้าละ 1 บาท'), `${name} sees the answer`);
        assert.ok(!published.includes(original) && !published.includes('นายสมชาย'), 'nothing of the original there');
      }
    });

    test("a publisher does not see the asker's name and contact", async () => {
      const id = await ask({ question: 'ติดต่อกลับได้ไหม', name: 'นางสาวลับ เฉพาะ', contact: 'secret@example.com' });
      const publisher = await as('publisher1');
      const page = await publisher.get(`/staff/questions/${id}`);
      assert.equal(page.status, 200);
      assert.ok(!page.text.includes('นางสาวลับ เฉพาะ'));
      assert.ok(!page.text.includes('secret@example.com'));
      const reporter = await as('reporter1');
      assert.ok(
        (await reporter.get(`/staff/questions/${id}`)).text.includes('secret@example.com'),
        'the reporter who answers does',
      );
    });
  });
}

test('sign-in backoff: no lock below the threshold, then twice as long each failure, capped (and no overflow)', () => {
  const backoff = { threshold: 5, baseMs: 60_000, maxMs: 3_600_000 };
  assert.deepEqual(
    [0, 4, 5, 6, 7, 8, 9, 10].map((failures) => lockMs(failures, backoff)),
    [0, 0, 60_000, 120_000, 240_000, 480_000, 960_000, 1_920_000],
  );
  assert.equal(lockMs(11, backoff), 3_600_000, '60 000 × 2^6 = 3 840 000 is over the cap');
  assert.equal(lockMs(1_000_000, backoff), 3_600_000, 'still the cap, not Infinity');
  assert.equal(lockMs(3, { threshold: 3, baseMs: 1_000, maxMs: 2_500 }), 1_000);
  assert.equal(lockMs(5, { threshold: 3, baseMs: 1_000, maxMs: 2_500 }), 2_500);
});

/** Sign-in through a proxy: the client's address is what the proxy appended, never what the client wrote. */
for (const db of databases()) {
  for (const [name, trustProxy, forwarded] of [
    // One trusted hop: the right-most X-Forwarded-For entry is the client.
    ['a hop count (1)', 1, (left, client) => `${left}, ${client}`],
    // A list of proxy addresses: the right-most entry that is not a listed proxy is the client.
    ['a list of proxy addresses', ['127.0.0.1', '10.0.0.2'], (left, client) => `${left}, ${client}, 10.0.0.2`],
  ]) {
    describe(`sign-in behind proxies, trustProxy as ${name} (${db})`, () => {
      let server;
      let password;
      before(async () => {
        server = await startInbox(db, {
          trustProxy,
          rateLimit: { submissions: { perMinute: 0, burst: 1 }, signIn: { perMinute: 1, burst: 4 } },
          signInBackoff: { threshold: 3, baseMs: 60_000, maxMs: 3_600_000 },
        });
        password = await addStaff(server.store, 'victim', 'reporter');
      });
      after(() => server.close());

      async function signIn(username, secret, xff) {
        const client = new StaffClient(server.url);
        await client.get('/staff/sign-in', { 'x-forwarded-for': xff });
        return client.post('/staff/sign-in', { username, password: secret }, { 'x-forwarded-for': xff });
      }

      test('rotating the left part of X-Forwarded-For does not escape the per-address limit', async () => {
        const statuses = [];
        for (let i = 0; i < 7; i++) {
          // A new (unknown) name each time, so only the address limit can apply.
          statuses.push(
            (await signIn(`nobody${i}`, 'wrong-password-1', forwarded(`10.${i}.${i}.1`, '203.0.113.50'))).status,
          );
        }
        assert.deepEqual(statuses, [401, 401, 401, 401, 429, 429, 429]);
        // Another client behind the same proxy has its own allowance: the key is the client, not the proxy.
        assert.equal(
          (await signIn('nobody-else', 'wrong-password-1', forwarded('10.0.0.9', '203.0.113.51'))).status,
          401,
        );
      });

      test('an account locks whatever address each guess claims, and the lock is audited', async () => {
        for (let i = 0; i < 3; i++) {
          const response = await signIn('victim', `wrong-password-${i}`, forwarded('10.1.1.1', `198.51.100.${i + 1}`));
          assert.equal(response.status, 401);
        }
        const right = await signIn('victim', password, forwarded('10.1.1.1', '198.51.100.99'));
        assert.equal(right.status, 401, 'locked: the right password from yet another address is refused for now');
        const log = (await server.store.listAudit({ action: 'sign-in.failed', limit: 100 })).rows;
        assert.ok(log.some((e) => e.actor === 'victim' && e.detail.failures === 3 && e.detail.lockedUntil));
        assert.ok(log.some((e) => e.actor === 'victim' && e.detail.reason === 'locked'));
      });
    });
  }
}

/** The demo agency's OIA form (apps/demo-agency/data/forms), as the demo inbox serves it. */
for (const db of databases()) {
  describe(`the demo OIA request form (${db})`, () => {
    let server;
    before(async () => {
      server = await startInbox(db, {
        formsDir: fileURLToPath(new URL('../../../apps/demo-agency/data/forms/', import.meta.url)),
      });
    });
    after(() => server.close());

    test('unknown fields are refused with 400 (additionalProperties false), at the top, in the address and in a group', async () => {
      const count = await server.store.countSubmissions();
      for (const [data, path] of [
        [{ ...oiaRequest, secretNote: 'x' }, '/secretNote'],
        [{ ...oiaRequest, address: { ...oiaRequest.address, village: 'x' } }, '/address/village'],
        [{ ...oiaRequest, documents: [{ title: 'สัญญาจ้าง', pages: 3 }] }, '/documents/0/pages'],
      ]) {
        const response = await sendOiaRequest(server.url, data);
        assert.equal(response.status, 400, path);
        assert.ok(
          response.body.errors.some((e) => e.path === path || e.path === path.replace(/\/[^/]+$/, '')),
          `${path}: ${JSON.stringify(response.body.errors)}`,
        );
      }
      assert.equal(await server.store.countSubmissions(), count, 'nothing stored');
      const accepted = await sendOiaRequest(server.url);
      assert.equal(accepted.status, 201, JSON.stringify(accepted.body));
      assert.match(accepted.body.privacyNotice.th, /1\u00a0ปี/, 'the demo form sends its privacy notice back');
    });
  });
}

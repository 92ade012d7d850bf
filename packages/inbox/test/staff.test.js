import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { compile, faqSchema } from '@govkit-th/schemas';
import { StaffClient, addStaff, databases, envelope, post, startInbox, validRequest } from '../test-support/harness.js';

const kitDir = fileURLToPath(new URL('../test-support/kit/', import.meta.url));
const XSS = '<script>alert(1)</script><img src=x onerror=alert(2)>"\'&';

async function ask(server, question) {
  const response = await post(
    server.url,
    '/questions',
    envelope('question', { question, name: 'นายถาม สงสัย', contact: '081-234-5678', consent: true }),
  );
  assert.equal(response.status, 201);
  const { rows } = await server.store.listQuestions({});
  return rows.find((row) => row.receipt === response.body.receipt).id;
}

async function actions(server) {
  return (await server.store.listAudit({ limit: 1000 })).rows;
}

for (const db of databases()) {
  describe(`staff (${db})`, () => {
    let server;
    const password = {};
    before(async () => {
      server = await startInbox(db, { demo: true, kitDir });
      for (const [name, role] of [
        ['reporter1', 'reporter'],
        ['reporter2', 'reporter'],
        ['approver1', 'approver'],
        ['publisher1', 'publisher'],
        ['admin1', 'admin'],
      ]) {
        password[name] = await addStaff(server.store, name, role);
      }
    });
    after(() => server.close());

    const as = async (name) => {
      const client = new StaffClient(server.url);
      const result = await client.signIn(name, password[name] ?? 'demo-password-2561');
      assert.equal(result.status, 303, `${name} signs in`);
      return client;
    };

    test('signing in sets an HttpOnly, SameSite=Strict session cookie; a wrong password is 401 and audited', async () => {
      const client = new StaffClient(server.url);
      const wrong = await client.signIn('reporter1', 'not-the-password');
      assert.equal(wrong.status, 401);
      assert.match(wrong.text, /ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง/);
      const unknown = await client.signIn('nobody-here', 'whatever-password');
      assert.equal(unknown.status, 401);
      const right = await client.signIn('reporter1', password.reporter1);
      assert.equal(right.status, 303);
      const sessionCookie = right.headers.getSetCookie().find((c) => c.startsWith('gk_session='));
      assert.match(sessionCookie, /HttpOnly/);
      assert.match(sessionCookie, /SameSite=Strict/);
      assert.match(sessionCookie, /Path=\/staff/);
      const log = await actions(server);
      assert.ok(
        log.some((e) => e.action === 'sign-in.failed' && e.actor === 'reporter1' && e.detail.reason === 'password'),
      );
      assert.ok(log.some((e) => e.action === 'sign-in.failed' && e.actor === '(unknown)'));
      assert.ok(log.some((e) => e.action === 'sign-in' && e.actor === 'reporter1' && e.role === 'reporter'));
      assert.ok(
        log.every((e) => !JSON.stringify(e).includes('not-the-password')),
        'no password in the log',
      );
    });

    test('the demo accounts exist when INBOX_DEMO=1, one per role', async () => {
      for (const name of ['demo-admin', 'demo-reporter', 'demo-approver', 'demo-publisher']) {
        const client = await as(name);
        assert.ok(client.cookies.has('gk_session'));
      }
    });

    test('without a session, submissions cannot be read or exported', async () => {
      await post(server.url, '/forms/info-request/submissions', envelope('info-request', validRequest));
      for (const path of ['/staff/submissions', '/staff/submissions.csv', '/staff/audit', '/staff/questions']) {
        const response = await fetch(server.url + path, { redirect: 'manual' });
        assert.equal(response.status, 303, path);
        assert.match(response.headers.get('location'), /^\/staff\/sign-in\?next=/);
        assert.doesNotMatch(await response.text(), /สมหญิง/);
      }
      const forged = await fetch(`${server.url}/staff/submissions`, {
        headers: { cookie: 'gk_session=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' },
        redirect: 'manual',
      });
      assert.equal(forged.status, 303);
    });

    test('a reporter reads submissions; the page is escaped and carries a strict CSP', async () => {
      const response = await post(
        server.url,
        '/forms/info-request/submissions',
        envelope('info-request', { ...validRequest, fullName: XSS, detail: 'บรรทัดหนึ่ง\nบรรทัดสอง' }),
      );
      assert.equal(response.status, 201);
      const reporter = await as('reporter1');
      const list = await reporter.get('/staff/submissions?form=info-request');
      assert.equal(list.status, 200);
      assert.match(list.headers.get('content-security-policy'), /script-src 'self'/);
      assert.doesNotMatch(list.headers.get('content-security-policy'), /unsafe-inline/);
      assert.equal(list.headers.get('x-frame-options'), 'DENY');
      assert.equal(
        list.headers.get('referrer-policy'),
        'same-origin',
        'no-referrer would make browsers send Origin: null with our own forms',
      );
      const id = new RegExp(`href="/staff/submissions/([^"]+)">${response.body.receipt}<`).exec(list.text)?.[1];
      assert.ok(id, 'the list links to the submission');
      const page = await reporter.get(`/staff/submissions/${id}`);
      assert.equal(page.status, 200);
      assert.ok(
        page.text.includes('&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;&quot;&#39;&amp;'),
      );
      assert.ok(!page.text.includes('<script>alert(1)'));
      assert.ok(!page.text.includes('<img src=x'));
      assert.match(page.text, /<th scope="row">ชื่อ-นามสกุล<\/th>/, 'the field under its label');
      assert.doesNotMatch(page.text, /fullName|deliveryMethod/, 'no field ids');
      const log = await actions(server);
      assert.ok(log.some((e) => e.action === 'submission.read' && e.actor === 'reporter1' && e.target === id));
      assert.ok(log.some((e) => e.action === 'submissions.list' && e.detail.formId === 'info-request'));
    });

    test('the staff pages are in English with ?lang=en or Accept-Language', async () => {
      const reporter = await as('reporter1');
      const th = await reporter.get('/staff/submissions');
      assert.match(th.text, /<html lang="th">/);
      assert.match(th.text, /ข้อมูลที่ได้รับ/);
      const en = await reporter.get('/staff/submissions?lang=en');
      assert.match(en.text, /<html lang="en">/);
      assert.match(en.text, /Submissions/);
      const header = await reporter.get('/staff/submissions', { 'accept-language': 'en-US,en;q=0.8' });
      assert.match(header.text, /<html lang="en">/);
      const switched = await reporter.get('/staff/lang?to=en&back=/staff/questions');
      assert.equal(switched.status, 303);
      assert.equal(switched.headers.get('location'), '/staff/questions');
      assert.match((await reporter.get('/staff/questions')).text, /<html lang="en">/);
      const offsite = await reporter.get('/staff/lang?to=th&back=//evil.example/');
      assert.equal(offsite.headers.get('location'), '/staff/');
    });

    test('filters by form and date (Bangkok days)', async () => {
      const reporter = await as('reporter1');
      const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Bangkok' }).format(new Date());
      const todays = await reporter.get(`/staff/submissions?form=info-request&from=${today}&to=${today}`);
      assert.match(todays.text, /ทั้งหมด [1-9]\d* รายการ/);
      const old = await reporter.get('/staff/submissions?form=info-request&from=2001-01-01&to=2001-01-31');
      assert.match(old.text, /ทั้งหมด 0 รายการ/);
      const bad = await reporter.get('/staff/submissions?from=not-a-date');
      assert.equal(bad.status, 200);
      assert.match(bad.text, /ช่วงวันที่ไม่ถูกต้อง/);
    });

    test('CSV export: UTF-8 with BOM, Thai intact, one column per field, formulas defused', async () => {
      await post(
        server.url,
        '/forms/info-request/submissions',
        envelope('info-request', {
          ...validRequest,
          subject: '=HYPERLINK("http://evil","คลิก")',
          detail: 'มี "อัญประกาศ", จุลภาค\nและขึ้นบรรทัดใหม่',
        }),
      );
      const reporter = await as('reporter1');
      const response = await fetch(`${server.url}/staff/submissions.csv?form=info-request`, {
        headers: { cookie: reporter.cookieHeader() },
      });
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('content-type'), 'text/csv; charset=utf-8');
      assert.match(
        response.headers.get('content-disposition'),
        /attachment; filename="submissions-info-request-\d{8}\.csv"/,
      );
      const bytes = Buffer.from(await response.arrayBuffer());
      assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'starts with the UTF-8 BOM');
      const text = bytes.subarray(3).toString('utf8');
      const [header] = text.split('\r\n');
      assert.equal(
        header,
        'เลขที่รับ,ได้รับเมื่อ,ผู้ส่งกดส่งเมื่อ,แบบฟอร์ม,รุ่นแบบฟอร์ม,ชื่อ-นามสกุล,เลขประจำตัวประชาชน,อีเมล,โทรศัพท์,เรื่องที่ขอ,รายละเอียด,จำนวนชุด,วิธีรับข้อมูล,ที่อยู่,ยินยอม,ข้อมูลอื่น',
        "the form's labels",
      );
      assert.ok(text.includes('นางสาวสมหญิง ใจงาม'));
      assert.ok(text.includes('"มี ""อัญประกาศ"", จุลภาค\nและขึ้นบรรทัดใหม่"'));
      assert.ok(text.includes(`"'=HYPERLINK(""http://evil"",""คลิก"")"`), 'a formula is made text');
      const all = await fetch(`${server.url}/staff/submissions.csv`, { headers: { cookie: reporter.cookieHeader() } });
      const allText = (await all.text()).replace(/^\uFEFF/, '');
      assert.ok(allText.startsWith('เลขที่รับ,ได้รับเมื่อ,ผู้ส่งกดส่งเมื่อ,แบบฟอร์ม,รุ่นแบบฟอร์ม,ประเภท,ข้อมูล\r\n'));
      assert.ok((await actions(server)).some((e) => e.action === 'submissions.export' && e.actor === 'reporter1'));
    });

    test('roles: a reporter cannot approve or publish; a publisher cannot read submissions; only admins manage accounts', async () => {
      const id = await ask(server, 'ขอทราบขั้นตอนการขออนุญาตจัดงาน');
      const reporter = await as('reporter1');
      await reporter.get(`/staff/questions/${id}`);
      const drafted = await reporter.post(`/staff/questions/${id}/answer`, {
        public_question: 'ขั้นตอนขออนุญาตจัดงาน',
        answer: 'ยื่นคำขอที่ศาลากลาง',
        revision: '0',
      });
      assert.equal(drafted.status, 303);
      for (const step of ['approve', 'publish', 'unpublish']) {
        const denied = await reporter.post(`/staff/questions/${id}/${step}`, { revision: '1' });
        assert.equal(denied.status, 403, step);
        assert.match(denied.text, /คุณไม่มีสิทธิ์ทำรายการนี้/);
      }
      assert.equal((await server.store.question(id)).answer.status, 'draft');
      const publisher = await as('publisher1');
      assert.equal((await publisher.get('/staff/submissions')).status, 403);
      assert.equal((await publisher.get('/staff/questions')).status, 200);
      const notYet = await publisher.post(`/staff/questions/${id}/publish`, { revision: '1' });
      assert.equal(notYet.status, 409, 'an unapproved answer cannot be published');
      assert.equal((await reporter.get('/staff/accounts')).status, 403);
      assert.equal((await (await as('approver1')).get('/staff/accounts')).status, 403);
      assert.equal((await (await as('admin1')).get('/staff/accounts')).status, 200);
      const log = await actions(server);
      assert.ok(
        log.some(
          (e) => e.action === 'access.denied' && e.actor === 'reporter1' && e.detail.permission === 'answers.publish',
        ),
      );
    });

    test('CSRF: a staff form post without the session token, or with a wrong one, is refused and changes nothing', async () => {
      const id = await ask(server, 'ขอทราบเวลาทำการของศูนย์ดำรงธรรม');
      const reporter = await as('reporter1');
      const missing = await reporter.post(`/staff/questions/${id}/answer`, {
        _csrf: '',
        public_question: 'เวลาทำการ',
        answer: 'ปลอม',
        revision: '0',
      });
      assert.equal(missing.status, 403);
      const wrong = await reporter.post(`/staff/questions/${id}/answer`, {
        _csrf: 'x'.repeat(43),
        public_question: 'เวลาทำการ',
        answer: 'ปลอม',
        revision: '0',
      });
      assert.equal(wrong.status, 403);
      const crossSite = await reporter.post(
        `/staff/questions/${id}/answer`,
        { public_question: 'เวลาทำการ', answer: 'ปลอม', revision: '0' },
        { origin: 'https://evil.example' },
      );
      assert.equal(crossSite.status, 403);
      const otherSession = await as('reporter2');
      const stolen = await otherSession.post(`/staff/questions/${id}/answer`, {
        _csrf: reporter.csrf,
        public_question: 'เวลาทำการ',
        answer: 'ปลอม',
        revision: '0',
      });
      assert.equal(stolen.status, 403, "another session's token does not work");
      assert.equal((await server.store.question(id)).answer, undefined);
      const signInForgery = await fetch(`${server.url}/staff/sign-in`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ username: 'reporter1', password: password.reporter1 }),
        redirect: 'manual',
      });
      assert.equal(signInForgery.status, 403, 'the sign-in form has its own token');
      const ok = await reporter.post(`/staff/questions/${id}/answer`, {
        public_question: 'เวลาทำการ',
        answer: 'จันทร์ถึงศุกร์ 08.30–16.30 น.',
        revision: '0',
      });
      assert.equal(ok.status, 303);
      assert.ok((await actions(server)).some((e) => e.action === 'csrf.rejected' && e.actor === 'reporter1'));
    });

    test('Q&A: reporter drafts, another person approves, publisher publishes; published.json and .atom show it with dates', async () => {
      const id = await ask(server, 'ต่อใบอนุญาตขายสุราได้ที่ไหน และใช้เอกสารอะไรบ้าง');
      const reporter = await as('reporter1');
      const approverWhoDrafted = await as('admin1');
      await approverWhoDrafted.get(`/staff/questions/${id}`);
      const ownDraft = await approverWhoDrafted.post(`/staff/questions/${id}/answer`, {
        public_question: 'ต่อใบอนุญาตขายสุราได้ที่ไหน',
        answer: 'ร่างของผู้ดูแล',
        revision: '0',
      });
      assert.equal(ownDraft.status, 303);
      const selfApprove = await approverWhoDrafted.post(`/staff/questions/${id}/approve`, { revision: '1' });
      assert.equal(selfApprove.status, 409);
      assert.match(selfApprove.text, /ผู้อนุมัติต้องไม่ใช่ผู้ร่างคำตอบ/);

      await reporter.get(`/staff/questions/${id}`);
      const drafted = await reporter.post(`/staff/questions/${id}/answer`, {
        public_question: 'ต่อใบอนุญาตขายสุราได้ที่ไหน',
        answer: 'ยื่นที่สำนักงานสรรพสามิตพื้นที่สิงห์บุรี\n\nใช้บัตรประชาชนและใบอนุญาตเดิม <b>ตัวจริง</b>',
        revision: '1',
      });
      assert.equal(drafted.status, 303);
      const stale = await reporter.post(`/staff/questions/${id}/answer`, {
        public_question: 'x'.repeat(10),
        answer: 'ทับ',
        revision: '1',
      });
      assert.equal(stale.status, 409, 'an edit based on an old revision is refused');

      let board = await (await fetch(`${server.url}/questions/published.json`)).json();
      assert.ok(!board.items.some((item) => item.id === `q-${id}`), 'a draft is not public');

      const approver = await as('approver1');
      const page = await approver.get(`/staff/questions/${id}`);
      assert.match(page.text, /อนุมัติให้เผยแพร่/);
      assert.equal((await approver.post(`/staff/questions/${id}/approve`, { revision: '2' })).status, 303);
      board = await (await fetch(`${server.url}/questions/published.json`)).json();
      assert.ok(!board.items.some((item) => item.id === `q-${id}`), 'approved is not yet published');

      const publisher = await as('publisher1');
      await publisher.get(`/staff/questions/${id}`);
      assert.equal((await publisher.post(`/staff/questions/${id}/publish`, { revision: '2' })).status, 303);

      const response = await fetch(`${server.url}/questions/published.json`);
      assert.equal(response.status, 200);
      board = await response.json();
      const item = board.items.find((entry) => entry.id === `q-${id}`);
      assert.ok(item);
      assert.equal(item.question, 'ต่อใบอนุญาตขายสุราได้ที่ไหน');
      assert.equal(
        item.answer,
        '<p>ยื่นที่สำนักงานสรรพสามิตพื้นที่สิงห์บุรี</p><p>ใช้บัตรประชาชนและใบอนุญาตเดิม &lt;b&gt;ตัวจริง&lt;/b&gt;</p>',
      );
      assert.ok(Date.parse(item.askedAt) <= Date.parse(item.answeredAt));
      assert.equal(item.publication.reporter, 'reporter1 ทดสอบ');
      assert.equal(item.publication.approver, 'approver1 ทดสอบ');
      assert.ok(!JSON.stringify(board).includes('นายถาม'), "the asker's name is not published");
      assert.ok(!JSON.stringify(board).includes('081-234-5678'), "the asker's contact is not published");
      const validate = await compile(faqSchema);
      assert.deepEqual(validate(board), [], 'published.json is valid gov-faq data');

      const atom = await fetch(`${server.url}/questions/published.atom`);
      assert.equal(atom.headers.get('content-type'), 'application/atom+xml; charset=utf-8');
      const xml = await atom.text();
      assert.match(xml, /<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/);
      assert.ok(xml.includes(`<id>urn:uuid:${id}</id>`));
      assert.ok(xml.includes('&lt;p&gt;ยื่นที่สำนักงานสรรพสามิต'));
      assert.match(xml, /<published>\d{4}-\d\d-\d\dT/);

      const edit = await reporter.post(`/staff/questions/${id}/answer`, {
        public_question: 'ต่อใบอนุญาตขายสุราได้ที่ไหน',
        answer: 'แก้ไขคำตอบ',
        revision: '2',
      });
      assert.equal(edit.status, 303);
      board = await (await fetch(`${server.url}/questions/published.json`)).json();
      assert.ok(
        !board.items.some((entry) => entry.id === `q-${id}`),
        'an edited answer leaves the public list until approved and published again',
      );

      const log = (await actions(server)).filter((e) => e.target === id);
      const trail = log.map((e) => `${e.action}:${e.actor}`).reverse();
      for (const expected of [
        'answer.draft:admin1',
        'answer.draft:reporter1',
        'answer.approve:approver1',
        'answer.publish:publisher1',
      ]) {
        assert.ok(trail.includes(expected), `${expected} in ${trail}`);
      }
      assert.ok(log.every((e) => e.at && !Number.isNaN(Date.parse(e.at))));
    });

    test('the audit log view is for approvers and admins, and shows who, what and when', async () => {
      const reporter = await as('reporter1');
      assert.equal((await reporter.get('/staff/audit')).status, 403);
      const approver = await as('approver1');
      const page = await approver.get('/staff/audit?action=sign-in');
      assert.equal(page.status, 200);
      assert.match(page.text, /<td>เข้าสู่ระบบ<\/td>/, 'the action in words');
      assert.doesNotMatch(page.text, /<code>|\{&quot;/, 'no codes, no JSON');
      assert.match(page.text, /<time datetime="\d{4}-/);
      assert.match(page.text, /reporter1/);
    });

    test('admins create and disable accounts through the pages; a disabled account cannot sign in', async () => {
      const admin = await as('admin1');
      await admin.get('/staff/accounts');
      const created = await admin.post('/staff/accounts', {
        username: 'new.reporter',
        display_name: 'นางใหม่ รายงาน',
        role: 'reporter',
        password: 'a-long-password-2568',
      });
      assert.equal(created.status, 303);
      const fresh = new StaffClient(server.url);
      assert.equal((await fresh.signIn('new.reporter', 'a-long-password-2568')).status, 303);
      const account = await server.store.staffByUsername('new.reporter');
      await admin.get('/staff/accounts');
      const disabled = await admin.post(`/staff/accounts/${account.id}`, {
        op: 'update',
        display_name: 'นางใหม่ รายงาน',
        role: 'reporter',
      });
      assert.equal(disabled.status, 303);
      assert.equal((await fresh.get('/staff/submissions')).status, 303, 'the open session ends');
      assert.equal((await new StaffClient(server.url).signIn('new.reporter', 'a-long-password-2568')).status, 401);
      const self = await admin.post(`/staff/accounts/${(await server.store.staffByUsername('admin1')).id}`, {
        op: 'update',
        display_name: 'x',
        role: 'reporter',
        active: '1',
      });
      assert.equal(self.status, 400, 'an admin cannot demote themself');
      const log = await actions(server);
      assert.ok(log.some((e) => e.action === 'account.create' && e.target === 'new.reporter' && e.actor === 'admin1'));
      assert.ok(
        log.some((e) => e.action === 'account.update' && e.target === 'new.reporter' && e.detail.active === false),
      );
    });

    test('changing one’s password needs the current one and ends other sessions', async () => {
      const first = await as('reporter2');
      const second = await as('reporter2');
      const wrong = await first.post('/staff/password', {
        current: 'nope',
        new_password: 'another-password-2568',
        confirm: 'another-password-2568',
      });
      assert.equal(wrong.status, 400);
      const changed = await first.post('/staff/password', {
        current: password.reporter2,
        new_password: 'another-password-2568',
        confirm: 'another-password-2568',
      });
      assert.equal(changed.status, 303);
      assert.equal((await first.get('/staff/submissions')).status, 200, 'this session stays');
      assert.equal((await second.get('/staff/submissions')).status, 303, 'the other session ends');
      password.reporter2 = 'another-password-2568';
      const stored = (await server.store.staffByUsername('reporter2')).passwordHash;
      assert.match(stored, /^scrypt\$\d+\$8\$1\$/);
    });

    test("the published preview uses the kit's gov-faq when its bundle is there, with the same list as plain HTML inside", async () => {
      const publisher = await as('publisher1');
      const page = await publisher.get('/staff/questions/published');
      assert.equal(page.status, 200);
      assert.match(page.text, /ถาม-ตอบที่เผยแพร่แล้ว/);
      assert.match(page.text, /<script type="module" src="\/govkit\/govkit.js"><\/script>/);
      assert.match(page.text, /<gov-faq src="\/questions\/published.json"[^>]*>\s*<h2>/);
      const kit = await fetch(`${server.url}/govkit/govkit.js`);
      assert.equal(kit.status, 200);
      assert.match(kit.headers.get('content-type'), /text\/javascript/);
      assert.equal((await fetch(`${server.url}/govkit/govkit-lightdom.css`)).status, 200);
      server.inbox.config.kitDir = '/nonexistent/kit';
      try {
        const without = await publisher.get('/staff/questions/published');
        assert.doesNotMatch(without.text, /<script|<gov-faq/, 'without the bundle the page is plain HTML');
        assert.match(without.text, /<h2>ถาม-ตอบที่เผยแพร่แล้ว<\/h2>/);
      } finally {
        server.inbox.config.kitDir = kitDir;
      }
      for (const path of [
        '/govkit/../../../package.json',
        '/govkit/%2e%2e/%2e%2e/inbox/package.json',
        '/govkit/nothing.js',
      ]) {
        assert.equal((await fetch(server.url + path)).status, 404, path);
      }
    });

    test('signing out ends the session', async () => {
      const client = await as('reporter1');
      const token = client.cookies.get('gk_session');
      assert.equal((await client.post('/staff/sign-out')).status, 303);
      const reused = await fetch(`${server.url}/staff/submissions`, {
        headers: { cookie: `gk_session=${token}` },
        redirect: 'manual',
      });
      assert.equal(reused.status, 303);
    });
  });
}

import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { loadConfig } from '../dist/config.js';
import { createLogger } from '../dist/log.js';
import { mailNotifier } from '../dist/mail.js';
import { databases, envelope, insertRecords, post, startInbox } from '../test-support/harness.js';
import { deskPeople, newsItem, saveJson, takeStep } from '../test-support/desk.js';

/** A local SMTP sink on loopback that keeps what it receives (with a user and password, over plain text). */
async function smtpSink() {
  const mails = [];
  const server = new SMTPServer({
    authOptional: false,
    allowInsecureAuth: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === 'desk' && auth.password === 'mail-secret') callback(null, { user: 'desk' });
      else callback(new Error('wrong password'));
    },
    onData(stream, session, callback) {
      simpleParser(stream).then(
        (parsed) => {
          mails.push({ to: session.envelope.rcptTo.map((r) => r.address), subject: parsed.subject, text: parsed.text });
          callback();
        },
        (error) => callback(error),
      );
    },
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { mails, port: server.server.address().port, close: () => new Promise((resolve) => server.close(resolve)) };
}

/** Waits until `check` returns something, up to `ms`. */
async function until(check, ms = 5000) {
  const end = Date.now() + ms;
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() > end) return undefined;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** A logger that keeps its lines, to check what the mail notifier writes. */
function keptLogger() {
  const lines = [];
  return { lines, logger: createLogger({ level: 'debug', write: (line) => lines.push(line) }) };
}

async function setMail(store, username, email, lang = 'th') {
  const account = await store.staffByUsername(username);
  await store.updateStaff(account.id, { email, lang, at: new Date().toISOString() });
}

/** A question the asker sent: through the public route, or straight into the store (old data without consent). */
async function ask(server, data) {
  const asked = await post(server.url, '/questions', envelope('question', data));
  assert.equal(asked.status, 201);
  const { rows } = await server.store.listQuestions({});
  return rows.find((row) => row.receipt === asked.body.receipt).id;
}

async function askWithoutConsent(server) {
  const at = new Date().toISOString();
  const [{ id }] = await insertRecords(server.store, [
    {
      kind: 'question',
      formId: 'question',
      formVersion: '1',
      schemaVersion: '1',
      submittedAt: at,
      receivedAt: at,
      idempotencyKey: randomUUID(),
      fingerprint: randomUUID(),
      data: JSON.stringify({ question: 'ขอทราบเวลาทำการ', contact: 'no-consent@example.com', consent: false }),
    },
  ]);
  return id;
}

async function answer(as, id) {
  const drafted = await (
    await as('reporter1')
  ).post(`/staff/questions/${id}/answer`, { public_question: 'สำนักงานเปิดกี่โมง', answer: '08.30 น.', revision: '0' });
  assert.equal(drafted.status, 303);
  assert.equal((await (await as('approver1')).post(`/staff/questions/${id}/approve`, { revision: '1' })).status, 303);
  assert.equal((await (await as('uploader1')).post(`/staff/questions/${id}/publish`, { revision: '1' })).status, 303);
}

for (const db of databases()) {
  describe(`e-mail notifications (${db})`, () => {
    let sink;
    let server;
    let as;
    let log;
    before(async () => {
      sink = await smtpSink();
      log = keptLogger();
      server = await startInbox(
        db,
        {
          agencyName: { th: 'สำนักงานจังหวัดสิงห์บุรี', en: 'Sing Buri Provincial Office' },
          publicUrl: 'https://desk.singburi.go.th',
          qaPageUrl: 'https://www.singburi.go.th/qa.html',
          smtp: {
            url: `smtp://desk:mail-secret@127.0.0.1:${sink.port}`,
            from: '"สำนักงานจังหวัดสิงห์บุรี" <no-reply@singburi.go.th>',
            timeoutMs: 5000,
          },
        },
        { logger: log.logger },
      );
      as = await deskPeople(server);
      await setMail(server.store, 'approver1', 'approver1@singburi.go.th');
      await setMail(server.store, 'approver2', 'approver2@singburi.go.th', 'en');
      await setMail(server.store, 'uploader1', 'uploader1@singburi.go.th');
      await setMail(server.store, 'screener1', 'screener1@singburi.go.th');
      await setMail(server.store, 'reporter1', 'reporter1@singburi.go.th');
    });
    after(async () => {
      await server.close();
      await sink.close();
    });

    const to = (address) => sink.mails.filter((mail) => mail.to.includes(address));

    test('an item waiting for approval is mailed to each approver with an address, in Thai (and English when asked)', async () => {
      assert.equal((await saveJson(await as('reporter1'), 'news', newsItem('mail-1'), 0)).status, 200);
      const both = await until(() => to('approver1@singburi.go.th').length && to('approver2@singburi.go.th').length);
      assert.ok(both, 'both approvers got a mail');
      const [thai] = to('approver1@singburi.go.th');
      assert.deepEqual(thai.to, ['approver1@singburi.go.th'], 'one message a person');
      assert.equal(thai.subject, 'ข่าวประชาสัมพันธ์ “ข่าวทดสอบ mail-1” รอการอนุมัติ');
      assert.match(thai.text, /เรียน approver1 ทดสอบ/);
      assert.match(thai.text, /https:\/\/desk\.singburi\.go\.th\/staff\/content\/news\/mail-1/);
      assert.doesNotMatch(thai.text, /Dear/, 'Thai only for a Thai account');
      const [english] = to('approver2@singburi.go.th');
      assert.match(
        english.subject,
        /^ข่าวประชาสัมพันธ์ .* \/ news and announcements “Test news mail-1” waits for approval$/,
      );
      assert.match(english.text, /Dear approver2 ทดสอบ/);
      assert.equal(to('reporter1@singburi.go.th').length, 0, 'the reporter is not told about their own item');
      assert.equal(to('uploader1@singburi.go.th').length, 0, 'not the uploader yet');

      assert.equal((await takeStep(server, await as('approver1'), 'news', 'mail-1', 'approve')).status, 303);
      const upload = await until(() => to('uploader1@singburi.go.th')[0]);
      assert.equal(upload.subject, 'ข่าวประชาสัมพันธ์ “ข่าวทดสอบ mail-1” รอการเผยแพร่');
    });

    test('an urgent item is mailed to the screener after approval', async () => {
      const alert = {
        id: 'mail-flood',
        version: 1,
        severity: 'danger',
        title: { th: 'น้ำท่วมฉับพลัน' },
        area: { th: 'อำเภออินทร์บุรี' },
        issuedAt: '2026-12-01T08:00:00+07:00',
        expiresAt: '2027-12-31T00:00:00+07:00',
        instructions: { th: 'ขนของขึ้นที่สูง' },
      };
      assert.equal((await saveJson(await as('reporter1'), 'alerts', alert, 0)).status, 200);
      assert.equal((await takeStep(server, await as('approver1'), 'alerts', 'mail-flood', 'approve')).status, 303);
      const mail = await until(() => to('screener1@singburi.go.th')[0]);
      assert.ok(mail, 'the screener got a mail');
      assert.equal(mail.subject, 'ด่วน: ประกาศเร่งด่วน “น้ำท่วมฉับพลัน” รอการกลั่นกรอง (คำสั่งข้อ 4)');
      assert.match(mail.text, /\/staff\/content\/alerts\/mail-flood/);
      assert.equal(
        to('uploader1@singburi.go.th').filter((m) => /น้ำท่วม/.test(m.subject)).length,
        0,
        'the uploader waits for the screening',
      );
    });

    test('the asker who left an e-mail and consented is told when the answer is published', async () => {
      const id = await ask(server, { question: 'สำนักงานเปิดกี่โมงครับ', contact: 'asker@example.com', consent: true });
      await answer(as, id);
      const mail = await until(() => to('asker@example.com')[0]);
      assert.ok(mail, 'the asker got a mail');
      assert.deepEqual(mail.to, ['asker@example.com']);
      assert.match(mail.subject, /^คำถามของท่านได้รับคำตอบแล้ว \(เลขรับเรื่อง /);
      assert.match(mail.text, /เรื่อง: สำนักงานเปิดกี่โมง\n/, 'the question as staff wrote it for the public');
      assert.doesNotMatch(mail.text, /สำนักงานเปิดกี่โมงครับ/, "not the asker's own words");
      assert.match(mail.text, new RegExp(`https://www\\.singburi\\.go\\.th/qa\\.html#q-${id}`));
      assert.match(mail.text, /25\d\d/, 'the date in the Buddhist era');
    });

    test('no mail to an asker without consent, nor to one who left a phone number', async () => {
      const before = sink.mails.length;
      await answer(as, await askWithoutConsent(server));
      await answer(as, await ask(server, { question: 'ขอเบอร์ติดต่อ', contact: '036 507 100', consent: true }));
      // A third, consenting asker shows the notifier ran for the others too before we look.
      await answer(as, await ask(server, { question: 'ขอแบบฟอร์ม', contact: 'third@example.com', consent: true }));
      assert.ok(await until(() => to('third@example.com')[0]));
      assert.equal(to('no-consent@example.com').length, 0);
      assert.equal(
        sink.mails.slice(before).filter((mail) => /คำถามของท่าน/.test(mail.subject)).length,
        1,
        'one asker mail: the consenting one',
      );
    });

    test("an admin sets, checks and removes an account's address; the audit log keeps only that it changed", async () => {
      const admin = await as('admin1');
      await admin.get('/staff/accounts');
      const account = await server.store.staffByUsername('approver2');
      const fields = { op: 'update', display_name: account.displayName, role: 'approver', active: '1', position: '' };
      const bad = await admin.post(`/staff/accounts/${account.id}`, { ...fields, email: 'not an address', lang: 'th' });
      assert.equal(bad.status, 400);
      assert.match(bad.text, /อีเมลไม่ถูกต้อง/);
      const saved = await admin.post(`/staff/accounts/${account.id}`, {
        ...fields,
        email: 'somchai@singburi.go.th',
        lang: 'en',
      });
      assert.equal(saved.status, 303);
      let stored = await server.store.staffById(account.id);
      assert.equal(stored.email, 'somchai@singburi.go.th');
      assert.equal(stored.lang, 'en');
      const page = await admin.get('/staff/accounts');
      assert.match(page.text, /<label for="email-[^"]+">อีเมลสำหรับแจ้งเตือน \(ไม่บังคับ\)<\/label><input type="email"/);
      assert.equal(
        (await admin.post(`/staff/accounts/${account.id}`, { ...fields, email: '', lang: 'th' })).status,
        303,
      );
      stored = await server.store.staffById(account.id);
      assert.equal(stored.email, undefined, 'an empty field removes the address');
      const audit = (await server.store.listAudit({ limit: 1000 })).rows.filter((e) => e.action === 'account.update');
      assert.ok(audit.some((e) => e.detail?.emailChanged === true));
      assert.doesNotMatch(JSON.stringify(audit), /somchai@/);
    });

    test('the logs name no address', () => {
      const text = log.lines.join('');
      assert.match(text, /"msg":"mail sent"/);
      assert.doesNotMatch(text, /@/);
    });
  });

  describe(`e-mail notifications when the mail server is down (${db})`, () => {
    let hung;
    let server;
    let as;
    let log;
    const sockets = new Set();
    before(async () => {
      // Accepts the connection and never greets: the worst kind of down.
      hung = createServer((socket) => {
        sockets.add(socket);
        socket.on('error', () => {});
      });
      await new Promise((resolve) => hung.listen(0, '127.0.0.1', resolve));
      log = keptLogger();
      server = await startInbox(
        db,
        { smtp: { host: '127.0.0.1', port: hung.address().port, from: 'no-reply@singburi.go.th', timeoutMs: 1500 } },
        { logger: log.logger },
      );
      as = await deskPeople(server);
      await setMail(server.store, 'approver1', 'approver1@singburi.go.th');
      await setMail(server.store, 'uploader1', 'uploader1@singburi.go.th');
    });
    after(async () => {
      await server.close();
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => hung.close(resolve));
    });

    test('the steps go on at once, and the failure is logged without the address', async () => {
      const reporter = await as('reporter1');
      const approver = await as('approver1');
      let started = Date.now();
      assert.equal((await saveJson(reporter, 'news', newsItem('down-1'), 0)).status, 200);
      assert.ok(Date.now() - started < 1000, 'the save did not wait for the mail server');
      started = Date.now();
      assert.equal((await takeStep(server, approver, 'news', 'down-1', 'approve')).status, 303);
      assert.ok(Date.now() - started < 1000, 'the step did not wait for the mail server');
      assert.equal((await server.store.contentItem('news', 'down-1')).state, 'approved');
      const failed = await until(() => log.lines.filter((line) => /"msg":"mail failed"/.test(line)).length >= 2, 8000);
      assert.ok(failed, 'both failures logged');
      const lines = log.lines.filter((line) => /mail/.test(line)).join('');
      assert.match(lines, /"kind":"item-waiting-approver"/);
      assert.doesNotMatch(lines, /@/, 'no address in the logs');
    });
  });
}

describe('mail settings', () => {
  test('come from the environment; mail is on only with a server, and then needs a sender', () => {
    const config = loadConfig({
      env: {
        INBOX_SMTP_HOST: 'mail.singburi.go.th',
        INBOX_SMTP_PORT: '465',
        INBOX_SMTP_SECURE: '1',
        INBOX_SMTP_USER: 'desk',
        INBOX_SMTP_PASS: 'secret',
        INBOX_SMTP_FROM: 'no-reply@singburi.go.th',
        INBOX_QA_PAGE_URL: 'https://www.singburi.go.th/qa.html',
      },
    });
    assert.deepEqual(config.smtp, {
      host: 'mail.singburi.go.th',
      port: 465,
      secure: true,
      user: 'desk',
      pass: 'secret',
      from: 'no-reply@singburi.go.th',
      timeoutMs: 10_000,
      retryDelaysMs: [60_000, 600_000, 3_600_000],
    });
    assert.equal(config.qaPageUrl, 'https://www.singburi.go.th/qa.html');
    assert.equal(
      loadConfig({ env: { INBOX_SMTP_URL: 'smtp://mail:25', INBOX_SMTP_FROM: 'a@b.go.th' } }).smtp.url,
      'smtp://mail:25',
    );
    assert.throws(() => loadConfig({ env: { INBOX_SMTP_URL: 'smtp://mail:25' } }), /smtp\.from/);
    assert.throws(() => loadConfig({ env: { INBOX_SMTP_PORT: '70000' } }), /smtp\.port/);
    assert.deepEqual(loadConfig({ env: { INBOX_SMTP_RETRY_MS: '1000,5000' } }).smtp.retryDelaysMs, [1000, 5000]);
    assert.deepEqual(loadConfig({ env: { INBOX_SMTP_RETRY_MS: 'none' } }).smtp.retryDelaysMs, []);
    assert.throws(() => loadConfig({ env: { INBOX_SMTP_RETRY_MS: '1000,soon' } }), /smtp\.retryDelaysMs/);
    assert.doesNotThrow(() => loadConfig({ env: {} }), 'no mail server: mail is off, nothing needed');
  });
});

describe('the mail notifier alone', () => {
  /** A notifier over a transport that answers each try with the next of `replies` (an error code, or 'ok'). */
  function notifierWith(replies, retryDelaysMs) {
    const tries = [];
    const log = keptLogger();
    const config = loadConfig({ env: {} });
    const notifier = mailNotifier({
      config: { ...config, smtp: { ...config.smtp, retryDelaysMs } },
      store: {
        listStaff: async () => [
          { id: 'a1', role: 'approver', active: true, displayName: 'ผู้อนุมัติ', email: 'a1@singburi.go.th' },
        ],
      },
      logger: log.logger,
      baseUrl: () => 'https://desk.singburi.go.th',
      transport: {
        sendMail: async (message) => {
          const reply = replies[tries.length] ?? 'ok';
          tries.push(message.to);
          if (reply !== 'ok') throw Object.assign(new Error(`${reply} a1@singburi.go.th`), { responseCode: reply });
        },
      },
    });
    const waiting = { type: 'news', id: 'n1', state: 'draft', urgent: false, draft: { title: { th: 'ข่าว' } } };
    return { tries, log, notify: () => notifier.itemWaiting(waiting, 'approver') };
  }

  test('a mail the server may still take (a 4xx reply) is tried again after the configured waits, then sent', async () => {
    const { tries, log, notify } = notifierWith([451, 421, 'ok'], [20, 20, 20]);
    await notify();
    assert.ok(await until(() => tries.length === 3, 3000), `three tries, got ${tries.length}`);
    await until(() => log.lines.some((line) => /"msg":"mail sent".*"attempt":3/.test(line)), 1000);
    const lines = log.lines.join('');
    assert.match(lines, /"msg":"mail failed".*"attempt":1.*"responseCode":451.*"retryInMs":20/);
    assert.match(lines, /"msg":"mail sent".*"attempt":3/);
    assert.doesNotMatch(lines, /@/, 'no address in the logs, not even from the error text');
  });

  test('a refused address (5xx) is not tried again; the tries stop when the waits run out', async () => {
    const refused = notifierWith([550], [20, 20]);
    await refused.notify();
    await new Promise((resolve) => setTimeout(resolve, 150));
    assert.equal(refused.tries.length, 1, 'a 5xx is final');
    assert.doesNotMatch(refused.log.lines.join(''), /retryInMs/);

    const down = notifierWith([451, 451, 451, 451, 451], [20, 20]);
    await down.notify();
    await new Promise((resolve) => setTimeout(resolve, 250));
    assert.equal(down.tries.length, 3, 'the first try and one for each wait');
  });

  test('a withdrawal request asks the approvers to approve the withdrawal, and skips whoever asked for it', async () => {
    const sent = [];
    const staff = [
      { id: 'a1', role: 'approver', active: true, displayName: 'ผู้อนุมัติหนึ่ง', email: 'a1@singburi.go.th' },
      { id: 'a2', role: 'approver', active: true, displayName: 'ผู้อนุมัติสอง', email: 'a2@singburi.go.th' },
      { id: 'a3', role: 'approver', active: false, displayName: 'ผู้อนุมัติสาม', email: 'a3@singburi.go.th' },
    ];
    const notifier = mailNotifier({
      config: loadConfig({ env: {} }),
      store: { listStaff: async () => staff },
      logger: createLogger({ level: 'silent' }),
      baseUrl: () => 'https://desk.singburi.go.th',
      transport: { sendMail: async (message) => void sent.push(message) },
    });
    const at = '2026-12-01T04:00:00.000Z';
    await notifier.itemWaiting(
      {
        type: 'news',
        id: 'old-1',
        state: 'published',
        urgent: false,
        draft: { title: { th: 'ข่าวเก่า' } },
        published: {},
        withdrawal: { by: 'a2', name: 'ผู้อนุมัติสอง', at },
      },
      'approver',
    );
    assert.deepEqual(
      sent.map((m) => [m.to, m.subject]),
      [['a1@singburi.go.th', 'ข่าวประชาสัมพันธ์ “ข่าวเก่า” รอการอนุมัติถอนการเผยแพร่']],
    );
  });
});

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { alertsSchema, newsSchema, screeningProblems, validate } from '@govkit-th/schemas';
import { databases, envelope, post, startInbox } from '../test-support/harness.js';
import { deskPeople, newsItem, saveForm, saveJson, takeStep } from '../test-support/desk.js';

const STEPS = ['approve', 'screen', 'publish', 'withdraw-request', 'withdraw'];
/** Which roles may take which step at all (the order's rules then apply to the person). */
const ALLOWED = {
  approve: ['approver', 'admin'],
  screen: ['screener', 'admin'],
  publish: ['uploader', 'admin'],
  'withdraw-request': ['reporter', 'approver', 'uploader', 'admin'],
  withdraw: ['approver', 'admin'],
};

async function publicNews(server) {
  return (await fetch(`${server.url}/content/news.json`)).json();
}

for (const db of databases()) {
  describe(`publishing desk: the order's steps (${db})`, () => {
    let server;
    let as;
    const waiting = [];
    const answered = [];
    before(async () => {
      server = await startInbox(
        db,
        { agencyName: { th: 'สำนักงานจังหวัดสิงห์บุรี', en: 'Sing Buri Provincial Office' } },
        {
          notify: {
            itemWaiting: (item, role) => waiting.push([`${item.type}/${item.id}`, role]),
            answerPublished: (question) => answered.push(question),
          },
        },
      );
      as = await deskPeople(server);
    });
    after(() => server.close());

    test('reporter → approver → uploader: the item is served with the publication record the system wrote', async () => {
      const reporter = await as('reporter1');
      const saved = await saveForm(reporter, 'news', newsItem('walk-1', { publication: { reporter: 'ชื่อปลอม' } }), 0);
      assert.equal(saved.status, 303);
      assert.equal((await publicNews(server)).items.length, 0, 'a draft is not served');
      assert.deepEqual(waiting.at(-1), ['news/walk-1', 'approver']);
      assert.equal((await takeStep(server, await as('approver1'), 'news', 'walk-1', 'approve')).status, 303);
      assert.deepEqual(waiting.at(-1), ['news/walk-1', 'uploader']);
      assert.equal((await publicNews(server)).items.length, 0, 'an approved draft is not served');
      assert.equal((await takeStep(server, await as('uploader1'), 'news', 'walk-1', 'publish')).status, 303);
      const news = await publicNews(server);
      assert.deepEqual(await validate(newsSchema, news), []);
      const [item] = news.items;
      assert.equal(item.id, 'walk-1');
      const record = item.publication;
      assert.equal(record.reporter, 'reporter1 ทดสอบ', 'the typed reporter was replaced');
      assert.equal(record.reporterPosition, 'นักประชาสัมพันธ์ชำนาญการ');
      assert.equal(record.approver, 'approver1 ทดสอบ');
      assert.equal(record.uploader, 'uploader1 ทดสอบ');
      assert.equal(record.uploaderPosition, 'นักวิชาการคอมพิวเตอร์ชำนาญการ');
      assert.equal(record.source, 'สำนักงานจังหวัดสิงห์บุรี');
      assert.ok(record.reportedAt <= record.approvedAt && record.approvedAt <= record.publishedAt);
      const actions = (await server.store.listAudit({ limit: 1000 })).rows
        .filter((e) => e.target === 'news/walk-1')
        .map((e) => e.action)
        .reverse();
      assert.deepEqual(actions, ['content.save', 'content.approve', 'content.publish']);
    });

    test('the same person never takes two steps of one item, admin included', async () => {
      const admin = await as('admin1');
      assert.equal((await saveJson(admin, 'news', newsItem('admin-1'), 0)).status, 200);
      const own = await takeStep(server, admin, 'news', 'admin-1', 'approve');
      assert.equal(own.status, 403);
      assert.match(own.text, /คุณเป็นผู้รายงานรายการนี้แล้ว/);
      assert.equal((await takeStep(server, await as('admin2'), 'news', 'admin-1', 'approve')).status, 303);
      const twice = await takeStep(server, await as('admin2'), 'news', 'admin-1', 'publish');
      assert.equal(twice.status, 403);
      assert.match(twice.text, /คุณเป็นผู้อนุมัติรายการนี้แล้ว/);
      assert.equal((await takeStep(server, admin, 'news', 'admin-1', 'publish')).status, 403, 'nor the reporter');
      assert.equal((await takeStep(server, await as('uploader1'), 'news', 'admin-1', 'publish')).status, 303);
      const page = await admin.get('/staff/content/news/admin-1');
      assert.match(
        page.text,
        /disabled aria-describedby="why-withdraw-request"|<form method="post" action="\/staff\/content\/news\/admin-1\/withdraw-request">/,
      );
    });

    test('an urgent item, admins only: its reporter cannot screen it, its approver cannot screen it, its screener cannot publish it', async () => {
      const [reporter, approver, screener] = [await as('admin1'), await as('admin2'), await as('admin3')];
      assert.equal((await saveJson(reporter, 'news', newsItem('admin-urgent', { urgent: true }), 0)).status, 200);
      const ownApproval = await takeStep(server, reporter, 'news', 'admin-urgent', 'approve');
      assert.equal(ownApproval.status, 403);
      assert.equal((await takeStep(server, approver, 'news', 'admin-urgent', 'approve')).status, 303);
      const reporterScreens = await takeStep(server, reporter, 'news', 'admin-urgent', 'screen');
      assert.equal(reporterScreens.status, 403, 'reporter → screen');
      assert.match(reporterScreens.text, /คุณเป็นผู้รายงานรายการนี้แล้ว/);
      const approverScreens = await takeStep(server, approver, 'news', 'admin-urgent', 'screen');
      assert.equal(approverScreens.status, 403, 'approver → screen');
      assert.match(approverScreens.text, /คุณเป็นผู้อนุมัติรายการนี้แล้ว/);
      assert.equal((await takeStep(server, screener, 'news', 'admin-urgent', 'screen')).status, 303);
      const screenerPublishes = await takeStep(server, screener, 'news', 'admin-urgent', 'publish');
      assert.equal(screenerPublishes.status, 403, 'screener → publish');
      assert.match(screenerPublishes.text, /คุณเป็นผู้กลั่นกรองรายการนี้แล้ว/);
      for (const [who, words] of [
        [reporter, /คุณเป็นผู้รายงานรายการนี้แล้ว/],
        [approver, /คุณเป็นผู้อนุมัติรายการนี้แล้ว/],
      ]) {
        const refused = await takeStep(server, who, 'news', 'admin-urgent', 'publish');
        assert.equal(refused.status, 403);
        assert.match(refused.text, words);
      }
      assert.equal((await server.store.contentItem('news', 'admin-urgent')).state, 'approved', 'nothing was published');
      assert.equal((await takeStep(server, await as('uploader1'), 'news', 'admin-urgent', 'publish')).status, 303);
      const record = (await publicNews(server)).items.find((i) => i.id === 'admin-urgent').publication;
      assert.deepEqual(
        [record.reporter, record.approver, record.screenedBy, record.uploader],
        ['admin1 ทดสอบ', 'admin2 ทดสอบ', 'admin3 ทดสอบ', 'uploader1 ทดสอบ'],
      );
    });

    test('each role may take only its own steps (every role, every step)', async () => {
      const roles = {
        reporter: 'reporter2',
        approver: 'approver2',
        uploader: 'uploader1',
        screener: 'screener1',
        publisher: 'publisher1',
        admin: 'admin2',
      };
      for (const [role, name] of Object.entries(roles)) {
        const client = await as(name);
        for (const step of STEPS) {
          const response = await takeStep(server, client, 'news', 'walk-1', step, 1);
          if (ALLOWED[step].includes(role)) assert.notEqual(response.status, 403, `${role} may try ${step}`);
          else {
            assert.equal(response.status, 403, `${role} may not ${step}`);
            assert.doesNotMatch(response.text, /คุณเป็น/);
          }
        }
        const save = await saveJson(client, 'news', newsItem(`by-${role}`), 0);
        assert.equal(save.status, ['reporter', 'admin'].includes(role) ? 200 : 403, `${role} saving`);
      }
    });

    test('an edit after approval returns the item to draft; a published item keeps serving its last published version', async () => {
      const reporter = await as('reporter1');
      const item = await server.store.contentItem('news', 'walk-1');
      const edited = await saveJson(reporter, 'news', newsItem('walk-1', { title: { th: 'หัวข้อใหม่' } }), item.version);
      assert.equal(edited.status, 200);
      const draft = await server.store.contentItem('news', 'walk-1');
      assert.equal(draft.state, 'draft');
      assert.equal(draft.approved, undefined);
      const served = (await publicNews(server)).items.find((i) => i.id === 'walk-1');
      assert.equal(served.title.th, 'ข่าวทดสอบ walk-1', 'the last published version is still served');
      assert.equal((await takeStep(server, await as('approver1'), 'news', 'walk-1', 'approve')).status, 303);
      const again = await saveJson(reporter, 'news', newsItem('walk-1', { title: { th: 'อีกครั้ง' } }), draft.version + 1);
      assert.equal(again.status, 200);
      assert.equal((await server.store.contentItem('news', 'walk-1')).state, 'draft', 'approval undone by the edit');
    });

    test('two approvers at once: one wins, the other gets 409 with a clear message (Thai and English)', async () => {
      const reporter = await as('reporter1');
      assert.equal((await saveJson(reporter, 'news', newsItem('race-1'), 0)).status, 200);
      const [a, b] = await Promise.all([
        takeStep(server, await as('approver1'), 'news', 'race-1', 'approve', 1),
        (await as('approver2')).post(
          '/staff/content/news/race-1/approve',
          { version: '1' },
          { 'accept-language': 'en' },
        ),
      ]);
      const statuses = [a.status, b.status].sort();
      assert.deepEqual(statuses, [303, 409]);
      const loser = a.status === 409 ? a : b;
      assert.match(
        loser.text,
        a.status === 409 ? /มีผู้อื่นดำเนินการ/ : /Someone else has acted on this item first|มีผู้อื่นดำเนินการ/,
      );
      const stale = await saveJson(reporter, 'news', newsItem('race-1'), 1, { 'accept-language': 'en' });
      assert.equal(stale.status, 409);
      assert.match(stale.body.errors[0].message, /Someone else has acted on this item first/);
      assert.equal((await server.store.contentItem('news', 'race-1')).version, 2);
    });

    test('saves are checked with the kit schema and refused with localised problems; CSRF is needed', async () => {
      const reporter = await as('reporter1');
      const bad = await saveJson(reporter, 'news', { id: 'bad-1', title: 42 }, 0);
      assert.equal(bad.status, 400);
      assert.equal(bad.body.errors[0].path, '/title');
      assert.match(bad.body.errors[0].message, /[ก-๙]/, 'Thai by default');
      const english = await saveJson(reporter, 'news', { id: 'bad-1', title: 42 }, 0, { 'accept-language': 'en' });
      assert.doesNotMatch(english.body.errors[0].message, /[ก-๙]/);
      const form = await saveForm(reporter, 'faq', { items: 'no' }, 0);
      assert.equal(form.status, 400);
      assert.match(form.text, /class="error" role="alert"/);
      const noToken = await saveJson(reporter, 'news', newsItem('csrf-1'), 0, { 'x-csrf-token': 'wrong' });
      assert.equal(noToken.status, 403);
      assert.equal(await server.store.contentItem('news', 'csrf-1'), undefined);
    });

    test('urgent items wait for a screener (queue, refusal, record), for news and alerts', async () => {
      const reporter = await as('reporter1');
      assert.equal((await saveJson(reporter, 'news', newsItem('urgent-1', { urgent: true }), 0)).status, 200);
      const alert = {
        id: 'flood-1',
        version: 1,
        severity: 'danger',
        title: { th: 'น้ำท่วม' },
        area: { th: 'อำเภออินทร์บุรี' },
        issuedAt: '2026-12-01T08:00:00+07:00',
        expiresAt: '2027-12-31T00:00:00+07:00',
        instructions: { th: 'ขนของขึ้นที่สูง' },
      };
      assert.equal(
        (await saveJson(reporter, 'alerts', alert, 0)).status,
        200,
        'an alert is saved without a typed screening',
      );
      const screener = await as('screener1');
      const queue = await screener.get('/staff/content/screening');
      assert.match(queue.text, /urgent-1/);
      assert.match(queue.text, /flood-1|น้ำท่วม/);
      for (const [type, id] of [
        ['news', 'urgent-1'],
        ['alerts', 'flood-1'],
      ]) {
        assert.equal((await takeStep(server, await as('approver1'), type, id, 'approve')).status, 303);
        assert.deepEqual(waiting.at(-1), [`${type}/${id}`, 'screener']);
        const early = await takeStep(server, await as('uploader1'), type, id, 'publish');
        assert.equal(early.status, 403);
        assert.match(early.text, /ต้องผ่านการกลั่นกรองก่อนเผยแพร่/);
        assert.equal((await takeStep(server, screener, type, id, 'screen')).status, 303);
        assert.equal((await takeStep(server, await as('uploader1'), type, id, 'publish')).status, 303);
      }
      const news = (await publicNews(server)).items.find((i) => i.id === 'urgent-1');
      assert.equal(news.publication.screenedBy, 'screener1 ทดสอบ');
      const alerts = await (await fetch(`${server.url}/content/alerts.json`)).json();
      assert.deepEqual(screeningProblems(alerts, await validate(alertsSchema, alerts), 'en'), []);
      assert.equal(alerts.alerts[0].screening.by, 'governor');
      assert.equal(alerts.alerts[0].publication.screenedBy, 'screener1 ทดสอบ');
      assert.doesNotMatch((await screener.get('/staff/content/screening')).text, /urgent-1/);
    });

    test('withdrawal is requested by one person and approved by another; then nothing is served', async () => {
      const uploader = await as('uploader1');
      assert.equal((await takeStep(server, uploader, 'news', 'admin-1', 'withdraw-request')).status, 303);
      assert.deepEqual(waiting.at(-1), ['news/admin-1', 'approver']);
      assert.ok(
        (await publicNews(server)).items.some((i) => i.id === 'admin-1'),
        'served until approved',
      );
      const self = await takeStep(server, await as('admin1'), 'news', 'admin-1', 'withdraw-request');
      assert.equal(self.status, 409, 'a second request while one is pending');
      const approver = await as('approver1');
      assert.equal((await takeStep(server, approver, 'news', 'admin-1', 'withdraw')).status, 303);
      assert.ok(!(await publicNews(server)).items.some((i) => i.id === 'admin-1'));
      assert.equal((await server.store.contentItem('news', 'admin-1')).state, 'withdrawn');
      const log = (await server.store.listAudit({ limit: 1000 })).rows.filter((e) => e.target === 'news/admin-1');
      assert.ok(log.some((e) => e.action === 'content.withdraw-request' && e.actor === 'uploader1'));
      assert.ok(log.some((e) => e.action === 'content.withdraw' && e.actor === 'approver1'));
    });

    test('the requester of a withdrawal cannot approve it', async () => {
      const approver = await as('approver2');
      assert.equal((await takeStep(server, approver, 'news', 'urgent-1', 'withdraw-request')).status, 303);
      const own = await takeStep(server, approver, 'news', 'urgent-1', 'withdraw');
      assert.equal(own.status, 403);
      assert.match(own.text, /คุณเป็นผู้ขอถอนการเผยแพร่รายการนี้/);
    });

    test('the staff pages show the state, the record, draft beside published, and disabled steps with the reason', async () => {
      const reporter = await as('reporter1');
      const page = await reporter.get('/staff/content/news/walk-1?lang=th');
      assert.equal(page.status, 200);
      assert.match(page.text, /ฉบับร่าง/);
      assert.match(page.text, /ฉบับที่เผยแพร่อยู่/);
      assert.match(page.text, /ผู้อัปโหลด/);
      assert.match(page.text, /<button type="button" disabled/);
      const english = await reporter.get('/staff/content/news/walk-1?lang=en');
      assert.match(english.text, /Published version/);
      const overview = await reporter.get('/staff/content');
      assert.match(overview.text, /ข่าวประชาสัมพันธ์/);
    });

    test("the notify hook hears when a question's answer is published (and an uploader may publish answers)", async () => {
      const asked = await post(
        server.url,
        '/questions',
        envelope('question', { question: 'ต่อใบอนุญาตที่ไหน', contact: 'a@example.go.th', consent: true }),
      );
      assert.equal(asked.status, 201);
      const { rows } = await server.store.listQuestions({});
      const id = rows.find((row) => row.receipt === asked.body.receipt).id;
      const reporter = await as('reporter1');
      const drafted = await reporter.post(`/staff/questions/${id}/answer`, {
        public_question: 'ต่อใบอนุญาตที่ไหน',
        answer: 'ที่สำนักงาน',
        revision: '0',
      });
      assert.equal(drafted.status, 303);
      assert.equal(
        (await (await as('approver1')).post(`/staff/questions/${id}/approve`, { revision: '1' })).status,
        303,
      );
      assert.equal(answered.length, 0);
      assert.equal(
        (await (await as('uploader1')).post(`/staff/questions/${id}/publish`, { revision: '1' })).status,
        303,
      );
      assert.equal(answered.length, 1);
      assert.equal(answered[0].id, id);
      assert.equal(answered[0].data.contact, 'a@example.go.th', 'the notifier can reach the asker');
    });
  });
}

/**
 * The publishing desk in real headless Chromium (issue 12, "Done when"): the staff pages'
 * editor is the kit's own gov-eform made from the content type's JSON Schema (loaded from
 * the built CDN bundle under the staff CSP), and one news item and one urgent alert walk
 * reporter → approver → (screener) → uploader, each step taken by a demo account signed in
 * through the sign-in page. The published JSON then carries a record of three different
 * people with their times; the same person cannot take two steps; a stale save is refused
 * with words and the typed answers stay. Then a citizen's browser opens the demo agency's
 * site, whose /content/ is this desk (as `npm start` runs it): news.html, reloaded, shows the
 * item with the three names and their times, the home page's gov-alert the urgent notice with
 * its screening; and gov-news-list reads the desk's own RSS and Atom feeds across origins.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { formatDate } from '@govkit-th/core';
import { startDemoServer } from '../../../apps/demo-agency/server.mjs';
import { launchChromium } from '../../../scripts/lib/chromium.mjs';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../dist/index.js';
import { startInbox } from '../test-support/harness.js';

const kit = new URL('../../components/dist/cdn/govkit.js', import.meta.url);
const demoForm = new URL('../../../apps/demo-agency/data/forms/oia-request.json', import.meta.url);
const accountOf = (username) => DEMO_ACCOUNTS.find((account) => account.username === username);
const nameOf = (username) => accountOf(username).displayName;
const NEWS_ID = 'desk-walk-news';
const ALERT_ID = 'desk-walk-alert';
const NEWS_URL = 'https://www.singburi.go.th/news/river-day-2569.html';

describe('the publishing desk in Chromium: the e-form editor and three people per item', () => {
  let server;
  let browser;
  /** The demo agency's site, its /content/ served by this desk (as `npm start` runs it). */
  let demo;
  let demoOrigin;
  /** @type {Map<string, import('playwright-core').BrowserContext>} */
  const people = new Map();
  const problems = [];

  before(async () => {
    assert.ok(existsSync(kit), 'the kit is built (npx turbo run build): the editor loads its CDN bundle');
    server = await startInbox('sqlite', { demo: true });
    // The demo pages may also read the desk directly (its feeds, cross-origin): it is their inbox.
    demo = await startDemoServer({ port: 0, host: '127.0.0.1', inboxOrigin: server.url, deskOrigin: server.url });
    demoOrigin = `http://127.0.0.1:${demo.address().port}`;
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    demo?.close();
    demo?.closeAllConnections();
    await server?.close();
  });

  /** A page signed in as a demo account through the sign-in form (one browser context per person). */
  async function pageOf(username, path) {
    let context = people.get(username);
    if (!context) {
      context = await browser.newContext({ locale: 'th-TH', viewport: { width: 1024, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${server.url}/staff/sign-in`);
      await page.fill('#username', username);
      await page.fill('#password', DEMO_PASSWORD);
      await Promise.all([page.waitForURL((url) => !url.pathname.endsWith('/sign-in')), page.click('main button')]);
      await page.close();
      people.set(username, context);
    }
    const page = await context.newPage();
    // Anything the CSP blocks, or a script error, is a defect of the page.
    // (The 400, 403 and 409 answers to the refused saves and steps below are expected, and asserted where they happen.)
    page.on('console', (message) => {
      if (message.type() === 'error' && !/status of 40[039]/.test(message.text()))
        problems.push(`${path}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`${path}: ${error.message}`));
    const response = await page.goto(server.url + path);
    assert.equal(response.status(), 200, `${username} opens ${path}`);
    return page;
  }

  /** The editor, ready: the generated form rendered by the kit's own element. */
  async function editor(page) {
    await page.locator('gov-eform#content-editor[state="ready"]').waitFor({ timeout: 15_000 });
    return page.locator('gov-eform#content-editor');
  }

  /** Fills fields by id (radios and checkboxes by `true`). */
  async function fill(page, values) {
    for (const [id, value] of Object.entries(values)) {
      const field = page.locator(`gov-eform #${id}`);
      if (value === true) await field.check();
      else await field.fill(value);
    }
  }

  /** Continues page by page until the form's last button (บันทึก) hands the answers over. */
  async function pressSave(page) {
    for (let pageNo = 0; pageNo < 6; pageNo++) {
      const button = page.locator('gov-eform [part~="continue"]');
      const label = (await button.innerText()).trim();
      if (label === 'บันทึก') return button.click();
      const step = await page.locator('gov-eform').getAttribute('step');
      await button.click();
      await page.waitForFunction(
        (before) => document.querySelector('gov-eform')?.getAttribute('step') !== before,
        step,
      );
    }
    assert.fail('the form never reached its save button');
  }

  /** What the form holds now (the person may be on its last page: the answers are all still there). */
  async function answer(page, pick) {
    return pick(await page.locator('gov-eform').evaluate((form) => form.answers));
  }

  async function saveAndOpen(page) {
    await Promise.all([page.waitForURL(/done=save/), pressSave(page)]);
    assert.match(await page.locator('.notice[role=status]').innerText(), /บันทึกร่างแล้ว/);
  }

  /** Takes a step with its button on the item page, as the person would. */
  async function step(username, type, id, name) {
    const page = await pageOf(username, `/staff/content/${type}/${id}`);
    await Promise.all([
      page.waitForURL(new RegExp(`done=${name}`)),
      page.click(`form[action$="/${id}/${name}"] button`),
    ]);
    return page;
  }

  /** Posts a step from the page with its CSRF token, as a person bypassing the disabled button would. */
  function forceStep(page, type, id, name) {
    return page.evaluate(
      async ([path]) => {
        const token = document.querySelector('input[name="_csrf"]').value;
        const version = document.querySelector('input[name="version"]').value;
        const response = await fetch(path, {
          method: 'POST',
          headers: { accept: 'application/json', 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({ _csrf: token, version }),
        });
        return { status: response.status, message: (await response.json()).errors[0].message };
      },
      [`/staff/content/${type}/${id}/${name}`],
    );
  }

  /**
   * A citizen's page of the demo site (no sign-in) under the site's strict CSP; violations and
   * script errors go to `problems` when it is closed with `closeDemoPage`.
   */
  async function demoPage(path) {
    const context = await browser.newContext({ locale: 'th-TH', viewport: { width: 1024, height: 900 } });
    await context.addInitScript(() => {
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (event) =>
        window.__violations.push(`${event.violatedDirective} ${event.blockedURI}`),
      );
    });
    const page = await context.newPage();
    page.on('pageerror', (error) => problems.push(`demo ${path}: ${error.message}`));
    const response = await page.goto(demoOrigin + path);
    assert.equal(response.status(), 200, `the demo site serves ${path}`);
    return page;
  }

  async function closeDemoPage(page) {
    const violations = await page.evaluate(() => window.__violations);
    problems.push(...violations.map((violation) => `demo ${page.url()}: CSP ${violation}`));
    await page.context().close();
  }

  /**
   * A publication record as a person reads it: each row's label and its text, the template's
   * white space collapsed (the non-breaking spaces that keep a number with its unit stay).
   */
  function recordRows(record) {
    return record.evaluate((dl) =>
      Object.fromEntries(
        [...dl.children].map((row) => [
          row.querySelector('dt').textContent.trim(),
          row
            .querySelector('dd')
            .textContent.replace(/[ \t\n\r]+/g, ' ')
            .trim(),
        ]),
      ),
    );
  }

  /** One person of the steps as the record shows them: name, (position), เมื่อ, the Buddhist-era date and time. */
  function shownPerson(username, at) {
    const { displayName, position } = accountOf(username);
    const when = at ? ` เมื่อ ${formatDate(at, 'th', { withTime: true })}` : '';
    return `${displayName}${position ? ` (${position})` : ''}${when}`;
  }

  /** The Buddhist-era year of an instant in Bangkok (ค.ศ. + 543), worked out apart from the kit's formatter. */
  const buddhistYear = (at) =>
    String(
      Number(new Intl.DateTimeFormat('en', { timeZone: 'Asia/Bangkok', year: 'numeric' }).format(new Date(at))) + 543,
    );

  test('a reporter writes a news item in the generated form (Thai labels), and it is saved as the schema says', async () => {
    const page = await pageOf('demo-reporter', '/staff/content/news/new');
    const form = await editor(page);
    assert.equal(await page.locator('script[type="application/json"]#content-editor-data').count(), 1);
    assert.match(await form.locator('label[for="f-title-th"]').innerText(), /ภาษาไทย/);
    await fill(page, {
      'f-id': NEWS_ID,
      'f-title-th': 'จังหวัดสิงห์บุรีจัดงานวันรักษ์แม่น้ำเจ้าพระยา',
      'f-title-en': 'Sing Buri holds Chao Phraya River Day',
      'f-summary-th': 'ขอเชิญประชาชนร่วมเก็บขยะริมแม่น้ำเจ้าพระยา วันเสาร์ที่ 12 ธันวาคม',
      'f-publishedAt': '2026-12-02',
      'f-url': NEWS_URL,
    });
    await saveAndOpen(page);
    const item = await server.store.contentItem('news', NEWS_ID);
    assert.equal(item.state, 'draft');
    assert.deepEqual(item.draft.title, {
      th: 'จังหวัดสิงห์บุรีจัดงานวันรักษ์แม่น้ำเจ้าพระยา',
      en: 'Sing Buri holds Chao Phraya River Day',
    });
    assert.equal(
      item.draft.summary,
      'ขอเชิญประชาชนร่วมเก็บขยะริมแม่น้ำเจ้าพระยา วันเสาร์ที่ 12 ธันวาคม',
      'Thai alone is a plain string',
    );
    assert.equal(item.reported.name, nameOf('demo-reporter'));
    await page.close();
  });

  test('a save from a stale page is refused with "someone else changed it", and what was typed stays', async () => {
    const stale = await pageOf('demo-reporter', `/staff/content/news/${NEWS_ID}`);
    await editor(stale);
    assert.equal(
      await stale.locator('gov-eform #f-title-th').inputValue(),
      'จังหวัดสิงห์บุรีจัดงานวันรักษ์แม่น้ำเจ้าพระยา',
      'the form opens on the draft (prefill)',
    );
    const fresh = await pageOf('demo-reporter', `/staff/content/news/${NEWS_ID}`);
    await editor(fresh);
    await fill(fresh, { 'f-category-th': 'สิ่งแวดล้อม' });
    await saveAndOpen(fresh);
    await fresh.close();

    await fill(stale, { 'f-title-th': 'หัวข้อที่พิมพ์ในหน้าเก่า' });
    await pressSave(stale);
    const box = stale.locator('#editor-problems');
    await box.waitFor({ state: 'visible' });
    assert.match(await box.innerText(), /มีผู้อื่นแก้ไขหรือดำเนินการกับรายการนี้ไปก่อนแล้ว/);
    assert.equal(await answer(stale, (answers) => answers.title.th), 'หัวข้อที่พิมพ์ในหน้าเก่า', 'the form keeps it');
    const item = await server.store.contentItem('news', NEWS_ID);
    assert.equal(item.draft.category, 'สิ่งแวดล้อม', 'the newer save stands');
    assert.notEqual(item.draft.title.th, 'หัวข้อที่พิมพ์ในหน้าเก่า');
    await stale.close();
  });

  test('what the server refuses (an id no URL can carry) is shown with its words, and the form keeps it', async () => {
    const page = await pageOf('demo-reporter', '/staff/content/news/new');
    await editor(page);
    await fill(page, { 'f-id': 'ข่าว ใหม่', 'f-title-th': 'ข่าวทดสอบ', 'f-publishedAt': '2026-12-02' });
    await pressSave(page);
    const box = page.locator('#editor-problems');
    await box.waitFor({ state: 'visible' });
    const text = await box.innerText();
    assert.match(text, /ข้อมูลไม่ตรงตามรูปแบบที่เว็บไซต์แสดงได้/);
    assert.match(text, /\/id/);
    assert.match(text, /รหัสรายการ \(id\)/);
    assert.equal(await answer(page, (answers) => answers.id), 'ข่าว ใหม่', 'the form keeps it');
    assert.equal((await server.store.listContent({ type: 'news' })).length, 1, 'nothing saved');
    await page.close();
  });

  test('an e-form definition opens in the generated editor (its JSON Schema as JSON text) and saves back unchanged', async () => {
    const { $schema: _link, ...definition } = JSON.parse(readFileSync(demoForm, 'utf8'));
    const list = await pageOf('demo-reporter', '/staff/content/eforms/new');
    const saved = await list.evaluate(async (body) => {
      const token = document.querySelector('input[name="_csrf"]').value;
      const response = await fetch('/staff/content/eforms?version=0', {
        method: 'POST',
        headers: { accept: 'application/json', 'content-type': 'application/json', 'x-csrf-token': token },
        body: JSON.stringify(body),
      });
      return response.status;
    }, definition);
    assert.equal(saved, 200);
    await list.close();
    const page = await pageOf('demo-reporter', `/staff/content/eforms/${definition.id}`);
    await editor(page);
    assert.equal(
      JSON.parse(await answer(page, (answers) => answers.schema)).properties.fullName.type,
      'string',
      'the JSON Schema is in the form as its JSON text',
    );
    await saveAndOpen(page);
    await page.close();
    const item = await server.store.contentItem('eforms', definition.id);
    assert.equal(item.version, 2, 'saved again from the form');
    assert.deepEqual(item.draft, definition, 'through gov-eform and back: the same definition');
  });

  test('an urgent alert: reporter, then an admin approves and cannot take a second step, the screener, the uploader', async () => {
    const page = await pageOf('demo-reporter', '/staff/content/alerts/new');
    await editor(page);
    const now = Date.now();
    await fill(page, {
      'f-id': ALERT_ID,
      'f-version': '1',
      'f-severity-1': true,
      'f-title-th': 'เตือนระดับน้ำแม่น้ำเจ้าพระยาสูงขึ้น',
      'f-area-th': 'อำเภออินทร์บุรี จังหวัดสิงห์บุรี',
      'f-issuedAt': new Date(now).toISOString(),
      'f-expiresAt': new Date(now + 2 * 86_400_000).toISOString(),
      'f-instructions-th': 'ขนย้ายสิ่งของขึ้นที่สูง ติดตามประกาศของจังหวัด โทร 1784',
    });
    await saveAndOpen(page);
    await page.close();

    const admin = await step('demo-admin', 'alerts', ALERT_ID, 'approve');
    assert.equal(await admin.locator('.step button[aria-describedby="why-screen"]').isDisabled(), true);
    assert.equal(await admin.locator('#why-screen').innerText(), 'คุณเป็นผู้อนุมัติรายการนี้แล้ว');
    assert.equal(await admin.locator('#why-publish').innerText(), 'เรื่องเร่งด่วนต้องผ่านการกลั่นกรองก่อนเผยแพร่ (คำสั่งข้อ 4)');
    // Posting the step anyway (the button bypassed) is refused by the server with the same words.
    assert.deepEqual(await forceStep(admin, 'alerts', ALERT_ID, 'screen'), {
      status: 403,
      message: 'คุณเป็นผู้อนุมัติรายการนี้แล้ว',
    });
    await admin.close();

    const uploaderEarly = await pageOf('demo-uploader', `/staff/content/alerts/${ALERT_ID}`);
    assert.equal(await uploaderEarly.locator('.step button[aria-describedby="why-publish"]').isDisabled(), true);
    assert.match(await uploaderEarly.locator('#why-publish').innerText(), /กลั่นกรอง/, 'not before screening');
    await uploaderEarly.close();

    await (await step('demo-screener', 'alerts', ALERT_ID, 'screen')).close();
    const adminAgain = await pageOf('demo-admin', `/staff/content/alerts/${ALERT_ID}`);
    assert.equal(await adminAgain.locator('#why-publish').innerText(), 'คุณเป็นผู้อนุมัติรายการนี้แล้ว', 'admin too');
    assert.deepEqual(await forceStep(adminAgain, 'alerts', ALERT_ID, 'publish'), {
      status: 403,
      message: 'คุณเป็นผู้อนุมัติรายการนี้แล้ว',
    });
    await adminAgain.close();
    const done = await step('demo-uploader', 'alerts', ALERT_ID, 'publish');
    const record = await done.locator('dl.meta').innerText();
    for (const who of ['demo-reporter', 'demo-admin', 'demo-screener', 'demo-uploader'])
      assert.ok(record.includes(nameOf(who)), `the page's record names ${who}`);
    await done.close();

    const alerts = await (await fetch(`${server.url}/content/alerts.json`)).json();
    const alert = alerts.alerts.find((entry) => entry.id === ALERT_ID);
    assert.ok(alert, 'the alert is published');
    const p = alert.publication;
    assert.deepEqual(
      [p.reporter, p.approver, p.screenedBy, p.uploader],
      ['demo-reporter', 'demo-admin', 'demo-screener', 'demo-uploader'].map(nameOf),
    );
    assert.equal(new Set([p.reporter, p.approver, p.uploader]).size, 3, 'three different people');
    assert.ok(Date.parse(p.reportedAt) < Date.parse(p.approvedAt), 'reported, then approved');
    assert.ok(Date.parse(p.approvedAt) < Date.parse(p.screenedAt), 'approved, then screened');
    assert.ok(Date.parse(p.screenedAt) < Date.parse(p.updatedAt), 'screened, then uploaded');
    assert.equal(alert.screening.name, nameOf('demo-screener'));
  });

  /** news.html of the demo site, opened while the item is still a draft and reloaded once it is published. */
  let newsPage;

  test('a news item: reporter, approver, uploader, and the published record names three people with their times', async () => {
    newsPage = await demoPage('/news.html');
    await newsPage.locator('gov-news-list[state="empty"]').waitFor({ timeout: 15_000 });
    assert.equal(
      await newsPage.locator('gov-news-list').getByText('จังหวัดสิงห์บุรีจัดงานวันรักษ์แม่น้ำเจ้าพระยา').count(),
      0,
      'a draft is not on the site',
    );
    await (await step('demo-approver', 'news', NEWS_ID, 'approve')).close();
    await (await step('demo-uploader', 'news', NEWS_ID, 'publish')).close();

    const news = await (await fetch(`${server.url}/content/news.json`)).json();
    const item = news.items.find((entry) => entry.id === NEWS_ID);
    assert.ok(item, 'the news item is published');
    const p = item.publication;
    assert.deepEqual(
      [p.reporter, p.approver, p.uploader],
      ['demo-reporter', 'demo-approver', 'demo-uploader'].map(nameOf),
    );
    assert.equal(new Set([p.reporter, p.approver, p.uploader]).size, 3, 'three different people');
    for (const key of ['reportedAt', 'approvedAt', 'publishedAt', 'updatedAt'])
      assert.ok(!Number.isNaN(Date.parse(p[key])), `${key} is a time`);
    assert.ok(Date.parse(p.reportedAt) < Date.parse(p.approvedAt), 'three different times: reported, then approved');
    assert.ok(Date.parse(p.approvedAt) < Date.parse(p.updatedAt), 'approved, then uploaded');
    assert.equal(item.category, 'สิ่งแวดล้อม');
  });

  test('news.html of the demo site, reloaded, shows the item and its record: reporter, approver, uploader, their times in the Buddhist era', async () => {
    const served = (await (await fetch(`${server.url}/content/news.json`)).json()).items.find((e) => e.id === NEWS_ID);
    const p = served.publication;
    const list = newsPage.locator('gov-news-list');
    assert.equal(
      await list.getAttribute('src'),
      '/content/news.json',
      "the page reads the desk's content on its own origin",
    );
    await newsPage.reload();
    await newsPage.locator('gov-news-list[state="ready"]').waitFor({ timeout: 15_000 });
    const item = list.locator('[part="item"]').filter({ hasText: 'จังหวัดสิงห์บุรีจัดงานวันรักษ์แม่น้ำเจ้าพระยา' });
    assert.equal(await item.count(), 1, 'the published item is on the page');
    assert.equal(await item.locator('[part~="title-link"]').getAttribute('href'), NEWS_URL);
    const rows = await recordRows(item.locator('[part="publication"]'));
    assert.equal(rows['ผู้รับผิดชอบข้อมูล'], shownPerson('demo-reporter', p.reportedAt));
    assert.equal(rows['ผู้อนุมัติการเผยแพร่'], shownPerson('demo-approver', p.approvedAt));
    assert.equal(
      rows['ผู้นำข้อมูลขึ้นเผยแพร่'],
      shownPerson('demo-uploader', p.updatedAt),
      'the uploader with the time of the upload (updatedAt; publishedAt on a first publication)',
    );
    assert.equal(p.updatedAt, p.publishedAt, 'first published by this upload');
    assert.equal(rows['เผยแพร่เมื่อ'], formatDate(p.publishedAt, 'th'));
    assert.equal(rows['ปรับปรุงล่าสุด'], undefined, 'no "last updated" row repeating the day of publication');
    for (const [label, at] of [
      ['ผู้รับผิดชอบข้อมูล', p.reportedAt],
      ['ผู้อนุมัติการเผยแพร่', p.approvedAt],
      ['เผยแพร่เมื่อ', p.publishedAt],
    ])
      assert.ok(rows[label].includes(buddhistYear(at)), `${label}: the Buddhist-era year (${rows[label]})`);
    assert.match(rows['ผู้รับผิดชอบข้อมูล'], /เวลา \d{1,2}\.\d{2}\u00a0น\.$/, 'with the time of day');
    await closeDemoPage(newsPage);
  });

  test('the home page of the demo site shows the urgent alert with its screening, and the record with the three names and times', async () => {
    const alert = (await (await fetch(`${server.url}/content/alerts.json`)).json()).alerts.find(
      (e) => e.id === ALERT_ID,
    );
    const p = alert.publication;
    const page = await demoPage('/index.html');
    await page.locator('gov-alert[state="ready"]').waitFor({ timeout: 15_000 });
    const section = page.locator('gov-alert section[part~="alert"]').filter({ hasText: 'เตือนระดับน้ำแม่น้ำเจ้าพระยาสูงขึ้น' });
    assert.equal(await section.isVisible(), true, 'the alert is shown');
    const screening = (await section.locator('[part="screening"]').textContent()).replace(/[ \t\n\r]+/g, ' ').trim();
    assert.ok(screening.startsWith(`กลั่นกรองก่อนเผยแพร่โดย ${nameOf('demo-screener')}`), screening);
    assert.ok(screening.endsWith(formatDate(alert.screening.at, 'th', { withTime: true })), screening);
    assert.ok(screening.includes(buddhistYear(alert.screening.at)), screening);
    const rows = await recordRows(section.locator('[part="publication"]'));
    assert.equal(rows['ผู้รับผิดชอบข้อมูล'], shownPerson('demo-reporter', p.reportedAt));
    assert.equal(rows['ผู้อนุมัติการเผยแพร่'], shownPerson('demo-admin', p.approvedAt));
    assert.equal(rows['ผู้ตรวจสอบก่อนเผยแพร่'], shownPerson('demo-screener', p.screenedAt));
    assert.equal(rows['ผู้นำข้อมูลขึ้นเผยแพร่'], shownPerson('demo-uploader', p.updatedAt));
    assert.equal(rows['เผยแพร่เมื่อ'], formatDate(p.publishedAt, 'th'));
    assert.match(rows['ผู้นำข้อมูลขึ้นเผยแพร่'], /เวลา \d{1,2}\.\d{2}\u00a0น\.$/, 'the upload with its time of day');
    await closeDemoPage(page);
  });

  test("gov-news-list reads the desk's own news.rss and news.atom from another origin (CORS *): ready, with the title and its link", async () => {
    const page = await demoPage('/news.html');
    const feeds = ['rss', 'atom'].map((kind) => `${server.url}/content/news.${kind}`);
    const answers = new Map();
    page.on('response', (response) => feeds.includes(response.url()) && answers.set(response.url(), response));
    const refused = [];
    page.on('console', (message) => message.type() === 'error' && refused.push(message.text()));
    // Elements added to the page (as a site would write them), each reading one feed straight from the desk.
    await page.evaluate((sources) => {
      for (const src of sources) {
        const list = document.createElement('gov-news-list');
        list.setAttribute('src', src);
        list.setAttribute('heading-level', '2');
        document.querySelector('main').append(list);
      }
    }, feeds);
    for (const src of feeds) {
      const list = page.locator(`gov-news-list[src="${src}"]`);
      await page
        .locator(`gov-news-list[src="${src}"]:is([state="ready"], [state="error"])`)
        .waitFor({ timeout: 15_000 });
      assert.equal(await list.getAttribute('state'), 'ready', `${src}: ${refused.join('; ')}`);
      const shown = await page.locator(`gov-news-list[src="${src}"] [part="item"]`).evaluateAll((items) =>
        items.map((item) => ({
          title: item.querySelector('.title')?.textContent.trim(),
          href: item.querySelector('[part~="title-link"]')?.getAttribute('href'),
        })),
      );
      assert.deepEqual(shown, [{ title: 'จังหวัดสิงห์บุรีจัดงานวันรักษ์แม่น้ำเจ้าพระยา', href: NEWS_URL }], src);
      const answer = answers.get(src);
      assert.equal(answer?.status(), 200, `${src} answered`);
      assert.equal((await answer.allHeaders())['access-control-allow-origin'], '*');
    }
    await closeDemoPage(page);
  });

  test('no page broke the CSP or threw', () => {
    assert.deepEqual(problems, []);
  });
});

/**
 * What a clerk sees (issue 9, section 4), in real headless Chromium: a submission reads
 * like the citizen's form (no JSON, no field ids, choice titles, a Thai address, Buddhist-era
 * dates, the group as a table), pages fit 320 px without sideways scrolling, the agency is
 * named from configuration, the role is printed once; the .xlsx opens with a real reader.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import { launchChromium } from '../../../scripts/lib/chromium.mjs';
import { StaffClient, addStaff, envelope, post, sendOiaRequest, startInbox } from '../test-support/harness.js';

const agencyName = { th: 'เทศบาลเมืองสิงห์บุรี', en: 'Sing Buri Town Municipality' };
const FIELD_IDS = [
  'fullName',
  'nationalId',
  'copyFormat',
  'receive',
  'documents',
  'subdistrict',
  'postcode',
  'information',
];

describe('what a clerk sees (Chromium)', () => {
  let server;
  let browser;
  let reporter;
  let admin;
  let approver;
  let id;
  const shots = mkdtempSync(join(tmpdir(), 'govkit-inbox-shots-'));

  before(async () => {
    server = await startInbox('sqlite', { agencyName });
    const response = await sendOiaRequest(server.url);
    assert.equal(response.status, 201, JSON.stringify(response.body));
    id = (await server.store.listSubmissions({ formId: 'oia-request' })).rows[0].id;
    const passwords = {
      reporter1: await addStaff(server.store, 'reporter1', 'reporter'),
      admin1: await addStaff(server.store, 'admin1', 'admin'),
      approver1: await addStaff(server.store, 'approver1', 'approver'),
    };
    reporter = new StaffClient(server.url);
    assert.equal((await reporter.signIn('reporter1', passwords.reporter1)).status, 303);
    admin = new StaffClient(server.url);
    assert.equal((await admin.signIn('admin1', passwords.admin1)).status, 303);
    approver = new StaffClient(server.url);
    assert.equal((await approver.signIn('approver1', passwords.approver1)).status, 303);
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server.close();
    rmSync(shots, { recursive: true, force: true });
  });

  async function open(client, path, width = 320) {
    const context = await browser.newContext({ viewport: { width, height: 800 }, locale: 'th-TH' });
    const { hostname } = new URL(server.url);
    await context.addCookies(
      [...client.cookies].map(([name, value]) => ({ name, value, domain: hostname, path: '/staff' })),
    );
    const page = await context.newPage();
    const response = await page.goto(server.url + path);
    assert.equal(response.status(), 200, path);
    return { page, context };
  }

  test('a submission reads as the form showed it: labels, choice titles, Thai address, Buddhist era, the group as a table', async () => {
    const { page, context } = await open(reporter, `/staff/submissions/${id}`, 1024);
    const file = join(shots, 'submission.png');
    await page.screenshot({ path: file, fullPage: true });
    assert.ok(statSync(file).size > 5_000, 'a screenshot was taken');
    const text = await page.locator('main').innerText();
    for (const idText of FIELD_IDS) assert.ok(!text.includes(idText), `no field id ${idText}`);
    assert.doesNotMatch(text, /[{}]|"\w+":|\btrue\b|\binspect\b/, 'no JSON, no codes');
    assert.match(text, /ชื่อและนามสกุล/);
    assert.match(text, /ขอตรวจดูเอกสาร/);
    assert.match(text, /ไฟล์อิเล็กทรอนิกส์ \(PDF\)/);
    assert.match(text, /ทางอีเมล/);
    assert.match(text, /99\/1 หมู่ 3 ถนนวิไลจิตต์ ตำบลบางพุทรา อำเภอเมืองสิงห์บุรี จังหวัดสิงห์บุรี 16000/);
    assert.match(text, /15 มี\.ค\. 2567/, 'a date in the Buddhist era');
    assert.equal(await page.locator('table.group tbody tr').count(), 2, 'the documents as a table of two rows');
    assert.equal(await page.locator('pre').count(), 0);
    await context.close();
  });

  test('at 320 px no staff page scrolls sideways', async () => {
    const { importFolder } = await import('../dist/content/io.js');
    await importFolder(
      server.store,
      server.inbox.config,
      fileURLToPath(new URL('../../../apps/demo-agency/data/', import.meta.url)),
    );
    for (const [client, path] of [
      [admin, '/staff/content'],
      [admin, '/staff/content/news'],
      [admin, '/staff/content/news/action-plan-2570'],
      [admin, '/staff/content/profile/document'],
      [admin, '/staff/content/screening'],
      [reporter, `/staff/submissions/${id}`],
      [reporter, '/staff/submissions'],
      [reporter, '/staff/questions'],
      [admin, '/staff/audit'],
      [admin, '/staff/accounts'],
    ]) {
      const { page, context } = await open(client, path);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(width <= 320, `${path} is ${width} px wide`);
      await context.close();
    }
  });

  test('the approver sees the question as it will be published beside the original (one under the other at 320 px)', async () => {
    const asked = await post(
      server.url,
      '/questions',
      envelope('question', {
        question: 'ขอถามว่าค่าถ่ายสำเนาเอกสารหน้าละเท่าไร ผมอยู่หมู่ 4 ตำบลบางพุทรา',
        name: 'นายสมชาย ถามบ่อย',
        consent: true,
      }),
    );
    assert.equal(asked.status, 201, JSON.stringify(asked.body));
    const { id: questionId } = (await server.store.listQuestions({ limit: 10 })).rows.find(
      (q) => q.receipt === asked.body.receipt,
    );
    await reporter.get(`/staff/questions/${questionId}`);
    const drafted = await reporter.post(`/staff/questions/${questionId}/answer`, {
      revision: '0',
      public_question: 'ค่าถ่ายสำเนาเอกสารหน้าละเท่าไร',
      public_category: 'ค่าธรรมเนียม',
      answer: 'หน้าละ 1 บาท ตามประกาศคณะกรรมการข้อมูลข่าวสารของราชการ',
    });
    assert.equal(drafted.status, 303);
    for (const width of [1024, 320]) {
      const { page, context } = await open(approver, `/staff/questions/${questionId}`, width);
      const original = await page.locator('.side-by-side > .asked').boundingBox();
      const published = await page.locator('.side-by-side > .as-published').boundingBox();
      assert.equal(await page.locator('.side-by-side > *').count(), 2, 'two boxes: the original and the published');
      assert.match(await page.locator('.asked').innerText(), /ผมอยู่หมู่ 4/);
      assert.match(await page.locator('.as-published').innerText(), /ค่าถ่ายสำเนาเอกสารหน้าละเท่าไร[\s\S]*หน้าละ 1 บาท/);
      if (width === 1024) {
        assert.ok(published.x >= original.x + original.width, `beside: ${JSON.stringify({ original, published })}`);
        assert.ok(Math.abs(published.y - original.y) < 2, 'at the same height');
      } else {
        assert.ok(published.y >= original.y + original.height, 'one under the other');
        assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= 320);
      }
      await context.close();
    }
  });

  test('the agency is named from configuration, and the role is printed once', async () => {
    const { page, context } = await open(reporter, '/staff/submissions');
    const header = await page.locator('header').innerText();
    assert.match(header, /เทศบาลเมืองสิงห์บุรี/);
    assert.doesNotMatch(header, /หน่วยงาน/);
    assert.equal(header.split('ผู้รายงาน').length - 1, 1, header);
    await context.close();
    const board = await (await fetch(`${server.url}/questions/published.json`)).json();
    assert.equal(board.publication.source, 'เทศบาลเมืองสิงห์บุรี');
  });

  test('the .xlsx opens in a reader library: Thai labels, IDs and phones as text, times as dates, the group on its own sheet', async () => {
    const response = await fetch(`${server.url}/staff/submissions.xlsx?form=oia-request`, {
      headers: { cookie: reporter.cookieHeader() },
    });
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-disposition'), /submissions-oia-request-\d{8}\.xlsx/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()));
    const sheet = workbook.worksheets[0];
    const header = sheet.getRow(1).values.slice(1);
    assert.ok(header.includes('ชื่อและนามสกุล') && header.includes('เลขประจำตัวประชาชน'), header.join());
    const row = sheet.getRow(2);
    const cell = (label) => row.getCell(header.indexOf(label) + 1).value;
    assert.equal(cell('เลขประจำตัวประชาชน'), '1103700012345');
    assert.equal(cell('หมายเลขโทรศัพท์'), '0812345678');
    assert.ok(row.getCell(2).value instanceof Date, 'received at is a date');
    assert.match(String(cell(header.find((h) => /ทำสำเนา|รูปแบบ|สำเนา/.test(h)) ?? '')), /ขอตรวจดูเอกสาร/);
    const documents = workbook.worksheets[1];
    assert.equal(documents.rowCount, 3, 'a header and the two documents');
    const csv = await fetch(`${server.url}/staff/submissions.csv?form=oia-request`, {
      headers: { cookie: reporter.cookieHeader() },
    });
    const text = await csv.text();
    assert.ok(text.includes('"=""1103700012345"""'), 'the national ID stays text in Excel');
    assert.ok(text.includes('"=""0812345678"""'), 'the phone keeps its leading 0');
  });
});

/**
 * `govkit audit` in headless Chromium against real sites: the demo agency (served by its own
 * server, with a real inbox for the Q&A board, as the e2e suite runs it), a folder made by
 * `govkit init` with content removed, a plain page, and the three ways a site can fail
 * (elements that never settle, an address that does not answer, a broken govkit.json).
 */
import assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { audit, init, VERSION } from '../dist/index.js';
import { govkit, repo, scratch, serve } from './helpers.js';

// Generous per-page time-outs: the suite may share a busy machine (the failure tests set short ones).
const fast = { lang: 'en', timeoutMs: 90_000, maxPages: 50, links: 'same-origin' };
const servers = [];
after(() => servers.forEach((server) => server.close()));

const freePort = () =>
  new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });

/** Needs the inbox built (the turbo build does it before the package's tests). */
async function startDemo() {
  const { startDemoServer } = await import(join(repo, 'apps/demo-agency/server.mjs'));
  const { seedQuestions } = await import(join(repo, 'apps/demo-agency/seed-questions.mjs'));
  const { createInbox, DEMO_PASSWORD } = await import('@govkit-th/inbox');
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const folder = mkdtempSync(join(tmpdir(), 'govkit-cli-inbox-'));
  const inbox = await createInbox({
    env: {},
    config: {
      port: 0,
      host: '127.0.0.1',
      dbPath: join(folder, 'inbox.sqlite'),
      origins: [origin],
      logLevel: 'silent',
      demo: true,
      scryptCost: 12,
    },
  });
  const inboxUrl = (await inbox.start()).url.replace(/\/$/, '');
  const login = (username) => ({ username, password: DEMO_PASSWORD });
  await seedQuestions(inboxUrl, {
    reporter: login('demo-reporter'),
    approver: login('demo-approver'),
    publisher: login('demo-publisher'),
  });
  const server = await startDemoServer({ port, host: '127.0.0.1', inboxOrigin: inboxUrl });
  servers.push(server, { close: () => inbox.close?.() ?? inbox.stop?.() });
  return origin;
}

let demoOrigin;
before(async () => {
  demoOrigin = await startDemo();
});

test('the demo agency: every clause the kit covers is covered, naming page and element', async () => {
  const report = await audit(`${demoOrigin}/`, fast);
  assert.deepEqual(report.problems, []);
  assert.equal(report.mode, 'manifest');
  const notCovered = report.clauses.filter((clause) => clause.status !== 'covered');
  assert.deepEqual(
    notCovered.map((clause) => [clause.id, clause.needs.map((need) => need.notes.map((note) => note.en))]),
    [],
  );
  assert.equal(report.clauses.length, 19);
  const where = (id) =>
    report.clauses
      .find((clause) => clause.id === id)
      .needs.flatMap((need) => need.evidence.map((each) => `${new URL(each.page).pathname} ${each.tag}`));
  assert.ok(where('1.1(5)').includes('/faq.html gov-faq'));
  assert.ok(where('1.1(2)').includes('/laws.html gov-document-list'));
  assert.ok(where('1.4(2)').includes('/questions.html gov-qa-board'));
  assert.ok(where('1.2(2)').includes('/open-data.html gov-open-data'));
  assert.ok(where('4').includes('/ gov-alert'));
  assert.ok(where('2.2').some((place) => place.includes('govkit.json agency.provinceSite')));
  assert.deepEqual(report.deadLinks, []);
  assert.equal(report.exitCode, 0);
});

test('a folder made by govkit init, with the FAQ and the calendar taken out: exactly those are missing', async () => {
  const folder = scratch('partial');
  await init(folder, { version: VERSION, cdn: '/govkit/govkit.js' });
  const manifest = JSON.parse(readFileSync(join(folder, 'govkit.json'), 'utf8'));
  delete manifest.content.faq;
  delete manifest.content.calendar;
  writeFileSync(join(folder, 'govkit.json'), JSON.stringify(manifest));
  for (const file of ['faq.html', 'calendar.html', 'data/faq.json', 'data/events.json']) rmSync(join(folder, file));
  const { server, origin } = await serve(folder);
  servers.push(server);
  const report = await audit(`${origin}/`, { ...fast, links: 'none' });
  assert.deepEqual(report.problems, []);
  const missing = report.clauses.flatMap((clause) =>
    clause.needs.filter((need) => need.status === 'missing').map((need) => `${clause.id} ${need.id}`),
  );
  assert.deepEqual(missing, ['1.1(5) faq', '1.4(1) calendar']);
  assert.deepEqual(
    report.clauses.filter((clause) => clause.status !== 'covered').map((clause) => `${clause.id} ${clause.status}`),
    ['1.1(5) missing', '1.4(1) partial'],
  );
  assert.equal(report.exitCode, 1);
});

/** The demo province, started once for the tests of its two agencies (both made by `govkit init`). */
let provinceDemo;
async function startProvince() {
  if (provinceDemo) return provinceDemo;
  const { startProvinceDemo } = await import(join(repo, 'apps/demo-province/server.mjs'));
  provinceDemo = await startProvinceDemo({
    originHost: '127.0.0.1',
    ports: { province: 0, health: 0, inburi: 0 },
    agencyOrigin: demoOrigin,
    agenciesDir: scratch('province'),
  });
  servers.push(...Object.values(provinceDemo.servers));
  return provinceDemo;
}

test('the demo province’s health office (govkit init, every content type): every clause covered, naming page and element', async () => {
  const province = await startProvince();
  const report = await audit(`${province.origins.health}/`, fast);
  assert.deepEqual(report.problems, []);
  assert.equal(report.mode, 'manifest');
  const notCovered = report.clauses.filter((clause) => clause.status !== 'covered');
  assert.deepEqual(
    notCovered.map((clause) => [clause.id, clause.needs.map((need) => need.notes.map((note) => note.en))]),
    [],
  );
  assert.equal(report.clauses.length, 19);
  // Every need of every clause names at least one page and the element (or manifest field) on it.
  for (const clause of report.clauses) {
    for (const need of clause.needs) {
      assert.ok(need.evidence.length > 0, `${clause.id} ${need.id}: no page named`);
      for (const each of need.evidence) {
        assert.ok(new URL(each.page).origin === province.origins.health, `${clause.id} ${need.id}: ${each.page}`);
        assert.match(each.tag, /^(gov-[a-z-]+|govkit\.json .+)$/, `${clause.id} ${need.id}: ${each.tag}`);
      }
    }
  }
  const where = (id) =>
    report.clauses
      .find((clause) => clause.id === id)
      .needs.flatMap((need) => need.evidence.map((each) => `${new URL(each.page).pathname} ${each.tag}`));
  assert.ok(where('1.1(3)').includes('/cio.html gov-cio-card'), where('1.1(3)').join('; '));
  assert.ok(where('1.1(5)').includes('/faq.html gov-faq'), where('1.1(5)').join('; '));
  assert.ok(where('1.2(2)').includes('/open-data.html gov-open-data'), where('1.2(2)').join('; '));
  assert.ok(where('1.3(1)').includes('/service-guide.html gov-service-guide'), where('1.3(1)').join('; '));
  assert.ok(where('1.4(1)').includes('/calendar.html gov-event-calendar'), where('1.4(1)').join('; '));
  assert.ok(where('1.4(2)').includes('/questions.html gov-qa-board'), where('1.4(2)').join('; '));
  assert.ok(where('2.2').some((place) => place.includes('govkit.json agency.provinceSite')));
  assert.deepEqual(report.deadLinks, []);
  assert.equal(report.exitCode, 0);
});

test('the demo province’s In Buri office (govkit init --without …): exactly what it leaves out is missing', async () => {
  const { INBURI_WITHOUT } = await import(join(repo, 'apps/demo-province/make-agencies.mjs'));
  const province = await startProvince();
  const report = await audit(`${province.origins.inburi}/`, fast);
  assert.deepEqual(report.problems, []);
  assert.equal(report.mode, 'manifest');
  const missing = report.clauses.flatMap((clause) =>
    clause.needs.filter((need) => need.status === 'missing').map((need) => `${clause.id} ${need.id}`),
  );
  assert.deepEqual(missing, [
    '1.1(3) cio',
    '1.1(5) faq',
    '1.2(2) openData',
    '1.3(1) serviceGuide',
    '1.4(1) calendar',
    '1.4(2) questions',
    '1.4(3) opinion',
  ]);
  assert.equal(INBURI_WITHOUT.length, missing.length, 'one missing need per content type the office leaves out');
  assert.deepEqual(
    report.clauses.filter((clause) => clause.status !== 'covered').map((clause) => `${clause.id} ${clause.status}`),
    [
      '1.1(3) missing',
      '1.1(5) missing',
      '1.2(2) missing',
      '1.3(1) missing',
      '1.4(1) partial',
      '1.4(2) partial',
      '1.4(3) missing',
    ],
  );
  const where = (id) =>
    report.clauses
      .find((clause) => clause.id === id)
      .needs.flatMap((need) => need.evidence.map((each) => `${new URL(each.page).pathname} ${each.tag}`));
  assert.ok(where('1.4(1)').includes('/news.html gov-news-list'), where('1.4(1)').join('; '));
  assert.ok(where('2.2').some((place) => place.includes('govkit.json agency.provinceSite')));
  assert.deepEqual(report.deadLinks, []);
  assert.equal(report.exitCode, 1);
});

test('a plain page with no kit element: everything missing, exit 1; --html writes a self-contained report', async () => {
  const folder = scratch('plain');
  writeFileSync(
    join(folder, 'index.html'),
    '<!doctype html><html lang="th"><title>หน้าเว็บ</title><h1>สวัสดี</h1><a href="about.html">เกี่ยวกับเรา</a></html>',
  );
  writeFileSync(join(folder, 'about.html'), '<!doctype html><html lang="th"><title>เกี่ยวกับ</title><p>ข้อมูล</p></html>');
  const htmlFile = join(folder, 'report.html');
  const run = await govkit(['audit', folder, '--html', htmlFile, '--lang', 'en']);
  assert.equal(run.code, 1, run.stderr);
  assert.match(run.stdout, /Pages found: by following same-origin links · Pages checked: 2/);
  assert.match(run.stdout, /covered 0 · partial 0 · missing 19/);
  assert.match(run.stderr, /Opening http:\/\/127\.0\.0\.1:\d+\//, 'a progress line while it runs');
  const html = readFileSync(htmlFile, 'utf8');
  assert.match(html, /<td class="missing">missing<\/td>/);
  assert.doesNotMatch(html, /<[a-z][^>]*\s(src|href)=/i);
});

/** Runs an audit in this process, timing it from the moment it opens the site (after Chromium starts). */
async function timedAudit(target, options) {
  let opened;
  const report = await audit(target, {
    ...options,
    progress: () => (opened ??= Date.now()),
  });
  return { report, ms: Date.now() - opened };
}

test('a page whose elements never settle: a clear message and exit 2 within the time-out', async () => {
  const folder = scratch('unsettled');
  writeFileSync(
    join(folder, 'index.html'),
    '<!doctype html><html lang="th"><title>x</title><gov-faq src="faq.json"></gov-faq></html>',
  );
  const { report, ms } = await timedAudit(folder, { ...fast, lang: 'th', timeoutMs: 8000, links: 'none' });
  assert.equal(report.exitCode, 2);
  assert.match(
    report.problems[0],
    /^องค์ประกอบในหน้า http:\/\/127\.0\.0\.1:\d+\/ ไม่พร้อมภายใน 8 วินาที: gov-faq \(ไม่ได้ลงทะเบียน/,
  );
  assert.ok(ms < 8000 + 10_000, `${ms} ms after opening, with an 8 s time-out`);
});

test('an address that does not answer: a clear message and exit 2', async () => {
  const port = await freePort();
  const run = await govkit(['audit', `http://127.0.0.1:${port}/`, '--timeout', '5', '--lang', 'en', '--json']);
  assert.equal(run.code, 2);
  const report = JSON.parse(run.stdout);
  assert.match(
    report.problems[0],
    new RegExp(`^Cannot open http://127\\.0\\.0\\.1:${port}/: .*ERR_CONNECTION_REFUSED`),
  );
});

test('a broken govkit.json: its line and column, and exit 2', async () => {
  const folder = scratch('broken');
  writeFileSync(join(folder, 'index.html'), '<!doctype html><html lang="th"><title>x</title><p>x</p></html>');
  writeFileSync(join(folder, 'govkit.json'), '{\n  "agency": { "name": "x", }\n}\n');
  const { report, ms } = await timedAudit(folder, { ...fast, timeoutMs: 5000 });
  assert.equal(report.exitCode, 2);
  assert.match(
    report.problems[0],
    /govkit\.json at http:\/\/127\.0\.0\.1:\d+\/govkit\.json is not valid JSON \(line 2, column 28: PropertyNameExpected\)$/,
  );
  assert.ok(ms < 5000 + 10_000, `${ms} ms after opening`);
});

import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { request } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { after, before, describe, test } from 'node:test';
import ICAL from 'ical.js';
import {
  alertsSchema,
  eformDefinitionSchema,
  manifestSchema,
  newsSchema,
  screeningProblems,
  validate,
} from '@govkit-th/schemas';
import { exportFolder, importFolder } from '../dist/content/io.js';
import { CONTENT_TYPES } from '../dist/content/types.js';
import { databases, startInbox } from '../test-support/harness.js';
import { deskPeople, newsItem, parseXml, saveJson, takeStep } from '../test-support/desk.js';

const demoData = fileURLToPath(new URL('../../../apps/demo-agency/data/', import.meta.url));

async function publish(server, as, type, data) {
  const item = await server.store.contentItem(type, data.id ?? 'document');
  assert.equal((await saveJson(await as('reporter1'), type, data, item?.version ?? 0)).status, 200);
  assert.equal((await takeStep(server, await as('approver1'), type, data.id ?? 'document', 'approve')).status, 303);
  assert.equal((await takeStep(server, await as('uploader1'), type, data.id ?? 'document', 'publish')).status, 303);
}

for (const db of databases()) {
  describe(`publishing desk: public content (${db})`, () => {
    let server;
    let as;
    before(async () => {
      server = await startInbox(db, { publicUrl: 'https://desk.singburi.go.th' });
      as = await deskPeople(server);
    });
    after(() => server.close());

    test('only published versions are served; a document never published is 404', async () => {
      assert.equal((await fetch(`${server.url}/content/faq.json`)).status, 404);
      assert.equal((await fetch(`${server.url}/content/no-such-type.json`)).status, 404);
      await saveJson(await as('reporter1'), 'news', newsItem('draft-only'), 0);
      const empty = await (await fetch(`${server.url}/content/news.json`)).json();
      assert.deepEqual(empty.items, []);
      await publish(server, as, 'faq', { items: [{ id: 'q1', question: 'ติดต่อที่ไหน', answer: '<p>ศาลากลาง</p>' }] });
      const faq = await fetch(`${server.url}/content/faq.json`);
      assert.equal(faq.status, 200);
      assert.equal((await faq.json()).items[0].id, 'q1');
    });

    test('CORS *, strong ETag, Last-Modified, Cache-Control; 304 for If-None-Match and If-Modified-Since', async () => {
      await publish(server, as, 'news', newsItem('cache-1'));
      const first = await fetch(`${server.url}/content/news.json`, {
        headers: { origin: 'https://elsewhere.example' },
      });
      assert.equal(first.status, 200);
      assert.equal(first.headers.get('access-control-allow-origin'), '*');
      assert.equal(first.headers.get('access-control-allow-credentials'), null);
      assert.equal(first.headers.get('cache-control'), 'public, max-age=60, stale-while-revalidate=300');
      const etag = first.headers.get('etag');
      assert.match(etag, /^"[A-Za-z0-9_-]+"$/, 'strong');
      const modified = first.headers.get('last-modified');
      assert.ok(Date.parse(modified) > 0);
      const again = await fetch(`${server.url}/content/news.json`, { headers: { 'if-none-match': etag } });
      assert.equal(again.status, 304);
      assert.equal(await again.text(), '');
      assert.equal(
        (await fetch(`${server.url}/content/news.json`, { headers: { 'if-modified-since': modified } })).status,
        304,
      );
      assert.equal(
        (await fetch(`${server.url}/content/news.json`, { headers: { 'if-none-match': '"other"' } })).status,
        200,
      );
      await publish(server, as, 'news', newsItem('cache-2'));
      const changed = await fetch(`${server.url}/content/news.json`, { headers: { 'if-none-match': etag } });
      assert.equal(changed.status, 200, 'a publication changes the ETag');
      assert.notEqual(changed.headers.get('etag'), etag);
      assert.equal((await fetch(`${server.url}/content/news.json`, { method: 'HEAD' })).status, 200);
    });

    test('RSS 2.0 and Atom 1.0 parse with a strict XML parser, XML-illegal characters stripped', async () => {
      await publish(
        server,
        as,
        'news',
        newsItem('xml-1', { title: { th: 'ข่าว\u0001มี\u000Bอักขระ & <แท็ก>' }, url: 'news/xml-1.html' }),
      );
      const rss = await fetch(`${server.url}/content/news.rss`);
      assert.match(rss.headers.get('content-type'), /application\/rss\+xml/);
      const rssText = await rss.text();
      const rssNames = parseXml(rssText);
      assert.ok(rssNames.includes('rss') && rssNames.includes('channel') && rssNames.includes('item'));
      assert.match(rssText, /ข่าวมีอักขระ &amp; &lt;แท็ก&gt;/);
      assert.match(rssText, /<link>https:\/\/desk\.singburi\.go\.th\/content\/news\/xml-1\.html<\/link>/);
      const atom = await (await fetch(`${server.url}/content/news.atom`)).text();
      const atomNames = parseXml(atom);
      assert.equal(atomNames[0], 'feed');
      assert.equal(atomNames.filter((n) => n === 'entry').length, 3);
      assert.ok(!atom.includes('\u0001') && !atom.includes('\u000B'), 'no control characters');
    });

    test('gzip for a client that asks (made once per change), each encoding with its own ETag; Vary: Accept-Encoding', async () => {
      await publish(server, as, 'news', newsItem('gzip-1'));
      const raw = (headers) =>
        new Promise((resolve, reject) => {
          request(`${server.url}/content/news.json`, { headers }, (response) => {
            const chunks = [];
            response.on('data', (chunk) => chunks.push(chunk));
            response.on('end', () =>
              resolve({ headers: response.headers, status: response.statusCode, body: Buffer.concat(chunks) }),
            );
          })
            .on('error', reject)
            .end();
        });
      const plain = await raw({});
      const zipped = await raw({ 'accept-encoding': 'gzip, deflate, br' });
      assert.equal(plain.headers['content-encoding'], undefined);
      assert.equal(zipped.headers['content-encoding'], 'gzip');
      assert.equal(zipped.headers.vary, 'accept-encoding');
      assert.ok(zipped.body.length < plain.body.length);
      assert.deepEqual(JSON.parse(gunzipSync(zipped.body).toString('utf8')), JSON.parse(plain.body.toString('utf8')));
      assert.notEqual(zipped.headers.etag, plain.headers.etag);
      assert.equal((await raw({ 'accept-encoding': 'gzip', 'if-none-match': zipped.headers.etag })).status, 304);
      assert.equal(
        (await raw({ 'if-none-match': zipped.headers.etag })).status,
        200,
        'the gzip ETag is not the plain one',
      );
    });

    test('calendar.ics parses with ical.js; all-day ends are exclusive', async () => {
      await publish(server, as, 'events', {
        id: 'fair-1',
        title: { th: 'งานกาชาด' },
        start: '2026-12-05',
        end: '2026-12-07',
      });
      await publish(server, as, 'events', {
        id: 'meet-1',
        title: { th: 'ประชุม' },
        start: '2026-12-10T09:00:00+07:00',
        end: '2026-12-10T12:00:00+07:00',
      });
      const ics = await fetch(`${server.url}/content/calendar.ics`);
      assert.match(ics.headers.get('content-type'), /text\/calendar/);
      const calendar = new ICAL.Component(ICAL.parse(await ics.text()));
      const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
      const fair = events.find((e) => e.uid === 'fair-1@desk.singburi.go.th');
      assert.equal(fair.startDate.toString(), '2026-12-05');
      assert.equal(fair.endDate.toString(), '2026-12-08');
      const meeting = events.find((e) => e.uid.startsWith('meet-1@'));
      assert.equal(meeting.startDate.toJSDate().toISOString(), '2026-12-10T02:00:00.000Z');
    });

    test('govkit.json is the agency manifest of what is published', async () => {
      const manifest = await (await fetch(`${server.url}/content/govkit.json`)).json();
      assert.deepEqual(
        await validate(manifestSchema, { ...manifest, agency: { ...manifest.agency, province: 'สิงห์บุรี' } }),
        [],
      );
      assert.equal(manifest.content.news.data, 'news.json');
      assert.equal(manifest.content.faq.data, 'faq.json');
      assert.equal(manifest.content.contact, undefined, 'nothing published, nothing listed');
    });
  });

  describe(`publishing desk: import and export (${db})`, () => {
    let server;
    let out;
    let as;
    before(async () => {
      server = await startInbox(db, { agencyName: { th: 'สำนักงานจังหวัดสิงห์บุรี', en: 'Sing Buri Provincial Office' } });
      as = await deskPeople(server);
      out = mkdtempSync(join(tmpdir(), 'govkit-desk-export-'));
    });
    after(async () => {
      rmSync(out, { recursive: true, force: true });
      await server.close();
    });

    test('the demo data folder imports as published items, recorded as imported', async () => {
      const report = await importFolder(server.store, server.inbox.config, demoData);
      assert.deepEqual(report.skipped, []);
      const types = report.imported.map((r) => r.type);
      for (const type of CONTENT_TYPES) assert.ok(types.includes(type.name), `${type.name} imported`);
      const news = await server.store.contentItem('news', 'action-plan-2570');
      assert.equal(news.state, 'published');
      assert.equal(news.imported, true);
      assert.equal(news.published.publication.imported, true);
      const log = (await server.store.listAudit({ action: 'content.import', limit: 1000 })).rows;
      assert.ok(log.some((e) => e.target === 'news/action-plan-2570' && e.actor === '(command line)'));
    });

    test('export writes every type as static files that validate against their schemas', async () => {
      const written = await exportFolder(server.store, server.inbox.config, out);
      for (const type of CONTENT_TYPES) {
        if (type.keyed) continue;
        const file = `${type.name}.json`;
        assert.ok(written.includes(file), `${file} written`);
        const data = JSON.parse(readFileSync(join(out, file), 'utf8'));
        const problems = await validate(type.schema, data, 'en');
        assert.deepEqual(type.name === 'alerts' ? screeningProblems(data, problems, 'en') : problems, [], file);
        const source = JSON.parse(readFileSync(join(demoData, file), 'utf8'));
        if (type.list) {
          assert.deepEqual(
            data[type.list].map((e) => e.id).sort(),
            source[type.list].map((e) => e.id).sort(),
            `${file} has the same entries`,
          );
        }
      }
      for (const id of readdirSync(join(out, 'eforms')))
        assert.deepEqual(
          await validate(eformDefinitionSchema, JSON.parse(readFileSync(join(out, 'eforms', id), 'utf8'))),
          [],
        );
      assert.deepEqual(await validate(manifestSchema, JSON.parse(readFileSync(join(out, 'govkit.json'), 'utf8'))), []);
      assert.deepEqual(await validate(newsSchema, JSON.parse(readFileSync(join(out, 'news.json'), 'utf8'))), []);
      assert.deepEqual(await validate(alertsSchema, JSON.parse(readFileSync(join(out, 'alerts.json'), 'utf8'))), []);
      parseXml(readFileSync(join(out, 'news.rss'), 'utf8'));
      parseXml(readFileSync(join(out, 'news.atom'), 'utf8'));
      const calendar = new ICAL.Component(ICAL.parse(readFileSync(join(out, 'calendar.ics'), 'utf8')));
      assert.equal(calendar.getAllSubcomponents('vevent').length, 14);
    });

    test('exported files equal what the desk serves', async () => {
      for (const file of ['news.json', 'faq.json', 'news.atom']) {
        const served = await (await fetch(`${server.url}/content/${file}`)).text();
        assert.equal(readFileSync(join(out, file), 'utf8'), served, file);
      }
    });

    test('alerts.html: the notices in force as gov-alert renders them, for a server-side include', async () => {
      const th = await fetch(`${server.url}/content/alerts.html?lang=th&heading-level=3`);
      assert.equal(th.status, 200);
      assert.equal(th.headers.get('content-type'), 'text/html; charset=utf-8');
      assert.equal(th.headers.get('access-control-allow-origin'), '*');
      const maxAge = Number(/max-age=(\d+)/.exec(th.headers.get('cache-control'))?.[1]);
      assert.ok(maxAge >= 0 && maxAge <= 60, th.headers.get('cache-control'));
      const html = await th.text();
      // The demo's flood watch is in force until 2027; its PM2.5 notice ended in March 2026.
      assert.match(html, /^<div class="govkit-alerts" lang="th"><section class="alert warning"/);
      assert.match(html, /<h3 id="govkit-alert-th-chao-phraya-flood-2569">เฝ้าระวังน้ำล้นตลิ่งแม่น้ำเจ้าพระยา<\/h3>/);
      assert.doesNotMatch(html, /PM2\.5/);
      assert.match(html, /<a href="\/news\.html">อ่านรายละเอียด/, 'a relative link stays relative: the page resolves it');
      const en = await (await fetch(`${server.url}/content/alerts.html?lang=en`)).text();
      assert.match(en, /<h2 id="govkit-alert-en-chao-phraya-flood-2569">Flood watch on the Chao Phraya river<\/h2>/);
      assert.match(en, /<span lang="th">นายสมชาย รักษ์สิงห์<\/span>/, 'a Thai-only name is marked as Thai');
    });

    test("a list page keeps its imported record (marked imported) until the desk publishes an entry, then the desk's own", async () => {
      const source = JSON.parse(readFileSync(join(demoData, 'news.json'), 'utf8')).publication;
      const imported = (await (await fetch(`${server.url}/content/news.json`)).json()).publication;
      assert.deepEqual(imported, { ...source, source: 'สำนักงานจังหวัดสิงห์บุรี', imported: true });
      assert.deepEqual(JSON.parse(readFileSync(join(out, 'news.json'), 'utf8')).publication, imported, 'exported too');
      assert.equal(
        (await (await fetch(`${server.url}/content/events.json`)).json()).publication.imported,
        true,
        'events.json keeps its own as well',
      );

      await publish(server, as, 'news', newsItem('page-record', { publishedAt: '2026-12-03' }));
      const served = await (await fetch(`${server.url}/content/news.json`)).json();
      const entry = served.items.find((item) => item.id === 'page-record').publication;
      assert.equal(entry.imported, undefined, 'the entry walked the steps here');
      assert.deepEqual(served.publication, entry, "the page's record is the desk's, from the newest published step");
      assert.deepEqual(await validate(newsSchema, served), []);
      await exportFolder(server.store, server.inbox.config, out);
      assert.deepEqual(
        JSON.parse(readFileSync(join(out, 'news.json'), 'utf8')).publication,
        entry,
        'and so is the export',
      );
      const events = await (await fetch(`${server.url}/content/events.json`)).json();
      assert.equal(events.publication.imported, true, 'another page keeps its imported record');
      const alerts = await (await fetch(`${server.url}/content/alerts.json`)).json();
      assert.equal(alerts.publication, undefined, 'alerts.json has no page record in its schema');
    });
  });
}

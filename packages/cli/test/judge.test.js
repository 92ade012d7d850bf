import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CLAUSES, judgeClauses, judgeIta, loadItaItems, readElement, reportHtml, reportText } from '../dist/index.js';

const element = (page, tag, data, state = 'ready', attributes = {}) =>
  readElement(`http://site.test/${page}`, { tag, state, defined: true, attributes, data: JSON.stringify(data) });
const record = { reporter: 'ก', approver: 'ข', publishedAt: '2026-11-01' };

test('every clause of the order that a site can show is in the table, in order', () => {
  assert.deepEqual(
    CLAUSES.map((clause) => clause.id),
    [
      '1.1(1)',
      '1.1(2)',
      '1.1(3)',
      '1.1(4)',
      '1.1(5)',
      '1.1(6)',
      '1.1(7)',
      '1.2(1)',
      '1.2(2)',
      '1.3(1)',
      '1.3(2)',
      '1.3(3)',
      '1.4(1)',
      '1.4(2)',
      '1.4(3)',
      '2.2',
      '3',
      '3.4',
      '4',
    ],
  );
});

test('a document list covers laws, knowledge and official information by what its entries are', () => {
  const documents = {
    items: [
      { id: 'a', kind: 'act', title: 'พ.ร.บ.', source: 'ราชกิจจานุเบกษา', ita: ['O1'] },
      { id: 'k', kind: 'knowledge', title: 'บทความ', source: 'x', date: '2026-01-01' },
      { id: 'o', kind: 'official-information', title: 'ข้อมูล', oia: { section: 9, item: 3 } },
    ],
    publication: record,
  };
  const onlyLaws = element('laws.html', 'gov-document-list', documents, 'ready', { kind: 'act order' });
  const clauses = judgeClauses([onlyLaws], { staleBefore: '2025-01-01' });
  const status = Object.fromEntries(clauses.map((clause) => [clause.id, clause.status]));
  assert.equal(status['1.1(2)'], 'covered');
  assert.equal(status['1.1(4)'], 'missing', 'the kind filter hides the knowledge entries');
  assert.equal(status['1.2(1)'], 'missing');
  const all = judgeClauses([element('docs.html', 'gov-document-list', documents)], { staleBefore: '2025-01-01' });
  assert.deepEqual(
    all
      .filter((clause) => ['1.1(2)', '1.1(4)', '1.2(1)'].includes(clause.id))
      .map((clause) => clause.needs[0].evidence),
    [1, 2, 3].map(() => [{ page: 'http://site.test/docs.html', tag: 'gov-document-list', newest: '2026-11-01' }]),
  );
});

test('a clause with two needs is partial when one is found; errors and empty lists are named', () => {
  const clauses = judgeClauses(
    [
      element('news.html', 'gov-news-list', { items: [{ id: 'n', publishedAt: '2026-10-01' }], publication: record }),
      readElement('http://site.test/calendar.html', {
        tag: 'gov-event-calendar',
        state: 'error',
        defined: true,
        attributes: {},
        error: 'HTTP 404',
      }),
      element('faq.html', 'gov-faq', { items: [] }, 'empty'),
    ],
    { staleBefore: '2025-01-01' },
  );
  const news = clauses.find((clause) => clause.id === '1.4(1)');
  assert.equal(news.status, 'partial');
  assert.deepEqual(
    news.needs.map((need) => need.status),
    ['covered', 'missing'],
  );
  assert.match(
    news.needs[1].notes[0].en,
    /gov-event-calendar on http:\/\/site.test\/calendar.html shows an error: HTTP 404/,
  );
  assert.match(clauses.find((clause) => clause.id === '1.1(5)').needs[0].notes[0].th, /ไม่มีรายการ/);
});

test('stale: the newest entry older than the limit; clause 3 names the content without a record', () => {
  const clauses = judgeClauses(
    [
      element('faq.html', 'gov-faq', { items: [{ id: 'q', question: 'ก', answer: 'ข', updatedAt: '2023-05-01' }] }),
      element('contact.html', 'gov-contact-block', { name: 'ก', address: {}, publication: record }),
    ],
    { staleBefore: '2025-10-01' },
  );
  const faq = clauses.find((clause) => clause.id === '1.1(5)');
  assert.equal(faq.status, 'covered');
  assert.equal(faq.stale, true);
  assert.deepEqual(faq.needs[0].stale, { newest: '2023-05-01', limit: '2025-10-01' });
  const records = clauses.find((clause) => clause.id === '3');
  assert.equal(records.status, 'partial');
  assert.deepEqual(
    records.needs[0].notes.map((note) => note.en),
    ['gov-faq on http://site.test/faq.html: 1 entries have no publication record (reporter, approver, dates)'],
  );
});

test('clause 2.2 is met by the manifest’s province site or a banner strip’s province link', () => {
  const none = judgeClauses([], { staleBefore: '2025-01-01' }).find((clause) => clause.id === '2.2');
  assert.equal(none.status, 'missing');
  const byManifest = judgeClauses([], {
    staleBefore: '2025-01-01',
    provinceSite: { manifest: 'http://site.test/govkit.json', url: 'https://www.singburi.go.th/' },
  }).find((clause) => clause.id === '2.2');
  assert.equal(byManifest.status, 'covered');
  const banner = element('index.html', 'gov-banner-strip', {
    banners: [],
    province: { name: 'สิงห์บุรี', href: 'https://www.singburi.go.th/' },
  });
  assert.equal(
    judgeClauses([banner], { staleBefore: '2025-01-01' }).find((clause) => clause.id === '2.2').status,
    'covered',
  );
});

const FIXTURE_ITA = [
  { id: 'O1', title: { th: 'โครงสร้างและอำนาจหน้าที่', en: 'Structure and duties' }, contentTypes: ['profile'] },
  { id: 'O3', title: { th: 'ข้อมูลการติดต่อ', en: 'Contact information' }, contentTypes: ['contact'] },
  { id: 'O11', title: { th: 'ข้อมูลสถิติการให้บริการ', en: 'Service statistics' } },
  { id: 'O12', title: { th: 'รายการการจัดซื้อจัดจ้าง', en: 'Procurement' }, kinds: ['procurement-summary'] },
];

test('ITA items: covered by a tagged entry, an element of their type, a kind, or the manifest’s pages; else missing', () => {
  const elements = [
    element('contact.html', 'gov-contact-block', {
      name: 'ก',
      address: {},
      publication: { ...record, publishedAt: '2022-12-01', updatedAt: '2023-01-05' },
    }),
    element('stats.html', 'gov-document-list', {
      items: [{ id: 's', kind: 'statistics', title: 'สถิติ', ita: ['O11'], date: '2026-11-20' }],
    }),
  ];
  const results = judgeIta(
    FIXTURE_ITA,
    elements,
    [{ url: 'http://site.test/structure.html', ita: ['O1'] }],
    '2024-10-01',
  );
  assert.deepEqual(
    results.map((item) => [item.id, item.status, item.evidence.map((each) => `${each.page} ${each.tag}`)]),
    [
      ['O1', 'covered', ['http://site.test/structure.html govkit.json pages[].ita']],
      ['O3', 'covered', ['http://site.test/contact.html gov-contact-block']],
      ['O11', 'covered', ['http://site.test/stats.html gov-document-list']],
      ['O12', 'missing', []],
    ],
  );
  assert.deepEqual(results[1].stale, { newest: '2023-01-05', limit: '2024-10-01' });
  assert.equal(results[2].stale, undefined);
});

test('--ita-year without a list in this version says so; a list file is read', async () => {
  const { writeFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { scratch } = await import('./helpers.js');
  const kit = await import('@govkit-th/schemas');
  const none = await loadItaItems('2568', undefined, 'en');
  if (!('ITA_ITEMS' in kit))
    assert.deepEqual(none, { year: '2568', unavailable: 'ITA lists not available in this version' });
  else assert.ok(none.items?.length || none.unavailable, 'the kit’s list for 2568, or why not');
  const file = join(scratch('ita'), 'ita.json');
  writeFileSync(file, JSON.stringify({ year: 2568, items: FIXTURE_ITA }));
  assert.deepEqual(await loadItaItems(undefined, file, 'th'), { year: '2568', items: FIXTURE_ITA });
});

test('the HTML report is self-contained and escapes what the site says', () => {
  const hostile = '<script>alert(1)</script>';
  const clauses = judgeClauses(
    [
      readElement(`http://site.test/${hostile}`, {
        tag: 'gov-faq',
        state: 'error',
        defined: true,
        attributes: {},
        error: hostile,
      }),
    ],
    { staleBefore: '2025-01-01' },
  );
  const report = {
    target: hostile,
    url: `http://site.test/?q=${hostile}`,
    mode: 'crawl',
    staleBefore: '2025-01-01',
    pages: [],
    elements: [],
    clauses,
    ita: {
      year: '2568',
      items: judgeIta(
        FIXTURE_ITA.map((item) => ({ ...item, title: { th: hostile } })),
        [],
        [],
        '2024-10-01',
      ),
    },
    deadLinks: [{ url: `http://x.test/"><img src=x onerror=alert(1)>`, from: hostile, detail: 'HTTP 404' }],
    problems: [hostile],
    totals: { covered: 0, partial: 0, missing: 19, stale: 0, deadLinks: 1 },
    exitCode: 2,
  };
  const html = reportHtml(report, 'th');
  assert.doesNotMatch(html, /<(script|img|link|iframe)|@import|url\(/i, 'nothing runs, nothing is fetched');
  assert.doesNotMatch(html, /<[a-z][^>]*\s(src|href|on[a-z]+)=/i, 'no tag loads or runs anything');
  assert.match(html, /&#60;script&#62;alert\(1\)&#60;\/script&#62;/);
  assert.match(html, /<html lang="th">/);
  assert.match(reportText(report, 'en'), /✗ Clause 1\.1\(5\) Frequently asked questions: missing/);
});

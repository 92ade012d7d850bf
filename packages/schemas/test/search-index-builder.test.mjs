/**
 * The search index builder in Node, on the demo agency site and on small pages: what it takes
 * from HTML and from the kit's data files, and that what it writes passes the index schema.
 * Runs on the built package (`npx turbo run build` first): `node --test packages/schemas/test/`.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { loadValidator, searchIndexSchema, SEARCH_INDEX_LIMITS, validate } from '../dist/index.js';
import { buildSiteSearchIndex, contentDocuments, htmlToText, pageDocument } from '../dist/search-index-builder.js';

const siteDir = fileURLToPath(new URL('../../../apps/demo-agency/', import.meta.url));
const readJson = (path) => JSON.parse(readFileSync(`${siteDir}${path}`, 'utf8'));
const page = (body, head = '<title>ทดสอบ | สำนักงานจังหวัดสิงห์บุรี</title>') =>
  `<!doctype html><html lang="th"><head>${head}</head><body><nav><a href="/">หน้าหลัก</a></nav>${body}</body></html>`;

describe('the demo site index', async () => {
  await loadValidator();
  const index = await buildSiteSearchIndex({ siteDir, generatedAt: '2026-12-02T08:00:00+07:00' });
  const byUrl = new Map(index.documents.map((doc) => [doc.url, doc]));

  it('passes the search index schema and stays small', async () => {
    assert.deepEqual(await validate(searchIndexSchema, index, 'en'), []);
    assert.equal(index.version, 1);
    const json = JSON.stringify(index);
    assert.ok(Buffer.byteLength(json) < 150_000, `${Buffer.byteLength(json)} bytes`);
    assert.ok(gzipSync(json).length < 25_000, `${gzipSync(json).length} bytes gzip`);
  });

  it('has every page but the search page (noindex), with its title and the text of <main>', () => {
    const pages = index.documents.filter((doc) => doc.type === 'page').map((doc) => doc.url);
    for (const url of ['/', '/about/', '/about/history.html', '/faq.html', '/news.html', '/laws.html'])
      assert.ok(pages.includes(url), url);
    assert.ok(!pages.includes('/search.html'));
    const news = byUrl.get('/news.html');
    assert.equal(news.title, 'ข่าวประชาสัมพันธ์');
    assert.match(news.text.th, /ประชุมคณะกรมการจังหวัดสิงห์บุรี ครั้งที่ 10\/2569/);
    assert.match(news.text.en, /Sing Buri Provincial Committee meeting no\. 10\/2569/);
    assert.doesNotMatch(news.text.th, /[A-Za-z]{4}/, 'no English words in the Thai text');
    assert.doesNotMatch(news.text.th, /เมนูหลัก|แผนผังเว็บไซต์ติดต่อเรา/, 'navigation is not content');
  });

  it('has every news item, FAQ answer, e-service, event and service guide from the manifest', () => {
    const count = (type) => index.documents.filter((doc) => doc.type === type).length;
    assert.equal(count('news'), readJson('data/news.json').items.length);
    assert.equal(count('faq'), readJson('data/faq.json').items.length);
    assert.equal(count('e-service'), readJson('data/e-services.json').services.length);
    assert.equal(count('event'), readJson('data/events.json').events.length);
    assert.equal(count('service'), readJson('data/service-guide.json').services.length);
    assert.equal(count('document'), readJson('data/documents.json').items.length);
  });

  it('links each item where a person finds it, relative links resolved against the data file', () => {
    assert.ok(byUrl.has('/data/news-files/action-plan-2570.pdf'), 'a news file next to news.json');
    const faq = byUrl.get('/faq.html#copy-fee');
    assert.equal(faq.type, 'faq');
    assert.equal(faq.title.th, 'ค่าธรรมเนียมการขอสำเนาเอกสารราชการเท่าไร');
    assert.doesNotMatch(faq.text.th, /<|>/, 'answers are plain text');
    assert.equal(faq.date, '2024-01-09');
    // a document with no file of its own leads to the page that lists its kind
    const act = readJson('data/documents.json').items.find((item) => item.kind === 'act' && !item.url && !item.files);
    if (act) assert.ok(byUrl.has(`/laws.html#${act.id}`), act.id);
    assert.ok(byUrl.has('/service-guide.html#oia-request'));
  });

  it('keeps Thai as written (NFC, no zero-width characters) for the element to match inside phrases', () => {
    const event = index.documents.find((doc) => doc.type === 'event' && /ลอยกระทง/.test(doc.title.th));
    assert.ok(event, 'the Loy Krathong event');
    assert.ok(event.title.th.includes('ลอยกระทง'));
    assert.equal(event.date, '2026-11-24T17:00:00+07:00');
    for (const doc of index.documents) assert.doesNotMatch(JSON.stringify(doc), /[\u200b-\u200d\ufeff]/);
  });
});

describe('pageDocument', () => {
  it('takes the title before " | ", the description and the text of <main>, blocks apart and inline words together', () => {
    const doc = pageDocument(
      page(
        '<main><h1>ภาษี</h1><p>การชำระ<b>ภาษี</b>ที่ดิน</p><p>ปีละครั้ง</p><script>alert(1)</script><template>ซ่อน</template></main><footer>ท้ายหน้า</footer>',
        '<title>ภาษีที่ดิน | สำนักงานจังหวัดสิงห์บุรี</title><meta name="description" content="วิธีชำระภาษี">',
      ),
      '/tax.html',
    );
    assert.deepEqual(doc, {
      url: '/tax.html',
      type: 'page',
      title: 'ภาษีที่ดิน',
      excerpt: 'วิธีชำระภาษี',
      text: 'ภาษี การชำระภาษีที่ดิน ปีละครั้ง',
    });
  });

  it('keeps Thai and English apart on a page that gives its words in both (.th / .en pairs)', () => {
    const doc = pageDocument(
      page(
        '<main><h1><span class="th">ข่าว</span><span class="en" lang="en">News</span></h1><p>GovKit TH <span class="th">ประชุม</span><span class="en" lang="en">Meeting</span></p></main>',
      ),
      '/news.html',
    );
    assert.deepEqual(doc.text, { th: 'ข่าว GovKit TH ประชุม', en: 'News GovKit TH Meeting' });
  });

  it('leaves out pages marked noindex and pages without a title', () => {
    assert.equal(
      pageDocument(page('<main>x</main>', '<title>x</title><meta name="robots" content="noindex">'), '/x'),
      undefined,
    );
    assert.equal(pageDocument(page('<main>x</main>', ''), '/x'), undefined);
  });

  it('keeps the other words of a long page, split with Intl.Segmenter, once each', () => {
    const filler = 'ประกาศจังหวัดสิงห์บุรี '.repeat(120);
    const doc = pageDocument(
      page(`<main><p>${filler}</p><p>โครงการปลูกป่าชายเลนริมแม่น้ำเจ้าพระยา</p></main>`),
      '/long.html',
    );
    assert.ok(doc.text.length <= SEARCH_INDEX_LIMITS.text);
    assert.doesNotMatch(doc.text, /ปลูกป่า/);
    assert.match(doc.words, /ปลูก/);
    assert.match(doc.words, /ป่า/);
    assert.equal(doc.words.split(' ').filter((word) => word === 'ปลูก').length, 1);
  });
});

describe('contentDocuments and htmlToText', () => {
  it('writes hostile HTML in an FAQ answer as its text only', () => {
    assert.equal(htmlToText('<p>หน้าละ 1 บาท</p><img src=x onerror=alert(1)><script>alert(2)</script>'), 'หน้าละ 1 บาท');
    const [doc] = contentDocuments(
      'faq',
      { items: [{ id: 'a', question: 'อายุ < 60 ปี ขอได้ไหม', answer: '<p>คำตอบ</p><script>x()</script>' }] },
      { data: '/data/faq.json', page: '/faq.html' },
    );
    assert.deepEqual(doc, { url: '/faq.html#a', type: 'faq', title: 'อายุ < 60 ปี ขอได้ไหม', text: 'คำตอบ' });
  });

  it('ignores content types it does not index and data without the list', () => {
    assert.deepEqual(contentDocuments('contact', { name: 'x' }, { data: '/c.json' }), []);
    assert.deepEqual(contentDocuments('news', { nothing: [] }, { data: '/n.json' }), []);
  });
});

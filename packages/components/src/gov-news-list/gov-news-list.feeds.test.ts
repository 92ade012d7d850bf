/**
 * gov-news-list reading feeds: every real feed of rss-parser's test folder, format
 * detection by content, relative links, encodings, and hostile feeds (entity bombs,
 * huge files, script in every field).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { render as renderLit, type TemplateResult } from 'lit';
import { parseXml } from '@govkit-th/core';
import './define.js';
import type { GovNewsList } from './gov-news-list.js';
import { detectFormat } from './feeds.js';
import {
  expectNoActiveContent,
  settledFixture,
  shadowQuery,
  shadowQueryAll,
  trapScriptExecution,
  visibleText,
  waitForState,
  withFetch,
  xssPayloads,
} from '../../test/helpers.js';

const FEEDS = '/packages/components/test/fixtures/gov-news-list/feeds/';
const INPUT = '/conformance/feeds-rss-parser/test/input/';
const OUTPUT = '/conformance/feeds-rss-parser/test/output/';

const wrappers: HTMLElement[] = [];
afterEach(() => wrappers.splice(0).forEach((wrapper) => wrapper.remove()));

/**
 * Renders `template` inside `<div lang=…>`, as on a Thai or English page. Not open-wc's
 * `fixture` for the wrapper: it waits for an animation frame, which a test page running
 * in a background tab (wtr runs two at once) never gets.
 */
async function inPage(lang: string, template: TemplateResult): Promise<GovNewsList> {
  const wrapper = document.createElement('div');
  wrapper.lang = lang;
  document.body.append(wrapper);
  wrappers.push(wrapper);
  renderLit(template, wrapper);
  const news = wrapper.querySelector('gov-news-list')!;
  await news.updateComplete;
  return news;
}

/** The conformance folder, listed by the test server (the static route has no listing). */
const conformanceFiles: string[] = await (await fetch('/conformance-index/feeds-rss-parser/test/input')).json();

/** rss-parser wrote this golden file in Latin-1 (its test reads it so). */
const GOLDEN_ENCODING: Record<string, string> = { 'encoding.json': 'windows-1252' };

const fold = (text: string) => text.replace(/\s+/g, ' ').trim();

async function render(src: string, pageSize = 100000): Promise<GovNewsList> {
  const news = await fixture<GovNewsList>(html`<gov-news-list page-size=${pageSize} src=${src}></gov-news-list>`);
  await news.whenSettled();
  return news;
}

/** What a person sees of each item: its title (or the "untitled" line) and its publication date. */
function seen(news: GovNewsList): string[] {
  return shadowQueryAll(news, 'li[part=item]').map((item) => {
    const title = fold(item.querySelector('.title')!.textContent!);
    const date = item.querySelector('.published time')?.getAttribute('datetime') ?? '-';
    return `${title} | ${date}`;
  });
}

async function serve(
  body: BodyInit,
  contentType: string,
  path: string,
  run: (news: GovNewsList) => Promise<void>,
): Promise<void> {
  await withFetch(
    () => new Response(body, { headers: { 'content-type': contentType } }),
    async () => {
      const news = await render(path);
      await run(news);
    },
  );
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Thai text in TIS-620 bytes (Thai letters U+0E01–U+0E5B are bytes 0xA1–0xFB; ASCII as is). */
function tis620(text: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(Array.from(text), (char) => {
    const code = char.charCodeAt(0);
    if (code < 0x80) return code;
    if (code >= 0x0e01 && code <= 0x0e5b) return code - 0x0e01 + 0xa1;
    throw new Error(`not TIS-620: ${char}`);
  });
}

describe('gov-news-list feeds', () => {
  describe('conformance: every feed in feeds-rss-parser/test/input', () => {
    it('lists the whole folder', () => {
      expect(conformanceFiles.length).to.be.greaterThan(25);
    });

    for (const file of conformanceFiles) {
      const name = file.replace(/\.[^.]+$/, '');
      it(`${file}: the same items, titles and dates as rss-parser's output`, async function () {
        this.timeout(30000);
        const news = await render(INPUT + file);
        const golden = await fetch(`${OUTPUT}${name}.json`);
        if (file === 'unrecognized.rss') {
          // An HTML "Document Moved" page: rss-parser throws, the element says so.
          expect(golden.status).to.equal(404);
          expect(news.state).to.equal('error');
          expect(news.error!.kind).to.equal('parse');
          expect(visibleText(news)).to.contain('ไฟล์ข่าวแบบ XML มีโครงสร้างไม่ถูกต้อง');
          return;
        }
        expect(news.state, news.error?.message).to.equal('ready');
        if (!golden.ok) {
          // itunes-missing-image.rss has no golden file (rss-parser only checks it parses):
          // every <item> must be there.
          const text = await (await fetch(INPUT + file)).text();
          expect(shadowQueryAll(news, 'li[part=item]')).to.have.length(text.match(/<item[\s>]/g)!.length);
          return;
        }
        const bytes = await golden.arrayBuffer();
        const expected = JSON.parse(new TextDecoder(GOLDEN_ENCODING[`${name}.json`] ?? 'utf-8').decode(bytes)).feed
          .items as Array<{
          title?: string;
          isoDate?: string;
        }>;
        const wanted = expected.map((item) => `${fold(item.title ?? '') || 'ข่าวที่ไม่มีชื่อเรื่อง'} | ${item.isoDate ?? '-'}`);
        const got = seen(news);
        expect(got.length).to.equal(wanted.length);
        expect([...got].sort()).to.deep.equal([...wanted].sort());
      });
    }
  });

  describe('format detection by content, whatever the Content-Type says', () => {
    const cases: Array<[string, string, string, string]> = [
      ['news.rss', 'application/json', 'rss', 'ประกาศปิดถนนชั่วคราว'],
      ['news.atom', 'text/plain', 'atom', 'เปิดรับฟังความคิดเห็นร่างแผนพัฒนาจังหวัด'],
      ['news-feed.json', 'application/xml', 'json-feed', 'ปลูกต้นไม้เฉลิมพระเกียรติ'],
      ['../news.json', 'application/rss+xml', 'govkit-json', 'แผนปฏิบัติราชการจังหวัดสิงห์บุรี ประจำปีงบประมาณ 2570'],
    ];
    for (const [file, contentType, format, firstTitle] of cases) {
      it(`${file} served as ${contentType} is read as ${format}`, async () => {
        const text = await (await fetch(FEEDS + file)).text();
        expect(detectFormat(text, parseXml)).to.equal(format);
        await serve(text, contentType, '/any/where/news', async (news) => {
          expect(news.state, news.error?.message).to.equal('ready');
          expect(fold(shadowQuery(news, '.title')!.textContent!)).to.equal(firstTitle);
        });
      });
    }

    it('tells RSS 1.0 from RSS 2.0, and knows what is no feed', () => {
      expect(
        detectFormat(
          '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"/>',
          parseXml,
        ),
      ).to.equal('rss1');
      expect(detectFormat('\uFEFF\n  <rss version="0.91"/>', parseXml)).to.equal('rss');
      expect(detectFormat('<html/>', parseXml)).to.equal(undefined);
      expect(detectFormat('hello', parseXml)).to.equal(undefined);
      expect(detectFormat('{"items": []}', parseXml)).to.equal('govkit-json');
    });
  });

  describe('links resolve against the feed’s own URL', () => {
    it('RSS: item links, enclosures and pictures', async () => {
      const text = await (await fetch(`${FEEDS}news.rss`)).text();
      await serve(text, 'application/rss+xml', '/feeds/deep/news.rss', async (news) => {
        const origin = location.origin;
        const links = shadowQueryAll<HTMLAnchorElement>(news, '.title a').map((a) => a.href);
        expect(links).to.deep.equal([
          `${origin}/news/road-closure.html`,
          `${origin}/feeds/news/committee-october.html`,
          'https://www.singburi.go.th/news/unknown-date.html',
        ]);
        expect(shadowQuery<HTMLAnchorElement>(news, 'a[part=attachment]')!.href).to.equal(
          `${origin}/feeds/deep/files/minutes-october.pdf`,
        );
        expect(shadowQuery<HTMLImageElement>(news, 'img')!.src).to.equal(`${origin}/feeds/deep/images/road.jpg`);
      });
    });

    it('Atom: xml:base on the feed and on an entry', async () => {
      await settledFixture<GovNewsList>(html`<gov-news-list src=${`${FEEDS}news.atom`}></gov-news-list>`).then(
        (news) => {
          const links = shadowQueryAll<HTMLAnchorElement>(news, '.title a').map((a) => a.href);
          expect(links).to.deep.equal([
            'https://agency.example.go.th/news/draft-plan.html',
            'https://agency.example.go.th/other/own-base.html',
          ]);
          expect(shadowQuery<HTMLAnchorElement>(news, 'a[part=attachment]')!.href).to.equal(
            'https://agency.example.go.th/news/files/draft-plan.docx',
          );
        },
      );
    });

    it('JSON Feed: item links and attachments', async () => {
      const news = await render(`${FEEDS}news-feed.json`);
      const base = new URL(FEEDS, location.href).href;
      expect(shadowQuery<HTMLAnchorElement>(news, '.title a')!.href).to.equal(`${base}articles/tree-planting.html`);
      expect(shadowQueryAll<HTMLAnchorElement>(news, 'a[part=attachment]').map((a) => a.href)).to.deep.equal([
        `${base}files/photos.zip`,
        `${base}files/results.txt`,
      ]);
      expect(shadowQuery<HTMLImageElement>(news, 'img')!.src).to.equal(`${base}images/trees.svg`);
    });
  });

  describe('what feeds become', () => {
    it('RSS: HTML descriptions become plain text, unreadable dates are left out, enclosures become files', async () => {
      const news = await render(`${FEEDS}news.rss`);
      expect(shadowQuery(news, 'h2')!.textContent).to.equal('ข่าวสำนักงานจังหวัดสิงห์บุรี (RSS)');
      const october = shadowQueryAll(news, 'li[part=item]')[1];
      expect(october.querySelector('.summary')!.textContent).to.equal(
        'ผู้ว่าราชการจังหวัดสิงห์บุรีเป็นประธานการประชุม & มอบนโยบาย',
      );
      expect(fold(october.querySelector('[part=attachment]')!.textContent!)).to.equal(
        'minutes-october.pdf (PDF ขนาด 1.2 เมกะไบต์)',
      );
      expect(october.querySelector('.category')!.textContent).to.equal('ข่าวกิจกรรม');
      const undated = shadowQueryAll(news, 'li[part=item]')[2];
      expect(undated.textContent).to.contain('ข่าวที่วันที่อ่านไม่ได้');
      expect(undated.querySelector('time')).to.equal(null);
      expect(visibleText(news)).to.contain('แหล่งที่มา');
      expectNoActiveContent(news);
    });

    it('Atom: HTML titles lose their tags, text summaries keep their angle brackets, both dates shown', async () => {
      const news = await render(`${FEEDS}news.atom`);
      expect(shadowQuery(news, 'h2')!.textContent).to.equal('ข่าว Atom & ประกาศ');
      const first = shadowQuery(news, 'li[data-index="0"]')!;
      expect(first.querySelector('.summary')!.textContent).to.equal('ร่วมแสดงความคิดเห็น <ก่อน> วันที่ 31 ตุลาคม');
      expect(first.querySelector('.updated time')!.getAttribute('datetime')).to.equal('2026-10-20T02:00:00.000Z');
      expect(first.querySelector('.category')!.textContent).to.equal('รับฟังความคิดเห็น');
      expect(fold(first.querySelector('[part=attachment]')!.textContent!)).to.equal(
        'ร่างแผนพัฒนาจังหวัด (DOCX ขนาด 52 กิโลไบต์)',
      );
    });

    it('JSON Feed: titles, tags, dates and attachments in English too', async () => {
      const news = await inPage('en', html`<gov-news-list src=${`${FEEDS}news-feed.json`}></gov-news-list>`);
      await waitForState(news, 'ready');
      const files = shadowQueryAll(news, '[part=attachment]').map((file) => fold(file.textContent!));
      expect(files).to.deep.equal(['ภาพกิจกรรม (ZIP, 15 MB)', 'results.txt (TXT, 900 bytes)']);
      expect(shadowQuery(news, '.summary')!.textContent).to.equal('ข้าราชการและประชาชนร่วมปลูกต้นไม้');
      expect(shadowQueryAll(news, '.summary')[1].textContent).to.equal('รายชื่อผู้ผ่านการคัดเลือก <ดูไฟล์แนบ>');
      expect(shadowQuery(news, '.title')!.getAttribute('lang'), 'Thai feed text on an English page').to.equal('th');
    });

    it('keeps feed items without a title or a date', async () => {
      const rss = `<rss version="2.0"><channel><title>t</title>
        <item><description>ไม่มีชื่อเรื่อง</description><pubDate>not a date</pubDate></item>
        <item><title>   </title><pubDate>Mon, 02 Nov 2026 10:00:00 +0700</pubDate></item>
      </channel></rss>`;
      await serve(rss, 'application/rss+xml', '/untitled.rss', async (news) => {
        expect(news.state).to.equal('ready');
        expect(seen(news)).to.deep.equal(['ข่าวที่ไม่มีชื่อเรื่อง | 2026-11-02T03:00:00.000Z', 'ข่าวที่ไม่มีชื่อเรื่อง | -']);
        expect(visibleText(news)).to.contain('ไม่มีชื่อเรื่อง');
      });
    });
  });

  describe('encodings', () => {
    const thai = 'ข่าวประชาสัมพันธ์จังหวัดสิงห์บุรี';
    it('reads a TIS-620 feed named in its XML declaration', async () => {
      const bytes = tis620(
        `<?xml version="1.0" encoding="TIS-620"?><rss version="2.0"><channel><title>${thai}</title><item><title>${thai}</title></item></channel></rss>`,
      );
      await serve(bytes, 'application/rss+xml', '/tis620.rss', async (news) => {
        expect(news.state, news.error?.message).to.equal('ready');
        expect(shadowQuery(news, '.title')!.textContent).to.equal(thai);
      });
    });

    it('reads a windows-874 feed named in the Content-Type', async () => {
      const bytes = tis620(`<rss version="2.0"><channel><item><title>${thai}</title></item></channel></rss>`);
      await serve(bytes, 'text/xml; charset=windows-874', '/win874.rss', async (news) => {
        expect(shadowQuery(news, '.title')!.textContent).to.equal(thai);
      });
    });
  });

  describe('hostile feeds', () => {
    const lol = (() => {
      let dtd = '<!ENTITY lol "lol">';
      for (let level = 1; level <= 9; level += 1)
        dtd += `<!ENTITY lol${level} "${`&lol${level - 1 || ''};`.replace('&lol0;', '&lol;').repeat(10)}">`;
      return `<?xml version="1.0"?><!DOCTYPE rss [${dtd}]><rss version="2.0"><channel><item><title>&lol9;</title></item></channel></rss>`;
    })();

    it('Chromium itself refuses a billion-laughs bomb', () => {
      const document = new DOMParser().parseFromString(lol, 'application/xml');
      expect(document.getElementsByTagName('parsererror')).to.have.length(1);
    });

    for (const [name, body] of [
      ['billion laughs', lol],
      [
        'quadratic blow-up (Chromium needs ~25 s to refuse it alone)',
        `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "${'A'.repeat(100000)}">]><rss version="2.0"><channel><item><title>${'&a;'.repeat(20000)}</title></item></channel></rss>`,
      ],
      [
        'external entity',
        '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss version="2.0"><channel><item><title>&x;</title></item></channel></rss>',
      ],
    ]) {
      it(`an XML entity bomb (${name}) is refused at once with a localised error`, async () => {
        for (const lang of ['th', 'en']) {
          await withFetch(
            () => new Response(body, { headers: { 'content-type': 'application/rss+xml' } }),
            async () => {
              const news = await inPage(lang, html`<gov-news-list src="/bomb.rss"><p>สำรอง</p></gov-news-list>`);
              await waitForState(news, 'error', 2000);
              expect(news.error!.reason).to.equal('xml-unsafe');
              expect(visibleText(news)).to.contain(
                lang === 'th' ? 'ประกาศ entity ซึ่งไม่อนุญาต' : 'declares entities, which are refused',
              );
              await expect(news).to.be.accessible();
            },
          );
        }
      });
    }

    it('a 5 MB feed renders its first page and counts every item', async function () {
      this.timeout(30000);
      const item = (index: number) =>
        `<item><title>ข่าวที่ ${index} จากฟีดขนาดใหญ่</title><link>https://example.go.th/n/${index}</link><description>${'รายละเอียดข่าว '.repeat(12)}</description><pubDate>${new Date(Date.UTC(2026, 0, 1) + index * 60_000).toUTCString()}</pubDate></item>`;
      const parts = ['<rss version="2.0"><channel><title>ฟีดใหญ่</title>'];
      let size = 0;
      let count = 0;
      while (size < 5 * 1024 * 1024) {
        const next = item(count);
        parts.push(next);
        size += next.length * 2;
        count += 1;
      }
      parts.push('</channel></rss>');
      const body = parts.join('');
      expect(new TextEncoder().encode(body).length).to.be.greaterThan(5 * 1024 * 1024);
      await withFetch(
        () => new Response(body, { headers: { 'content-type': 'application/rss+xml' } }),
        async () => {
          const news = await fixture<GovNewsList>(html`<gov-news-list src="/big.rss"></gov-news-list>`);
          await waitForState(news, 'ready', 20000);
          expect(shadowQueryAll(news, 'li[part=item]')).to.have.length(10);
          expect(fold(shadowQuery(news, '.title')!.textContent!)).to.equal(`ข่าวที่ ${count - 1} จากฟีดขนาดใหญ่`);
          expect(visibleText(news)).to.contain(`แสดง 10 จาก ${count.toLocaleString('en-US')} ข่าว`);
        },
      );
    });

    it('a feed over the 10 MB limit is refused as too large', async () => {
      const body = `<rss version="2.0"><channel>${'<item><title>x</title></item>'.repeat(400000)}</channel></rss>`;
      await withFetch(
        () => new Response(body, { headers: { 'content-type': 'application/rss+xml' } }),
        async () => {
          const news = await fixture<GovNewsList>(html`<gov-news-list src="/huge.rss"></gov-news-list>`);
          await waitForState(news, 'error', 10000);
          expect(news.error!.kind).to.equal('too-large');
          expect(visibleText(news)).to.contain('ไฟล์ข้อมูลมีขนาดใหญ่เกินกว่าที่จะแสดงได้');
        },
      );
    });

    it('XSS payloads in every field of an RSS and a JSON feed never run and show as text', async () => {
      const trap = trapScriptExecution();
      try {
        const payloads = await xssPayloads(120);
        const rssItems = payloads
          .map(
            (payload, index) => `<item>
              <title>${escapeXml(payload)}</title>
              <link>${escapeXml(payload)}</link>
              <guid>${escapeXml(payload)}</guid>
              <description><![CDATA[${payload.replace(/]]>/g, '')}]]></description>
              <category>${escapeXml(payload)}</category>
              <pubDate>${index % 2 ? escapeXml(payload) : 'Mon, 02 Nov 2026 10:00:00 +0700'}</pubDate>
              <enclosure url="${escapeXml(payload)}" type="${escapeXml(payload)}" length="${escapeXml(payload)}"/>
              <media:thumbnail xmlns:media="http://search.yahoo.com/mrss/" url="${escapeXml(payload)}" width="${escapeXml(payload)}"/>
            </item>`,
          )
          .join('');
        const rss = `<rss version="2.0"><channel><title>${escapeXml(payloads[0])}</title><link>${escapeXml(payloads[1])}</link>${rssItems}</channel></rss>`;
        const jsonFeed = JSON.stringify({
          version: 'https://jsonfeed.org/version/1.1',
          title: payloads[2],
          language: payloads[3],
          items: payloads.map((payload, index) => ({
            id: payload,
            url: payload,
            title: payload,
            content_html: payload,
            summary: index % 2 ? payload : undefined,
            date_published: payload,
            tags: [payload],
            image: payload,
            attachments: [{ url: payload, mime_type: payload, title: payload, size_in_bytes: payload }],
          })),
        });
        for (const [body, type] of [
          [rss, 'application/rss+xml'],
          [jsonFeed, 'application/feed+json'],
        ]) {
          await serve(body, type, '/hostile', async (news) => {
            expect(news.state, news.error?.message).to.equal('ready');
            news.pageSize = 200;
            await news.updateComplete;
            expect(shadowQueryAll(news, 'li[part=item]')).to.have.length(payloads.length);
            expect(shadowQueryAll(news, '.summary *')).to.have.length(0);
            await new Promise((resolve) => setTimeout(resolve, 200));
            expectNoActiveContent(news);
          });
        }
        expect(trap.calls).to.deep.equal([]);
      } finally {
        trap.restore();
      }
    });

    it('javascript: links in a feed are shown as text', async () => {
      const rss = `<rss version="2.0"><channel><item><title>ลิงก์อันตราย</title><link>javascript:alert(1)</link>
        <enclosure url="javascript:alert(2)" type="application/pdf" length="10"/></item></channel></rss>`;
      await serve(rss, 'application/rss+xml', '/js.rss', async (news) => {
        expect(shadowQuery(news, '.title a')).to.equal(null);
        expect(shadowQuery(news, '.title')!.textContent).to.equal('ลิงก์อันตราย');
        expect(shadowQuery(news, '[part=attachment]')!.localName).to.equal('span');
        expectNoActiveContent(news);
      });
    });
  });
});

import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import './define.js';
import type { GovNewsList } from './gov-news-list.js';
import type { NewsData, NewsItem } from '@govkit-th/schemas';
import {
  LONG_THAI,
  expectEmptyState,
  expectLoadingWithFallback,
  expectLongThaiWrapsAt320,
  expectNoActiveContent,
  expectPayloadsInert,
  hangingFetch,
  lifecycleErrorCases,
  settledFixture,
  shadowQuery,
  shadowQueryAll,
  visibleText,
  waitForState,
  withFetch,
} from '../../test/helpers.js';

const FIXTURE = '/packages/components/test/fixtures/gov-news-list/news.json';

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
  render(template, wrapper);
  const news = wrapper.querySelector('gov-news-list')!;
  await news.updateComplete;
  return news;
}

const sample: NewsData = {
  items: [
    {
      id: 'a',
      title: 'ประกาศรับสมัครงาน',
      publishedAt: '2018-05-16',
      updatedAt: '2018-05-20',
      category: 'ประกาศ',
      url: 'https://www.singburi.go.th/a',
    },
    { id: 'b', title: 'ข่าวเก่ากว่า', publishedAt: '2018-05-01', category: 'ข่าวกิจกรรม' },
  ],
};

async function newsWithData(data: unknown, lang = 'th', attributes: { pageSize?: number } = {}): Promise<GovNewsList> {
  const news = await inPage(lang, html`<gov-news-list page-size=${attributes.pageSize ?? 10}></gov-news-list>`);
  news.data = data as NewsData;
  await news.whenSettled();
  return news;
}

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

function titles(news: GovNewsList): string[] {
  return shadowQueryAll(news, '.title').map((title) => title.textContent!.replace(/\s+/g, ' ').trim());
}

function items(count: number, extra: (index: number) => Partial<NewsItem> = () => ({})): NewsItem[] {
  return Array.from({ length: count }, (_, index) => ({
    id: `n${index}`,
    title: `ข่าวลำดับที่ ${index + 1}`,
    publishedAt: new Date(Date.UTC(2026, 0, 1) + (count - index) * 3600_000).toISOString(),
    ...extra(index),
  }));
}

describe('gov-news-list', () => {
  describe('loading', () => {
    it('shows a status line and keeps the fallback content visible', async () => {
      await withFetch(hangingFetch, async () => {
        const news = await fixture<GovNewsList>(
          html`<gov-news-list src="/never.json"><p>ดูข่าวได้ที่ศาลากลางจังหวัด</p></gov-news-list>`,
        );
        await expectLoadingWithFallback(news, 'ดูข่าวได้ที่ศาลากลางจังหวัด');
      });
    });
  });

  describe('ready', () => {
    it('renders the first page of news from src, newest first, with Buddhist-era dates, and fires gov-load', async () => {
      const news = document.createElement('gov-news-list');
      const loaded = oneEvent(news, 'gov-load');
      news.src = FIXTURE;
      document.body.append(news);
      try {
        const event = await loaded;
        await news.updateComplete;
        expect(event.detail.items).to.have.length(13);
        expect(event.detail.items[0].id).to.equal('action-plan');
        expect(news.state).to.equal('ready');
        expect(shadowQuery(news, 'h2')!.textContent).to.equal('ข่าวประชาสัมพันธ์ สำนักงานจังหวัดสิงห์บุรี');
        expect(shadowQueryAll(news, 'li[part=item]')).to.have.length(10);
        expect(titles(news).slice(0, 3)).to.deep.equal([
          'แผนปฏิบัติราชการจังหวัดสิงห์บุรี ประจำปีงบประมาณ 2570',
          'แจ้งเตือนระดับน้ำแม่น้ำเจ้าพระยาเพิ่มสูงขึ้น',
          'ประกาศรับสมัครพนักงานราชการทั่วไป ตำแหน่งเจ้าพนักงานธุรการ',
        ]);
        const first = shadowQuery(news, 'li[data-index="0"]')!;
        expect(first.querySelector('.published')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
          'เผยแพร่เมื่อ 1 ต.ค. 2569',
        );
        expect(first.querySelector('.published time')!.getAttribute('datetime')).to.equal('2026-10-01');
        expect(visibleText(news)).to.contain('แสดง 10 จาก 13 ข่าว');
        await expect(news).to.be.accessible();
      } finally {
        news.remove();
      }
    });

    it('shows the last-modified date only when it falls on another day', async () => {
      const news = await settledFixture<GovNewsList>(html`<gov-news-list src=${FIXTURE}></gov-news-list>`);
      const recruit = shadowQuery(news, 'li[data-index="2"]')!;
      expect(recruit.querySelector('.updated')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        'ปรับปรุงล่าสุด 5 ส.ค. 2569',
      );
      expect(recruit.querySelector('.updated time')!.getAttribute('datetime')).to.equal('2026-08-05');
      const fair = shadowQueryAll(news, 'li[part=item]').find((li) => li.textContent!.includes('งานมหกรรมปลาแม่ลา'))!;
      expect(fair.querySelector('.published time')!.getAttribute('datetime')).to.equal('2026-07-20T02:30:00.000Z');
      expect(fair.querySelector('.updated'), 'updated the same day').to.equal(null);
    });

    it('speaks English when the page is English', async () => {
      const news = await inPage('en', html`<gov-news-list src=${FIXTURE}></gov-news-list>`);
      await waitForState(news, 'ready');
      expect(shadowQuery(news, 'h2')!.textContent).to.equal('News from Sing Buri Provincial Office');
      expect(titles(news)[0]).to.equal('Sing Buri action plan, fiscal year 2027');
      expect(shadowQuery(news, '.published')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        'Published 1 Oct 2026',
      );
      expect(visibleText(news)).to.contain('Showing 10 of 13 news items');
      expect(shadowQuery(news, 'button.more')!.textContent!.trim()).to.equal('Show 3\u00a0more');
      expect(shadowQuery(news, 'label[for=category]')!.textContent).to.equal('Category');
      await expect(news).to.be.accessible();
    });

    it('shows Thai digits when numerals="thai"', async () => {
      const news = await settledFixture<GovNewsList>(
        html`<gov-news-list numerals="thai" .data=${sample}></gov-news-list>`,
      );
      expect(shadowQuery(news, '.published time')!.textContent).to.equal('๑๖ พ.ค. ๒๕๖๑');
      expect(visibleText(news)).to.contain('ทั้งหมด ๒ ข่าว');
    });

    it('names each attachment with its file type and a readable size, in Thai and English', async () => {
      const news = await settledFixture<GovNewsList>(html`<gov-news-list src=${FIXTURE}></gov-news-list>`);
      const recruit = shadowQuery(news, 'li[data-index="2"]')!;
      const labels = Array.from(recruit.querySelectorAll('[part=attachment]')).map((a) =>
        a.textContent!.replace(/\s+/g, ' ').trim(),
      );
      expect(labels).to.deep.equal([
        'ประกาศรับสมัคร (PDF ขนาด 1.2 เมกะไบต์)',
        'ใบสมัคร (DOCX ขนาด 358 กิโลไบต์)',
        'คำสั่งแต่งตั้งกรรมการ (สแกน) (TIFF ขนาด 2 กิโลไบต์)',
        'หมายเหตุ (ไฟล์ ขนาด 512 ไบต์)',
      ]);
      const first = recruit.querySelector<HTMLAnchorElement>('a[part=attachment]')!;
      expect(first.href).to.equal(
        new URL('/packages/components/test/fixtures/gov-news-list/files/recruit-2569.pdf', location.href).href,
      );
      expect(recruit.querySelector('.attachments-title')!.textContent).to.equal('เอกสารแนบ');

      const english = await inPage('en', html`<gov-news-list src=${FIXTURE}></gov-news-list>`);
      await waitForState(english, 'ready');
      const englishLabels = Array.from(
        shadowQuery(english, 'li[data-index="2"]')!.querySelectorAll('[part=attachment]'),
      ).map((a) => a.textContent!.replace(/\s+/g, ' ').trim());
      expect(englishLabels).to.deep.equal([
        'Vacancy notice (PDF, 1.2 MB)',
        'Application form (DOCX, 358 kB)',
        'Committee order (scan) (TIFF, 2 kB)',
        'Notes (File, 512 bytes)',
      ]);
      expect(shadowQuery(english, 'li[data-index="0"] [part=attachment]')!.textContent).to.contain(
        '(PDF, 2.4\u00a0MB)',
      );
    });

    it('gives pictures their alt text, their size before they load, and lazy loading', async () => {
      const news = await settledFixture<GovNewsList>(html`<gov-news-list src=${FIXTURE}></gov-news-list>`);
      const sized = shadowQueryAll<HTMLImageElement>(news, 'img.sized')[0];
      expect(sized.alt).to.equal('ปลาช่อนแม่ลาย่างเกลือวางบนจาน');
      expect(sized.getAttribute('width')).to.equal('640');
      expect(sized.getAttribute('height')).to.equal('360');
      expect(sized.getAttribute('loading')).to.equal('lazy');
      const unsized = shadowQuery<HTMLImageElement>(news, 'img.unsized')!;
      expect(unsized.getAttribute('alt')).to.equal('');
      expect(getComputedStyle(unsized).aspectRatio).to.equal('16 / 9');
      expect(unsized.getBoundingClientRect().height).to.be.greaterThan(0);
    });

    it('reveals the next page with the keyboard and moves focus to the first new item', async () => {
      const news = await settledFixture<GovNewsList>(
        html`<gov-news-list page-size="5" src=${FIXTURE}></gov-news-list>`,
      );
      expect(shadowQueryAll(news, 'li[part=item]')).to.have.length(5);
      const more = shadowQuery<HTMLButtonElement>(news, 'button.more')!;
      expect(more.textContent!.trim()).to.equal('แสดงข่าวเพิ่มอีก 5\u00a0ข่าว');
      more.focus();
      await sendKeys({ press: 'Enter' });
      await nextTask();
      expect(shadowQueryAll(news, 'li[part=item]')).to.have.length(10);
      const active = news.shadowRoot!.activeElement!;
      expect(active.closest('li')!.getAttribute('data-index')).to.equal('5');
      expect(active.localName).to.equal('a');
      expect(shadowQuery(news, '.count')!.textContent).to.contain('แสดง 10 จาก 13\u00a0ข่าว');
      shadowQuery<HTMLButtonElement>(news, 'button.more')!.focus();
      await sendKeys({ press: 'Space' });
      await nextTask();
      expect(shadowQueryAll(news, 'li[part=item]')).to.have.length(13);
      expect(shadowQuery(news, 'button.more'), 'no button once everything is shown').to.equal(null);
      expect(shadowQuery(news, '.count')!.textContent).to.contain('ทั้งหมด 13\u00a0ข่าว');
      await expect(news).to.be.accessible();
    });

    it('moves focus to the heading of a new item that has no link', async () => {
      const news = await newsWithData({ items: items(4) }, 'th', { pageSize: 2 });
      await news.showMore();
      const active = news.shadowRoot!.activeElement!;
      expect(active.localName).to.equal('h3');
      expect(active.textContent).to.equal('ข่าวลำดับที่ 3');
    });

    it('filters by category, with counts, and starts again at the first page', async () => {
      const news = await settledFixture<GovNewsList>(
        html`<gov-news-list page-size="3" src=${FIXTURE}></gov-news-list>`,
      );
      await news.showMore();
      expect(shadowQueryAll(news, 'li[part=item]')).to.have.length(6);
      const select = shadowQuery<HTMLSelectElement>(news, 'select')!;
      expect(Array.from(select.options).map((o) => o.textContent!.trim())).to.deep.equal([
        'ทุกหมวดหมู่',
        'ข่าวกิจกรรม (6)',
        'จัดซื้อจัดจ้าง (2)',
        'ประกาศ (5)',
      ]);
      select.focus();
      select.value = 'จัดซื้อจัดจ้าง';
      select.dispatchEvent(new Event('change'));
      await news.updateComplete;
      expect(titles(news)).to.deep.equal(['สรุปผลการจัดซื้อจัดจ้าง ไตรมาส 3', 'สรุปผลการจัดซื้อจัดจ้าง ไตรมาส 2']);
      expect(shadowQuery(news, '.count')!.textContent).to.contain('ทั้งหมด 2\u00a0ข่าว');
      select.value = 'ประกาศ';
      select.dispatchEvent(new Event('change'));
      await news.updateComplete;
      expect(shadowQueryAll(news, 'li[part=item]')).to.have.length(3);
      expect(shadowQuery(news, '.count')!.textContent).to.contain('แสดง 3 จาก 5\u00a0ข่าว');
      await expect(news).to.be.accessible();
    });

    it('says so when the category set from the page has no news', async () => {
      const news = await settledFixture<GovNewsList>(
        html`<gov-news-list category="ไม่มีหมวดนี้" .data=${sample}></gov-news-list>`,
      );
      expect(shadowQueryAll(news, 'li[part=item]')).to.have.length(0);
      expect(visibleText(news)).to.contain('ไม่มีข่าวในหมวดหมู่ “ไม่มีหมวดนี้”');
    });

    it('keeps items without a date, last, and says when an item has no title', async () => {
      const news = await newsWithData({
        items: [
          { id: 'undated', title: 'ไม่มีวันที่' },
          { id: 'untitled', publishedAt: '2026-01-02', url: 'https://www.singburi.go.th/x' },
          { id: 'dated', title: 'มีวันที่', publishedAt: '2026-01-01' },
        ],
      });
      expect(titles(news)).to.deep.equal(['ข่าวที่ไม่มีชื่อเรื่อง', 'มีวันที่', 'ไม่มีวันที่']);
      expect(shadowQuery(news, '.untitled')!.closest('a')!.href).to.equal('https://www.singburi.go.th/x');
      expect(shadowQuery(news, 'li[data-index="2"] time')).to.equal(null);
    });

    it('shows summaries as plain text and shortens long ones at a word boundary', async () => {
      const long = `${LONG_THAI}${LONG_THAI}`;
      const news = await newsWithData({
        items: [
          {
            id: 'html',
            title: 'มี HTML',
            summary: '<p>ข้อความ <b>ตัวหนา</b> &amp; <img src=x onerror="alert(1)">ต่อท้าย</p>',
            publishedAt: '2026-01-03',
          },
          { id: 'long', title: 'ยาว', summary: long, publishedAt: '2026-01-02' },
        ],
      });
      const summaries = shadowQueryAll(news, '.summary');
      expect(summaries[0].textContent).to.equal('ข้อความ ตัวหนา & ต่อท้าย');
      expect(summaries[0].children).to.have.length(0);
      const shortened = summaries[1].textContent!;
      expect(shortened.endsWith('…')).to.equal(true);
      expect(shortened.length).to.be.at.most(281);
      expect(long.startsWith(shortened.slice(0, -1))).to.equal(true);
      // Cut between Thai words: the next character starts a new word in the dictionary.
      const segments = Array.from(new Intl.Segmenter('th', { granularity: 'word' }).segment(long), (s) => s.index);
      expect(segments).to.include(shortened.length - 1);
    });

    it('renders 10,000 items as one page of 10 and tells how many there are', async () => {
      const many = items(10000, (index) => ({ category: index % 2 ? 'ประกาศ' : 'ข่าวกิจกรรม' }));
      const news = await newsWithData({ items: many });
      expect(news.state).to.equal('ready');
      expect(shadowQueryAll(news, 'li[part=item]')).to.have.length(10);
      expect(titles(news)[0]).to.equal('ข่าวลำดับที่ 1');
      expect(visibleText(news)).to.contain('แสดง 10 จาก 10,000 ข่าว');
      expect(shadowQueryAll(news, 'option').map((o) => o.textContent!.trim())).to.deep.equal([
        'ทุกหมวดหมู่',
        'ข่าวกิจกรรม (5,000)',
        'ประกาศ (5,000)',
      ]);
    });

    it('sorts a shuffled list newest first without changing the caller’s array', async () => {
      const list = items(30).reverse();
      const news = await newsWithData({ items: list }, 'th', { pageSize: 30 });
      expect(titles(news)).to.deep.equal(items(30).map((item) => item.title));
      expect(list[0].id).to.equal('n29');
    });

    it('lets the page override any string with data-i18n-*', async () => {
      const news = await settledFixture<GovNewsList>(
        html`<gov-news-list data-i18n-title="ข่าวเด่น" .data=${{ items: sample.items }}></gov-news-list>`,
      );
      expect(shadowQuery(news, 'h2')!.textContent).to.equal('ข่าวเด่น');
    });

    it('puts item titles one level below the list heading', async () => {
      const news = await settledFixture<GovNewsList>(
        html`<gov-news-list heading-level="3" .data=${sample}></gov-news-list>`,
      );
      expect(shadowQuery(news, 'h3')!.textContent).to.equal('ข่าวประชาสัมพันธ์');
      expect(shadowQueryAll(news, 'h4.title')).to.have.length(2);
    });

    it('wraps long Thai text at 320 px without sideways scrolling', async () => {
      await expectLongThaiWrapsAt320(
        () =>
          newsWithData({
            items: [
              {
                id: 'long',
                title: LONG_THAI,
                summary: LONG_THAI,
                category: LONG_THAI.slice(0, 60),
                publishedAt: '2026-11-25',
                updatedAt: '2026-11-26',
                url: 'https://www.singburi.go.th/news/a-very-long-address-without-any-break-at-all-that-goes-on-and-on-and-on.html',
                image: {
                  src: '/packages/components/test/fixtures/gov-news-list/image.svg',
                  alt: LONG_THAI,
                  width: 640,
                  height: 360,
                },
                attachments: [
                  {
                    title: LONG_THAI,
                    url: 'https://www.singburi.go.th/files/announcement-with-a-very-long-file-name-2569.pdf',
                    size: 1234567,
                  },
                ],
              },
            ],
          }),
        '.title',
      );
    });

    describe('one-record: one publication record for the list (a home page section)', () => {
      const recorded: NewsData = {
        publication: { reporter: 'นางสาวพิมพ์ชนก ศรีสิงห์', publishedAt: '2026-10-01' },
        items: items(5, (index) => ({
          publication: { reporter: `ผู้เขียนข่าวที่ ${index + 1}`, publishedAt: '2026-11-01' },
        })),
      };
      const records = (news: GovNewsList) =>
        shadowQueryAll(news, '[part=publication]').map((record) => record.textContent!.replace(/\s+/g, ' ').trim());
      const oneRecordList = async (data: NewsData, lang = 'th') => {
        const news = await inPage(lang, html`<gov-news-list page-size="3" one-record></gov-news-list>`);
        news.data = data;
        await news.whenSettled();
        return news;
      };

      it('without it, every item shows its own record and the list its own', async () => {
        const news = await newsWithData(recorded, 'th', { pageSize: 3 });
        expect(records(news)).to.have.length(4);
      });

      it('shows only the list’s record, once, after the list; the items show none', async () => {
        const news = await oneRecordList(recorded);
        expect(titles(news)).to.have.length(3);
        expect(records(news)).to.have.length(1);
        expect(records(news)[0]).to.contain('นางสาวพิมพ์ชนก ศรีสิงห์');
        expect(shadowQuery(news, 'li [part=publication]')).to.equal(null);
        expect(
          shadowQuery(news, 'ul[part=list] + [part=publication], ul[part=list] ~ [part=publication]'),
        ).not.to.equal(null);
        await expect(news).to.be.accessible();
      });

      it('takes the newest item’s record when the list has none (a publishing desk’s feed), in English too', async () => {
        const news = await oneRecordList({ items: recorded.items }, 'en');
        expect(records(news)).to.have.length(1);
        expect(records(news)[0]).to.contain('Responsible for the information').and.contain('ผู้เขียนข่าวที่ 1');
        expect(shadowQuery(news, 'li [part=publication]')).to.equal(null);
        await expect(news).to.be.accessible();
      });
    });
  });

  describe('empty', () => {
    it('says there is no news yet, in Thai and English', async () => {
      await expectEmptyState(await newsWithData({ items: [] }), 'ยังไม่มีข่าวประชาสัมพันธ์ในขณะนี้');
      await expectEmptyState(await newsWithData({ items: [] }, 'en'), 'No news has been published yet.');
    });
  });

  describe('error', () => {
    lifecycleErrorCases<GovNewsList>('gov-news-list', {
      notFound: {
        data: sample,
        fallbackHtml: '<p>ดูข่าวประชาสัมพันธ์ได้ที่ศาลากลางจังหวัด</p>',
        fallbackText: 'ศาลากลางจังหวัด',
        recovered: (news) => expect(titles(news)).to.have.length(2),
      },
      malformed: { body: '{"items": [ oops', reason: 'The news file is malformed and cannot be read.' },
      timeout: {},
    });

    it('data that breaks the schema names the path and the rule, and renders nothing half-way', async () => {
      const news = await newsWithData({
        items: [
          { id: 'ok', title: 'ข่าวดี', publishedAt: '2026-01-01' },
          { id: 'x', title: '', publishedAt: '2018-13-45', attachments: [{ title: 'ไฟล์', url: 'a.pdf', size: -1 }] },
        ],
      });
      expect(news.state).to.equal('error');
      expect(shadowQueryAll(news, 'li[part=item]')).to.have.length(0);
      const problems = news.error!.problems.map((p) => `${p.path} ${p.message}`);
      expect(problems).to.include('/items/1/title ต้องมีอย่างน้อย 1\u00a0ตัวอักษร');
      expect(problems).to.include('/items/1/publishedAt ต้องเป็นวันที่ที่ถูกต้อง');
      expect(problems).to.include('/items/1/attachments/0/size ต้องไม่น้อยกว่า 0');
      expect(visibleText(news)).to.contain('ข้อมูลไม่เป็นไปตามรูปแบบที่กำหนด');
      expect(visibleText(news)).to.contain('/items/1/publishedAt');
    });

    it('a file that is neither JSON nor a feed is a localised error, never a blank element', async () => {
      for (const [body, type, message] of [
        ['Just some text, not news at all', 'text/plain', 'ไฟล์นี้ไม่ใช่ฟีดข่าว'],
        [
          '<!doctype html><html><body><h1>Object moved</h1></body></html>',
          'text/html',
          'ไฟล์ข่าวแบบ XML มีโครงสร้างไม่ถูกต้อง',
        ],
        [
          '<html xmlns="http://www.w3.org/1999/xhtml"><body>well-formed but not a feed</body></html>',
          'application/xml',
          'ไฟล์นี้ไม่ใช่ฟีดข่าว',
        ],
        ['', 'application/json', 'ไฟล์นี้ไม่ใช่ฟีดข่าว'],
        ['{"items": [}', 'application/json', 'ไฟล์ข่าวมีรูปแบบไม่ถูกต้อง'],
      ]) {
        await withFetch(
          () => new Response(body, { headers: { 'content-type': type } }),
          async () => {
            const news = await fixture<GovNewsList>(html`<gov-news-list src="/news.json"><p>สำรอง</p></gov-news-list>`);
            await waitForState(news, 'error');
            expect(news.error!.kind, body).to.equal('parse');
            expect(visibleText(news), body).to.contain(message);
            expect(visibleText(news), body).to.contain('สำรอง');
          },
        );
      }
    });
  });

  describe('another origin', () => {
    it('asks for every format it reads with an Accept a browser sends across origins without a preflight (≤ 128 bytes)', async () => {
      let accept = '';
      await withFetch(
        (_url, init) => {
          accept = new Headers(init?.headers).get('accept') ?? '';
          return new Response('{"items": []}', { headers: { 'content-type': 'application/json' } });
        },
        async () => {
          const news = await fixture<GovNewsList>(
            html`<gov-news-list src="https://desk.singburi.go.th/content/news.rss"></gov-news-list>`,
          );
          await waitForState(news, 'empty');
        },
      );
      for (const type of ['application/json', 'application/feed+json', 'application/rss+xml', 'application/atom+xml'])
        expect(accept).to.contain(type);
      // Longer, it is no longer CORS-safelisted: the browser asks first, and a host of files does not answer.
      expect(new TextEncoder().encode(accept).length).to.be.at.most(128);
    });
  });

  describe('hostile data', () => {
    it('never runs script from XSS payloads in any field', async () => {
      await expectPayloadsInert(
        300,
        async (payloads) => {
          const list = payloads.map((payload, index) => ({
            id: `x${index}`,
            title: payload,
            summary: payload,
            url: payload,
            category: payload.slice(0, 40) || 'x',
            publishedAt: '2026-01-01',
            image: { src: payload, alt: payload },
            attachments: [{ title: payload, url: payload, type: payload.slice(0, 200) }],
            publication: { reporter: payload, source: { title: payload, url: payload } },
          }));
          const news = await newsWithData(
            { title: payloads[0], items: list, publication: { approver: payloads[1] } },
            'th',
            { pageSize: 300 },
          );
          expect(news.state).to.equal('ready');
          return news;
        },
        (news, payloads) => {
          expect(titles(news)[1]).to.equal(payloads[1].replace(/\s+/g, ' ').trim());
          expect(shadowQueryAll(news, 'li[part=item]')).to.have.length(300);
          expect(shadowQueryAll(news, '.summary *')).to.have.length(0);
        },
      );
    });

    it('shows javascript: links as text, never as links', async () => {
      const news = await newsWithData({
        items: [
          {
            id: 'j',
            title: 'ลิงก์อันตราย',
            url: 'javascript:alert(1)',
            publishedAt: '2026-01-01',
            image: { src: 'javascript:alert(1)', alt: 'ภาพ' },
            attachments: [
              { title: 'ไฟล์อันตราย', url: ' JavaScript:alert(2)' },
              { title: 'ไฟล์ปกติ', url: 'https://www.singburi.go.th/a.pdf' },
            ],
          },
        ],
      });
      expect(shadowQuery(news, '.title a')).to.equal(null);
      expect(shadowQuery(news, '.title')!.textContent).to.equal('ลิงก์อันตราย');
      expect(shadowQuery(news, 'img')).to.equal(null);
      const files = shadowQueryAll(news, '[part=attachment]');
      expect(files.map((file) => file.localName)).to.deep.equal(['span', 'a']);
      expect(files[0].textContent).to.contain('ไฟล์อันตราย');
      expectNoActiveContent(news);
    });
  });
});

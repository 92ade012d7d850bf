import { expect, fixture, html } from '@open-wc/testing';
import './define.js';
import type { GovItaIndex } from './gov-ita-index.js';
import { ITA_ITEMS } from '@govkit-th/schemas';
import {
  LONG_THAI,
  expectEmptyState,
  expectErrorBox,
  expectLoadingWithFallback,
  expectLongThaiWrapsAt320,
  expectPayloadsInert,
  hangingFetch,
  jsonResponse,
  lifecycleErrorCases,
  shadowQuery,
  shadowQueryAll,
  visibleText,
  withFetch,
} from '../../test/helpers.js';

const DEMO_MANIFEST = '/apps/demo-agency/govkit.json';

/** What the demo agency publishes for ITA 2568, item by item (checked by hand against its data). */
const DEMO_FOUND = ['O1', 'O2', 'O3', 'O4', 'O5', 'O6', 'O7', 'O8', 'O9', 'O10', 'O11', 'O12', 'O13', 'O14'].concat([
  'O19',
  'O20',
  'O21',
  'O23',
]);
const DEMO_MISSING = ['O15', 'O16', 'O17', 'O18', 'O22', 'O24', 'O25', 'O26'];

const manifest = {
  agency: { name: 'สำนักงานทดสอบ', province: 'สิงห์บุรี', website: 'https://example.go.th/' },
  content: {
    contact: { data: '/t/contact.json', page: '/contact.html' },
    news: { data: '/t/news.json', page: '/news.html' },
    documents: { data: '/t/documents.json', page: '/documents.html' },
  },
  pages: [{ url: '/ethics.html', title: 'ประมวลจริยธรรม', ita: ['O16'] }],
};

const files: Record<string, unknown> = {
  '/t/manifest.json': manifest,
  '/t/contact.json': {
    name: 'สำนักงานทดสอบ',
    publication: { reporter: 'นางสาวผู้รายงาน ทดสอบ', approver: 'นายผู้อนุมัติ ทดสอบ', updatedAt: '2025-03-01' },
  },
  '/t/news.json': { items: [{ id: 'n1', title: 'ข่าว', url: '/n1.html', publishedAt: '2025-05-16' }] },
  '/t/documents.json': {
    items: [
      { id: 'hr-plan', kind: 'plan', title: 'แผนบริหารทรัพยากรบุคคล', date: '2024-10-01', ita: ['O14'], url: '/hr.html' },
      { id: 'plan-68', kind: 'procurement-plan', title: 'แผนการจัดซื้อจัดจ้าง 2568', date: '2024-10-20' },
    ],
  },
};

type Overrides = Record<string, (url: string, init?: RequestInit) => Response | Promise<Response>>;

function route(overrides: Overrides = {}) {
  return (url: string, init?: RequestInit) => {
    const path = new URL(url, location.href).pathname;
    if (overrides[path]) return overrides[path](url, init);
    return path in files ? jsonResponse(files[path]) : new Response('not found', { status: 404 });
  };
}

async function indexOf(template: ReturnType<typeof html>, overrides: Overrides = {}): Promise<GovItaIndex> {
  return withFetch(route(overrides), async () => {
    const wrapper = await fixture<HTMLElement>(template);
    const element = wrapper.localName === 'gov-ita-index' ? wrapper : wrapper.querySelector('gov-ita-index')!;
    await (element as GovItaIndex).whenSettled();
    return element as GovItaIndex;
  });
}

function item(element: GovItaIndex, id: string): HTMLElement {
  const found = shadowQuery(element, `#ita-${id}`);
  expect(found, `item ${id} is not shown`).to.not.equal(null);
  return found!;
}

function itemIds(element: GovItaIndex): string[] {
  return shadowQueryAll(element, 'li.item').map((node) => node.id.replace('ita-', ''));
}

describe('gov-ita-index', () => {
  describe('loading', () => {
    it('shows a status line and keeps the fallback content visible', async function () {
      this.timeout(30_000); // the first test also compiles the element's modules
      await withFetch(hangingFetch, async () => {
        const element = await fixture<GovItaIndex>(
          html`<gov-ita-index src="/never.json"><p>ดูข้อมูล ITA ที่ศูนย์ข้อมูลข่าวสาร</p></gov-ita-index>`,
        );
        await expectLoadingWithFallback(element, 'ดูข้อมูล ITA ที่ศูนย์ข้อมูลข่าวสาร');
      });
    });
  });

  describe('the demo agency', () => {
    it('lists all 26 items of 2568, each with its links or as missing, never hidden', async function () {
      this.timeout(30_000); // ten real data files, on a shared machine
      const element = await fixture<GovItaIndex>(
        html`<gov-ita-index src=${DEMO_MANIFEST} year="2568"></gov-ita-index>`,
      );
      await element.whenSettled();
      expect(element.state).to.equal('ready');
      expect(itemIds(element)).to.deep.equal(ITA_ITEMS[2568].map((entry) => entry.id));
      expect(itemIds(element)).to.have.length(26);
      for (const id of DEMO_FOUND) {
        const node = item(element, id);
        expect(node.querySelectorAll('.links a').length, `${id} has no link`).to.be.greaterThan(0);
        expect(node.querySelector('.item-status')!.textContent).to.contain('เผยแพร่แล้ว');
      }
      for (const id of DEMO_MISSING) {
        const node = item(element, id);
        expect(node.querySelector('.links'), `${id} has links`).to.equal(null);
        expect(node.textContent).to.contain('ยังไม่พบข้อมูล');
      }
      expect(shadowQuery(element, '[part=summary]')!.textContent).to.equal(
        'เผยแพร่แล้ว 18 จาก 26\u00a0รายการ · ยังไม่พบข้อมูล 8\u00a0รายการ',
      );
      expect(shadowQuery(element, 'h2')!.textContent).to.equal(
        'การเปิดเผยข้อมูลสาธารณะ (OIT) ตามการประเมิน ITA ประจำปี 2568',
      );
      await expect(element).to.be.accessible();
    });

    it('links each item where the agency publishes it, with the publication record and the newest date', async function () {
      this.timeout(30_000);
      const element = await fixture<GovItaIndex>(html`<gov-ita-index src=${DEMO_MANIFEST}></gov-ita-index>`);
      await element.whenSettled();
      const procurement = item(element, 'O12');
      const hrefs = Array.from(procurement.querySelectorAll<HTMLAnchorElement>('.links a')).map((a) => a.href);
      // The demo's data links are site-root paths (`/data/…`) since the pages read the desk's
      // `/content/`, so here, where the demo is not at the root, they resolve to the origin's root.
      expect(hrefs).to.include(new URL('/data/documents/procurement-plan-2570.pdf', location.href).href);
      expect(procurement.querySelector('.item-status time')!.textContent).to.equal('9 พ.ย. 2569');
      expect(procurement.textContent).to.contain('ผู้อนุมัติการเผยแพร่');
      const contact = item(element, 'O3');
      const contactLinks = Array.from(contact.querySelectorAll<HTMLAnchorElement>('.links a')).map((a) => a.href);
      expect(contactLinks).to.include(new URL('/apps/demo-agency/contact.html', location.href).href);
      const executives = item(element, 'O2');
      expect(executives.textContent).to.contain('ทำเนียบผู้บริหาร');
      expect(executives.textContent).to.contain('ถ้อยคำของข้อนี้ยังไม่ได้ยืนยัน');
      expect(item(element, 'O3').textContent).to.not.contain('ยังไม่ได้ยืนยัน');
    });
  });

  describe('ready', () => {
    it('finds items from tags, document kinds, content types and pages, and shows the rest as missing', async () => {
      const element = await indexOf(html`<gov-ita-index src="/t/manifest.json" year="2568"></gov-ita-index>`);
      expect(element.state).to.equal('ready');
      expect(item(element, 'O3').querySelector('a')!.getAttribute('href')).to.equal(
        new URL('/contact.html', location.href).href,
      );
      expect(item(element, 'O3').textContent).to.contain('นางสาวผู้รายงาน ทดสอบ');
      expect(item(element, 'O3').querySelector('.item-status time')!.textContent).to.equal('1 มี.ค. 2568');
      expect(item(element, 'O4').querySelector('.item-status time')!.getAttribute('datetime')).to.equal('2025-05-16');
      expect(item(element, 'O14').querySelector('a')!.textContent).to.equal('แผนบริหารทรัพยากรบุคคล');
      expect(item(element, 'O12').querySelector('a')!.getAttribute('href')).to.equal(
        new URL('/documents.html#plan-68', location.href).href,
      );
      expect(item(element, 'O16').querySelector('a')!.textContent).to.equal('ประมวลจริยธรรม');
      expect(item(element, 'O1').textContent).to.contain('ยังไม่พบข้อมูล');
      expect(visibleText(element)).to.contain('เผยแพร่แล้ว 5 จาก 26 รายการ · ยังไม่พบข้อมูล 21 รายการ');
      await expect(element).to.be.accessible();
    });

    it('speaks English when the page does', async () => {
      const element = await indexOf(
        html`<div lang="en"><gov-ita-index src="/t/manifest.json" year="2568"></gov-ita-index></div>`,
      );
      expect(shadowQuery(element, 'h2')!.textContent).to.equal('Open information (OIT) for the ITA 2568');
      expect(item(element, 'O3').querySelector('h3')!.textContent).to.contain('Contact information');
      expect(item(element, 'O1').textContent).to.contain('Not found yet');
      expect(item(element, 'O4').querySelector('.item-status')!.textContent).to.contain('Published');
      expect(item(element, 'O4').querySelector('.item-status time')!.textContent).to.equal('16 May 2025');
      expect(visibleText(element)).to.contain('5 of 26 items published · 21 items not found yet');
      await expect(element).to.be.accessible();
    });

    it('shows 43 items in their groups for 2566, in Thai digits when asked', async () => {
      const element = await indexOf(
        html`<gov-ita-index src="/t/manifest.json" year="2566" numerals="thai"></gov-ita-index>`,
      );
      expect(itemIds(element)).to.have.length(43);
      expect(shadowQuery(element, 'h2')!.textContent).to.contain('๒๕๖๖');
      expect(shadowQueryAll(element, 'section.group > h3').map((h) => h.textContent)).to.include(
        'การจัดซื้อจัดจ้างหรือการจัดหาพัสดุ',
      );
      expect(item(element, 'O19').querySelector('a')!.textContent).to.equal('แผนการจัดซื้อจัดจ้าง 2568');
      await expect(element).to.be.accessible();
    });

    it('marks the items of a file that fails to load as not checked, with the reason, not as missing', async () => {
      const element = await indexOf(html`<gov-ita-index src="/t/manifest.json" year="2568"></gov-ita-index>`, {
        '/t/news.json': () => new Response('oops', { status: 500 }),
      });
      const news = item(element, 'O4');
      expect(news.querySelector('.item-status')!.textContent).to.contain('ตรวจสอบไม่ได้');
      expect(news.textContent).to.contain('เซิร์ฟเวอร์ตอบกลับด้วยรหัส 500');
      expect(news.textContent).to.contain('/t/news.json');
      expect(item(element, 'O3').textContent).to.contain('เผยแพร่แล้ว');
      expect(visibleText(element)).to.contain('ตรวจสอบไม่ได้ 1 รายการ');
      await expect(element).to.be.accessible();
    });

    it('a documents file that cannot be read leaves every item not found unchecked (a tag may name any)', async () => {
      const element = await indexOf(html`<gov-ita-index src="/t/manifest.json" year="2568"></gov-ita-index>`, {
        '/t/documents.json': () => jsonResponse('{ broken'),
      });
      expect(item(element, 'O14').textContent).to.contain('ไฟล์ข้อมูลมีรูปแบบไม่ถูกต้อง');
      expect(item(element, 'O3').textContent).to.contain('เผยแพร่แล้ว');
      expect(item(element, 'O16').textContent).to.contain('เผยแพร่แล้ว');
      expect(visibleText(element)).to.contain('เผยแพร่แล้ว 3 จาก 26 รายการ · ตรวจสอบไม่ได้ 23 รายการ');
    });

    it('times each data file out on its own', async () => {
      const element = await indexOf(
        html`<gov-ita-index src="/t/manifest.json" year="2568" .timeout=${300}></gov-ita-index>`,
        {
          '/t/news.json': (_url, init) =>
            new Promise<Response>((_resolve, reject) =>
              init!.signal!.addEventListener('abort', () => reject(init!.signal!.reason)),
            ),
        },
      );
      expect(element.state).to.equal('ready');
      expect(item(element, 'O4').textContent).to.contain('การโหลดข้อมูลใช้เวลานานเกินไป');
      expect(item(element, 'O3').textContent).to.contain('เผยแพร่แล้ว');
    });

    it('takes the list of items from items-src, replacing the shipped one', async () => {
      const element = await indexOf(
        html`<gov-ita-index src="/t/manifest.json" year="2570" items-src="/t/items.json"></gov-ita-index>`,
        {
          '/t/items.json': () =>
            jsonResponse({
              year: 2570,
              items: [
                { id: 'O1', title: { th: 'ข้อมูลการติดต่อและช่องทางการสอบถาม', en: 'Contact' }, contentTypes: ['contact'] },
                { id: 'O2', title: 'ข้อที่ยังไม่มี', confirmed: false },
              ],
            }),
        },
      );
      expect(itemIds(element)).to.deep.equal(['O1', 'O2']);
      expect(item(element, 'O1').textContent).to.contain('ข้อมูลการติดต่อและช่องทางการสอบถาม');
      expect(item(element, 'O1').querySelector('a')).to.not.equal(null);
      expect(item(element, 'O2').textContent).to.contain('ยังไม่พบข้อมูล');
      expect(visibleText(element)).to.contain('เผยแพร่แล้ว 1 จาก 2 รายการ');
    });

    it('reads the manifest again when the year changes', async () => {
      await withFetch(route(), async () => {
        const element = await fixture<GovItaIndex>(
          html`<gov-ita-index src="/t/manifest.json" year="2568"></gov-ita-index>`,
        );
        await element.whenSettled();
        expect(itemIds(element)).to.have.length(26);
        element.year = 2567;
        await element.updateComplete;
        await element.whenSettled();
        expect(itemIds(element)).to.have.length(43);
      });
    });

    it('wraps long Thai text at 320 px without sideways scrolling', async () => {
      await expectLongThaiWrapsAt320(
        () =>
          indexOf(html`<gov-ita-index src="/t/manifest.json" items-src="/t/long.json"></gov-ita-index>`, {
            '/t/long.json': () => jsonResponse({ items: [{ id: 'O1', title: LONG_THAI, contentTypes: ['contact'] }] }),
          }),
        '#ita-O1 h3',
        { text: `O1 ${LONG_THAI}` },
      );
    });
  });

  describe('empty', () => {
    it('says the list is empty, in Thai and English', async () => {
      const overrides = { '/t/none.json': () => jsonResponse({ items: [] }) };
      await expectEmptyState(
        await indexOf(html`<gov-ita-index src="/t/manifest.json" items-src="/t/none.json"></gov-ita-index>`, overrides),
        'รายการข้อของปีนี้ว่างเปล่า',
      );
      await expectEmptyState(
        await indexOf(
          html`<div lang="en"><gov-ita-index src="/t/manifest.json" items-src="/t/none.json"></gov-ita-index></div>`,
          overrides,
        ),
        'The item list for this year is empty',
      );
    });
  });

  describe('error', () => {
    lifecycleErrorCases<GovItaIndex>('gov-ita-index', {
      notFound: {
        data: { agency: manifest.agency, content: {} },
        fallbackHtml: '<p>ดูข้อมูล ITA ที่ศูนย์ข้อมูลข่าวสาร</p>',
        fallbackText: 'ศูนย์ข้อมูลข่าวสาร',
        recovered: (element) => expect(itemIds(element)).to.have.length(26),
      },
      malformed: { body: '{"agency": [ oops' },
      timeout: {},
      network: {},
    });

    it('a manifest that breaks its schema names the path', async () => {
      const element = await indexOf(html`<gov-ita-index src="/t/bad.json"></gov-ita-index>`, {
        '/t/bad.json': () => jsonResponse({ agency: { name: 'x' }, content: { nonsense: {} } }),
      });
      expect(element.state).to.equal('error');
      expect(visibleText(element)).to.contain('ข้อมูลไม่เป็นไปตามรูปแบบที่กำหนด');
      expect(element.error!.problems.map((p) => p.path)).to.include('/agency/province');
    });

    it('a year the kit has no list for says which years it has and how to supply one', async () => {
      const element = await indexOf(html`<gov-ita-index src="/t/manifest.json" year="2571"></gov-ita-index>`);
      await expectErrorBox(element, {
        reason: 'ชุดเครื่องมือนี้ยังไม่มีรายการข้อของการประเมิน ITA ปี 2571 (มีปี 2566, 2567, 2568)',
        retry: true,
      });
    });

    it('an items-src list that is missing or breaks ita-items.json is an error naming items-src', async () => {
      const missing = await indexOf(
        html`<gov-ita-index src="/t/manifest.json" items-src="/t/gone.json"></gov-ita-index>`,
      );
      await expectErrorBox(missing, { kind: 'http', reason: 'โหลดรายการข้อ ITA จาก items-src ไม่ได้', retry: true });
      const invalid = await indexOf(
        html`<gov-ita-index src="/t/manifest.json" items-src="/t/invalid.json"></gov-ita-index>`,
        { '/t/invalid.json': () => jsonResponse({ items: [{ id: 'X1', title: 'ผิด' }] }) },
      );
      await expectErrorBox(invalid, { kind: 'invalid', reason: 'โหลดรายการข้อ ITA จาก items-src ไม่ได้' });
      expect(invalid.error!.problems[0].path).to.equal('/items/0/id');
    });
  });

  describe('hostile data', () => {
    it('shows XSS payloads in titles, tags and links as text; nothing runs', async () => {
      await expectPayloadsInert(
        100,
        async (payloads) =>
          indexOf(html`<gov-ita-index src="/t/manifest.json" items-src="/t/x-items.json"></gov-ita-index>`, {
            '/t/x-items.json': () =>
              jsonResponse({ items: payloads.map((title, index) => ({ id: `O${index}`, title: title || 'x' })) }),
            '/t/manifest.json': () =>
              jsonResponse({
                ...manifest,
                pages: payloads.map((title, index) => ({
                  url: title || 'x',
                  title: title || 'x',
                  ita: [`O${index}`],
                })),
              }),
          }),
        (element, payloads) => {
          expect(element.state).to.equal('ready');
          expect(shadowQuery(element, '#ita-O1 h3')!.textContent).to.equal(`O1 ${payloads[1] || 'x'}`);
          const hrefs = shadowQueryAll<HTMLAnchorElement>(element, '.links a').map((a) => a.protocol);
          expect(hrefs.every((protocol) => ['http:', 'https:', 'mailto:', 'tel:'].includes(protocol))).to.equal(true);
        },
      );
    });
  });
});

import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { clearPageCache } from '@govkit-th/core';
import './define.js';
import type { GovAgencyDirectory } from './gov-agency-directory.js';
import {
  LONG_THAI,
  expectEmptyState,
  expectLoadingWithFallback,
  expectLongThaiWrapsAt320,
  expectPayloadsInert,
  hangingFetch,
  jsonResponse,
  lifecycleErrorCases,
  shadowQuery,
  shadowQueryAll,
  visibleText,
  waitForState,
  withFetch,
} from '../../test/helpers.js';

const STORE = 'govkit-agency-directory';
const ORIGIN = location.origin;

function manifest(name: { th: string; en: string }, overrides: Record<string, unknown> = {}) {
  return {
    agency: {
      name,
      kind: 'provincial',
      province: { th: 'สิงห์บุรี', en: 'Sing Buri' },
      district: { th: 'เมืองสิงห์บุรี', en: 'Mueang Sing Buri' },
      website: './',
      ...overrides,
    },
    content: {
      contact: { data: 'data/contact.json', page: 'contact.html' },
      news: { data: 'data/news.json', page: 'news.html' },
      faq: { data: 'data/faq.json', page: 'faq.html' },
      documents: [
        { data: 'data/documents.json', page: 'laws.html', title: { th: 'กฎหมายที่เกี่ยวข้อง', en: 'Laws' } },
        { data: 'data/documents.json', page: 'laws.html' },
      ],
      banners: { data: 'data/banners.json', page: 'index.html' },
    },
  };
}

const contact = {
  name: 'สำนักงานสาธารณสุขจังหวัดสิงห์บุรี',
  address: {
    line: '1 ถนนขุนสรรค์',
    subdistrict: 'บางพุทรา',
    district: 'เมืองสิงห์บุรี',
    province: 'สิงห์บุรี',
    postcode: '16000',
  },
  phones: [{ number: '0 3651 1059' }],
  emails: ['sbo@moph.go.th'],
};

function news(prefix: string, items: Array<[string, string, string?]>) {
  return {
    items: items.map(([id, date, url]) => ({
      id,
      title: { th: `${prefix} ข่าว ${id}`, en: `${prefix} news ${id}` },
      publishedAt: date,
      url: url ?? `news/${id}.html`,
    })),
  };
}

/** Three agencies under /a/, /b/ and /c/; each path answers from `files`, or 404. */
const AGENCIES = {
  '/dir.json': {
    agencies: [
      { manifest: '/a/govkit.json' },
      { manifest: 'b/govkit.json' },
      { manifest: '/c/govkit.json', name: { th: 'ที่ว่าการอำเภออินทร์บุรี', en: 'In Buri District Office' } },
    ],
  },
  '/a/govkit.json': manifest({ th: 'สำนักงานสาธารณสุขจังหวัดสิงห์บุรี', en: 'Sing Buri Provincial Health Office' }),
  '/a/data/contact.json': contact,
  '/a/data/news.json': news('สสจ.', [
    ['1', '2026-11-02'],
    ['2', '2026-11-20'],
  ]),
  '/b/govkit.json': manifest(
    { th: 'สำนักงานจังหวัดสิงห์บุรี', en: 'Sing Buri Provincial Office' },
    { kind: 'province', website: 'https://www.singburi.go.th/' },
  ),
  '/b/data/contact.json': { ...contact, name: 'สำนักงานจังหวัดสิงห์บุรี', phones: [{ number: '0 3650 7100' }] },
  '/b/data/news.json': news('สนจ.', [['9', '2026-11-25']]),
  '/c/govkit.json': {
    ...manifest(
      { th: 'ที่ว่าการอำเภออินทร์บุรี', en: 'In Buri District Office' },
      { kind: 'district', district: { th: 'อินทร์บุรี', en: 'In Buri' } },
    ),
    content: { contact: { data: 'contact.json' } },
  },
  '/c/contact.json': { ...contact, name: 'ที่ว่าการอำเภออินทร์บุรี' },
} as Record<string, unknown>;

type Files = Record<string, unknown>;

/** Answers from `files` by path: a function value is called, a string is sent as it is. */
function serve(files: Files, log: string[] = []) {
  return async (url: string, init?: RequestInit): Promise<Response> => {
    const path = new URL(url, location.href).pathname;
    log.push(path);
    const body = files[path];
    if (typeof body === 'function') return (body as (init?: RequestInit) => Promise<Response>)(init);
    if (body === undefined) return new Response('not found', { status: 404 });
    return jsonResponse(body);
  };
}

async function mount(
  files: Files,
  options: { lang?: string; view?: string; attrs?: Record<string, string> } = {},
): Promise<GovAgencyDirectory> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${options.lang ?? 'th'}></div>`);
  const element = document.createElement('gov-agency-directory');
  if (options.view) element.setAttribute('view', options.view);
  for (const [name, value] of Object.entries(options.attrs ?? {})) element.setAttribute(name, value);
  await withFetch(serve(files), async () => {
    element.src = '/dir.json';
    wrapper.append(element);
    await element.whenSettled();
  });
  return element;
}

function cards(element: GovAgencyDirectory): HTMLElement[] {
  return shadowQueryAll(element, '[part=agency]');
}

function cardOf(element: GovAgencyDirectory, name: string): HTMLElement {
  const card = cards(element).find((li) => li.querySelector('.name')!.textContent!.includes(name));
  expect(card, `no card for ${name}`).to.not.equal(undefined);
  return card!;
}

function text(node: Element): string {
  return node.textContent!.replace(/\s+/g, ' ').trim();
}

describe('gov-agency-directory', () => {
  // The lazy chunk (schemas, validator) is fetched and compiled by the test server once, here,
  // so the first test's time is its own on a loaded machine.
  before(() => import('./agencies.js'));
  beforeEach(() => {
    localStorage.removeItem(STORE);
    // Each test serves its own files at the same addresses: nothing read by an earlier one is kept.
    clearPageCache();
  });

  describe('loading', () => {
    it('shows a status line and keeps the fallback content visible', async () => {
      await withFetch(hangingFetch, async () => {
        const element = await fixture<GovAgencyDirectory>(
          html`<gov-agency-directory src="/never.json"><p>หน่วยงานในจังหวัดสิงห์บุรี</p></gov-agency-directory>`,
        );
        await expectLoadingWithFallback(element, 'หน่วยงานในจังหวัดสิงห์บุรี');
        expect(shadowQuery(element, '[role=status]')!.textContent).to.equal('กำลังโหลดข้อมูลหน่วยงาน…');
      });
    });
  });

  describe('ready', () => {
    it('shows every agency with its kind, district, contact, latest news and pages, in Thai', async () => {
      const element = await mount(AGENCIES);
      expect(element.state).to.equal('ready');
      expect(shadowQuery(element, 'h2')!.textContent).to.equal('หน่วยงานในจังหวัด');
      expect(cards(element)).to.have.length(3);
      expect(text(shadowQuery(element, '[part=count]')!)).to.equal('ทั้งหมด 3 หน่วยงาน');

      const health = cardOf(element, 'สำนักงานสาธารณสุขจังหวัดสิงห์บุรี');
      expect(health.querySelector('h3')).to.not.equal(null);
      expect(health.querySelector<HTMLAnchorElement>('.name a')!.href).to.equal(`${ORIGIN}/a/`);
      expect(text(health.querySelector('.meta')!)).to.equal('ส่วนราชการส่วนภูมิภาค · อำเภอเมืองสิงห์บุรี');
      const address = text(health.querySelector('address')!);
      expect(address).to.contain('1 ถนนขุนสรรค์ ตำบลบางพุทรา อำเภอเมืองสิงห์บุรี จังหวัดสิงห์บุรี 16000');
      expect(health.querySelector<HTMLAnchorElement>('address a[href^="tel:"]')!.getAttribute('href')).to.equal(
        'tel:+6636511059',
      );
      expect(health.querySelector<HTMLAnchorElement>('address a[href^="mailto:"]')!.textContent).to.equal(
        'sbo@moph.go.th',
      );
      // The newest item, whatever order the file has, with its Buddhist-era date.
      const latest = health.querySelector('.latest')!;
      expect(text(latest)).to.contain('ข่าวล่าสุด สสจ. ข่าว 2');
      expect(latest.querySelector('a')!.getAttribute('href')).to.equal(`${ORIGIN}/a/data/news/2.html`);
      expect(latest.querySelector('time')!.textContent).to.equal('20 พ.ย. 2569');
      // Pages resolve against the manifest's URL, each once, the home-page-only types left out.
      const pages = Array.from(health.querySelectorAll<HTMLAnchorElement>('ul.pages a')).map((a) => [
        a.textContent,
        a.getAttribute('href'),
      ]);
      expect(pages).to.deep.equal([
        ['ติดต่อ', `${ORIGIN}/a/contact.html`],
        ['ข่าวประชาสัมพันธ์', `${ORIGIN}/a/news.html`],
        ['คำถามที่พบบ่อย', `${ORIGIN}/a/faq.html`],
        ['กฎหมายที่เกี่ยวข้อง', `${ORIGIN}/a/laws.html`],
      ]);

      // A relative manifest URL in the list resolves against the list's URL.
      const office = cardOf(element, 'สำนักงานจังหวัดสิงห์บุรี');
      expect(office.querySelector<HTMLAnchorElement>('.name a')!.href).to.equal('https://www.singburi.go.th/');
      expect(text(office.querySelector('.meta')!)).to.equal('จังหวัด · อำเภอเมืองสิงห์บุรี');

      // An agency that publishes no news and no pages shows what it has, and nothing empty.
      const district = cardOf(element, 'ที่ว่าการอำเภออินทร์บุรี');
      expect(text(district.querySelector('.meta')!)).to.equal('อำเภอ · อำเภออินทร์บุรี');
      expect(district.querySelector('.latest')).to.equal(null);
      expect(district.querySelector('ul.pages')).to.equal(null);
      expect(district.querySelector('address')).to.not.equal(null);
      await expect(element).to.be.accessible();
    });

    it('speaks English when the page is English', async () => {
      const element = await mount(AGENCIES, { lang: 'en' });
      expect(shadowQuery(element, 'h2')!.textContent).to.equal('Agencies in the province');
      expect(text(shadowQuery(element, '[part=count]')!)).to.equal('3 agencies');
      const health = cardOf(element, 'Sing Buri Provincial Health Office');
      expect(text(health.querySelector('.meta')!)).to.equal('Provincial office · Mueang Sing Buri district');
      expect(text(health.querySelector('.latest')!)).to.contain('Latest news สสจ. news 2');
      expect(health.querySelector('.latest time')!.textContent).to.equal('20 Nov 2026');
      // A Thai-only address stays a Thai address on an English page, marked as Thai (core's format).
      const address = health.querySelector('address span')!;
      expect(text(address)).to.equal('1 ถนนขุนสรรค์ ตำบลบางพุทรา อำเภอเมืองสิงห์บุรี จังหวัดสิงห์บุรี 16000');
      expect(address.getAttribute('lang')).to.equal('th');
      expect(shadowQuery(element, 'label[for=kind]')!.textContent).to.equal('Kind of agency');
      await expect(element).to.be.accessible();
    });

    it('filters by district, by kind and by a typed name', async () => {
      const element = await mount(AGENCIES);
      const district = shadowQuery<HTMLSelectElement>(element, 'select#category')!;
      expect(shadowQuery(element, 'label[for=category]')!.textContent).to.equal('อำเภอ');
      district.value = 'อินทร์บุรี';
      district.dispatchEvent(new Event('change'));
      await element.updateComplete;
      expect(cards(element).map((card) => text(card.querySelector('.name')!))).to.deep.equal(['ที่ว่าการอำเภออินทร์บุรี']);
      expect(text(shadowQuery(element, '[part=count]')!)).to.equal('พบ 1 หน่วยงาน');

      district.value = '';
      district.dispatchEvent(new Event('change'));
      const kind = shadowQuery<HTMLSelectElement>(element, 'select#kind')!;
      expect(Array.from(kind.options).map((option) => option.textContent)).to.deep.equal([
        'ทุกประเภท',
        'ส่วนราชการส่วนภูมิภาค',
        'จังหวัด',
        'อำเภอ',
      ]);
      kind.value = 'province';
      kind.dispatchEvent(new Event('change'));
      await element.updateComplete;
      expect(cards(element).map((card) => text(card.querySelector('.name')!))).to.deep.equal(['สำนักงานจังหวัดสิงห์บุรี']);

      kind.value = '';
      kind.dispatchEvent(new Event('change'));
      const input = shadowQuery<HTMLInputElement>(element, 'input[type=search]')!;
      input.focus();
      await sendKeys({ type: 'สาธารณสุข' });
      await element.updateComplete;
      expect(cards(element)).to.have.length(1);
      input.value = '';
      await sendKeys({ type: 'ไม่มีหน่วยงานนี้' });
      await element.updateComplete;
      expect(cards(element)).to.have.length(0);
      expect(text(shadowQuery(element, '[part=count]')!)).to.equal('ไม่พบหน่วยงานที่ตรงกับการค้นหา ลองใช้คำอื่นหรือเลือกอำเภออื่น');
      await expect(element).to.be.accessible();
    });
  });

  describe('one agency failing never stops the rest', () => {
    const cases: Array<[string, Files, string, string?]> = [
      [
        'its server does not answer',
        { '/c/govkit.json': () => Promise.reject(new TypeError('Failed to fetch')) },
        'network',
        'เชื่อมต่อไม่สำเร็จ',
      ],
      ['its manifest is missing (404)', { '/c/govkit.json': undefined }, 'http', 'เซิร์ฟเวอร์ไม่ส่งข้อมูล'],
      ['its manifest is broken JSON', { '/c/govkit.json': '{"agency": ' }, 'parse', 'ไฟล์ข้อมูลอ่านไม่ได้'],
      [
        'its manifest breaks the schema',
        { '/c/govkit.json': { agency: { name: 'x' } } },
        'invalid',
        'ข้อมูลไม่ตรงตามรูปแบบ',
      ],
      ['its contact file breaks the schema', { '/c/contact.json': { name: 'ไม่มีที่อยู่' } }, 'invalid', 'ข้อมูลไม่ตรงตามรูปแบบ'],
      [
        'its manifest never answers',
        { '/c/govkit.json': (init?: RequestInit) => hangingFetch('', init) },
        'timeout',
        'รอนานเกินกำหนด',
      ],
    ];
    for (const [title, files, failure, reason] of cases) {
      it(`${title}: shown as unreachable (${failure}), the others render`, async () => {
        const element = await mount({ ...AGENCIES, ...files }, { attrs: { 'agency-timeout': '100' } });
        expect(element.state).to.equal('ready');
        expect(cards(element)).to.have.length(3);
        const card = cardOf(element, 'ที่ว่าการอำเภออินทร์บุรี');
        const line = card.querySelector('[part=unreachable]')!;
        expect(line.getAttribute('data-failure')).to.equal(failure);
        expect(text(line)).to.equal(`ติดต่อเว็บไซต์ไม่ได้ (${reason}) ยังไม่เคยติดต่อได้จากเครื่องนี้`);
        expect(card.querySelector('address')).to.equal(null);
        expect(cardOf(element, 'สำนักงานสาธารณสุขจังหวัดสิงห์บุรี').querySelector('address')).to.not.equal(null);
        expect(cardOf(element, 'สำนักงานจังหวัดสิงห์บุรี').querySelector('.latest')).to.not.equal(null);
        await expect(element).to.be.accessible();
      });
    }

    it('an unreachable agency not in the list by name is named by its host', async () => {
      const files = { ...AGENCIES, '/dir.json': { agencies: [{ manifest: 'https://offline.example/govkit.json' }] } };
      const element = await mount({ ...files, '/govkit.json': undefined });
      expect(text(cards(element)[0].querySelector('.name')!)).to.equal('offline.example');
    });

    it('says when the agency was last reached, from this browser’s record', async () => {
      await mount(AGENCIES);
      const record = JSON.parse(localStorage.getItem(STORE)!) as Record<string, { at: string }>;
      expect(Object.keys(record)).to.have.members([
        `${ORIGIN}/a/govkit.json`,
        `${ORIGIN}/b/govkit.json`,
        `${ORIGIN}/c/govkit.json`,
      ]);
      record[`${ORIGIN}/a/govkit.json`].at = '2026-11-30T09:15:00+07:00';
      localStorage.setItem(STORE, JSON.stringify(record));
      clearPageCache(); // as on the next visit: the agency is asked again

      const element = await mount({ ...AGENCIES, '/a/govkit.json': undefined });
      const card = cardOf(element, 'สำนักงานสาธารณสุขจังหวัดสิงห์บุรี');
      // Its name, kind and district are remembered too, so it still filters.
      expect(text(card.querySelector('.meta')!)).to.equal('ส่วนราชการส่วนภูมิภาค · อำเภอเมืองสิงห์บุรี');
      const line = card.querySelector('[part=unreachable]')!;
      expect(text(line)).to.contain('ติดต่อได้ครั้งล่าสุดเมื่อ 30 พ.ย. 2569');
      expect(line.querySelector('time')!.getAttribute('datetime')).to.equal('2026-11-30T02:15:00.000Z');
      await expect(element).to.be.accessible();
    });

    it('keeps to the concurrency cap and times each request out on its own', async () => {
      let active = 0;
      let most = 0;
      const slow = (body: unknown) => async () => {
        active += 1;
        most = Math.max(most, active);
        await new Promise((resolve) => setTimeout(resolve, 30));
        active -= 1;
        return jsonResponse(body);
      };
      const files: Files = { '/dir.json': { agencies: [] as Array<{ manifest: string }> } };
      for (let index = 0; index < 6; index += 1) {
        (files['/dir.json'] as { agencies: Array<{ manifest: string }> }).agencies.push({
          manifest: `/x${index}/govkit.json`,
        });
        files[`/x${index}/govkit.json`] = slow(manifest({ th: `หน่วยงาน ${index}`, en: `Agency ${index}` }));
        files[`/x${index}/data/contact.json`] = slow(contact);
        files[`/x${index}/data/news.json`] = slow(news('ก', [['1', '2026-01-01']]));
      }
      const element = await mount(files, { attrs: { concurrency: '2' } });
      expect(cards(element)).to.have.length(6);
      expect(cards(element).every((card) => card.querySelector('address'))).to.equal(true);
      expect(most).to.equal(2);
    });
  });

  describe('the list and its news view on one page', () => {
    it('read each agency’s manifest, contact and news once between them', async () => {
      const log: string[] = [];
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="th"></div>`);
      const [list, newsView] = ['agencies', 'news'].map((view) => {
        const element = document.createElement('gov-agency-directory');
        element.setAttribute('view', view);
        return element;
      });
      await withFetch(serve(AGENCIES, log), async () => {
        for (const element of [list, newsView]) {
          element.src = '/dir.json';
          wrapper.append(element);
        }
        await Promise.all([list.whenSettled(), newsView.whenSettled()]);
      });
      expect(cards(list)).to.have.length(3);
      expect(shadowQueryAll(newsView, '[part=news-item]').length).to.be.greaterThan(0);
      const agencyFiles = log.filter((path) => path !== '/dir.json');
      expect(agencyFiles.filter((path) => path === '/a/govkit.json')).to.have.length(1);
      expect(agencyFiles).to.have.length(new Set(agencyFiles).size, agencyFiles.join(', '));
    });
  });

  describe('province-wide news (view="news")', () => {
    it('merges every agency’s news newest first, each naming its agency, one entry per link', async () => {
      const files = {
        ...AGENCIES,
        // The province office re-publishes the health office's item 2 under the same link.
        '/b/data/news.json': news('สนจ.', [
          ['9', '2026-11-25'],
          ['2', '2026-11-21', `${ORIGIN}/a/data/news/2.html`],
        ]),
      };
      const element = await mount(files, { view: 'news' });
      expect(shadowQuery(element, 'h2')!.textContent).to.equal('ข่าวจากหน่วยงานในจังหวัด');
      const items = shadowQueryAll(element, '[part=news-item]').map((li) => [
        text(li.querySelector('.name')!),
        text(li.querySelector('.source')!),
        li.querySelector('time')!.textContent,
      ]);
      expect(items).to.deep.equal([
        ['สนจ. ข่าว 9', 'สำนักงานจังหวัดสิงห์บุรี', '25 พ.ย. 2569'],
        // The copy is left out: the item stays under the agency listed first.
        ['สสจ. ข่าว 2', 'สำนักงานสาธารณสุขจังหวัดสิงห์บุรี', '20 พ.ย. 2569'],
        ['สสจ. ข่าว 1', 'สำนักงานสาธารณสุขจังหวัดสิงห์บุรี', '2 พ.ย. 2569'],
      ]);
      expect(text(shadowQuery(element, '[part=count]')!)).to.equal('ข่าวจาก 3 หน่วยงาน');
      expect(shadowQuery(element, '[part=news-missing]')).to.equal(null);
      await expect(element).to.be.accessible();
    });

    it('one feed down: the rest are shown and the missing agency is named', async () => {
      const element = await mount({ ...AGENCIES, '/a/data/news.json': 'not json' }, { view: 'news' });
      expect(element.state).to.equal('ready');
      expect(shadowQueryAll(element, '[part=news-item]').map((li) => text(li.querySelector('.source')!))).to.deep.equal(
        ['สำนักงานจังหวัดสิงห์บุรี'],
      );
      expect(text(shadowQuery(element, '[part=news-missing]')!)).to.equal(
        'ยังโหลดข่าวจากหน่วยงานต่อไปนี้ไม่ได้: สำนักงานสาธารณสุขจังหวัดสิงห์บุรี',
      );
      await expect(element).to.be.accessible();
    });

    it('shows at most `limit` items, in English too', async () => {
      const element = await mount(AGENCIES, { view: 'news', lang: 'en', attrs: { limit: '2' } });
      expect(shadowQuery(element, 'h2')!.textContent).to.equal('News from agencies in the province');
      expect(shadowQueryAll(element, '[part=news-item]')).to.have.length(2);
      expect(shadowQuery(element, '[part=news-item] time')!.textContent).to.equal('25 Nov 2026');
    });

    it('is empty, naming the unreachable agencies, when no agency has news', async () => {
      const files = { ...AGENCIES, '/a/govkit.json': undefined, '/b/data/news.json': { items: [] } };
      const element = await mount(files, { view: 'news' });
      await expectEmptyState(element, 'หน่วยงานยังไม่ได้เผยแพร่ข่าวในขณะนี้');
      // Never reached and not named by the list: named by its host.
      expect(text(shadowQuery(element, '[part=news-missing]')!)).to.equal(
        `ยังโหลดข่าวจากหน่วยงานต่อไปนี้ไม่ได้: ${location.host}`,
      );
    });
  });

  describe('empty', () => {
    it('says there are no agencies yet', async () => {
      const element = await mount({ '/dir.json': { agencies: [] } });
      await expectEmptyState(element, 'ยังไม่มีรายชื่อหน่วยงานในขณะนี้');
    });
  });

  describe('the province list itself failing', () => {
    lifecycleErrorCases<GovAgencyDirectory>('gov-agency-directory', {
      notFound: {
        fallbackHtml: '<p>ดูรายชื่อหน่วยงานได้ที่ศาลากลางจังหวัด</p>',
        fallbackText: 'ดูรายชื่อหน่วยงานได้ที่ศาลากลางจังหวัด',
        data: { agencies: [{ manifest: '/a/govkit.json', name: 'สำนักงานสาธารณสุขจังหวัดสิงห์บุรี' }] },
      },
      malformed: { body: '{"agencies": [' },
      timeout: {},
      network: {},
    });

    it('a list that breaks the schema is an error naming the path', async () => {
      const element = await mount({ '/dir.json': { agencies: [{ name: 'ไม่มีที่อยู่ของ manifest' }] } });
      await waitForState(element, 'error');
      expect(element.error!.kind).to.equal('invalid');
      expect(element.error!.problems.map((problem) => problem.path)).to.include('/agencies/0/manifest');
      await expect(element).to.be.accessible();
    });
  });

  describe('hostile data', () => {
    it('shows every payload as text: names, news titles, page titles, addresses', async () => {
      await expectPayloadsInert(
        30,
        async (payloads) => {
          const files: Files = { '/dir.json': { agencies: [] as Array<{ manifest: string }> } };
          payloads.forEach((payload, index) => {
            (files['/dir.json'] as { agencies: Array<{ manifest: string; name?: string }> }).agencies.push({
              manifest: `/p${index}/govkit.json`,
            });
            const data = manifest({ th: payload, en: payload }, { website: 'javascript:alert(1)' });
            data.content.documents[0].title = { th: payload, en: payload };
            files[`/p${index}/govkit.json`] = data;
            files[`/p${index}/data/contact.json`] = { ...contact, address: { ...contact.address, line: payload } };
            files[`/p${index}/data/news.json`] = { items: [{ id: '1', title: payload, url: 'javascript:alert(2)' }] };
          });
          return mount(files);
        },
        (element, payloads) => {
          const names = cards(element).map((card) => card.querySelector('.name')!.textContent!.trim());
          expect(names).to.deep.equal(payloads.map((payload) => payload.trim()));
          expect(shadowQuery(element, 'a[href^="javascript"]')).to.equal(null);
          expect(visibleText(element)).to.contain(payloads[0].replace(/\s+/g, ' ').trim());
        },
      );
    });
  });

  describe('320 px', () => {
    it('wraps a long Thai agency name without overflowing', async () => {
      await expectLongThaiWrapsAt320(
        () =>
          mount({
            ...AGENCIES,
            '/dir.json': { agencies: [{ manifest: '/a/govkit.json' }] },
            '/a/govkit.json': manifest({ th: LONG_THAI, en: 'Long' }),
          }),
        '.name a',
      );
    });
  });
});

describe('gov-agency-directory from real files', () => {
  beforeEach(() => localStorage.removeItem(STORE));

  it('reads the fixture list over the network: two agencies whole, the missing manifest unreachable', async () => {
    const element = await fixture<GovAgencyDirectory>(
      html`<gov-agency-directory src="/packages/components/test/fixtures/gov-agency-directory/directory.json"></gov-agency-directory>`,
    );
    await waitForState(element, 'ready', 10000);
    expect(shadowQuery(element, 'h2')!.textContent).to.equal('หน่วยงานในจังหวัดสิงห์บุรี');
    const states = cards(element).map((card) => [
      text(card.querySelector('.name')!),
      card.querySelector('[part=unreachable]') ? 'unreachable' : 'reached',
    ]);
    expect(states).to.deep.equal([
      ['สำนักงานสาธารณสุขจังหวัดสิงห์บุรี', 'reached'],
      ['สำนักงานเกษตรจังหวัดสิงห์บุรี', 'unreachable'],
      ['ที่ว่าการอำเภออินทร์บุรี', 'reached'],
    ]);
    await expect(element).to.be.accessible();
  });
});

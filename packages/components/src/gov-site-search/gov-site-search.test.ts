import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './define.js';
import type { GovSiteSearch } from './gov-site-search.js';
import type { SearchIndexData } from '@govkit-th/schemas';
import {
  LONG_THAI,
  expectErrorBox,
  expectLongThaiWrapsAt320,
  expectPayloadsInert,
  jsonResponse,
  shadowQuery,
  shadowQueryAll,
  visibleText,
  waitForState,
  withFetch,
} from '../../test/helpers.js';

const INDEX = '/packages/components/test/fixtures/gov-site-search/search-index.json';
const FALLBACK = html`<form role="search" action="search.html"><label>ค้นหา <input name="q" /></label></form>`;

/** The titles of the results, as a person reads them. */
function titles(search: GovSiteSearch): string[] {
  return shadowQueryAll(search, '.hit-title').map((title) => title.textContent!.trim());
}

function status(search: GovSiteSearch): string {
  return shadowQuery(search, '[role=status]')!.textContent!.trim();
}

function input(search: GovSiteSearch): HTMLInputElement {
  return shadowQuery<HTMLInputElement>(search, 'input[name=q]')!;
}

/** Types as a person does (focus loads the index) and waits for the results. */
async function typeQuery(search: GovSiteSearch, text: string): Promise<void> {
  input(search).focus();
  input(search).select();
  await sendKeys({ type: text });
  await waitForState(search, 'ready');
  await search.updateComplete;
}

/** The results page in `lang`, not yet loaded. */
async function resultsPage(lang = 'th', attributes = html``): Promise<GovSiteSearch> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div lang=${lang}><gov-site-search index=${INDEX} sitemap="/sitemap.html">${attributes}</gov-site-search></div>`,
  );
  const search = wrapper.querySelector('gov-site-search')!;
  // The fixture waits for the wrapper, not for the element's first render (a task of its own).
  await search.updateComplete;
  return search;
}

async function withData(data: unknown, query: string, lang = 'th'): Promise<GovSiteSearch> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div lang=${lang}><gov-site-search query=${query} page-size="500" .data=${data as SearchIndexData}></gov-site-search></div>`,
  );
  const search = wrapper.querySelector('gov-site-search')!;
  await search.whenSettled();
  return search;
}

describe('gov-site-search', () => {
  afterEach(() => history.replaceState(null, '', location.pathname));

  describe('the header box (compact)', () => {
    it('is a plain GET form to the search page, ready at once, and never loads the index', async () => {
      const requests: string[] = [];
      await withFetch(
        (url) => (requests.push(url), jsonResponse({ version: 1, documents: [] })),
        async () => {
          const search = await fixture<GovSiteSearch>(
            html`<gov-site-search compact action="/search.html" index=${INDEX}>${FALLBACK}</gov-site-search>`,
          );
          expect(search.state).to.equal('ready');
          const form = shadowQuery<HTMLFormElement>(search, 'form')!;
          expect(form.getAttribute('role')).to.equal('search');
          expect(form.getAttribute('method')).to.equal('get');
          expect(form.getAttribute('action')).to.equal('/search.html');
          expect(form.getAttribute('aria-label')).to.equal('ค้นหาในเว็บไซต์');
          expect(input(search).labels![0].textContent).to.equal('ค้นหาในเว็บไซต์');
          expect(shadowQuery(search, 'button[type=submit]')!.textContent).to.equal('ค้นหา');
          input(search).focus();
          await sendKeys({ type: 'ภาษี' });
          await search.updateComplete;
          expect(requests).to.deep.equal([]);
          expect(shadowQuery(search, '.results')).to.equal(null);
          // Enter submits the form to the search page (here stopped before it leaves the test).
          const submitted = oneEvent(form, 'submit');
          form.addEventListener('submit', (event) => event.preventDefault(), { once: true });
          await sendKeys({ press: 'Enter' });
          await submitted;
          expect(new FormData(form).get('q')).to.equal('ภาษี');
          await expect(search).to.be.accessible();
        },
      );
    });
  });

  describe('loading on demand', () => {
    it('loads nothing until the box is focused, then the index once', async () => {
      const requests: string[] = [];
      const original = window.fetch;
      await withFetch(
        (url, init) => (requests.push(url), original(url, init)),
        async () => {
          const search = await resultsPage();
          expect(search.state).to.equal('ready');
          await new Promise((resolve) => setTimeout(resolve, 50));
          expect(requests).to.deep.equal([]);
          expect(status(search)).to.equal('');
          input(search).focus();
          await search.whenSettled();
          input(search).blur();
          input(search).focus();
          expect(requests.map((url) => new URL(url).pathname)).to.deep.equal([INDEX]);
          expect(search.state).to.equal('ready');
        },
      );
    });

    it('shows a polite loading line while the index loads for a query', async () => {
      let answer: (response: Response) => void = () => undefined;
      await withFetch(
        () => new Promise<Response>((resolve) => (answer = resolve)),
        async () => {
          const search = await resultsPage();
          search.query = 'ภาษี';
          await search.updateComplete;
          try {
            expect(search.state).to.equal('loading');
            expect(status(search)).to.equal('กำลังโหลดข้อมูลการค้นหา…');
            await expect(search).to.be.accessible();
          } finally {
            answer(jsonResponse({ version: 1, documents: [] }));
          }
          expect(await search.whenSettled()).to.equal('empty');
        },
      );
    });
  });

  describe('Thai search', () => {
    it('finds a word in the middle of a Thai phrase and marks it', async () => {
      const search = await resultsPage();
      await typeQuery(search, 'ภาษี');
      expect(titles(search)).to.deep.equal(['ประชาสัมพันธ์การชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2570']);
      expect(shadowQueryAll(search, '.hit-title mark').map((mark) => mark.textContent)).to.deep.equal(['ภาษี']);
      expect(status(search)).to.equal('พบ 1\u00a0รายการสำหรับ “ภาษี”');
      const result = shadowQuery(search, '.results li')!;
      expect(result.querySelector('a')!.getAttribute('href')).to.equal(`${location.origin}/news.html#land-tax-2570`);
      expect(result.querySelector('[part=type]')!.textContent).to.equal('ข่าว');
      expect(result.querySelector('time')!.textContent).to.equal('20 พ.ย. 2569');
      expect(result.querySelector('time')!.getAttribute('datetime')).to.equal('2026-11-20');
      await expect(search).to.be.accessible();
    });

    it('finds a word in the middle of a sentence of body text, with the snippet around it', async () => {
      const search = await resultsPage();
      await typeQuery(search, 'บางระจัน');
      expect(titles(search)).to.deep.equal(['ประวัติความเป็นมา']);
      const snippet = shadowQuery(search, '.snippet')!;
      expect(snippet.querySelector('mark')!.textContent).to.equal('บางระจัน');
      expect(snippet.textContent).to.contain('วีรกรรมของชาวบ้านบางระจันเป็นที่จดจำ');
      expect(shadowQuery(search, '[part=type]')!.textContent).to.equal('หน้าเว็บ');
    });

    it('finds Thai words typed together that stand apart in the text (Intl.Segmenter)', async () => {
      const search = await resultsPage();
      await typeQuery(search, 'ภาษีเมษายน');
      expect(titles(search)).to.deep.equal(['ประชาสัมพันธ์การชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2570']);
      const marks = shadowQueryAll(search, 'mark').map((mark) => mark.textContent);
      expect(marks).to.include('ภาษี');
      expect(marks).to.include('เมษายน');
    });

    it('ranks a title match first and counts every result', async () => {
      const search = await resultsPage();
      await typeQuery(search, 'ข้อมูลข่าวสาร');
      expect(titles(search)).to.have.length(3);
      expect(titles(search)[0]).to.equal('พระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. 2540');
      expect(status(search)).to.equal('พบ 3\u00a0รายการสำหรับ “ข้อมูลข่าวสาร”');
      expect(shadowQueryAll(search, '[part=type]').map((label) => label.textContent)).to.have.members([
        'เอกสาร',
        'บริการ',
        'คำถามที่พบบ่อย',
      ]);
    });

    it('reads ?q= when the page opens and searches at once', async () => {
      history.replaceState(null, '', `${location.pathname}?q=${encodeURIComponent('สิงห์บุรี')}`);
      const search = await resultsPage();
      await waitForState(search, 'ready');
      await search.updateComplete;
      expect(input(search).value).to.equal('สิงห์บุรี');
      expect(shadowQuery(search, 'h2')!.textContent).to.equal('ผลการค้นหา');
      expect(titles(search)).to.have.length(3);
    });
  });

  describe('English', () => {
    it('searches and speaks English when the page is English', async () => {
      const search = await resultsPage('en');
      await typeQuery(search, 'land tax');
      expect(titles(search)).to.deep.equal(['Land and buildings tax due for 2027']);
      expect(shadowQueryAll(search, '.hit-title mark').map((mark) => mark.textContent)).to.deep.equal(['Land', 'tax']);
      expect(status(search)).to.equal('1\u00a0result for “land tax”');
      expect(shadowQuery(search, '[part=type]')!.textContent).to.equal('News');
      expect(shadowQuery(search, 'time')!.textContent).to.equal('20 Nov 2026');
      expect(input(search).labels![0].textContent).to.equal('Search for');
      await expect(search).to.be.accessible();
    });
  });

  describe('no results', () => {
    it('says so and suggests the words that find something alone, spelling and the site map', async () => {
      const search = await resultsPage();
      await typeQuery(search, 'ภาษี ช้างเผือก');
      expect(titles(search)).to.deep.equal([]);
      expect(status(search)).to.equal('ไม่พบผลการค้นหาสำหรับ “ภาษี ช้างเผือก”');
      const tips = visibleText(shadowQuery(search, '.no-results')!);
      expect(tips).to.contain('ค้นหาเฉพาะ “ภาษี” (1 รายการ)');
      expect(tips).to.contain('ตรวจสอบตัวสะกดของคำค้นหา');
      expect(shadowQuery(search, '.no-results a[href$="/sitemap.html"]')).to.not.equal(null);
      await expect(search).to.be.accessible();
      shadowQuery<HTMLAnchorElement>(search, '.no-results a')!.click();
      await search.updateComplete;
      expect(input(search).value).to.equal('ภาษี');
      expect(titles(search)).to.have.length(1);
      expect(new URLSearchParams(location.search).get('q')).to.equal('ภาษี');
    });

    it('an index with nothing in it says there is nothing to search yet', async () => {
      const search = await withData({ version: 1, documents: [] }, 'ภาษี');
      expect(search.state).to.equal('empty');
      expect(status(search)).to.equal('ยังไม่มีข้อมูลให้ค้นหาในขณะนี้');
      await expect(search).to.be.accessible();
    });
  });

  describe('error', () => {
    it('an index that cannot be loaded shows a reason, a retry button and the fallback form; retry recovers', async () => {
      let status404 = true;
      const original = window.fetch;
      await withFetch(
        (url, init) => (status404 ? new Response('not found', { status: 404 }) : original(url, init)),
        async () => {
          const search = await fixture<GovSiteSearch>(
            html`<gov-site-search index=${INDEX}>${FALLBACK}</gov-site-search>`,
          );
          const failed = oneEvent(search, 'gov-error');
          search.query = 'ภาษี';
          await failed;
          await expectErrorBox(search, {
            kind: 'http',
            reason: 'เซิร์ฟเวอร์ตอบกลับด้วยรหัส 404',
            retry: 'ลองอีกครั้ง',
            fallbackText: 'ค้นหา',
          });
          expect(shadowQuery(search, '[role=alert]')!.textContent).to.contain('ค้นหาไม่ได้ในขณะนี้');
          status404 = false;
          shadowQuery<HTMLButtonElement>(search, '[part=retry-button]')!.click();
          await waitForState(search, 'ready');
          expect(titles(search)).to.have.length(1);
        },
      );
    });

    it('an index of another format names the path and the rule', async () => {
      const search = await withData({ version: 2, documents: [{ url: '/', type: 'blog', title: 'x' }] }, 'x');
      expect(search.state).to.equal('error');
      const paths = search.error!.problems.map((problem) => problem.path);
      expect(paths).to.include('/version');
      expect(paths).to.include('/documents/0/type');
      expect(visibleText(search)).to.contain('ข้อมูลไม่เป็นไปตามรูปแบบที่กำหนด');
    });
  });

  describe('keyboard', () => {
    it('Enter searches, arrows move through the results and back to the box, Tab reaches every link', async () => {
      const search = await resultsPage();
      input(search).focus();
      await sendKeys({ type: 'ข้อมูล' });
      await sendKeys({ press: 'Enter' });
      await waitForState(search, 'ready');
      await search.updateComplete;
      expect(new URLSearchParams(location.search).get('q')).to.equal('ข้อมูล');
      const links = shadowQueryAll<HTMLAnchorElement>(search, '.results a');
      expect(links).to.have.length(3);
      const focused = () => search.shadowRoot!.activeElement;
      await sendKeys({ press: 'ArrowDown' });
      expect(focused()).to.equal(links[0]);
      await sendKeys({ press: 'ArrowDown' });
      expect(focused()).to.equal(links[1]);
      await sendKeys({ press: 'ArrowUp' });
      await sendKeys({ press: 'ArrowUp' });
      expect(focused()).to.equal(input(search));
      await sendKeys({ press: 'Tab' });
      expect(focused()).to.equal(shadowQuery(search, 'button[type=submit]'));
      await sendKeys({ press: 'Tab' });
      expect(focused()).to.equal(links[0]);
    });

    it('"show more" adds the next results and moves focus to the first of them', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="th"><gov-site-search index=${INDEX} page-size="2"></gov-site-search></div>`,
      );
      const search = wrapper.querySelector('gov-site-search')!;
      await typeQuery(search, 'สิงห์บุรี');
      expect(titles(search)).to.have.length(2);
      const more = shadowQuery<HTMLButtonElement>(search, '[part=more]')!;
      expect(more.textContent!.trim()).to.equal('แสดงเพิ่ม (เหลืออีก 1\u00a0รายการ)');
      more.focus();
      await sendKeys({ press: 'Enter' });
      await search.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(titles(search)).to.have.length(3);
      expect(search.shadowRoot!.activeElement).to.equal(shadowQueryAll(search, '.results a')[2]);
      expect(shadowQuery(search, '[part=more]')).to.equal(null);
    });
  });

  describe('narrow screens and long text', () => {
    it('wraps long Thai text at 320 px without sideways scrolling', async () => {
      await expectLongThaiWrapsAt320(
        () => withData({ version: 1, documents: [{ url: '/long.html', type: 'page', title: LONG_THAI }] }, 'สิงห์บุรี'),
        '.hit-title',
        { check: (search) => expect(shadowQueryAll(search, '.hit-title mark').length).to.be.greaterThan(1) },
      );
    });
  });

  describe('hostile data', () => {
    it('shows XSS payloads from the index as text and runs nothing', async () => {
      await expectPayloadsInert(
        200,
        async (payloads) => {
          const documents = payloads.map((payload, index) => ({
            url: index % 2 ? payload : `/p${index}.html`,
            type: 'page',
            title: `ค้นหา ${payload.slice(0, 250)}`,
            excerpt: payload.slice(0, 300),
            text: payload,
          }));
          const search = await withData({ version: 1, documents }, 'ค้นหา');
          expect(search.state).to.equal('ready');
          return search;
        },
        (search, payloads) => {
          expect(titles(search)).to.have.length(payloads.length);
          expect(titles(search)).to.include(`ค้นหา ${payloads[2].slice(0, 250)}`.trim());
        },
      );
    });
  });
});

import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './define.js';
import type { GovSitemap } from './gov-sitemap.js';
import type { SitemapData, SitemapItem } from '@govkit-th/schemas';
import {
  LONG_THAI,
  atWidth,
  expectEmptyState,
  expectErrorBox,
  expectLoadingWithFallback,
  expectNoActiveContent,
  expectNoHorizontalOverflow,
  hangingFetch,
  jsonResponse,
  lifecycleErrorCases,
  settledFixture,
  shadowQuery,
  shadowQueryAll,
  trapScriptExecution,
  visibleText,
  waitForState,
  withFetch,
  xssPayloads,
} from '../../test/helpers.js';

const FIXTURES = '/packages/components/test/fixtures/gov-sitemap';
const SITE = 'https://www.example.go.th';

const sample: SitemapData = {
  items: [
    { title: 'หน้าหลัก', href: `${SITE}/` },
    {
      title: 'เกี่ยวกับหน่วยงาน',
      href: `${SITE}/about/`,
      children: [
        { title: 'ประวัติความเป็นมา', href: `${SITE}/about/history.html`, description: 'ตั้งแต่ พ.ศ. 2438' },
        {
          title: 'แผนงานและงบประมาณ',
          children: [{ title: 'แผนปฏิบัติราชการประจำปี', href: `${SITE}/about/plans/action-plan.html` }],
        },
      ],
    },
    { title: 'ติดต่อเรา', href: `${SITE}/contact.html` },
  ],
};

async function sitemapWithData(data: unknown, lang = 'th', attributes: { current?: string } = {}): Promise<GovSitemap> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div lang=${lang}><gov-sitemap current=${attributes.current ?? `${SITE}/nowhere`}></gov-sitemap></div>`,
  );
  const sitemap = wrapper.querySelector('gov-sitemap')!;
  sitemap.data = data as SitemapData;
  await sitemap.whenSettled();
  return sitemap;
}

/** What a person sees of one list entry: its own link or text, not its sub-pages nor hidden words. */
function entryText(li: Element): string {
  const own = li
    .querySelector(':scope > .section-heading, :scope > a, :scope > span.title')!
    .cloneNode(true) as Element;
  own.querySelectorAll('.visually-hidden').forEach((hidden) => hidden.remove());
  return own.textContent!.replace(/\s+/g, ' ').trim();
}

/** A link's text as seen, without the words only a screen reader hears. */
function linkText(link: Element): string {
  return Array.from(link.childNodes)
    .filter(
      (node) =>
        node.nodeType === Node.TEXT_NODE || (node instanceof Element && !node.classList.contains('visually-hidden')),
    )
    .map((node) => node.textContent)
    .join('');
}

/** The tree as shown: each entry's text and, nested, its sub-entries' — from the DOM. */
function shownTree(sitemap: GovSitemap): Array<string | [string, unknown[]]> {
  const walk = (list: Element): Array<string | [string, unknown[]]> =>
    Array.from(list.children).map((li) => {
      const sub = li.querySelector(':scope > details > ul');
      return sub ? [entryText(li), walk(sub)] : entryText(li);
    });
  return walk(shadowQuery(sitemap, 'nav > ul')!);
}

function xmlResponse(body: string, contentType = 'application/xml'): Response {
  return new Response(body, { status: 200, headers: { 'content-type': contentType } });
}

/** Loads `body` as if it were the file at `url`. */
async function sitemapFromText(
  body: string,
  options: { url?: string; contentType?: string; lang?: string; titles?: string } = {},
) {
  const url = options.url ?? `${SITE}/sitemap.xml`;
  return withFetch(
    (requested) => (requested === url ? xmlResponse(body, options.contentType) : new Response('', { status: 404 })),
    async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang=${options.lang ?? 'th'}><gov-sitemap src=${url} titles=${options.titles ?? ''} current="${SITE}/none"></gov-sitemap></div>`,
      );
      const sitemap = wrapper.querySelector('gov-sitemap')!;
      await sitemap.whenSettled();
      return sitemap;
    },
  );
}

function urlset(...locs: string[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${locs.map((loc) => `<url><loc>${loc}</loc></url>`).join('')}</urlset>`;
}

function nested(depth: number): SitemapItem[] {
  let items: SitemapItem[] = [{ title: `ชั้นที่ ${depth}`, href: `${SITE}/deep.html` }];
  for (let level = depth - 1; level >= 1; level -= 1) items = [{ title: `ชั้นที่ ${level}`, children: items }];
  return items;
}

describe('gov-sitemap', () => {
  describe('loading', () => {
    it('shows a status line and keeps the fallback content visible', async () => {
      await withFetch(hangingFetch, async () => {
        const sitemap = await fixture<GovSitemap>(
          html`<gov-sitemap src="/never.json"><ul><li><a href="/">หน้าหลัก</a></li></ul></gov-sitemap>`,
        );
        await expectLoadingWithFallback(sitemap, 'หน้าหลัก');
      });
    });
  });

  describe('ready', () => {
    it('shows the site as nested lists in a labelled nav, top-level sections as headings, and fires gov-load', async () => {
      const sitemap = document.createElement('gov-sitemap');
      const loaded = oneEvent(sitemap, 'gov-load');
      sitemap.src = `${FIXTURES}/sitemap.json`;
      sitemap.current = '/none';
      document.body.append(sitemap);
      try {
        const event = await loaded;
        await sitemap.updateComplete;
        expect(event.detail.items).to.have.length(8);
        expect(sitemap.state).to.equal('ready');
        expect(shadowQuery(sitemap, 'h2')!.textContent).to.equal('แผนผังเว็บไซต์');
        expect(shadowQuery(sitemap, 'nav')!.getAttribute('aria-label')).to.equal('แผนผังเว็บไซต์');
        expect(shadowQueryAll(sitemap, 'nav > ul > li > h3').map((h) => h.textContent!.trim())).to.deep.equal([
          'หน้าหลัก',
          'เกี่ยวกับหน่วยงาน',
          'ข่าวประชาสัมพันธ์',
          'บริการออนไลน์',
          'การมีส่วนร่วมของประชาชน',
          'ติดต่อเรา',
          'แผนผังเว็บไซต์',
          'เว็บไซต์ที่เกี่ยวข้อง',
        ]);
        const about = shownTree(sitemap)[1] as [string, unknown[]];
        expect(about[0]).to.equal('เกี่ยวกับหน่วยงาน');
        expect(about[1]).to.have.length(7);
        expect(about[1][6]).to.deep.equal(['แผนงานและงบประมาณ', ['แผนปฏิบัติราชการประจำปี', 'รายงานผลการดำเนินงานประจำปี']]);
        // Relative addresses resolve against the data file; a section without one is a heading only.
        const history = shadowQueryAll<HTMLAnchorElement>(sitemap, 'a').find(
          (a) => a.textContent === 'ประวัติความเป็นมา',
        )!;
        expect(history.href).to.equal(new URL('/about/history.html', location.href).href);
        expect(shadowQueryAll(sitemap, 'h3')[4].querySelector('a')).to.equal(null);
        // Every section with sub-pages is a native disclosure, open by default.
        const groups = shadowQueryAll<HTMLDetailsElement>(sitemap, 'details');
        expect(groups).to.have.length(4);
        expect(groups.every((group) => group.open)).to.equal(true);
        expect(groups[0].querySelector('summary')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
          'หน้าย่อย 7 รายการ: เกี่ยวกับหน่วยงาน',
        );
        expect(visibleText(sitemap)).to.contain('ผู้รับผิดชอบการบริหารงานเทคโนโลยีสารสนเทศของหน่วยงาน');
        expect(visibleText(sitemap)).to.contain('ผู้อนุมัติการเผยแพร่');
        await expect(sitemap).to.be.accessible();
      } finally {
        sitemap.remove();
      }
    });

    it('speaks English when the page is English', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="en"><gov-sitemap src="${FIXTURES}/sitemap.json" current="/none"></gov-sitemap></div>`,
      );
      const sitemap = wrapper.querySelector('gov-sitemap')!;
      await waitForState(sitemap, 'ready');
      expect(shadowQuery(sitemap, 'h2')!.textContent).to.equal('Site map');
      expect(shadowQuery(sitemap, 'nav')!.getAttribute('aria-label')).to.equal('Site map');
      expect(shadowQueryAll(sitemap, 'h3').map((h) => h.textContent!.trim())[1]).to.equal('About us');
      expect(
        shadowQueryAll<HTMLButtonElement>(sitemap, '.toggles button').map((b) => b.textContent!.trim()),
      ).to.deep.equal(['Open all sections', 'Close all sections']);
      expect(shadowQuery(sitemap, 'summary')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        'Sub-pages (7): About us',
      );
      const external = shadowQueryAll(sitemap, 'a').find((a) => a.textContent!.startsWith('Sing Buri Province'))!;
      expect(external.textContent).to.equal('Sing Buri Province (external site)');
      await expect(sitemap).to.be.accessible();
    });

    it('shows Thai digits when numerals="thai"', async () => {
      const sitemap = await settledFixture<GovSitemap>(
        html`<gov-sitemap numerals="thai" .data=${sample}></gov-sitemap>`,
      );
      expect(shadowQuery(sitemap, 'summary')!.textContent).to.contain('หน้าย่อย ๒\u00a0รายการ');
    });

    it('lets the page override any string with data-i18n-*', async () => {
      const sitemap = await settledFixture<GovSitemap>(
        html`<gov-sitemap data-i18n-title="ผังเว็บไซต์สำนักงาน" .data=${sample}></gov-sitemap>`,
      );
      expect(shadowQuery(sitemap, 'h2')!.textContent).to.equal('ผังเว็บไซต์สำนักงาน');
      expect(shadowQuery(sitemap, 'nav')!.getAttribute('aria-label')).to.equal('ผังเว็บไซต์สำนักงาน');
    });

    it('puts section headings one level below its own heading', async () => {
      const sitemap = await settledFixture<GovSitemap>(
        html`<gov-sitemap heading-level="3" .data=${sample}></gov-sitemap>`,
      );
      expect(shadowQuery(sitemap, 'h3')!.textContent).to.equal('แผนผังเว็บไซต์');
      expect(shadowQueryAll(sitemap, 'nav > ul > li').map(entryText)).to.deep.equal([
        'หน้าหลัก',
        'เกี่ยวกับหน่วยงาน',
        'ติดต่อเรา',
      ]);
      expect(shadowQueryAll(sitemap, 'nav > ul > li > h4')).to.have.length(3);
    });
  });

  describe('the current page', () => {
    it('is marked with aria-current="page", ignoring #fragments and a trailing index.html', async () => {
      const sitemap = await sitemapWithData(sample, 'th', { current: `${SITE}/about/index.html#staff` });
      const current = shadowQueryAll(sitemap, '[aria-current]');
      expect(current).to.have.length(1);
      expect(current[0].getAttribute('aria-current')).to.equal('page');
      expect(linkText(current[0])).to.equal('เกี่ยวกับหน่วยงาน');
      expect(visibleText(sitemap)).to.contain('หน้าที่คุณอยู่');
      await expect(sitemap).to.be.accessible();
    });

    it('follows the browser address when no current page is given', async () => {
      const here = new URL(location.href);
      here.hash = 'section';
      const data: SitemapData = {
        items: [
          { title: 'หน้านี้', href: here.href },
          { title: 'หน้าอื่น', href: `${SITE}/other.html` },
        ],
      };
      const sitemap = await settledFixture<GovSitemap>(html`<gov-sitemap .data=${data}></gov-sitemap>`);
      const current = shadowQuery(sitemap, '[aria-current="page"]')!;
      expect(current.textContent).to.equal('หน้านี้');
      expect(shadowQueryAll(sitemap, '[aria-current]')).to.have.length(1);
    });

    it('moves when the current attribute changes', async () => {
      const sitemap = await sitemapWithData(sample, 'th', { current: `${SITE}/contact.html` });
      expect(linkText(shadowQuery(sitemap, '[aria-current]')!)).to.equal('ติดต่อเรา');
      sitemap.current = `${SITE}/about/plans/action-plan.html`;
      await sitemap.updateComplete;
      expect(shadowQueryAll(sitemap, '[aria-current]').map(linkText)).to.deep.equal(['แผนปฏิบัติราชการประจำปี']);
    });
  });

  describe('collapsing', () => {
    it('works from the keyboard: Enter and Space on a section close and open it', async () => {
      const sitemap = await sitemapWithData(sample);
      const about = shadowQuery<HTMLDetailsElement>(sitemap, 'details')!;
      const summary = about.querySelector('summary')!;
      expect(about.open).to.equal(true);
      summary.focus();
      expect(sitemap.shadowRoot!.activeElement).to.equal(summary);
      await sendKeys({ press: 'Enter' });
      await sitemap.updateComplete;
      expect(about.open).to.equal(false);
      expect(about.querySelector('ul')!.checkVisibility()).to.equal(false);
      await sendKeys({ press: 'Space' });
      await sitemap.updateComplete;
      expect(about.open).to.equal(true);
      expect(about.querySelector('ul')!.checkVisibility()).to.equal(true);
    });

    it('closes and opens every section with the buttons, reached by Tab', async () => {
      const sitemap = await sitemapWithData(sample);
      const [open, close] = shadowQueryAll<HTMLButtonElement>(sitemap, '.toggles button');
      open.focus();
      await sendKeys({ press: 'Tab' });
      expect(sitemap.shadowRoot!.activeElement).to.equal(close);
      await sendKeys({ press: 'Enter' });
      await sitemap.updateComplete;
      const groups = shadowQueryAll<HTMLDetailsElement>(sitemap, 'details');
      expect(groups).to.have.length(2);
      expect(groups.some((group) => group.open)).to.equal(false);
      // The top-level headings stay in view.
      expect(shadowQueryAll(sitemap, 'h3').every((h) => h.checkVisibility())).to.equal(true);
      open.focus();
      await sendKeys({ press: 'Enter' });
      await sitemap.updateComplete;
      expect(groups.every((group) => group.open)).to.equal(true);
      await expect(sitemap).to.be.accessible();
    });

    it('shows no open/close buttons when nothing can be collapsed', async () => {
      const sitemap = await sitemapWithData({ items: [{ title: 'หน้าหลัก', href: '/' }] });
      expect(shadowQuery(sitemap, '.toggles')).to.equal(null);
      expect(shadowQuery(sitemap, 'details')).to.equal(null);
    });
  });

  describe('sitemap.xml', () => {
    it('turns URL paths into nested sections, with the home page first', async () => {
      const sitemap = await settledFixture<GovSitemap>(
        html`<gov-sitemap src="${FIXTURES}/sitemap.xml" current="${SITE}/about/"></gov-sitemap>`,
      );
      expect(sitemap.state).to.equal('ready');
      expect(shownTree(sitemap)).to.deep.equal([
        'หน้าหลัก',
        ['About หน้าที่คุณอยู่', ['History', 'Executive board']],
        ['Services', [['E form', ['Request']]]],
        ['ข่าว', ['2569']],
        'Faq',
        'Contact',
        'javascript:alert(1)',
        'mailto:saraban@example.go.th',
      ]);
      const links = shadowQueryAll<HTMLAnchorElement>(sitemap, 'a').map((a) => a.getAttribute('href'));
      expect(links).to.deep.equal([
        `${SITE}/`,
        `${SITE}/about/index.html`,
        `${SITE}/about/history.html`,
        `${SITE}/about/executive-board.html`,
        `${SITE}/services/e-form/request.html`,
        `${SITE}/%E0%B8%82%E0%B9%88%E0%B8%B2%E0%B8%A7/2569.html`,
        `${SITE}/faq.html`,
        `${SITE}/contact.html`,
      ]);
      // Folders without a page of their own are headings without a link.
      expect(shadowQueryAll(sitemap, 'h3')[2].querySelector('a')).to.equal(null);
      // Only http(s) locations become links; the rest is text.
      expectNoActiveContent(sitemap);
      expect(linkText(shadowQuery(sitemap, '[aria-current="page"]')!)).to.equal('About');
      await expect(sitemap).to.be.accessible();
    });

    it('names pages from a titles file of the kit’s sitemap data or a plain mapping', async () => {
      const sitemap = await settledFixture<GovSitemap>(
        html`<gov-sitemap src="${FIXTURES}/sitemap.xml" titles="${FIXTURES}/titles.json" current="/none"></gov-sitemap>`,
      );
      const tree = shownTree(sitemap);
      expect(tree[1]).to.deep.equal(['เกี่ยวกับหน่วยงาน', ['ประวัติความเป็นมา', 'Executive board']]);
      expect(tree[2]).to.deep.equal(['บริการออนไลน์', [['E form', ['Request']]]]);

      const fromKitData = await sitemapFromText(
        urlset(`${SITE}/`, `${SITE}/about/`, `${SITE}/about/history.html`, `${SITE}/contact.html`),
        {
          lang: 'en',
          titles: JSON.stringify({
            items: [
              {
                title: { th: 'เกี่ยวกับหน่วยงาน', en: 'About us' },
                href: `${SITE}/about/`,
                children: [{ title: 'ประวัติ', href: `${SITE}/about/history.html` }],
              },
            ],
          }),
        },
      );
      expect(shownTree(fromKitData)).to.deep.equal(['Home', ['About us', ['ประวัติ']], 'Contact']);
    });

    it('keeps readable labels when the titles file cannot be loaded', async () => {
      const sitemap = await settledFixture<GovSitemap>(
        html`<gov-sitemap src="${FIXTURES}/sitemap.xml" titles="${FIXTURES}/missing-titles.json" current="/none"></gov-sitemap>`,
      );
      expect(sitemap.state).to.equal('ready');
      expect((shownTree(sitemap)[1] as [string, unknown[]])[0]).to.equal('About');
    });

    it('loads the titles file through the data controller: over 10 MB it is not used', async () => {
      const url = `${SITE}/sitemap.xml`;
      const titlesUrl = `${SITE}/titles.json`;
      const huge = JSON.stringify({ [`${SITE}/about/`]: 'x'.repeat(10 * 1024 * 1024) });
      const sitemap = await withFetch(
        (requested) =>
          requested === url
            ? xmlResponse(urlset(`${SITE}/`, `${SITE}/about/`))
            : requested === titlesUrl
              ? jsonResponse(huge)
              : new Response('', { status: 404 }),
        async () => {
          const element = await fixture<GovSitemap>(
            html`<gov-sitemap src=${url} titles=${titlesUrl} current="${SITE}/none"></gov-sitemap>`,
          );
          await element.whenSettled();
          return element;
        },
      );
      expect(sitemap.state).to.equal('ready');
      expect(shownTree(sitemap)).to.deep.equal(['หน้าหลัก', 'About']);
    });

    it('cancels the titles file still loading when a new src is set', async () => {
      const first = `${SITE}/first.xml`;
      const second = `${SITE}/second.xml`;
      const titlesUrl = `${SITE}/titles.json`;
      let titlesSignal: AbortSignal | undefined;
      await withFetch(
        (requested, init) => {
          if (requested === titlesUrl) {
            titlesSignal = init?.signal ?? undefined;
            return hangingFetch(requested, init);
          }
          if (requested === first) return xmlResponse(urlset(`${SITE}/`, `${SITE}/about/`));
          if (requested === second) return xmlResponse(urlset(`${SITE}/`, `${SITE}/contact.html`));
          return new Response('', { status: 404 });
        },
        async () => {
          const sitemap = await fixture<GovSitemap>(
            html`<gov-sitemap src=${first} titles=${titlesUrl} current="${SITE}/none"></gov-sitemap>`,
          );
          await waitUntil(() => titlesSignal !== undefined, 'the titles file was never requested');
          const requestedFirst = titlesSignal!;
          expect(requestedFirst.aborted).to.equal(false);
          sitemap.titles = '';
          sitemap.src = second;
          await waitUntil(() => requestedFirst.aborted, 'the titles request was not cancelled');
          expect(await sitemap.whenSettled()).to.equal('ready');
          expect(shownTree(sitemap)).to.deep.equal(['หน้าหลัก', 'Contact']);
        },
      );
    });

    it('is recognised by its content, whatever the server calls it, and resolves relative locations against the file', async () => {
      const sitemap = await sitemapFromText(urlset('/', 'a/b%20c.html', 'https://other.example.org/x.html'), {
        url: `${SITE}/sub/sitemap.xml`,
        contentType: 'text/plain',
      });
      expect(sitemap.state).to.equal('ready');
      expect(shownTree(sitemap)).to.deep.equal(['หน้าหลัก', ['Sub', [['A', ['B c']]]], ['other.example.org', ['X']]]);
      expect(shadowQueryAll<HTMLAnchorElement>(sitemap, 'a').map((a) => a.getAttribute('href'))).to.deep.equal([
        `${SITE}/`,
        `${SITE}/sub/a/b%20c.html`,
        'https://other.example.org/x.html',
      ]);
    });

    it('an empty urlset is the empty state', async () => {
      const sitemap = await sitemapFromText(urlset());
      expect(sitemap.state).to.equal('empty');
      expect(visibleText(sitemap)).to.contain('ยังไม่มีแผนผังเว็บไซต์ในขณะนี้');
    });
  });

  describe('empty', () => {
    it('says there is nothing yet, under the heading', async () => {
      const sitemap = await sitemapWithData({ items: [] });
      expect(shadowQuery(sitemap, 'h2')!.textContent).to.equal('แผนผังเว็บไซต์');
      expect(shadowQuery(sitemap, '[role=status]')!.textContent).to.equal('ยังไม่มีแผนผังเว็บไซต์ในขณะนี้');
      await expectEmptyState(sitemap, 'ยังไม่มีแผนผังเว็บไซต์ในขณะนี้');
    });
  });

  describe('error', () => {
    it('a missing file shows a localised reason, a retry button and the fallback', async () => {
      const sitemap = await settledFixture<GovSitemap>(
        html`<gov-sitemap src="${FIXTURES}/does-not-exist.json"><p>ดูหน้าหลักของเว็บไซต์</p></gov-sitemap>`,
      );
      expect(shadowQuery(sitemap, 'button')!.textContent!.trim()).to.equal('ลองอีกครั้ง');
      await expectErrorBox(sitemap, {
        kind: 'http',
        reason: 'เซิร์ฟเวอร์ตอบกลับด้วยรหัส 404',
        retry: 'ลองอีกครั้ง',
        fallbackText: 'ดูหน้าหลักของเว็บไซต์',
        exactFallback: true,
      });
    });

    lifecycleErrorCases<GovSitemap>('gov-sitemap', {
      malformed: { title: 'malformed JSON is a parse error', body: '{ "items": [ oops' },
      timeout: { src: '/slow.xml' },
    });

    it('data that breaks the schema names the path and renders nothing half-way', async () => {
      const sitemap = await sitemapWithData({
        items: [
          { title: 'หน้าหลัก', href: '/' },
          { title: '', children: [{ href: '/x' }] },
        ],
      });
      expect(sitemap.state).to.equal('error');
      expect(shadowQuery(sitemap, 'nav')).to.equal(null);
      const problems = sitemap.error!.problems.map((p) => `${p.path} ${p.message}`);
      expect(problems).to.include('/items/1/title ต้องมีอย่างน้อย 1\u00a0ตัวอักษร');
      expect(problems).to.include('/items/1/children/0/title ต้องระบุข้อมูลนี้');
      expect(visibleText(sitemap)).to.contain('ข้อมูลไม่เป็นไปตามรูปแบบที่กำหนด');
      expect(visibleText(sitemap)).to.contain('/items/1/children/0/title');
    });

    it('nesting deeper than the limit is refused, naming the path', async () => {
      const sitemap = await sitemapWithData({ items: nested(9) }, 'en');
      expect(sitemap.state).to.equal('error');
      const [problem] = sitemap.error!.problems;
      expect(problem.path).to.equal('/items/0' + '/children/0'.repeat(8));
      expect(problem.message).to.equal(`Nested more than 8\u00a0levels deep (${SITE}/deep.html)`);
      expect(visibleText(sitemap)).to.contain('/items/0/children/0/children/0');
      await expect(sitemap).to.be.accessible();

      const fine = await sitemapWithData({ items: nested(8) });
      expect(fine.state).to.equal('ready');
    });

    it('a hostile, very deep file is an error, not a crash', async () => {
      const depth = 20000;
      const body = '{"items":' + '[{"title":"x","children":'.repeat(depth) + '[]' + '}]'.repeat(depth) + '}';
      await withFetch(
        () => jsonResponse(body),
        async () => {
          const sitemap = await fixture<GovSitemap>(html`<gov-sitemap src="/deep.json"></gov-sitemap>`);
          await waitForState(sitemap, 'error');
          expect(sitemap.error!.kind).to.equal('invalid');
          expect(sitemap.error!.problems[0].message).to.equal('รายการซ้อนกันลึกเกิน 8\u00a0ชั้น');
        },
      );
    });

    it('more entries than the limit are refused', async () => {
      const items = Array.from({ length: 20 }, (_, section) => ({
        title: `หมวด ${section}`,
        children: Array.from({ length: 300 }, (_, page) => ({ title: `หน้า ${page}` })),
      }));
      const sitemap = await sitemapWithData({ items });
      expect(sitemap.state).to.equal('error');
      expect(sitemap.error!.problems[0].message).to.equal('มีรายการรวมเกิน 5,000\u00a0รายการ');
    });

    it('a sitemap index is reported as not supported, in the reader’s language', async () => {
      const thai = await settledFixture<GovSitemap>(
        html`<gov-sitemap src="${FIXTURES}/sitemap-index.xml"></gov-sitemap>`,
      );
      expect(thai.state).to.equal('error');
      expect(thai.error!.kind).to.equal('parse');
      expect(visibleText(thai)).to.contain('ไฟล์นี้เป็นดัชนีแผนผังเว็บไซต์ (sitemap index) ซึ่งยังไม่รองรับ');
      await expect(thai).to.be.accessible();
      const wrapper = await fixture(
        html`<div lang="en"><gov-sitemap src="${FIXTURES}/sitemap-index.xml"></gov-sitemap></div>`,
      );
      const english = wrapper.querySelector('gov-sitemap')!;
      await english.whenSettled();
      expect(visibleText(english)).to.contain('This file is a sitemap index, which is not supported.');
    });

    it('an XML bomb is refused before parsing, so it errors and never hangs', async () => {
      const sitemap = await settledFixture<GovSitemap>(
        html`<gov-sitemap src="${FIXTURES}/billion-laughs.xml"></gov-sitemap>`,
      );
      expect(sitemap.state).to.equal('error');
      expect(sitemap.error!.kind).to.equal('parse');
      expect(visibleText(sitemap)).to.contain('มีการประกาศ ENTITY ซึ่งไม่อนุญาตเพื่อความปลอดภัย');
    });

    it('text that is not XML, broken XML, an HTML page and another XML format are each explained', async () => {
      const cases: Array<[string, string, string]> = [
        ['ไม่ใช่ XML', 'application/xml', 'The sitemap.xml file is not well-formed XML and cannot be read.'],
        [
          `<urlset><url><loc>${SITE}/</loc></url>`,
          'application/xml',
          'The sitemap.xml file is not well-formed XML and cannot be read.',
        ],
        [
          '<!doctype html><html lang="th"><title>ไม่พบหน้า</title></html>',
          'text/html',
          'This file is neither a sitemap.xml nor GovKit site map data',
        ],
        [
          '<rss version="2.0"><channel><title>ข่าว</title></channel></rss>',
          'application/rss+xml',
          'This file is neither a sitemap.xml nor GovKit site map data',
        ],
      ];
      for (const [body, contentType, reason] of cases) {
        const sitemap = await sitemapFromText(body, { contentType, lang: 'en' });
        expect(sitemap.state, body).to.equal('error');
        expect(sitemap.error!.kind, body).to.equal('parse');
        expect(visibleText(sitemap), body).to.contain(reason);
      }
    });

    it('a sitemap.xml path deeper than the limit names the address', async () => {
      const deep = `${SITE}/a/b/c/d/e/f/g/h/i/j/k.html`;
      const sitemap = await sitemapFromText(urlset(`${SITE}/`, deep));
      expect(sitemap.state).to.equal('error');
      expect(sitemap.error!.problems[0].message).to.equal(`รายการซ้อนกันลึกเกิน 8\u00a0ชั้น (${deep})`);
      expect(visibleText(sitemap)).to.contain(deep);
    });
  });

  describe('long Thai text', () => {
    it('wraps at 320 px without sideways scrolling', async () => {
      await atWidth(320, async () => {
        const data: SitemapData = {
          items: [
            {
              title: LONG_THAI,
              href: `${SITE}/${'long-path-segment-'.repeat(6)}.html`,
              description: LONG_THAI,
              children: [{ title: LONG_THAI, href: '/x' }],
            },
          ],
        };
        const sitemap = await settledFixture<GovSitemap>(html`<gov-sitemap .data=${data}></gov-sitemap>`);
        expect(entryText(shadowQuery(sitemap, 'nav > ul > li')!)).to.equal(LONG_THAI);
        expectNoHorizontalOverflow(sitemap);
        await expect(sitemap).to.be.accessible();
      });
    });
  });

  describe('hostile data', () => {
    it('never runs script from XSS payloads in titles and descriptions', async () => {
      const trap = trapScriptExecution();
      try {
        const payloads = await xssPayloads(300);
        const items: SitemapItem[] = payloads.slice(0, 100).map((payload, index) => ({
          title: payload,
          description: payloads[(index + 100) % payloads.length],
          href: `/page-${index}.html`,
          children: [{ title: payloads[(index + 200) % payloads.length], href: payload }],
        }));
        const sitemap = await sitemapWithData({ title: payloads[0], items });
        expect(sitemap.state).to.equal('ready');
        await new Promise((resolve) => setTimeout(resolve, 300));
        expect(entryText(shadowQueryAll(sitemap, 'nav > ul > li')[1])).to.equal(
          payloads[1].replace(/\s+/g, ' ').trim(),
        );
        expectNoActiveContent(sitemap);
        expect(trap.calls).to.deep.equal([]);
      } finally {
        trap.restore();
      }
    });

    it('shows javascript: and data: links as text', async () => {
      const sitemap = await sitemapWithData({
        items: [
          { title: 'สคริปต์', href: 'javascript:alert(1)' },
          { title: 'ข้อมูล', href: 'data:text/html,<script>alert(1)</script>' },
          { title: 'จังหวัด', href: 'https://www.singburi.go.th/' },
        ],
      });
      expect(shadowQueryAll<HTMLAnchorElement>(sitemap, 'a').map((a) => a.getAttribute('href'))).to.deep.equal([
        'https://www.singburi.go.th/',
      ]);
      expect(shadowQueryAll(sitemap, 'span.title').map((span) => span.textContent)).to.deep.equal(['สคริปต์', 'ข้อมูล']);
      expectNoActiveContent(sitemap);
    });

    it('never runs script from a sitemap.xml: markup in paths is text, entities stay text', async () => {
      const trap = trapScriptExecution();
      try {
        const sitemap = await sitemapFromText(
          urlset(
            'javascript:alert(1)',
            `${SITE}/%3Cimg%20src=x%20onerror=alert(1)%3E.html`,
            `${SITE}/&lt;script&gt;alert(1)&lt;/script&gt;.html`,
            `${SITE}/<![CDATA[<svg onload=alert(1)>]]>.html`,
          ),
        );
        expect(sitemap.state).to.equal('ready');
        await new Promise((resolve) => setTimeout(resolve, 200));
        const tree = shownTree(sitemap);
        expect(tree).to.include('<img src=x onerror=alert(1)>');
        expect(tree).to.include('javascript:alert(1)');
        expectNoActiveContent(sitemap);
        expect(shadowQueryAll(sitemap, 'img, svg, script')).to.have.length(0);
        expect(trap.calls).to.deep.equal([]);
      } finally {
        trap.restore();
      }
    });
  });
});

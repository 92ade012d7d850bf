import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './define.js';
import { bannerInstant, isShown, type GovBannerStrip } from './gov-banner-strip.js';
import type { Banner, BannersData } from '@govkit-th/schemas';
import {
  LONG_THAI,
  atWidth,
  expectEmptyState,
  expectLoadingWithFallback,
  expectNoActiveContent,
  expectNoHorizontalOverflow,
  hangingFetch,
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

const FIXTURE = '/packages/components/test/fixtures/gov-banner-strip/banners.json';
const IMAGES = '/packages/components/test/fixtures/gov-banner-strip/';
/** The fixture's banners are dated; the tests look at them as of this moment. */
const TODAY = '2026-11-25T10:00:00+07:00';

const sample: BannersData = {
  banners: [
    {
      title: 'ศูนย์ดำรงธรรม',
      href: 'https://www.damrongdhama.moi.go.th/',
      image: `${IMAGES}damrongdham.svg`,
      alt: 'ศูนย์ดำรงธรรม สายด่วน 1567',
    },
    { title: 'ข้อมูลข่าวสารของราชการ', href: '/faq.html#oia-request' },
    {
      title: 'ราชกิจจานุเบกษา',
      href: 'https://ratchakitcha.soc.go.th/',
      image: `${IMAGES}ratchakitcha.svg`,
      alt: 'ราชกิจจานุเบกษา',
    },
  ],
};

async function stripWithData(data: unknown, options: { lang?: string; now?: string } = {}): Promise<GovBannerStrip> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div lang=${options.lang ?? 'th'}><gov-banner-strip .now=${options.now}></gov-banner-strip></div>`,
  );
  const strip = wrapper.querySelector('gov-banner-strip')!;
  strip.data = data as BannersData;
  await strip.whenSettled();
  return strip;
}

function shownTitles(strip: GovBannerStrip): string[] {
  return shadowQueryAll(strip, '[part=banner-title]').map((title) => title.textContent!);
}

function provinceLink(strip: GovBannerStrip): HTMLElement | null {
  return shadowQuery(strip, '[part=province]');
}

/** A clock and timers the test moves by hand, so date boundaries are exact and nothing waits. */
function fakeClock(start: string) {
  const real = { now: Date.now, setTimeout: window.setTimeout, clearTimeout: window.clearTimeout };
  const timers = new Map<number, { due: number; delay: number; run: () => void }>();
  let nextId = 1;
  const clock = {
    time: Date.parse(start),
    timers,
    pendingDelays: () => [...timers.values()].map((timer) => timer.delay),
    async advance(ms: number, element: GovBannerStrip) {
      clock.time += ms;
      for (const [id, timer] of [...timers]) {
        if (timer.due <= clock.time) {
          timers.delete(id);
          timer.run();
        }
      }
      await element.updateComplete;
    },
    restore() {
      Object.assign(Date, { now: real.now });
      Object.assign(window, { setTimeout: real.setTimeout, clearTimeout: real.clearTimeout });
    },
  };
  Date.now = () => clock.time;
  Object.assign(window, {
    setTimeout: (run: () => void, delay = 0) => {
      const id = nextId++;
      timers.set(id, { due: clock.time + delay, delay, run });
      return id;
    },
    clearTimeout: (id: number) => timers.delete(id),
  });
  return clock;
}

describe('gov-banner-strip', () => {
  it('below the first screen, no picture is fetched with high priority', async () => {
    const spacer = document.createElement('div');
    spacer.style.height = `${window.innerHeight * 2}px`;
    document.body.prepend(spacer);
    try {
      const strip = await settledFixture<GovBannerStrip>(
        html`<gov-banner-strip now="2026-11-25T12:00:00+07:00" src=${FIXTURE}></gov-banner-strip>`,
      );
      const images = shadowQueryAll<HTMLImageElement>(strip, 'img');
      expect(images.length).to.be.greaterThan(1);
      expect(images.map((image) => image.getAttribute('fetchpriority'))).to.not.include('high');
      expect(images[0].loading).to.equal('eager');
    } finally {
      spacer.remove();
    }
  });

  describe('loading', () => {
    it('shows the fallback content where the page put it, then the province link and a status line', async () => {
      await withFetch(hangingFetch, async () => {
        const strip = await fixture<GovBannerStrip>(
          html`<gov-banner-strip src="/never.json"><ul><li><a href="https://www.damrongdhama.moi.go.th/">ศูนย์ดำรงธรรม</a></li></ul></gov-banner-strip>`,
        );
        expect(provinceLink(strip)!.getAttribute('href')).to.equal('https://www.singburi.go.th/');
        // No heading of its own above the fallback: the fallback starts at the strip's top.
        expect(strip.shadowRoot!.querySelector('h2, h3')).to.equal(null);
        const fallbackTop = strip.querySelector('ul')!.getBoundingClientRect().top;
        expect(fallbackTop).to.equal(strip.getBoundingClientRect().top);
        expect(provinceLink(strip)!.getBoundingClientRect().top).to.be.greaterThan(fallbackTop);
        await expectLoadingWithFallback(strip, 'ศูนย์ดำรงธรรม', { contains: true });
      });
    });
  });

  describe('ready', () => {
    it('shows the banners from src in Thai, within their dates, after the link back to the province', async () => {
      const strip = document.createElement('gov-banner-strip');
      const loaded = oneEvent(strip, 'gov-load');
      strip.now = TODAY;
      strip.src = FIXTURE;
      document.body.append(strip);
      try {
        const event = await loaded;
        await strip.updateComplete;
        expect(event.detail.banners).to.have.length(6);
        expect(strip.getAttribute('state')).to.equal('ready');
        expect(shadowQuery(strip, 'h2')!.textContent).to.equal('ลิงก์สำคัญ');
        expect(provinceLink(strip)!.textContent!.trim()).to.equal('เว็บไซต์จังหวัดสิงห์บุรี (เปิดเว็บไซต์ภายนอก)');
        // The 2022 banner has ended and the 2030 one has not begun.
        expect(shownTitles(strip)).to.deep.equal([
          'ศูนย์ดำรงธรรมจังหวัดสิงห์บุรี',
          'การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)',
          'ข้อมูลข่าวสารของราชการ (พ.ร.บ.ข้อมูลข่าวสารของราชการ มาตรา 7 และมาตรา 9)',
          'ราชกิจจานุเบกษา',
        ]);
        const images = shadowQueryAll<HTMLImageElement>(strip, 'img');
        expect(images.map((image) => image.alt)).to.deep.equal([
          'ศูนย์ดำรงธรรม จังหวัดสิงห์บุรี รับเรื่องร้องเรียน สายด่วน 1567',
          'ITA การประเมินคุณธรรมและความโปร่งใส ปีงบประมาณ พ.ศ. 2570',
          'ราชกิจจานุเบกษา กฎหมายและประกาศของรัฐ',
        ]);
        expect(images[0].src).to.match(/\/fixtures\/gov-banner-strip\/damrongdham\.svg$/);
        // The strip is in the first screen here: its first picture is the likely LCP, fetched first and not lazily.
        expect(images.map((image) => image.loading)).to.deep.equal(['eager', 'lazy', 'lazy']);
        expect(images.map((image) => image.getAttribute('fetchpriority'))).to.deep.equal(['high', 'auto', 'auto']);
        expect(shadowQuery(strip, '[part=publication]')!.textContent).to.contain('นายสมชาย รักษ์ถิ่น');
        await expect(strip).to.be.accessible();
      } finally {
        strip.remove();
      }
    });

    it('speaks English when the page is English', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="en"><gov-banner-strip now=${TODAY} src=${FIXTURE}></gov-banner-strip></div>`,
      );
      const strip = wrapper.querySelector('gov-banner-strip')!;
      await waitForState(strip, 'ready');
      expect(shadowQuery(strip, 'h2')!.textContent).to.equal('Important links');
      expect(provinceLink(strip)!.textContent!.trim()).to.equal('Sing Buri Province website (external website)');
      expect(shownTitles(strip)[0]).to.equal('Sing Buri Damrongdhama Centre');
      expect(shadowQuery<HTMLImageElement>(strip, 'img')!.alt).to.equal(
        'Damrongdhama Centre, Sing Buri: complaints, hotline 1567',
      );
      await expect(strip).to.be.accessible();
    });

    it('shows a banner without an image as a text link', async () => {
      const strip = await stripWithData(sample);
      const textOnly = shadowQueryAll<HTMLAnchorElement>(strip, 'a[part=banner]')[1];
      expect(textOnly.getAttribute('href')).to.equal(new URL('/faq.html#oia-request', location.href).href);
      expect(textOnly.querySelector('img')).to.equal(null);
      expect(textOnly.textContent!.trim()).to.equal('ข้อมูลข่าวสารของราชการ');
    });

    it('does not read the title twice when the alt text only repeats it', async () => {
      const strip = await stripWithData(sample);
      expect(shadowQueryAll<HTMLImageElement>(strip, 'img').map((image) => image.getAttribute('alt'))).to.deep.equal([
        'ศูนย์ดำรงธรรม สายด่วน 1567',
        '',
      ]);
    });

    it('marks links that leave the site for screen readers, and opens none in a new tab', async () => {
      const strip = await stripWithData(sample);
      const banners = shadowQueryAll<HTMLAnchorElement>(strip, 'a[part=banner]');
      const hidden = (a: HTMLAnchorElement) => a.querySelector('.visually-hidden')?.textContent?.trim();
      expect(banners.map(hidden)).to.deep.equal(['(เปิดเว็บไซต์ภายนอก)', undefined, '(เปิดเว็บไซต์ภายนอก)']);
      const marker = banners[0].querySelector('.visually-hidden')!.getBoundingClientRect();
      expect(marker.width * marker.height).to.be.at.most(1);
      expect(shadowQueryAll(strip, 'a[target], a[rel]')).to.have.length(0);
    });

    it('keeps each picture’s space at 3:1 before it loads', async () => {
      const strip = await stripWithData({
        banners: [{ title: 'ภาพที่ยังไม่โหลด', href: 'https://example.go.th/', image: '/never-loads.svg', alt: 'ภาพ' }],
      });
      const box = shadowQuery(strip, 'img')!.getBoundingClientRect();
      expect(box.width).to.be.greaterThan(100);
      expect(box.width / box.height).to.be.closeTo(3, 0.05);
    });

    it('links back to the province the data names, or the page names in the province attribute', async () => {
      const fromData = await stripWithData({
        ...sample,
        province: { name: { th: 'จังหวัดอ่างทอง', en: 'Ang Thong Province' }, href: 'https://www.angthong.go.th/' },
      });
      expect(provinceLink(fromData)!.getAttribute('href')).to.equal('https://www.angthong.go.th/');
      expect(provinceLink(fromData)!.textContent).to.contain('เว็บไซต์จังหวัดอ่างทอง');
      const fromPage = await settledFixture<GovBannerStrip>(
        html`<gov-banner-strip province='{"name":"จังหวัดลพบุรี","href":"https://www.lopburi.go.th/"}' .data=${sample}></gov-banner-strip>`,
      );
      expect(provinceLink(fromPage)!.getAttribute('href')).to.equal('https://www.lopburi.go.th/');
      const malformed = await settledFixture<GovBannerStrip>(
        html`<gov-banner-strip province="{oops" .data=${sample}></gov-banner-strip>`,
      );
      expect(provinceLink(malformed)!.getAttribute('href')).to.equal('https://www.singburi.go.th/');
    });

    it('lets the page rename the heading', async () => {
      const strip = await settledFixture<GovBannerStrip>(
        html`<gov-banner-strip heading-level="3" data-i18n-title="ลิงก์หน่วยงาน" .data=${sample}></gov-banner-strip>`,
      );
      expect(shadowQuery(strip, 'h3')!.textContent).to.equal('ลิงก์หน่วยงาน');
    });

    it('never rotates: keyboard order is the visual reading order of a wrapping grid', async () => {
      const many = {
        banners: Array.from({ length: 7 }, (_, i) => ({
          title: `แบนเนอร์ที่ ${i + 1}`,
          href: `https://example.go.th/${i + 1}`,
        })),
      };
      const wrapper = await fixture<HTMLDivElement>(
        html`<div><button>ก่อนหน้า</button><gov-banner-strip .data=${many}></gov-banner-strip></div>`,
      );
      const strip = wrapper.querySelector('gov-banner-strip')!;
      await strip.whenSettled();
      wrapper.querySelector('button')!.focus();
      const focused: HTMLElement[] = [];
      for (let i = 0; i < 8; i += 1) {
        await sendKeys({ press: 'Tab' });
        focused.push(strip.shadowRoot!.activeElement as HTMLElement);
      }
      expect(focused[0]).to.equal(provinceLink(strip));
      const banners = focused.slice(1);
      expect(banners.map((a) => a.getAttribute('href'))).to.deep.equal(many.banners.map((b) => b.href));
      const boxes = banners.map((a) => a.getBoundingClientRect());
      expect(
        new Set(boxes.map((box) => Math.round(box.top))).size,
        'the grid wraps onto several rows',
      ).to.be.greaterThan(1);
      for (let i = 1; i < boxes.length; i += 1) {
        const sameRow = Math.abs(boxes[i].top - boxes[i - 1].top) < 1;
        expect(
          sameRow ? boxes[i].left > boxes[i - 1].left : boxes[i].top > boxes[i - 1].top,
          `banner ${i + 1} follows banner ${i}`,
        ).to.equal(true);
      }
      const before = shownTitles(strip);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(shownTitles(strip)).to.deep.equal(before);
    });

    it('wraps long Thai titles at 320 px into one column without sideways scrolling', async () => {
      await atWidth(320, async () => {
        const strip = await stripWithData({
          title: LONG_THAI,
          province: { name: LONG_THAI, href: 'https://www.singburi.go.th/' },
          banners: [
            { title: LONG_THAI, href: 'https://www.singburi.go.th/', image: `${IMAGES}ita.svg`, alt: LONG_THAI },
            { title: LONG_THAI, href: 'https://www.singburi.go.th/' },
          ],
        });
        expect(shownTitles(strip)[0]).to.equal(LONG_THAI);
        const items = shadowQueryAll(strip, 'li').map((li) => li.getBoundingClientRect());
        expect(items[0].left).to.equal(items[1].left);
        expect(items[1].top).to.be.greaterThan(items[0].bottom - 1);
        expectNoHorizontalOverflow(strip);
        await expect(strip).to.be.accessible();
      });
    });
  });

  describe('dates', () => {
    const at = (time: string) => Date.parse(time);

    it('a date alone starts at 00:00 Thai time and ends after that whole day', () => {
      const banner: Banner = { title: 'ก', href: '/', startsAt: '2026-12-01', endsAt: '2026-12-31' };
      expect(isShown(banner, at('2026-11-30T23:59:59.999+07:00'))).to.equal(false);
      expect(isShown(banner, at('2026-12-01T00:00:00+07:00'))).to.equal(true);
      expect(isShown(banner, at('2026-11-30T17:00:00Z'))).to.equal(true);
      expect(isShown(banner, at('2026-12-31T23:59:59.999+07:00'))).to.equal(true);
      expect(isShown(banner, at('2027-01-01T00:00:00+07:00'))).to.equal(false);
    });

    it('a date-time starts exactly at its moment and ends exactly at its moment', () => {
      const banner: Banner = {
        title: 'ก',
        href: '/',
        startsAt: '2026-12-01T08:30:00+07:00',
        endsAt: '2026-12-01T16:30:00+07:00',
      };
      expect(isShown(banner, at('2026-12-01T08:29:59.999+07:00'))).to.equal(false);
      expect(isShown(banner, at('2026-12-01T08:30:00+07:00'))).to.equal(true);
      expect(isShown(banner, at('2026-12-01T16:29:59.999+07:00'))).to.equal(true);
      expect(isShown(banner, at('2026-12-01T16:30:00+07:00'))).to.equal(false);
      expect(bannerInstant(undefined)).to.equal(undefined);
    });

    it('shows what is current at the `now` the page gives, and follows a change of it', async () => {
      const data = {
        banners: [
          { title: 'ปีใหม่', href: 'https://example.go.th/a', startsAt: '2027-01-01' },
          { title: 'ธันวาคม', href: 'https://example.go.th/b', startsAt: '2026-12-01', endsAt: '2026-12-31' },
        ],
      };
      const strip = await stripWithData(data, { now: '2026-12-31T23:59:59.999+07:00' });
      expect(shownTitles(strip)).to.deep.equal(['ธันวาคม']);
      strip.now = '2027-01-01T00:00:00+07:00';
      await strip.updateComplete;
      expect(shownTitles(strip)).to.deep.equal(['ปีใหม่']);
      strip.now = new Date('2026-11-30T12:00:00+07:00');
      await strip.updateComplete;
      expect(strip.state).to.equal('empty');
      expect(visibleText(strip)).to.contain('ขณะนี้ยังไม่มีแบนเนอร์ที่เผยแพร่');
    });

    it('keeps one timer, set for the next start or end, and shows the change when it fires', async () => {
      const clock = fakeClock(TODAY);
      try {
        const iso = (ms: number) => new Date(clock.time + ms).toISOString();
        const data = {
          banners: [
            { title: 'เริ่มใน 1 วินาที', href: 'https://example.go.th/a', startsAt: iso(1000) },
            { title: 'จบใน 2 วินาที', href: 'https://example.go.th/b', endsAt: iso(2000) },
            { title: 'ตลอดเวลา', href: 'https://example.go.th/c' },
            { title: 'อีก 40 วัน', href: 'https://example.go.th/d', startsAt: iso(40 * 86_400_000) },
          ],
        };
        const strip = await fixture<GovBannerStrip>(html`<gov-banner-strip .data=${data}></gov-banner-strip>`);
        await strip.whenSettled();
        expect(shownTitles(strip)).to.deep.equal(['จบใน 2 วินาที', 'ตลอดเวลา']);
        expect(clock.pendingDelays()).to.deep.equal([1000]);
        await clock.advance(999, strip);
        expect(shownTitles(strip)).to.deep.equal(['จบใน 2 วินาที', 'ตลอดเวลา']);
        await clock.advance(1, strip);
        expect(shownTitles(strip)).to.deep.equal(['เริ่มใน 1 วินาที', 'จบใน 2 วินาที', 'ตลอดเวลา']);
        expect(clock.pendingDelays()).to.deep.equal([1000]);
        await clock.advance(1000, strip);
        expect(shownTitles(strip)).to.deep.equal(['เริ่มใน 1 วินาที', 'ตลอดเวลา']);
        // 40 days is beyond what setTimeout can wait: the timer goes in steps.
        const MAX_DELAY = 2 ** 31 - 1;
        expect(clock.pendingDelays()).to.deep.equal([MAX_DELAY]);
        await clock.advance(MAX_DELAY, strip);
        expect(shownTitles(strip)).to.have.length(2);
        expect(clock.pendingDelays()).to.deep.equal([40 * 86_400_000 - 2000 - MAX_DELAY]);
        await clock.advance(40 * 86_400_000 - 2000 - MAX_DELAY, strip);
        expect(shownTitles(strip)).to.deep.equal(['เริ่มใน 1 วินาที', 'ตลอดเวลา', 'อีก 40 วัน']);
        expect(clock.pendingDelays()).to.deep.equal([]);
        strip.remove();
      } finally {
        clock.restore();
      }
    });

    it('goes from ready to empty when the last banner ends, keeping the province link, and sets no timer while `now` is fixed', async () => {
      const clock = fakeClock(TODAY);
      try {
        const data = {
          banners: [
            { title: 'ประกาศ', href: 'https://example.go.th/', endsAt: new Date(clock.time + 5000).toISOString() },
          ],
        };
        const strip = await fixture<GovBannerStrip>(html`<gov-banner-strip .data=${data}></gov-banner-strip>`);
        await strip.whenSettled();
        expect(strip.getAttribute('state')).to.equal('ready');
        await clock.advance(5000, strip);
        expect(strip.getAttribute('state')).to.equal('empty');
        expect(provinceLink(strip)!.getAttribute('href')).to.equal('https://www.singburi.go.th/');
        strip.now = TODAY;
        await strip.updateComplete;
        expect(strip.getAttribute('state')).to.equal('ready');
        expect(clock.pendingDelays()).to.deep.equal([]);
        strip.now = undefined;
        await strip.updateComplete;
        expect(strip.getAttribute('state')).to.equal('empty');
        expect(clock.pendingDelays()).to.deep.equal([]);
        strip.remove();
      } finally {
        clock.restore();
      }
    });

    it('an empty now="" attribute means the real clock', async () => {
      const clock = fakeClock(TODAY);
      try {
        const data = {
          banners: [
            { title: 'ประกาศ', href: 'https://example.go.th/', endsAt: new Date(clock.time + 5000).toISOString() },
          ],
        };
        const strip = await fixture<GovBannerStrip>(html`<gov-banner-strip now="" .data=${data}></gov-banner-strip>`);
        await strip.whenSettled();
        expect(shownTitles(strip)).to.deep.equal(['ประกาศ']);
        expect(clock.pendingDelays()).to.deep.equal([5000]);
        strip.remove();
      } finally {
        clock.restore();
      }
    });

    it('drops its timer when it leaves the page and looks again when it comes back', async () => {
      const clock = fakeClock(TODAY);
      try {
        const data = {
          banners: [
            { title: 'ประกาศ', href: 'https://example.go.th/', endsAt: new Date(clock.time + 5000).toISOString() },
          ],
        };
        const strip = await fixture<GovBannerStrip>(html`<gov-banner-strip .data=${data}></gov-banner-strip>`);
        await strip.whenSettled();
        const parent = strip.parentElement!;
        strip.remove();
        expect(clock.pendingDelays()).to.deep.equal([]);
        clock.time += 6000;
        parent.append(strip);
        await strip.updateComplete;
        expect(strip.getAttribute('state')).to.equal('empty');
        strip.remove();
      } finally {
        clock.restore();
      }
    });

    it('with the real clock, a banner disappears when its end arrives', async () => {
      const data = {
        banners: [
          { title: 'ใกล้หมดเวลา', href: 'https://example.go.th/', endsAt: new Date(Date.now() + 150).toISOString() },
        ],
      };
      const strip = await stripWithData(data);
      expect(shownTitles(strip)).to.deep.equal(['ใกล้หมดเวลา']);
      await waitForState(strip, 'empty', 3000);
      expect(shownTitles(strip)).to.deep.equal([]);
    });
  });

  describe('empty', () => {
    it('says there are no banners, in Thai and English, and still links back to the province', async () => {
      const strip = await stripWithData({ banners: [] });
      expect(shadowQuery(strip, '[role=status]')!.textContent).to.equal('ขณะนี้ยังไม่มีแบนเนอร์ที่เผยแพร่');
      expect(provinceLink(strip)!.getAttribute('href')).to.equal('https://www.singburi.go.th/');
      await expectEmptyState(strip, 'ขณะนี้ยังไม่มีแบนเนอร์ที่เผยแพร่');
      const english = await stripWithData({ banners: [] }, { lang: 'en' });
      await expectEmptyState(english, 'There are no banners to show at the moment.');
      expect(provinceLink(english)!.textContent).to.contain('Sing Buri Province website');
    });

    it('is empty when every banner is outside its dates', async () => {
      const strip = await stripWithData(
        { banners: [{ title: 'หมดอายุ', href: 'https://example.go.th/', endsAt: '2022-10-31' }] },
        { now: TODAY },
      );
      expect(strip.state).to.equal('empty');
      expect(provinceLink(strip)).to.not.equal(null);
    });
  });

  describe('error', () => {
    lifecycleErrorCases<GovBannerStrip>('gov-banner-strip', {
      notFound: {
        title: 'a 404 shows the province link above the reason, the retry button and the fallback; retry recovers',
        data: sample,
        fallbackHtml: '<p><a href="https://www.damrongdhama.moi.go.th/">ศูนย์ดำรงธรรม</a></p>',
        fallbackText: 'ศูนย์ดำรงธรรม',
        whileFailed: (strip) => {
          const province = provinceLink(strip)!;
          const slot = shadowQuery<HTMLSlotElement>(strip, 'slot')!;
          expect(province.getAttribute('href')).to.equal('https://www.singburi.go.th/');
          expect(province.getBoundingClientRect().height).to.be.greaterThan(0);
          expect(province.compareDocumentPosition(slot) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
          expect(province.getBoundingClientRect().bottom).to.be.at.most(
            slot.assignedElements()[0].getBoundingClientRect().top,
          );
        },
        recovered: (strip) => expect(shownTitles(strip)).to.have.length(3),
      },
    });

    it('keeps the province the page names in the error state', async () => {
      await withFetch(
        () => new Response('gone', { status: 410 }),
        async () => {
          const strip = await fixture<GovBannerStrip>(
            html`<gov-banner-strip src="/gone.json" province='{"name":"จังหวัดอ่างทอง","href":"https://www.angthong.go.th/"}'></gov-banner-strip>`,
          );
          await waitForState(strip, 'error');
          expect(provinceLink(strip)!.getAttribute('href')).to.equal('https://www.angthong.go.th/');
        },
      );
    });

    lifecycleErrorCases<GovBannerStrip>('gov-banner-strip', {
      malformed: {
        body: '{"banners": [ oops',
        check: (strip) => expect(provinceLink(strip)!.textContent).to.contain('Sing Buri Province website'),
      },
      timeout: {},
    });

    it('data that breaks the schema, or ends before it starts, names the path and shows no banner', async () => {
      const strip = await stripWithData({
        banners: [
          { title: 'ก', href: 'https://example.go.th/', startsAt: '2026-12-31', endsAt: '2026-12-01' },
          { title: 'ข', href: 'https://example.go.th/', startsAt: '2026-13-01' },
          { title: 'ค' },
        ],
      });
      expect(strip.state).to.equal('error');
      const problems = strip.error!.problems.map((p) => `${p.path} ${p.message}`);
      expect(problems).to.include('/banners/1/startsAt ต้องเป็นวันที่ที่ถูกต้อง');
      expect(problems).to.include('/banners/2/href ต้องระบุข้อมูลนี้');
      expect(shownTitles(strip)).to.deep.equal([]);
      const order = await stripWithData(
        {
          banners: [
            { title: 'ก', href: 'https://example.go.th/', startsAt: '2026-12-31', endsAt: '2026-12-01T10:00:00+07:00' },
          ],
        },
        { lang: 'en' },
      );
      expect(order.error!.problems.map((p) => `${p.path} ${p.message}`)).to.deep.equal([
        '/banners/0/endsAt The end must be later than the start (startsAt)',
      ]);
      expect(visibleText(order)).to.contain('/banners/0/endsAt');
      await expect(order).to.be.accessible();
    });
  });

  describe('hostile data', () => {
    it('never runs script from XSS payloads in any field', async () => {
      const trap = trapScriptExecution();
      try {
        const payloads = await xssPayloads(100);
        const banners = payloads.map((payload, index) => ({
          title: payload,
          alt: payloads[(index + 1) % payloads.length],
          href: payloads[(index + 2) % payloads.length],
          image: payloads[(index + 3) % payloads.length].slice(0, 2000),
        }));
        const strip = await stripWithData({
          title: payloads[4],
          banners,
          province: { name: payloads[5], href: payloads[6] },
          publication: { reporter: payloads[7], source: { title: payloads[8], url: payloads[9] } },
        });
        expect(strip.state).to.equal('ready');
        expect(shownTitles(strip)[1]).to.equal(payloads[1]);
        await new Promise((resolve) => setTimeout(resolve, 300));
        expectNoActiveContent(strip);
        expect(trap.calls).to.deep.equal([]);
      } finally {
        trap.restore();
      }
    });

    it('shows javascript: links as text and never loads a javascript: or data: picture', async () => {
      const strip = await stripWithData({
        banners: [
          { title: 'คลิกที่นี่', href: 'javascript:alert(1)', image: 'javascript:alert(2)', alt: 'ภาพ' },
          { title: 'ภาพ data', href: 'https://example.go.th/', image: 'data:image/svg+xml,<svg onload=alert(1)>' },
        ],
        province: { name: 'จังหวัด', href: 'JaVaScRiPt:alert(3)' },
      });
      expect(shadowQueryAll(strip, 'a[part=banner]')).to.have.length(1);
      expect(shadowQuery(strip, 'span[part=banner]')!.textContent!.trim()).to.equal('คลิกที่นี่');
      expect(shadowQuery(strip, 'span[part=province]')!.textContent).to.equal('เว็บไซต์จังหวัด');
      expect(shadowQueryAll(strip, 'img')).to.have.length(0);
      expectNoActiveContent(strip);
    });
  });
});

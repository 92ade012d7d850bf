import { expect, fixture, html } from '@open-wc/testing';
import './define.js';
import type { GovAlert } from './gov-alert.js';
import { DISMISSED_KEY } from './gov-alert.js';
import { alertsHtml } from '@govkit-th/core';
import type { Alert, AlertsData } from '@govkit-th/schemas';
import { upgradeLate } from '../../test/layout-shift.js';
import {
  LONG_THAI,
  atWidth,
  expectLongThaiWrapsAt320,
  expectNoHorizontalOverflow,
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

const FIXTURE = '/packages/components/test/fixtures/gov-alert/alerts.json';
const NOW = '2026-12-02T10:00:00+07:00';

function notice(overrides: Partial<Alert> = {}): Alert {
  return {
    id: 'flood',
    version: 1,
    severity: 'warning',
    title: 'เฝ้าระวังน้ำล้นตลิ่ง',
    area: 'อำเภออินทร์บุรี',
    issuedAt: '2026-12-01T08:00:00+07:00',
    expiresAt: '2026-12-31T18:00:00+07:00',
    instructions: 'ขนย้ายสิ่งของขึ้นที่สูง',
    screening: { by: 'governor', name: 'นายสมชาย ตัวอย่าง', at: '2026-12-01T07:30:00+07:00' },
    ...overrides,
  };
}

async function alerts(data: unknown, options: { lang?: string; now?: string } = {}) {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div lang=${options.lang ?? 'th'}><gov-alert now=${options.now ?? NOW}></gov-alert><p>เนื้อหาหน้า</p></div>`,
  );
  const element = wrapper.querySelector('gov-alert')!;
  element.data = data as AlertsData;
  await element.whenSettled();
  return element;
}

/** Fifty notices with an XSS payload in every text field (and `more`'s fields on top). */
const hostileNotices = (payloads: string[], more: (payload: string) => Partial<Alert> = () => ({})) =>
  payloads.slice(0, 50).map((payload, index) =>
    notice({
      id: `x${index}`,
      title: payload,
      area: payload,
      instructions: payload,
      description: payload,
      url: payload.slice(0, 2000) || 'x',
      screening: { by: 'governor', name: payload.slice(0, 200) || 'x', at: '2026-12-01T07:00:00+07:00' },
      ...more(payload),
    }),
  );

const shownNotices = (element: GovAlert) => shadowQueryAll(element, 'section.alert:not([hidden])');
const titles = (element: GovAlert) => shownNotices(element).map((section) => section.querySelector('h2')!.textContent);

describe('gov-alert', () => {
  beforeEach(() => localStorage.removeItem(DISMISSED_KEY));

  describe('loading', () => {
    it('keeps the fallback content and adds no status line that would move the page', async () => {
      await withFetch(hangingFetch, async () => {
        const element = await fixture<GovAlert>(
          html`<gov-alert src="/never.json"><p>ติดตามประกาศเตือนภัยได้ที่ศูนย์ดำรงธรรม</p></gov-alert>`,
        );
        expect(element.state).to.equal('loading');
        expect(shadowQuery(element, '[role=status]')).to.equal(null);
        const slot = shadowQuery<HTMLSlotElement>(element, 'slot')!;
        expect(slot.assignedElements()[0].textContent).to.equal('ติดตามประกาศเตือนภัยได้ที่ศูนย์ดำรงธรรม');
        await expect(element).to.be.accessible();
      });
    });
  });

  describe('ready', () => {
    it('shows severity, time, area, what to do and the screening record, in Thai', async () => {
      const element = await settledFixture<GovAlert>(html`<gov-alert now=${NOW} src=${FIXTURE}></gov-alert>`);
      expect(element.state).to.equal('ready');
      expect(titles(element)).to.deep.equal(['เฝ้าระวังน้ำล้นตลิ่งแม่น้ำเจ้าพระยา']);
      const text = shownNotices(element)[0].textContent!.replace(/[ \n]+/g, ' ');
      expect(text).to.contain('เฝ้าระวัง');
      expect(text).to.contain('พื้นที่ ชุมชนริมแม่น้ำเจ้าพระยา อำเภออินทร์บุรี');
      expect(text).to.contain('ประกาศเมื่อ 30 พ.ย. 2569 เวลา 16.00\u00a0น.');
      expect(text).to.contain('มีผลถึง 31 ธ.ค. 2570 เวลา 23.59\u00a0น.');
      expect(text).to.contain('สิ่งที่ควรปฏิบัติ ขนย้ายสิ่งของขึ้นที่สูง');
      expect(
        shadowQuery(element, '[part=screening]')!
          .textContent!.replace(/[ \n]+/g, ' ')
          .trim(),
      ).to.equal('กลั่นกรองก่อนเผยแพร่โดย นายสมชาย ตัวอย่าง ผู้ว่าราชการจังหวัด 30 พ.ย. 2569 เวลา 15.30\u00a0น.');
      await expect(element).to.be.accessible();
    });

    it('speaks English when the page is English', async () => {
      const element = await alerts(
        { alerts: [notice({ title: { th: 'เฝ้าระวัง', en: 'Flood watch' } })] },
        { lang: 'en' },
      );
      expect(titles(element)).to.deep.equal(['Flood watch']);
      const text = visibleText(element);
      expect(text).to.contain('Watch');
      expect(text).to.contain('Issued 1 Dec 2026, 8am');
      expect(text).to.contain(
        'Screened before publication by นายสมชาย ตัวอย่าง the Provincial Governor 1 Dec 2026, 7:30am',
      );
      expect(shadowQuery(element, '[part=dismiss]')!.textContent).to.contain('Dismiss this notice');
      await expect(element).to.be.accessible();
    });

    it('interrupts a screen reader only for danger, and puts the most severe first', async () => {
      const element = await alerts({
        alerts: [
          notice({ id: 'info', severity: 'info', title: 'ประกาศ' }),
          notice({ id: 'watch', severity: 'warning', title: 'เฝ้าระวัง' }),
          notice({ id: 'danger', severity: 'danger', title: 'อพยพทันที' }),
        ],
      });
      expect(titles(element)).to.deep.equal(['อพยพทันที', 'เฝ้าระวัง', 'ประกาศ']);
      expect(shownNotices(element).map((section) => section.getAttribute('role'))).to.deep.equal([
        'alert',
        'status',
        null,
      ]);
      expect(shadowQueryAll(element, '[role=alert]')).to.have.length(1);
      expect(shownNotices(element)[0].querySelector('[part=severity]')!.textContent).to.equal('อันตราย เร่งด่วน');
      await expect(element).to.be.accessible();
    });

    it('is announced once: dismissing or re-rendering another notice leaves the alert untouched', async () => {
      const element = await alerts({
        alerts: [notice({ id: 'danger', severity: 'danger' }), notice({ id: 'watch' })],
      });
      const alert = shadowQuery(element, '[role=alert]')!;
      const changes: MutationRecord[] = [];
      const observer = new MutationObserver((records) => changes.push(...records));
      observer.observe(alert, { subtree: true, childList: true, characterData: true, attributes: true });
      element.requestUpdate();
      await element.updateComplete;
      shadowQueryAll<HTMLButtonElement>(element, '[part=dismiss]')[1].click();
      await element.updateComplete;
      observer.disconnect();
      expect(shownNotices(element)).to.have.length(1);
      expect(shadowQuery(element, '[role=alert]')).to.equal(alert);
      expect(changes).to.deep.equal([]);
    });

    it('sits in the page flow: it never covers or blocks what follows', async () => {
      const element = await alerts({ alerts: [notice({ severity: 'danger' })] });
      const box = shownNotices(element)[0];
      expect(getComputedStyle(element).position).to.equal('static');
      expect(getComputedStyle(box).position).to.equal('static');
      const next = element.nextElementSibling!;
      expect(next.getBoundingClientRect().top).to.be.at.least(element.getBoundingClientRect().bottom - 0.5);
      expect(element.getBoundingClientRect().height).to.be.greaterThan(0);
      expect(shadowQuery(element, '[aria-modal], dialog')).to.equal(null);
    });

    it('remembers a dismissal per notice and version', async () => {
      const first = await alerts({ alerts: [notice({ id: 'flood', version: 1 })] });
      shadowQuery<HTMLButtonElement>(first, '[part=dismiss]')!.click();
      await first.updateComplete;
      expect(first.state).to.equal('empty');
      expect(JSON.parse(localStorage.getItem(DISMISSED_KEY)!)).to.deep.equal(['flood@1']);
      const again = await alerts({ alerts: [notice({ id: 'flood', version: 1 })] });
      expect(again.state).to.equal('empty');
      const updated = await alerts({ alerts: [notice({ id: 'flood', version: 2, title: 'ระดับน้ำสูงขึ้นอีก' })] });
      expect(updated.state).to.equal('ready');
      expect(titles(updated)).to.deep.equal(['ระดับน้ำสูงขึ้นอีก']);
    });

    it('after a dismissal, focus goes to the next notice', async () => {
      const element = await alerts({ alerts: [notice({ id: 'a', title: 'หนึ่ง' }), notice({ id: 'b', title: 'สอง' })] });
      const [button] = shadowQueryAll<HTMLButtonElement>(element, '[part=dismiss]');
      button.focus();
      button.click();
      await element.updateComplete;
      await element.updateComplete;
      expect(element.shadowRoot!.activeElement!.textContent).to.equal('สอง');
    });

    it('still dismisses when storage is refused, for as long as the page is open', async () => {
      const original = Storage.prototype.setItem;
      Storage.prototype.setItem = () => {
        throw new DOMException('refused', 'SecurityError');
      };
      try {
        const element = await alerts({ alerts: [notice({ id: 'no-storage' })] });
        shadowQuery<HTMLButtonElement>(element, '[part=dismiss]')!.click();
        await element.updateComplete;
        expect(element.state).to.equal('empty');
        expect(localStorage.getItem(DISMISSED_KEY)).to.equal(null);
        expect((await alerts({ alerts: [notice({ id: 'no-storage' })] })).state).to.equal('empty');
      } finally {
        Storage.prototype.setItem = original;
      }
    });

    it('shows nothing and takes no room once expired, and goes at its end time', async () => {
      const expired = await settledFixture<GovAlert>(
        html`<gov-alert now="2028-01-01T00:00:00+07:00" src=${FIXTURE}></gov-alert>`,
      );
      expect(expired.state).to.equal('empty');
      expect(expired.getBoundingClientRect().height).to.equal(0);
      expect(getComputedStyle(expired).display).to.equal('none');
      const wrapper = await fixture<HTMLDivElement>(html`<div><gov-alert></gov-alert></div>`);
      const live = wrapper.querySelector('gov-alert')!;
      live.data = {
        alerts: [
          notice({
            issuedAt: new Date(Date.now() - 60_000).toISOString(),
            screening: { by: 'province-cio', name: 'นายวิชัย', at: new Date(Date.now() - 120_000).toISOString() },
            expiresAt: new Date(Date.now() + 300).toISOString(),
          }),
        ],
      };
      await waitForState(live, 'ready');
      expect(titles(live)).to.have.length(1);
      await waitForState(live, 'empty', 3000);
      expect(getComputedStyle(live).display).to.equal('none');
    });

    it('wraps long Thai text at 320 px without sideways scrolling', async () => {
      await expectLongThaiWrapsAt320(
        () => alerts({ alerts: [notice({ title: LONG_THAI, area: LONG_THAI, instructions: LONG_THAI })] }),
        'section.alert h2',
      );
    });

    it('at 320 px nothing scrolls sideways with every part shown', async () => {
      await atWidth(320, async () => {
        const element = await settledFixture<GovAlert>(html`<gov-alert now=${NOW} src=${FIXTURE}></gov-alert>`);
        expectNoHorizontalOverflow(element);
        await expect(element).to.be.accessible();
      });
    });
  });

  describe('empty', () => {
    it('an empty list renders nothing at all', async () => {
      const element = await alerts({ alerts: [] });
      expect(element.state).to.equal('empty');
      expect(visibleText(element)).to.equal('');
      expect(getComputedStyle(element).display).to.equal('none');
      await expect(element).to.be.accessible();
    });
  });

  describe('error', () => {
    lifecycleErrorCases<GovAlert>('gov-alert', {
      notFound: {
        data: { alerts: [notice()] },
        fallbackHtml: '<p>ติดตามประกาศเตือนภัยได้ที่ศูนย์ดำรงธรรม โทร 1567</p>',
        fallbackText: 'ศูนย์ดำรงธรรม',
        recovered: (element) => expect(element.shadowRoot!.textContent).to.contain('เฝ้าระวังน้ำล้นตลิ่ง'),
      },
      malformed: { body: '{"alerts": [ oops' },
      timeout: {},
      network: {},
    });

    it('refuses a notice without its screening record, naming clause 4.1', async () => {
      const { screening: _screening, ...unscreened } = notice();
      const element = await alerts({ alerts: [unscreened] });
      expect(element.state).to.equal('error');
      expect(shadowQuery(element, 'section.alert')).to.equal(null);
      const problems = element.error!.problems.map((p) => `${p.path} ${p.message}`);
      expect(problems).to.deep.equal([
        '/alerts/0/screening ประกาศเร่งด่วนต้องมีบันทึกการกลั่นกรอง (screening) โดยผู้ว่าราชการจังหวัดหรือ CIO จังหวัด ก่อนเผยแพร่ ตามคำสั่งข้อ 4.1',
      ]);
      expect(visibleText(element)).to.contain('ตามคำสั่งข้อ 4.1');
      const english = await alerts({ alerts: [unscreened] }, { lang: 'en' });
      expect(english.error!.problems[0].message).to.contain('order clause 4.1');
    });

    it('refuses a screening after the notice was issued, and a screener who is neither the Governor nor the CIO', async () => {
      const late = await alerts({
        alerts: [notice({ screening: { by: 'governor', name: 'นายสมชาย', at: '2026-12-01T09:00:00+07:00' } })],
      });
      expect(late.error!.problems.map((p) => p.path)).to.deep.equal(['/alerts/0/screening/at']);
      expect(late.error!.problems[0].message).to.contain('ข้อ 4.1');
      const stranger = await alerts({
        alerts: [notice({ screening: { by: 'clerk' as 'governor', name: 'ใครก็ได้', at: '2026-12-01T07:00:00+07:00' } })],
      });
      expect(stranger.error!.problems.map((p) => p.path)).to.deep.equal(['/alerts/0/screening/by']);
    });
  });

  describe('hostile data', () => {
    it('never runs script from XSS payloads in any field', async () => {
      await expectPayloadsInert(
        150,
        async (payloads) => {
          const element = await alerts({ alerts: hostileNotices(payloads) });
          expect(element.state).to.equal('ready');
          return element;
        },
        (element, payloads) => expect(titles(element)).to.include(payloads[1]),
      );
    });
  });

  describe('notices a server wrote into the page (core alertsHtml)', () => {
    const WRITTEN = '/packages/components/test/fixtures/gov-alert/server-written.json';
    let data: AlertsData;
    before(async () => {
      data = (await (await fetch(WRITTEN)).json()) as AlertsData;
    });
    const written = (lang: 'th' | 'en', source: AlertsData = data) =>
      alertsHtml(source, { lang, now: Date.parse(NOW), base: new URL(WRITTEN, location.href).href });
    /** The words of each notice in order, without the white space the templates put between elements. */
    const words = (sections: Element[]) => sections.map((section) => section.textContent!.replace(/\s+/g, ''));

    it('writes the notices in force, in the element’s order and word for word what it renders', async () => {
      for (const lang of ['th', 'en'] as const) {
        const page = document.createElement('template');
        page.innerHTML = written(lang);
        const fallback = Array.from(page.content.querySelectorAll('section'));
        const element = await alerts(data, { lang });
        expect(words(fallback), lang).to.deep.equal(words(shownNotices(element)));
        // The storm ended on 22 November: not written. The danger notice comes first.
        expect(fallback.map((section) => section.querySelector('h2')!.textContent)).to.deep.equal(titles(element));
        expect(fallback).to.have.length(2);
        expect(fallback[0]!.className).to.equal('alert danger');
        expect(page.content.querySelector('.meta.publication')!.textContent!.replace(/\u00a0/g, ' ')).to.contain(
          lang === 'th' ? 'นางสาวสมศรี ใจดี (นักประชาสัมพันธ์ปฏิบัติการ) เมื่อ 2 ธ.ค. 2569 เวลา 05.30 น.' : 'on 2 Dec 2026',
        );
      }
    });

    it('writes nothing when no notice is in force', () => {
      expect(
        alertsHtml(data, { lang: 'th', now: Date.parse('2027-01-01T00:00:00+07:00'), base: location.href }),
      ).to.equal('');
    });

    for (const width of [320, 1280])
      for (const lang of ['th', 'en'] as const)
        it(`takes exactly the room the element renders in, so nothing moves (${width} px, ${lang})`, async () => {
          const result = await upgradeLate({
            tag: 'gov-alert',
            width,
            lang,
            body: `<gov-alert src="${WRITTEN}" now="${NOW}">${written(lang)}</gov-alert><p>เนื้อหาหน้า</p>`,
          });
          expect(result.before, 'the written notices are shown before the upgrade').to.be.greaterThan(300);
          expect(result.after, 'height once rendered').to.equal(result.before);
          expect(result.shifts, 'layout-shift entries').to.deep.equal([]);
        });

    it('would move the page without the light-DOM stylesheet (the check above can fail)', async () => {
      const result = await upgradeLate({
        tag: 'gov-alert',
        width: 320,
        lang: 'th',
        body: `<gov-alert src="${WRITTEN}" now="${NOW}">${written('th')}</gov-alert><p>เนื้อหาหน้า</p>`,
        bare: true,
      });
      expect(result.after).to.not.equal(result.before);
      expect(result.shifts.length).to.be.greaterThan(0);
    });

    it('shows the written notices while the data loads, and they are styled as the element’s', async () => {
      const sheet = Object.assign(document.createElement('link'), {
        rel: 'stylesheet',
        href: '/packages/components/src/gov-alert/gov-alert.lightdom.css',
      });
      const loaded = new Promise((resolve) => sheet.addEventListener('load', resolve, { once: true }));
      document.head.append(sheet);
      await loaded;
      try {
        await withFetch(hangingFetch, async () => {
          const element = await fixture<GovAlert>(
            html`<gov-alert src="/never.json" now=${NOW} .innerHTML=${written('th')}></gov-alert>`,
          );
          expect(element.state).to.equal('loading');
          const label = element.querySelector('.severity')!;
          expect(label.getBoundingClientRect().height, 'the fallback is visible').to.be.greaterThan(10);
          expect(getComputedStyle(label).fontWeight).to.equal('700');
          expect(getComputedStyle(element.querySelector('.dismiss-room')!).visibility).to.equal('hidden');
          await expect(element).to.be.accessible();
        });
      } finally {
        sheet.remove();
      }
    });

    it('writes hostile text as text: nothing in the written notices can run', async () => {
      await expectPayloadsInert(
        150,
        async (payloads) => {
          const list = hostileNotices(payloads, (payload) => ({
            publication: {
              source: { title: payload || 'x', url: payload.slice(0, 2000) || 'x' },
              reporter: payload || 'x',
            },
          }));
          const page = document.createElement('div');
          page.attachShadow({ mode: 'open' }).innerHTML = written('th', { alerts: list });
          return page;
        },
        (page, payloads) => {
          const headings = Array.from(page.shadowRoot!.querySelectorAll('h2'), (h2) => h2.textContent);
          expect(headings).to.include(payloads[1]);
          const tags = new Set(Array.from(page.shadowRoot!.querySelectorAll('*'), (node) => node.localName));
          expect([...tags].sort()).to.deep.equal(['a', 'dd', 'div', 'dl', 'dt', 'h2', 'p', 'section', 'span', 'time']);
          expectNoActiveContent(page);
        },
      );
    });
  });

  describe('the record the publishing desk writes (issue 12)', () => {
    it('shows the screening record and the publication record with the uploader', async () => {
      const element = await alerts({
        alerts: [
          notice({
            screening: { by: 'province-cio', name: 'นายวิทยา ครองธรรม', at: '2026-12-01T07:30:00+07:00' },
            publication: {
              reporter: 'นางสาวสมใจ ใจดี',
              reporterPosition: 'นักประชาสัมพันธ์ชำนาญการ',
              reportedAt: '2026-12-01T07:00:00+07:00',
              approver: 'นายสมชาย รักษ์งาน',
              approvedAt: '2026-12-01T07:15:00+07:00',
              screenedBy: 'นายวิทยา ครองธรรม',
              screenerPosition: 'CIO จังหวัด',
              screenedAt: '2026-12-01T07:30:00+07:00',
              uploader: 'นายธนากร ใจซื่อ',
              uploaderPosition: 'นักวิชาการคอมพิวเตอร์ชำนาญการ',
              publishedAt: '2026-12-01T08:00:00+07:00',
              source: 'สำนักงานจังหวัดสิงห์บุรี',
            },
          }),
        ],
      });
      expect(element.state).to.equal('ready');
      const screening = shadowQuery(element, '[part=screening]')!
        .textContent!.replace(/[ \n]+/g, ' ')
        .trim();
      expect(screening).to.match(/^กลั่นกรองก่อนเผยแพร่โดย นายวิทยา ครองธรรม .+ 1 ธ.ค. 2569 เวลา 07.30\u00a0น.$/);
      const rows = Array.from(shadowQueryAll(element, '[part=publication] > div'), (row) =>
        Array.from(row.children, (cell) => cell.textContent!.replace(/\s+/g, ' ').trim()).join(': '),
      );
      expect(rows.slice(2)).to.deep.equal([
        'ผู้รับผิดชอบข้อมูล: นางสาวสมใจ ใจดี (นักประชาสัมพันธ์ชำนาญการ) เมื่อ 1 ธ.ค. 2569 เวลา 07.00 น.',
        'ผู้อนุมัติการเผยแพร่: นายสมชาย รักษ์งาน เมื่อ 1 ธ.ค. 2569 เวลา 07.15 น.',
        'ผู้ตรวจสอบก่อนเผยแพร่: นายวิทยา ครองธรรม (CIO จังหวัด) เมื่อ 1 ธ.ค. 2569 เวลา 07.30 น.',
        'ผู้นำข้อมูลขึ้นเผยแพร่: นายธนากร ใจซื่อ (นักวิชาการคอมพิวเตอร์ชำนาญการ) เมื่อ 1 ธ.ค. 2569 เวลา 08.00 น.',
      ]);
      await expect(element).to.be.accessible();
    });
  });
});

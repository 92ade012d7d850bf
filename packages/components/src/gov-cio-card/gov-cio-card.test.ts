import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { telHref } from '@govkit-th/core';
import './define.js';
import type { GovCioCard } from './gov-cio-card.js';
import type { CioData } from '@govkit-th/schemas';
import {
  LONG_THAI,
  expectEmptyState,
  expectLoadingWithFallback,
  expectLongThaiWrapsAt320,
  expectNoActiveContent,
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

const FIXTURE = '/packages/components/test/fixtures/gov-cio-card/cio.json';

const sample: CioData = {
  name: 'นายวิชัย ตัวอย่าง',
  position: 'รองผู้ว่าราชการจังหวัดสิงห์บุรี',
  agency: 'สำนักงานจังหวัดสิงห์บุรี',
  phone: '036-507-100',
  email: 'cio@singburi.go.th',
  responsibilities: ['กำกับดูแลเว็บไซต์ของหน่วยงาน', 'ดูแลความมั่นคงปลอดภัยไซเบอร์'],
  itPolicy: { href: 'https://www.singburi.go.th/it-policy' },
  publication: { approver: 'นายสมชาย รักษ์ถิ่น', publishedAt: '2018-05-16' },
};

async function cardWithData(data: unknown, lang = 'th'): Promise<GovCioCard> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}><gov-cio-card></gov-cio-card></div>`);
  const card = wrapper.querySelector('gov-cio-card')!;
  card.data = data as CioData;
  await card.whenSettled();
  return card;
}

function links(card: GovCioCard): Array<[string | null, string]> {
  return shadowQueryAll<HTMLAnchorElement>(card, 'a').map((a) => [a.getAttribute('href'), a.textContent!.trim()]);
}

describe('gov-cio-card', () => {
  describe('loading', () => {
    it('shows a status line and keeps the fallback content visible', async () => {
      await withFetch(hangingFetch, async () => {
        const card = await fixture<GovCioCard>(
          html`<gov-cio-card src="/never.json"><p>CIO: นายวิชัย ตัวอย่าง</p></gov-cio-card>`,
        );
        await expectLoadingWithFallback(card, 'CIO: นายวิชัย ตัวอย่าง');
      });
    });
  });

  describe('ready', () => {
    it('shows the CIO from src in Thai: name, position, agency, photo, contact, duties, policy, publication', async () => {
      const card = document.createElement('gov-cio-card');
      const loaded = oneEvent(card, 'gov-load');
      card.src = FIXTURE;
      document.body.append(card);
      try {
        await loaded;
        await card.updateComplete;
        expect(card.state).to.equal('ready');
        expect(shadowQuery(card, 'h2')!.textContent).to.equal('ผู้บริหารเทคโนโลยีสารสนเทศระดับสูง (CIO)');
        expect(shadowQuery(card, '[part=name]')!.textContent).to.equal('นายวิชัย ตัวอย่าง');
        const text = visibleText(card);
        expect(text).to.contain('รองผู้ว่าราชการจังหวัดสิงห์บุรี');
        expect(text).to.contain('สำนักงานจังหวัดสิงห์บุรี');
        const photo = shadowQuery<HTMLImageElement>(card, 'img[part=photo]')!;
        expect(photo.alt).to.equal('ภาพถ่ายนายวิชัย ตัวอย่าง สวมเครื่องแบบข้าราชการ');
        expect(photo.src).to.match(/\/fixtures\/gov-cio-card\/photo\.svg$/);
        expect(links(card)).to.deep.equal([
          ['tel:+6636507100;ext=101', '0 3650 7100 ต่อ 101'],
          ['mailto:cio@singburi.go.th', 'cio@singburi.go.th'],
          ['https://www.singburi.go.th/it-policy', 'นโยบายและแนวปฏิบัติในการรักษาความมั่นคงปลอดภัยด้านสารสนเทศ จังหวัดสิงห์บุรี'],
        ]);
        expect(shadowQuery(card, 'address dt')!.textContent).to.equal('โทรศัพท์');
        expect(shadowQuery(card, 'h3')!.textContent).to.equal('หน้าที่ด้านการบริหารงานเทคโนโลยีสารสนเทศ');
        expect(shadowQueryAll(card, '[part=responsibilities] li')).to.have.length(5);
        expect(shadowQuery(card, '[part=publication] time[datetime="2026-11-02"]')!.textContent).to.equal(
          '2 พ.ย. 2569',
        );
        expect(text).to.contain('นายสมชาย รักษ์ถิ่น หัวหน้าสำนักงานจังหวัดสิงห์บุรี');
        await expect(card).to.be.accessible();
      } finally {
        card.remove();
      }
    });

    it('speaks English when the page is English', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="en"><gov-cio-card src=${FIXTURE}></gov-cio-card></div>`,
      );
      const card = wrapper.querySelector('gov-cio-card')!;
      await waitForState(card, 'ready');
      expect(shadowQuery(card, 'h2')!.textContent).to.equal('Chief Information Officer (CIO)');
      expect(shadowQuery(card, '[part=name]')!.textContent).to.equal('Mr Wichai Tuayang');
      expect(visibleText(card)).to.contain('Deputy Governor of Sing Buri');
      expect(shadowQueryAll(card, 'address dt').map((dt) => dt.textContent)).to.deep.equal(['Telephone', 'Email']);
      expect(shadowQuery(card, 'a[href^="tel:"]')!.textContent).to.equal('0 3650 7100 ext. 101');
      expect(shadowQuery(card, 'h3')!.textContent).to.equal('Information technology management duties');
      expect(shadowQuery(card, 'time[datetime="2026-11-02"]')!.textContent).to.equal('2 Nov 2026');
      await expect(card).to.be.accessible();
    });

    it('shows the phone number and dates in Thai digits when numerals="thai", dialling the same number', async () => {
      const card = await settledFixture<GovCioCard>(
        html`<gov-cio-card numerals="thai" .data=${sample}></gov-cio-card>`,
      );
      const phone = shadowQuery<HTMLAnchorElement>(card, 'a[href^="tel:"]')!;
      expect(phone.textContent).to.equal('๐๓๖-๕๐๗-๑๐๐');
      expect(phone.getAttribute('href')).to.equal('tel:+6636507100');
      expect(shadowQuery(card, 'time')!.textContent).to.equal('๑๖ พ.ค. ๒๕๖๑');
    });

    it('names the default IT policy link when the data gives no title', async () => {
      const card = await cardWithData(sample);
      expect(shadowQuery(card, 'a[part=policy]')!.textContent).to.equal('นโยบายด้านเทคโนโลยีสารสนเทศของหน่วยงาน');
      const english = await cardWithData(sample, 'en');
      expect(shadowQuery(english, 'a[part=policy]')!.textContent).to.equal(
        'The agency’s information technology policy',
      );
    });

    it('shows a neutral silhouette, hidden from screen readers, when there is no photo', async () => {
      const card = await cardWithData(sample);
      expect(shadowQuery(card, 'img')).to.equal(null);
      const placeholder = shadowQuery(card, 'svg[part=photo]')!;
      expect(placeholder.getAttribute('aria-hidden')).to.equal('true');
      expect(placeholder.querySelector('circle')).to.be.instanceOf(SVGCircleElement);
      expect(placeholder.getBoundingClientRect().width).to.be.greaterThan(50);
      await expect(card).to.be.accessible();
    });

    it('describes a photo without alt text by the person’s name', async () => {
      const photo = { src: '/packages/components/test/fixtures/gov-cio-card/photo.svg' };
      const card = await cardWithData({ ...sample, photo });
      expect(shadowQuery<HTMLImageElement>(card, 'img')!.alt).to.equal('ภาพถ่ายของนายวิชัย ตัวอย่าง');
      const english = await cardWithData(
        { ...sample, name: { th: 'นายวิชัย ตัวอย่าง', en: 'Mr Wichai Tuayang' }, photo },
        'en',
      );
      expect(shadowQuery<HTMLImageElement>(english, 'img')!.alt).to.equal('Photo of Mr Wichai Tuayang');
    });

    it('puts the silhouette in place of a photo that cannot be loaded', async () => {
      const card = await cardWithData({ ...sample, photo: { src: '/no-such-photo.jpg', alt: 'ภาพถ่าย' } });
      const image = shadowQuery<HTMLImageElement>(card, 'img')!;
      if (!image.complete || image.naturalWidth === 0) await oneEvent(image, 'error').catch(() => undefined);
      await card.updateComplete;
      expect(shadowQuery(card, 'img')).to.equal(null);
      expect(shadowQuery(card, 'svg[part=photo]')).to.not.equal(null);
    });

    it('dials Thai numbers in E.164, with extensions, whatever way they are written', () => {
      expect(telHref('0 3650 7100')).to.equal('tel:+6636507100');
      expect(telHref('036-507-100 ต่อ 12')).to.equal('tel:+6636507100;ext=12');
      expect(telHref('+66 36 507 100 ext. 7')).to.equal('tel:+6636507100;ext=7');
      expect(telHref('(081) 234-5678')).to.equal('tel:+66812345678');
      expect(telHref('ไม่มี')).to.equal(undefined);
    });

    it('publishes schema.org Person structured data with jobTitle and worksFor', async () => {
      const card = await cardWithData(sample);
      const jsonLd = JSON.parse(card.querySelector('script[type="application/ld+json"]')!.textContent!);
      expect(jsonLd).to.deep.include({
        '@type': 'Person',
        name: 'นายวิชัย ตัวอย่าง',
        telephone: '+6636507100',
        email: 'cio@singburi.go.th',
      });
      expect(jsonLd.jobTitle).to.deep.equal(['รองผู้ว่าราชการจังหวัดสิงห์บุรี', 'ผู้บริหารเทคโนโลยีสารสนเทศระดับสูง (CIO)']);
      expect(jsonLd.worksFor).to.deep.equal({ '@type': 'GovernmentOrganization', name: 'สำนักงานจังหวัดสิงห์บุรี' });
    });

    it('takes its heading from the data, or from the page through data-i18n-title', async () => {
      const fromData = await cardWithData({ ...sample, title: { th: 'CIO ของสำนักงานจังหวัด', en: 'Our CIO' } });
      expect(shadowQuery(fromData, 'h2')!.textContent).to.equal('CIO ของสำนักงานจังหวัด');
      const fromPage = await settledFixture<GovCioCard>(
        html`<gov-cio-card heading-level="3" data-i18n-title="ผู้บริหารสารสนเทศ" .data=${sample}></gov-cio-card>`,
      );
      expect(shadowQuery(fromPage, 'h3')!.textContent).to.equal('ผู้บริหารสารสนเทศ');
      expect(shadowQuery(fromPage, 'h4')!.textContent).to.equal('หน้าที่ด้านการบริหารงานเทคโนโลยีสารสนเทศ');
    });

    it('shows only what is published: a name alone makes a whole card', async () => {
      const card = await cardWithData({ name: 'นายวิชัย ตัวอย่าง' });
      expect(card.state).to.equal('ready');
      expect(shadowQuery(card, 'address')).to.equal(null);
      expect(shadowQuery(card, 'ul')).to.equal(null);
      expect(shadowQueryAll(card, 'a')).to.have.length(0);
      await expect(card).to.be.accessible();
    });

    it('wraps long Thai text at 320 px without sideways scrolling', async () => {
      await expectLongThaiWrapsAt320(
        () =>
          settledFixture<GovCioCard>(
            html`<gov-cio-card
              .data=${{ ...sample, name: LONG_THAI, position: LONG_THAI, agency: LONG_THAI, responsibilities: [LONG_THAI], itPolicy: { title: LONG_THAI, href: 'https://www.singburi.go.th/' } }}
            ></gov-cio-card>`,
          ),
        '[part=name]',
        { check: (card) => expect(shadowQuery(card, '[part=name]')!.textContent).to.equal(LONG_THAI) },
      );
    });

    it('works from the keyboard: Tab reaches the phone, email and policy links in reading order', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div><button>ก่อนหน้า</button><gov-cio-card .data=${sample}></gov-cio-card></div>`,
      );
      const card = wrapper.querySelector('gov-cio-card')!;
      await card.whenSettled();
      wrapper.querySelector('button')!.focus();
      const reached: string[] = [];
      for (let i = 0; i < 3; i += 1) {
        await sendKeys({ press: 'Tab' });
        reached.push(card.shadowRoot!.activeElement?.getAttribute('href') ?? '');
      }
      expect(reached).to.deep.equal([
        'tel:+6636507100',
        'mailto:cio@singburi.go.th',
        'https://www.singburi.go.th/it-policy',
      ]);
    });
  });

  describe('empty', () => {
    it('says the CIO has not been announced yet, in Thai and English, and still links the IT policy', async () => {
      const card = await cardWithData({ agency: 'สำนักงานจังหวัดสิงห์บุรี', itPolicy: sample.itPolicy });
      expect(shadowQuery(card, 'h2')!.textContent).to.equal('ผู้บริหารเทคโนโลยีสารสนเทศระดับสูง (CIO)');
      expect(shadowQuery(card, '[role=status]')!.textContent).to.equal(
        'ยังไม่ได้ประกาศรายชื่อผู้บริหารเทคโนโลยีสารสนเทศระดับสูง (CIO) ของหน่วยงาน',
      );
      expect(links(card)).to.deep.equal([
        ['https://www.singburi.go.th/it-policy', 'นโยบายด้านเทคโนโลยีสารสนเทศของหน่วยงาน'],
      ]);
      expect(card.querySelector('script[type="application/ld+json"]')).to.equal(null);
      await expectEmptyState(card, 'ยังไม่ได้ประกาศรายชื่อผู้บริหารเทคโนโลยีสารสนเทศระดับสูง (CIO) ของหน่วยงาน');
      await expectEmptyState(
        await cardWithData({}, 'en'),
        'The agency has not yet announced its Chief Information Officer (CIO).',
      );
    });

    it('treats a name of spaces as no name', async () => {
      const card = await cardWithData({ name: '   ', phone: '0 3650 7100' });
      expect(card.state).to.equal('empty');
      expect(shadowQuery(card, 'a[href^="tel:"]')).to.equal(null);
    });
  });

  describe('error', () => {
    lifecycleErrorCases<GovCioCard>('gov-cio-card', {
      notFound: {
        data: sample,
        fallbackHtml: '<p>CIO: นายวิชัย ตัวอย่าง โทร 0 3650 7100</p>',
        fallbackText: 'นายวิชัย ตัวอย่าง',
        recovered: (card) => expect(shadowQuery(card, '[part=name]')!.textContent).to.equal('นายวิชัย ตัวอย่าง'),
      },
      malformed: { body: '{"name": oops' },
      timeout: {},
    });

    it('data that breaks the schema names each path and rule, and shows none of it', async () => {
      const card = await cardWithData({
        name: 'นายวิชัย',
        phone: 'โทรหาได้เลย',
        email: 'not-an-email',
        photo: { alt: 'ภาพ' },
        responsibility: [],
      });
      expect(card.state).to.equal('error');
      const problems = card.error!.problems.map((p) => `${p.path} ${p.message}`);
      expect(problems).to.include('/phone รูปแบบไม่ถูกต้อง');
      expect(problems).to.include('/email ต้องเป็นอีเมลที่ถูกต้อง เช่น name@example.go.th');
      expect(problems).to.include('/photo/src ต้องระบุข้อมูลนี้');
      expect(problems).to.include(' มีข้อมูลที่ไม่รู้จัก: responsibility');
      expect(shadowQuery(card, '[part=name]')).to.equal(null);
      expect(visibleText(card)).to.contain('/email');
      await expect(card).to.be.accessible();
    });
  });

  describe('hostile data', () => {
    it('never runs script from XSS payloads in any text field', async () => {
      const trap = trapScriptExecution();
      try {
        const payloads = await xssPayloads(120);
        for (let index = 0; index < payloads.length; index += 6) {
          const [a, b, c, d, e, f] = payloads.slice(index, index + 6).map((p) => p || 'x');
          const card = await cardWithData({
            title: a,
            name: b,
            position: c,
            agency: d,
            photo: { src: 'javascript:alert(1)', alt: e },
            responsibilities: [f, a],
            itPolicy: { title: b, href: c },
            publication: { reporter: d, approver: e, screenedBy: f, source: { title: a, url: b } },
          });
          expect(card.state).to.equal('ready');
          expect(shadowQuery(card, '[part=name]')!.textContent).to.equal(b);
          expectNoActiveContent(card);
          card.parentElement!.remove();
        }
        await new Promise((resolve) => setTimeout(resolve, 300));
        expect(trap.calls).to.deep.equal([]);
      } finally {
        trap.restore();
      }
    });

    it('payloads in the phone and email fields are refused as invalid, and nothing runs', async () => {
      const trap = trapScriptExecution();
      try {
        const payloads = await xssPayloads(20);
        for (const payload of payloads) {
          const card = await cardWithData({ name: 'นายวิชัย', phone: payload, email: payload });
          expect(card.state).to.equal('error');
          expectNoActiveContent(card);
          card.parentElement!.remove();
        }
        expect(trap.calls).to.deep.equal([]);
      } finally {
        trap.restore();
      }
    });

    it('shows javascript: and data: links as plain text and never as a photo', async () => {
      const card = await cardWithData({
        ...sample,
        photo: { src: 'data:image/svg+xml,<svg onload=alert(1)>', alt: 'ภาพ' },
        itPolicy: { title: 'นโยบายไอที', href: 'javascript:alert(document.cookie)' },
        publication: { source: { title: 'แหล่งข้อมูล', url: 'javascript:alert(1)' } },
      });
      expect(shadowQuery(card, 'img')).to.equal(null);
      expect(shadowQuery(card, 'a[part=policy]')).to.equal(null);
      expect(shadowQuery(card, 'span[part=policy]')!.textContent).to.equal('นโยบายไอที');
      expect(visibleText(card)).to.contain('แหล่งข้อมูล');
      expectNoActiveContent(card);
    });
  });
});

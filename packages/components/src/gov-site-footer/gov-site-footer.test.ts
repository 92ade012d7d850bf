import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { GovSiteFooter } from './gov-site-footer.js';
import type { ContactData, FooterData } from '@govkit-th/schemas';
import {
  LONG_THAI,
  expectLoadingWithFallback,
  expectLongThaiWrapsAt320,
  expectPayloadsInert,
  hangingFetch,
  lifecycleErrorCases,
  settledFixture,
  shadowQuery,
  shadowQueryAll,
  visibleText,
  withFetch,
} from '../../test/helpers.js';
import { upgradeLate } from '../../test/layout-shift.js';

const CONTACT = '/packages/components/test/fixtures/gov-contact-block/contact.json';
const LINKS = '/packages/components/test/fixtures/gov-site-footer/footer.json';

const contact: ContactData = {
  name: { th: 'สำนักงานจังหวัดสิงห์บุรี', en: 'Sing Buri Provincial Office' },
  address: {
    line: { th: 'ศาลากลางจังหวัดสิงห์บุรี', en: 'Sing Buri Provincial Hall' },
    subdistrict: { th: 'บางพุทรา', en: 'Bang Phutsa' },
    district: { th: 'เมืองสิงห์บุรี', en: 'Mueang Sing Buri' },
    province: { th: 'สิงห์บุรี', en: 'Sing Buri' },
    postcode: '16000',
  },
  phones: [{ number: '0 3650 7100' }],
  emails: ['saraban@singburi.go.th'],
};

const footer: FooterData = {
  links: [
    { kind: 'contact', href: '/contact.html' },
    { kind: 'privacy-notice', href: '/policies/privacy-notice.html' },
  ],
  province: { name: { th: 'เว็บไซต์จังหวัดสิงห์บุรี', en: 'Sing Buri Province website' }, href: 'https://www.singburi.go.th/' },
};

async function footerWith(data: unknown, options: { lang?: string; footer?: unknown; cookie?: boolean } = {}) {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div lang=${options.lang ?? 'th'}>
      <gov-site-footer page-date="2026-12-02" ?cookie-settings=${options.cookie}></gov-site-footer>
    </div>`,
  );
  const element = wrapper.querySelector('gov-site-footer')!;
  if (options.footer !== undefined) element.footer = options.footer as FooterData;
  element.data = data as ContactData;
  await element.whenSettled();
  return element;
}

const linkTexts = (element: GovSiteFooter) =>
  shadowQueryAll(element, '[part=links] li').map((li) => li.textContent!.trim());

describe('gov-site-footer', () => {
  // First, while the tag is still undefined in every frame of this page.
  describe('no layout shift', () => {
    const page = `<main><h1>ข่าวประชาสัมพันธ์</h1><p>เนื้อหาของหน้า</p></main>
      <footer><gov-site-footer src="${CONTACT}" links="${LINKS}" page-date="2026-12-02">
        <p>สำนักงานจังหวัดสิงห์บุรี</p>
        <address>ศาลากลางจังหวัดสิงห์บุรี ตำบลบางพุทรา อำเภอเมืองสิงห์บุรี จังหวัดสิงห์บุรี 16000</address>
        <p><a href="/contact.html">ติดต่อเรา</a> · <a href="/policies/privacy-notice.html">ประกาศความเป็นส่วนตัว</a></p>
      </gov-site-footer></footer>`;
    for (const width of [320, 1280]) {
      it(`upgrades late at ${width} px without moving anything on the page`, async () => {
        const result = await upgradeLate({ tag: 'gov-site-footer', width, lang: 'th', body: page });
        expect(result.after, 'the footer rendered').to.be.greaterThan(0);
        expect(result.shifts, 'layout-shift entries').to.deep.equal([]);
      });
    }
  });

  describe('with the element defined', () => {
    before(() => import('./define.js'));

    describe('loading', () => {
      it('shows a status line and keeps the fallback content visible', async () => {
        await withFetch(hangingFetch, async () => {
          const element = await fixture<GovSiteFooter>(
            html`<gov-site-footer src="/never.json"><p>สำนักงานจังหวัดสิงห์บุรี โทร 0 3650 7100</p></gov-site-footer>`,
          );
          await expectLoadingWithFallback(element, 'สำนักงานจังหวัดสิงห์บุรี โทร 0 3650 7100');
        });
      });
    });

    describe('ready', () => {
      it('shows the agency, its address, the standard links, the province link, © in the Buddhist era and the date', async () => {
        const element = await settledFixture<GovSiteFooter>(
          html`<gov-site-footer src=${CONTACT} links=${LINKS} page-date="2026-12-02"></gov-site-footer>`,
        );
        expect(element.state).to.equal('ready');
        expect(shadowQuery(element, '[part=agency]')!.textContent).to.equal('สำนักงานจังหวัดสิงห์บุรี');
        expect(shadowQuery(element, 'address')!.textContent).to.equal(
          'ศาลากลางจังหวัดสิงห์บุรี ถนนสิงห์บุรี–บางพาน ตำบลบางพุทรา อำเภอเมืองสิงห์บุรี จังหวัดสิงห์บุรี 16000',
        );
        expect(linkTexts(element)).to.deep.equal([
          'ติดต่อเรา',
          'นโยบายเว็บไซต์',
          'ประกาศความเป็นส่วนตัว',
          'นโยบายคุกกี้',
          'นโยบายการรักษาความมั่นคงปลอดภัยเว็บไซต์',
          'ข้อจำกัดความรับผิดชอบ',
          'การเข้าถึงเว็บไซต์',
          'แผนผังเว็บไซต์',
          'ศูนย์ข้อมูลข่าวสาร',
        ]);
        const hrefs = shadowQueryAll<HTMLAnchorElement>(element, '[part=links] li a').map(
          (a) => new URL(a.href).pathname,
        );
        expect(hrefs[2]).to.equal('/policies/privacy-notice.html');
        const province = shadowQuery<HTMLAnchorElement>(element, '[part=province] a')!;
        expect(province.textContent).to.equal('เว็บไซต์จังหวัดสิงห์บุรี');
        expect(province.href).to.equal('https://www.singburi.go.th/');
        expect(
          shadowQuery(element, '[part=copyright]')!
            .textContent!.replace(/[ \n\t]+/g, ' ')
            .trim(),
        ).to.equal('©\u00a02569 สำนักงานจังหวัดสิงห์บุรี · รัฐบาลไทย');
        expect(shadowQuery(element, '[part=updated]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
          'ปรับปรุงล่าสุด 2 ธ.ค. 2569',
        );
        expect(shadowQuery(element, 'nav')!.getAttribute('aria-label')).to.equal('ลิงก์มาตรฐานของเว็บไซต์');
        expect(shadowQuery<HTMLAnchorElement>(element, '.reach a')!.getAttribute('href')).to.equal('tel:+6636507100');
        await expect(element).to.be.accessible();
      });

      it('speaks English when the page is English, the year still in the Buddhist era as the standard writes it', async () => {
        const element = await footerWith(contact, { lang: 'en', footer });
        expect(shadowQuery(element, 'address')!.textContent).to.equal(
          'Sing Buri Provincial Hall, Bang Phutsa, Mueang Sing Buri, Sing Buri 16000',
        );
        expect(linkTexts(element)).to.deep.equal(['Contact us', 'Privacy notice']);
        expect(shadowQuery(element, '[part=province]')!.textContent!.trim()).to.equal('Sing Buri Province website');
        expect(
          shadowQuery(element, '[part=copyright]')!
            .textContent!.replace(/[ \n\t]+/g, ' ')
            .trim(),
        ).to.equal('©\u00a02569 Sing Buri Provincial Office · Government of Thailand');
        expect(shadowQuery(element, '[part=updated]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
          'Last updated 2 Dec 2026',
        );
        await expect(element).to.be.accessible();
      });

      it('shows Thai digits when numerals="thai"', async () => {
        const element = await footerWith(contact, { footer });
        element.numerals = 'thai';
        await element.updateComplete;
        expect(shadowQuery(element, '[part=copyright]')!.textContent).to.contain('๒๕๖๙');
        expect(shadowQuery(element, '[part=updated]')!.textContent).to.contain('๒ ธ.ค. ๒๕๖๙');
      });

      it('without page-date, takes the year and date from document.lastModified (Bangkok time)', async () => {
        const wrapper = await fixture<HTMLDivElement>(html`<div lang="th"><gov-site-footer></gov-site-footer></div>`);
        const element = wrapper.querySelector('gov-site-footer')!;
        element.data = contact;
        await element.whenSettled();
        const modified = new Date(document.lastModified);
        const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Bangkok' }).format(modified);
        const year = Number(day.slice(0, 4)) + 543;
        expect(shadowQuery(element, '[part=copyright]')!.textContent).to.contain(`${year}`);
        expect(shadowQuery(element, '[part=updated] time')!.getAttribute('datetime')).to.equal(day);
      });

      it('the cookie-settings button fires gov-cookie-settings (bubbling, composed) for gov-cookie-consent', async () => {
        const element = await footerWith(contact, { footer, cookie: true });
        const button = shadowQuery<HTMLButtonElement>(element, '[part=cookie-settings]')!;
        expect(button.textContent!.trim()).to.equal('ตั้งค่าคุกกี้');
        const heard = oneEvent(document, 'gov-cookie-settings');
        button.focus();
        await sendKeys({ press: 'Enter' });
        const event = await heard;
        expect(event.bubbles).to.equal(true);
        expect(event.composed).to.equal(true);
        expect(event.target).to.equal(element);
        await expect(element).to.be.accessible();
      });

      it('has no cookie-settings button unless asked, and no link list without a footer file', async () => {
        const element = await footerWith(contact);
        expect(shadowQuery(element, '[part=cookie-settings]')).to.equal(null);
        expect(shadowQuery(element, 'nav')).to.equal(null);
        expect(visibleText(element)).to.contain('สำนักงานจังหวัดสิงห์บุรี');
        await expect(element).to.be.accessible();
      });

      it('lets the page override any string with data-i18n-*', async () => {
        const wrapper = await fixture<HTMLDivElement>(
          html`<div lang="th"><gov-site-footer data-i18n-link-contact="ติดต่อสำนักงาน"></gov-site-footer></div>`,
        );
        const element = wrapper.querySelector('gov-site-footer')!;
        element.footer = footer;
        element.data = contact;
        await element.whenSettled();
        expect(linkTexts(element)[0]).to.equal('ติดต่อสำนักงาน');
      });

      it('wraps a long Thai agency name at 320 px without sideways scrolling', async () => {
        await expectLongThaiWrapsAt320(() => footerWith({ ...contact, name: LONG_THAI }, { footer }), '[part=agency]');
      });
    });

    describe('error', () => {
      lifecycleErrorCases<GovSiteFooter>('gov-site-footer', {
        notFound: {
          data: contact,
          fallbackHtml: '<p>สำนักงานจังหวัดสิงห์บุรี โทร 0 3650 7100</p>',
          fallbackText: 'สำนักงานจังหวัดสิงห์บุรี',
          recovered: (element) =>
            expect(shadowQuery(element, '[part=agency]')!.textContent).to.equal('สำนักงานจังหวัดสิงห์บุรี'),
        },
        malformed: { body: '{"name": ' },
        timeout: {},
        network: {},
      });

      it('a footer file that breaks its schema names the file, the path and the rule; the fallback stays', async () => {
        const wrapper = await fixture<HTMLDivElement>(
          html`<div lang="th"><gov-site-footer><p>ติดต่อเรา โทร 0 3650 7100</p></gov-site-footer></div>`,
        );
        const element = wrapper.querySelector('gov-site-footer')!;
        element.footer = { links: [{ kind: 'nonsense', href: '' }] } as unknown as FooterData;
        element.data = contact;
        await element.whenSettled();
        expect(element.state).to.equal('error');
        const problems = element.error!.problems.map((p) => `${p.path} ${p.message}`);
        expect(problems).to.include('footer.json/links/0/kind ต้องเลือกจากตัวเลือกที่กำหนด');
        expect(visibleText(element)).to.contain('ข้อมูลไม่เป็นไปตามรูปแบบที่กำหนด');
        expect(element.textContent).to.contain('ติดต่อเรา โทร 0 3650 7100');
        await expect(element).to.be.accessible();
      });

      it('a footer file that is not JSON is a parse error', async () => {
        await withFetch(
          (url) =>
            url.endsWith('links.json')
              ? new Response('{ nope', { status: 200 })
              : new Response(JSON.stringify(contact)),
          async () => {
            const element = await settledFixture<GovSiteFooter>(
              html`<gov-site-footer src="/contact.json" links="/links.json"></gov-site-footer>`,
            );
            expect(element.state).to.equal('error');
            expect(element.error!.kind).to.equal('parse');
          },
        );
      });
    });

    describe('hostile data', () => {
      it('never runs script from XSS payloads in names, titles or addresses', async () => {
        await expectPayloadsInert(
          200,
          async (payloads) =>
            footerWith(
              { ...contact, name: payloads[0], address: { ...contact.address, line: payloads[1] } },
              {
                footer: {
                  links: payloads.slice(2, 40).map((payload) => ({ title: payload, href: payload })),
                  province: { name: payloads[60], href: 'javascript:alert(1)' },
                },
              },
            ),
          (element, payloads) => {
            expect(element.state).to.equal('ready');
            expect(shadowQuery(element, '[part=agency]')!.textContent).to.equal(payloads[0]);
            expect(shadowQuery(element, '[part=province] a')).to.equal(null);
          },
        );
      });
    });
  });
});

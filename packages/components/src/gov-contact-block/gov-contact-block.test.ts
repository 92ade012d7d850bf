import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './define.js';
import type { GovContactBlock } from './gov-contact-block.js';
import type { ContactData } from '@govkit-th/schemas';
import {
  LONG_THAI,
  expectLoadingWithFallback,
  expectLongThaiWrapsAt320,
  expectNoActiveContent,
  hangingFetch,
  lifecycleErrorCases,
  lineCount,
  settledFixture,
  shadowQuery,
  shadowQueryAll,
  trapScriptExecution,
  visibleText,
  withFetch,
  xssPayloads,
} from '../../test/helpers.js';

const FIXTURE = '/packages/components/test/fixtures/gov-contact-block/contact.json';

const singBuri: ContactData = {
  name: { th: 'สำนักงานจังหวัดสิงห์บุรี', en: 'Sing Buri Provincial Office' },
  address: {
    line: { th: 'ศาลากลางจังหวัดสิงห์บุรี', en: '1 Sing Buri–Bang Phan Rd' },
    subdistrict: { th: 'บางพุทรา', en: 'Bang Phutsa' },
    district: { th: 'เมืองสิงห์บุรี', en: 'Mueang Sing Buri' },
    province: { th: 'สิงห์บุรี', en: 'Sing Buri' },
    postcode: '16000',
  },
  phones: [
    { label: { th: 'สำนักงานจังหวัด', en: 'Provincial Office' }, number: '0 3650 7100' },
    { label: { th: 'ศูนย์ดำรงธรรม', en: 'Damrongdhama Centre' }, number: '1567' },
  ],
  fax: ['0 3650 7101'],
  emails: ['saraban@singburi.go.th'],
  website: 'www.singburi.go.th',
  officeHours: { th: 'วันจันทร์ถึงวันศุกร์ 08.30–16.30 น.', en: 'Monday to Friday, 08:30–16:30' },
  socials: [{ platform: 'facebook', url: 'https://www.facebook.com/singburiprovince' }],
  map: { lat: 14.8936, lng: 100.3967 },
};

const bangkok: ContactData = {
  name: { th: 'สำนักงานตัวอย่าง', en: 'Sample Office' },
  address: {
    line: { th: '1 ถนนหน้าพระลาน', en: '1 Na Phra Lan Rd' },
    subdistrict: { th: 'พระบรมมหาราชวัง', en: 'Phra Borom Maha Ratchawang' },
    district: { th: 'พระนคร', en: 'Phra Nakhon' },
    province: { th: 'กรุงเทพมหานคร', en: 'Bangkok' },
    postcode: '10200',
  },
  phones: [{ number: '02 123 4567' }],
};

async function contactWithData(data: unknown, lang = 'th', numerals = 'latin'): Promise<GovContactBlock> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div lang=${lang}><gov-contact-block numerals=${numerals}></gov-contact-block></div>`,
  );
  const block = wrapper.querySelector('gov-contact-block')!;
  block.data = data as ContactData;
  await block.whenSettled();
  return block;
}

const addressText = (block: GovContactBlock) => shadowQuery(block, 'address')!.textContent!.trim();
const hrefs = (block: GovContactBlock, selector = 'a') =>
  shadowQueryAll<HTMLAnchorElement>(block, selector).map((a) => a.getAttribute('href'));
const jsonLd = (block: GovContactBlock) =>
  JSON.parse(block.querySelector('script[type="application/ld+json"]')!.textContent!);

/** The text of each `<dd>` under the `<dt>` that says `term`. */
function row(block: GovContactBlock, term: string): string[] {
  const group = shadowQueryAll(block, '.channels > div').find((div) => div.querySelector('dt')!.textContent === term);
  return group ? Array.from(group.querySelectorAll('dd')).map((dd) => dd.textContent!.replace(/\s+/g, ' ').trim()) : [];
}

describe('gov-contact-block', () => {
  describe('loading', () => {
    it('shows a status line and keeps the fallback address visible', async () => {
      await withFetch(hangingFetch, async () => {
        const block = await fixture<GovContactBlock>(
          html`<gov-contact-block src="/never.json"><address>ศาลากลางจังหวัดสิงห์บุรี โทร 0 3650 7100</address></gov-contact-block>`,
        );
        await expectLoadingWithFallback(block, 'ศาลากลางจังหวัดสิงห์บุรี โทร 0 3650 7100');
      });
    });
  });

  describe('ready', () => {
    it('renders the sample file in Thai, with Thai address order and prefixes, and fires gov-load', async () => {
      const block = document.createElement('gov-contact-block');
      const loaded = oneEvent(block, 'gov-load');
      block.src = FIXTURE;
      document.body.append(block);
      try {
        const event = await loaded;
        await block.updateComplete;
        expect(event.detail.phones).to.have.length(3);
        expect(block.state).to.equal('ready');
        expect(shadowQuery(block, 'h2')!.textContent).to.equal('สำนักงานจังหวัดสิงห์บุรี');
        expect(addressText(block)).to.equal(
          'ศาลากลางจังหวัดสิงห์บุรี ถนนสิงห์บุรี–บางพาน ตำบลบางพุทรา อำเภอเมืองสิงห์บุรี จังหวัดสิงห์บุรี 16000',
        );
        expect(shadowQuery(block, 'address')!.hasAttribute('lang')).to.equal(false);
        expect(row(block, 'โทรศัพท์')).to.deep.equal([
          'สำนักงานจังหวัดสิงห์บุรี 0 3650 7100',
          'กลุ่มงานยุทธศาสตร์และข้อมูลเพื่อการพัฒนาจังหวัด 0 3650 7100 ต่อ 21',
          'ศูนย์ดำรงธรรมจังหวัดสิงห์บุรี (สายด่วน) 1567',
        ]);
        expect(hrefs(block, '.channels a[href^="tel:"]')).to.deep.equal([
          'tel:+6636507100',
          'tel:+6636507100;ext=21',
          'tel:1567',
        ]);
        expect(row(block, 'โทรสาร')).to.deep.equal(['0 3650 7101']);
        expect(
          shadowQueryAll(block, 'a').some((a) => a.textContent === '0 3650 7101'),
          'fax is not a link',
        ).to.equal(false);
        expect(hrefs(block, 'a[href^="mailto:"]')).to.deep.equal(['mailto:saraban@singburi.go.th']);
        expect(row(block, 'เว็บไซต์')).to.deep.equal(['www.singburi.go.th']);
        expect(hrefs(block, 'a[href^="https://www.singburi"]')).to.deep.equal(['https://www.singburi.go.th/']);
        expect(row(block, 'วันและเวลาทำการ')[0]).to.contain('วันจันทร์ถึงวันศุกร์ เวลา 08.30–16.30 น.');
        const facebook = shadowQuery<HTMLAnchorElement>(block, 'a[href*="facebook"]')!;
        expect(facebook.textContent).to.equal('เฟซบุ๊ก');
        expect(facebook.getAttribute('aria-label')).to.equal('เฟซบุ๊ก ของ สำนักงานจังหวัดสิงห์บุรี');
        const map = shadowQuery<HTMLAnchorElement>(block, '[part=map-link]')!;
        expect(map.getAttribute('href')).to.equal(
          'https://www.openstreetmap.org/?mlat=14.8936&mlon=100.3967#map=17/14.8936/100.3967',
        );
        expect(map.textContent).to.equal('ดูตำแหน่งบนแผนที่ OpenStreetMap');
        expect(map.hasAttribute('target')).to.equal(false);
        expect(shadowQuery(block, 'iframe')).to.equal(null);
        const publication = shadowQueryAll(block, '[part=publication] > div').map(
          (div) => `${div.querySelector('dt')!.textContent}: ${div.querySelector('dd')!.textContent!.trim()}`,
        );
        expect(publication).to.include('ปรับปรุงล่าสุด: 20 พ.ย. 2569');
        expect(publication).to.include('ผู้อนุมัติการเผยแพร่: หัวหน้าสำนักงานจังหวัดสิงห์บุรี');
        await expect(block).to.be.accessible();
      } finally {
        block.remove();
      }
    });

    it('speaks English, in English address order without Thai prefixes', async () => {
      const block = await contactWithData(singBuri, 'en');
      expect(shadowQuery(block, 'h2')!.textContent).to.equal('Sing Buri Provincial Office');
      expect(addressText(block)).to.equal('1 Sing Buri–Bang Phan Rd, Bang Phutsa, Mueang Sing Buri, Sing Buri 16000');
      expect(row(block, 'Phone')).to.deep.equal(['Provincial Office 0 3650 7100', 'Damrongdhama Centre 1567']);
      expect(row(block, 'Fax')).to.deep.equal(['0 3650 7101']);
      expect(row(block, 'Office hours')).to.deep.equal(['Monday to Friday, 08:30–16:30']);
      const facebook = shadowQuery<HTMLAnchorElement>(block, 'a[href*="facebook"]')!;
      expect(facebook.textContent).to.equal('Facebook');
      expect(facebook.getAttribute('aria-label')).to.equal('Sing Buri Provincial Office on Facebook');
      expect(shadowQuery(block, '[part=map-link]')!.textContent).to.equal('See the location on OpenStreetMap');
      await expect(block).to.be.accessible();
    });

    it('uses แขวง and เขต and no จังหวัด prefix in Bangkok, and plain names in English', async () => {
      const thai = await contactWithData(bangkok);
      expect(addressText(thai)).to.equal('1 ถนนหน้าพระลาน แขวงพระบรมมหาราชวัง เขตพระนคร กรุงเทพมหานคร 10200');
      const english = await contactWithData(bangkok, 'en');
      expect(addressText(english)).to.equal('1 Na Phra Lan Rd, Phra Borom Maha Ratchawang, Phra Nakhon, Bangkok 10200');
      const plain = await contactWithData({
        ...bangkok,
        address: { line: '99 ถนนราชดำเนินนอก', subdistrict: 'บ้านพานถม', district: 'พระนคร', province: 'กรุงเทพฯ' },
      });
      expect(addressText(plain)).to.equal('99 ถนนราชดำเนินนอก แขวงบ้านพานถม เขตพระนคร กรุงเทพฯ');
    });

    it('keeps a Thai-only address in Thai order on an English page, marked lang="th"', async () => {
      const block = await contactWithData(
        {
          name: 'สำนักงานจังหวัดสิงห์บุรี',
          address: {
            line: 'ศาลากลางจังหวัด',
            subdistrict: 'บางพุทรา',
            district: 'เมืองสิงห์บุรี',
            province: 'สิงห์บุรี',
            postcode: '16000',
          },
          phones: [{ number: '0 3650 7100' }],
        },
        'en',
      );
      const address = shadowQuery(block, 'address')!;
      expect(address.getAttribute('lang')).to.equal('th');
      expect(addressText(block)).to.equal('ศาลากลางจังหวัด ตำบลบางพุทรา อำเภอเมืองสิงห์บุรี จังหวัดสิงห์บุรี 16000');
      expect(row(block, 'Phone')).to.deep.equal(['0 3650 7100']);
    });

    it('does not repeat a prefix the data already carries', async () => {
      const block = await contactWithData({
        ...singBuri,
        address: {
          line: 'ศาลากลางจังหวัดสิงห์บุรี',
          subdistrict: 'ตำบลบางพุทรา',
          district: 'อำเภอเมืองสิงห์บุรี',
          province: 'จังหวัดสิงห์บุรี',
          postcode: '16000',
        },
      });
      expect(addressText(block)).to.equal('ศาลากลางจังหวัดสิงห์บุรี ตำบลบางพุทรา อำเภอเมืองสิงห์บุรี จังหวัดสิงห์บุรี 16000');
    });

    it('dials every Thai way of writing a number in E.164, and shows it as written', async () => {
      const written = [
        '0 3650 7100',
        '036-507-100',
        '036 507100',
        '+66 36 507 100',
        '081-234-5678',
        '02 123 4567 ต่อ 12',
        '02-123-4567 ext. 305',
        '1567',
        '191',
      ];
      const block = await contactWithData({ ...singBuri, phones: written.map((number) => ({ number })) });
      expect(hrefs(block, '.channels a[href^="tel:"]')).to.deep.equal([
        'tel:+6636507100',
        'tel:+6636507100',
        'tel:+6636507100',
        'tel:+6636507100',
        'tel:+66812345678',
        'tel:+6621234567;ext=12',
        'tel:+6621234567;ext=305',
        'tel:1567',
        'tel:191',
      ]);
      expect(shadowQueryAll(block, '.channels a[href^="tel:"]').map((a) => a.textContent)).to.deep.equal(written);
    });

    it('shows Thai digits when numerals="thai", while links still dial Arabic digits', async () => {
      const block = await contactWithData(singBuri, 'th', 'thai');
      expect(row(block, 'โทรศัพท์')).to.deep.equal(['สำนักงานจังหวัด ๐ ๓๖๕๐ ๗๑๐๐', 'ศูนย์ดำรงธรรม ๑๕๖๗']);
      expect(row(block, 'โทรสาร')).to.deep.equal(['๐ ๓๖๕๐ ๗๑๐๑']);
      expect(addressText(block)).to.match(/จังหวัดสิงห์บุรี ๑๖๐๐๐$/);
      expect(hrefs(block, '.channels a[href^="tel:"]')).to.deep.equal(['tel:+6636507100', 'tel:1567']);
    });

    it('publishes GovernmentOrganization structured data in the light DOM', async () => {
      const block = await contactWithData(singBuri);
      expect(jsonLd(block)).to.deep.equal({
        '@context': 'https://schema.org',
        '@type': 'GovernmentOrganization',
        name: 'สำนักงานจังหวัดสิงห์บุรี',
        address: {
          '@type': 'PostalAddress',
          streetAddress: 'ศาลากลางจังหวัดสิงห์บุรี ตำบลบางพุทรา',
          addressLocality: 'อำเภอเมืองสิงห์บุรี',
          addressRegion: 'จังหวัดสิงห์บุรี',
          postalCode: '16000',
          addressCountry: 'TH',
        },
        telephone: ['+6636507100', '1567'],
        faxNumber: ['+6636507101'],
        email: ['saraban@singburi.go.th'],
        url: 'https://www.singburi.go.th/',
        sameAs: ['https://www.facebook.com/singburiprovince'],
        geo: { '@type': 'GeoCoordinates', latitude: 14.8936, longitude: 100.3967 },
        hasMap: 'https://www.openstreetmap.org/?mlat=14.8936&mlon=100.3967#map=17/14.8936/100.3967',
      });
      const english = await contactWithData(singBuri, 'en');
      expect(jsonLd(english).address.streetAddress).to.equal('1 Sing Buri–Bang Phan Rd, Bang Phutsa');
      expect(english.querySelectorAll('script')).to.have.length(1);
    });

    it('leaves empty fields out of the structured data', async () => {
      const block = await contactWithData({
        name: 'หน่วยงาน',
        address: { line: 'ที่ทำการ', province: 'สิงห์บุรี' },
        emails: ['a@singburi.go.th'],
      });
      expect(jsonLd(block)).to.deep.equal({
        '@context': 'https://schema.org',
        '@type': 'GovernmentOrganization',
        name: 'หน่วยงาน',
        address: {
          '@type': 'PostalAddress',
          streetAddress: 'ที่ทำการ',
          addressRegion: 'จังหวัดสิงห์บุรี',
          addressCountry: 'TH',
        },
        email: ['a@singburi.go.th'],
      });
    });

    it('takes the heading level from heading-level and lets the page override any string', async () => {
      const block = await settledFixture<GovContactBlock>(
        html`<gov-contact-block heading-level="3" data-i18n-phone="หมายเลขโทรศัพท์" .data=${singBuri}></gov-contact-block>`,
      );
      expect(shadowQuery(block, 'h3')!.textContent).to.equal('สำนักงานจังหวัดสิงห์บุรี');
      expect(shadowQuery(block, 'h2')).to.equal(null);
      expect(row(block, 'หมายเลขโทรศัพท์')).to.have.length(2);
    });

    it('follows a change of the page language without reloading', async () => {
      const block = await contactWithData(singBuri);
      block.parentElement!.setAttribute('lang', 'en');
      await new Promise((resolve) => setTimeout(resolve, 0));
      await block.updateComplete;
      expect(addressText(block)).to.equal('1 Sing Buri–Bang Phan Rd, Bang Phutsa, Mueang Sing Buri, Sing Buri 16000');
      expect(jsonLd(block).name).to.equal('Sing Buri Provincial Office');
    });

    it('works from the keyboard: Tab reaches every link in reading order, with a visible focus ring', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div><button>ก่อน</button><gov-contact-block .data=${singBuri}></gov-contact-block></div>`,
      );
      const block = wrapper.querySelector('gov-contact-block')!;
      await block.whenSettled();
      wrapper.querySelector('button')!.focus();
      const reached: string[] = [];
      for (let i = 0; i < 6; i += 1) {
        await sendKeys({ press: 'Tab' });
        const active = block.shadowRoot!.activeElement as HTMLAnchorElement;
        reached.push(active.getAttribute('href')!);
        expect(getComputedStyle(active).outlineStyle, 'focus ring').to.equal('solid');
      }
      expect(reached).to.deep.equal([
        'tel:+6636507100',
        'tel:1567',
        'mailto:saraban@singburi.go.th',
        'https://www.singburi.go.th/',
        'https://www.facebook.com/singburiprovince',
        'https://www.openstreetmap.org/?mlat=14.8936&mlon=100.3967#map=17/14.8936/100.3967',
      ]);
    });

    it('wraps long Thai text at 320 px without sideways scrolling', async () => {
      await expectLongThaiWrapsAt320(
        () =>
          contactWithData({
            name: LONG_THAI,
            address: {
              line: LONG_THAI,
              subdistrict: 'บางพุทรา',
              district: 'เมืองสิงห์บุรี',
              province: 'สิงห์บุรี',
              postcode: '16000',
            },
            phones: [{ label: LONG_THAI, number: '0 3650 7100 ต่อ 123456' }],
            emails: ['saraban.provincial-office-information-centre@singburi.go.th'],
            website: `https://www.singburi.go.th/${'information-centre-'.repeat(6)}`,
            officeHours: LONG_THAI,
            socials: [{ platform: 'facebook', url: 'https://www.facebook.com/singburiprovince', label: LONG_THAI }],
            map: { lat: 14.8936, lng: 100.3967 },
          }),
        'h2',
        {
          check: (block) => {
            expect(shadowQuery(block, 'h2')!.textContent).to.equal(LONG_THAI);
            expect(lineCount(shadowQuery(block, 'address')!)).to.be.greaterThan(3);
          },
        },
      );
    });
  });

  describe('empty', () => {
    const addressOnly = {
      name: { th: 'สำนักงานจังหวัดสิงห์บุรี', en: 'Sing Buri Provincial Office' },
      address: singBuri.address,
      officeHours: singBuri.officeHours,
      map: singBuri.map,
      phones: [],
      emails: [],
    };

    it('with no phone, fax, email, website or social media: shows the address and says nothing else is published', async () => {
      const block = await contactWithData(addressOnly);
      expect(block.state).to.equal('empty');
      expect(shadowQuery(block, 'h2')!.textContent).to.equal('สำนักงานจังหวัดสิงห์บุรี');
      expect(addressText(block)).to.equal('ศาลากลางจังหวัดสิงห์บุรี ตำบลบางพุทรา อำเภอเมืองสิงห์บุรี จังหวัดสิงห์บุรี 16000');
      expect(shadowQuery(block, '[role=status]')!.textContent).to.equal(
        'หน่วยงานยังไม่ได้เผยแพร่หมายเลขโทรศัพท์ อีเมล หรือช่องทางติดต่ออื่น',
      );
      expect(row(block, 'วันและเวลาทำการ')).to.have.length(1);
      expect(row(block, 'โทรศัพท์')).to.deep.equal([]);
      expect(shadowQuery(block, '[part=map-link]')).to.not.equal(null);
      expect(jsonLd(block).address.postalCode).to.equal('16000');
      await expect(block).to.be.accessible();
      const english = await contactWithData(addressOnly, 'en');
      expect(english.state).to.equal('empty');
      expect(visibleText(english)).to.contain(
        'No phone number, email or other contact channel has been published yet.',
      );
    });

    it('a fax number alone is a way to reach the agency, so the block is ready', async () => {
      const block = await contactWithData({ ...addressOnly, fax: ['0 3650 7101'] });
      expect(block.state).to.equal('ready');
      expect(shadowQuery(block, '[role=status]')).to.equal(null);
    });
  });

  describe('error', () => {
    lifecycleErrorCases<GovContactBlock>('gov-contact-block', {
      notFound: {
        data: singBuri,
        fallbackHtml: '<address>ศาลากลางจังหวัดสิงห์บุรี โทร 0 3650 7100</address>',
        fallbackText: '0 3650 7100',
        whileFailed: (block) => expect(block.querySelector('script[type="application/ld+json"]')).to.equal(null),
        recovered: (block) => expect(shadowQuery(block, 'h2')!.textContent).to.equal('สำนักงานจังหวัดสิงห์บุรี'),
      },
      malformed: { body: '{"name": "สำนักงาน", oops' },
      timeout: {},
      network: {},
    });

    it('data that breaks the schema names the path and the rule, renders nothing half-way and withdraws the structured data', async () => {
      const block = await contactWithData(singBuri);
      expect(block.querySelector('script[type="application/ld+json"]')).to.not.equal(null);
      block.data = {
        name: 'สำนักงาน',
        address: { line: 'ศาลากลาง', province: '', postcode: '1600' },
        phones: [{ number: '12' }],
      } as unknown as ContactData;
      await block.whenSettled();
      expect(block.state).to.equal('error');
      const problems = block.error!.problems.map((p) => `${p.path} ${p.message}`);
      expect(problems).to.include('/address/province ต้องมีอย่างน้อย 1\u00a0ตัวอักษร');
      expect(problems).to.include('/address/postcode รูปแบบไม่ถูกต้อง');
      expect(problems).to.include('/phones/0/number รูปแบบไม่ถูกต้อง');
      expect(shadowQuery(block, 'address')).to.equal(null);
      expect(shadowQuery(block, 'h2')).to.equal(null);
      expect(visibleText(block)).to.contain('ข้อมูลไม่เป็นไปตามรูปแบบที่กำหนด');
      expect(visibleText(block)).to.contain('/address/province');
      expect(block.querySelector('script[type="application/ld+json"]')).to.equal(null);
    });

    it('data without the required address is an error naming it', async () => {
      const block = await contactWithData({ name: 'สำนักงาน', phones: [{ number: '0 3650 7100' }] }, 'en');
      expect(block.state).to.equal('error');
      expect(block.error!.problems.map((p) => `${p.path} ${p.message}`)).to.include('/address This is required');
    });
  });

  describe('hostile data', () => {
    it('never runs script from XSS payloads in any text field', async () => {
      const trap = trapScriptExecution();
      try {
        const payloads = await xssPayloads(300);
        const block = await contactWithData(singBuri);
        for (let start = 0; start < payloads.length; start += 12) {
          const p = (offset: number) => payloads[(start + offset) % payloads.length];
          block.data = {
            name: p(0),
            address: {
              line: p(1),
              subdistrict: { th: p(2), en: p(3) },
              district: p(4),
              province: p(5),
              postcode: '16000',
            },
            phones: [{ label: p(6), number: '0 3650 7100' }],
            fax: ['0 3650 7101'],
            emails: ['saraban@singburi.go.th'],
            website: p(7),
            officeHours: { th: p(8) },
            socials: [
              { platform: 'other', url: p(9), label: p(10) },
              { platform: 'facebook', url: 'https://www.facebook.com/x', label: p(11) },
            ],
            map: { lat: 14.8936, lng: 100.3967 },
            publication: { reporter: p(0), approver: p(1), screenedBy: p(2), source: { title: p(3), url: p(4) } },
          };
          await block.whenSettled();
          expect(block.state, p(0)).to.equal('ready');
          expect(shadowQuery(block, 'h2')!.textContent).to.equal(p(0));
          expect(row(block, 'โทรศัพท์')[0]).to.contain(p(6).replace(/\s+/g, ' ').trim());
          expectNoActiveContent(block);
        }
        await new Promise((resolve) => setTimeout(resolve, 300));
        expect(trap.calls).to.deep.equal([]);
      } finally {
        trap.restore();
      }
    });

    it('refuses payloads in the phone, fax, email and postcode fields, whose formats are fixed', async () => {
      const trap = trapScriptExecution();
      try {
        const [payload] = await xssPayloads(1);
        const block = await contactWithData({
          name: 'สำนักงาน',
          address: { line: 'ศาลากลาง', province: 'สิงห์บุรี', postcode: payload },
          phones: [{ number: payload }],
          fax: [payload],
          emails: [payload],
        });
        expect(block.state).to.equal('error');
        const paths = block.error!.problems.map((p) => p.path);
        expect(paths).to.include.members(['/address/postcode', '/phones/0/number', '/fax/0', '/emails/0']);
        expectNoActiveContent(block);
        expect(trap.calls).to.deep.equal([]);
      } finally {
        trap.restore();
      }
    });

    it('shows javascript: and data: links as text, never as links', async () => {
      const block = await contactWithData({
        ...singBuri,
        website: 'javascript:alert(1)',
        socials: [
          { platform: 'facebook', url: ' JaVaScRiPt:alert(2)' },
          { platform: 'other', url: 'data:text/html,<script>alert(3)</script>', label: 'ช่องทางพิเศษ' },
        ],
        publication: { source: { title: 'ที่มาของข้อมูล', url: 'javascript:alert(4)' } },
      });
      expect(block.state).to.equal('ready');
      expect(row(block, 'เว็บไซต์')).to.deep.equal(['javascript:alert(1)']);
      expect(row(block, 'สื่อสังคมออนไลน์')).to.deep.equal(['เฟซบุ๊ก', 'ช่องทางพิเศษ']);
      expect(visibleText(block)).to.contain('ที่มาของข้อมูล');
      expect(shadowQueryAll(block, '.channels a').map((a) => a.getAttribute('href'))).to.deep.equal([
        'tel:+6636507100',
        'tel:1567',
        'mailto:saraban@singburi.go.th',
      ]);
      expect(jsonLd(block).url).to.equal(undefined);
      expect(jsonLd(block).sameAs).to.equal(undefined);
      expectNoActiveContent(block);
    });
  });
});

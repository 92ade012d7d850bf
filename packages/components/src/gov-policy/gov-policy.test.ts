import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './define.js';
import type { GovPolicy } from './gov-policy.js';
import type { PolicyData } from '@govkit-th/schemas';
import {
  LONG_THAI,
  expectEmptyState,
  expectLoadingWithFallback,
  expectLongThaiWrapsAt320,
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
import { upgradeLate } from '../../test/layout-shift.js';

const FIXTURE = '/packages/components/test/fixtures/gov-policy/policy.json';
const TEMPLATES = [
  'website-policy',
  'privacy-notice',
  'cookie-policy',
  'security-policy',
  'disclaimer',
  'accessibility',
];

const sample: PolicyData = {
  title: { th: 'นโยบายเว็บไซต์', en: 'Website policy' },
  sections: [{ heading: 'วัตถุประสงค์', body: ['เว็บไซต์นี้ให้ข้อมูลแก่ประชาชน'] }],
};

async function policyWith(data: unknown, lang = 'th'): Promise<GovPolicy> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}><gov-policy></gov-policy></div>`);
  const element = wrapper.querySelector('gov-policy')!;
  element.data = data as PolicyData;
  await element.whenSettled();
  return element;
}

const headings = (element: GovPolicy) =>
  shadowQueryAll(element, 'section > :first-child').map((node) => node.textContent!.trim());

describe('gov-policy', () => {
  describe('no layout shift', () => {
    const page = `<main><gov-policy src="${FIXTURE}" heading-level="1">
        <h1>ข้อจำกัดความรับผิดชอบ</h1><p>ขอรับฉบับพิมพ์ได้ที่ศูนย์ข้อมูลข่าวสาร</p>
      </gov-policy></main><footer><p>สำนักงานจังหวัดสิงห์บุรี</p></footer>`;
    for (const width of [320, 1280]) {
      it(`upgrades late at ${width} px and loads its text without moving anything in view`, async () => {
        const result = await upgradeLate({ tag: 'gov-policy', width, lang: 'th', body: page });
        expect(result.after).to.be.greaterThan(0);
        expect(result.shifts, 'layout-shift entries').to.deep.equal([]);
      });
    }
  });

  describe('loading', () => {
    it('shows a status line and keeps the fallback content visible', async () => {
      await withFetch(hangingFetch, async () => {
        const element = await fixture<GovPolicy>(
          html`<gov-policy src="/never.json"><p>ติดต่อขอรับนโยบายได้ที่ศูนย์ข้อมูลข่าวสาร</p></gov-policy>`,
        );
        await expectLoadingWithFallback(element, 'ติดต่อขอรับนโยบายได้ที่ศูนย์ข้อมูลข่าวสาร');
      });
    });
  });

  describe('ready', () => {
    it('renders the title as the page’s h1, the template notice, the date, contents and sections with placeholders filled', async () => {
      const element = await settledFixture<GovPolicy>(html`<gov-policy src=${FIXTURE} heading-level="1"></gov-policy>`);
      expect(shadowQuery(element, 'h1')!.textContent).to.equal('ข้อจำกัดความรับผิดชอบ');
      const notice = shadowQuery(element, '[part=template-notice]')!;
      expect(notice.getAttribute('role')).to.equal('note');
      expect(notice.textContent).to.contain('แม่แบบ — ต้องผ่านการตรวจทางกฎหมายของหน่วยงาน');
      expect(shadowQuery(element, '[part=updated]')!.textContent).to.contain('ปรับปรุงล่าสุด 30 พ.ย. 2569');
      expect(shadowQueryAll(element, 'section > h2').length).to.equal(4);
      expect(headings(element)).to.deep.equal(['ความถูกต้องของข้อมูล', 'ลิงก์ไปยังเว็บไซต์อื่น', 'การเปลี่ยนแปลง', 'ติดต่อ']);
      expect(shadowQueryAll(element, '[part=contents] a').map((a) => a.getAttribute('href'))).to.deep.equal([
        '#accuracy',
        '#links',
        '#section-3',
        '#section-4',
      ]);
      expect(visibleText(element)).to.contain('สำนักงานจังหวัดสิงห์บุรีตรวจสอบข้อมูลก่อนเผยแพร่');
      expect(shadowQueryAll(element, 'section li').map((li) => li.textContent)).to.deep.equal(['ข่าว', 'ประกาศ']);
      // An unknown placeholder stays visible for the webmaster to fill.
      expect(visibleText(element)).to.contain('ข้อความ {unknown}');
      await expect(element).to.be.accessible();
    });

    it('speaks English when the page is English', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="en"><gov-policy src=${FIXTURE}></gov-policy></div>`,
      );
      const element = wrapper.querySelector('gov-policy')!;
      await waitForState(element, 'ready');
      expect(shadowQuery(element, 'h2')!.textContent).to.equal('Disclaimer');
      expect(shadowQuery(element, '[part=template-notice]')!.textContent).to.contain(
        'Template — needs the agency’s legal review',
      );
      expect(shadowQuery(element, '[part=updated]')!.textContent).to.contain('Last updated 30 Nov 2026');
      expect(shadowQueryAll(element, 'section > h3').length).to.equal(4);
      expect(visibleText(element)).to.contain('Sing Buri Provincial Office checks information before publishing it.');
      expect(shadowQuery(element, '[part=contents]')!.getAttribute('aria-label')).to.equal('On this page');
      await expect(element).to.be.accessible();
    });

    it('shows no template notice once the agency has reviewed the text', async () => {
      const element = await policyWith({ ...sample, template: false });
      expect(shadowQuery(element, '[part=template-notice]')).to.equal(null);
      expect(shadowQuery(element, '[part=contents]')).to.equal(null);
      await expect(element).to.be.accessible();
    });

    it('the contents list moves focus to the section from the keyboard and sets the address', async () => {
      const before = location.hash;
      try {
        const element = await settledFixture<GovPolicy>(html`<gov-policy src=${FIXTURE}></gov-policy>`);
        const link = shadowQueryAll<HTMLAnchorElement>(element, '[part=contents] a')[1];
        link.focus();
        await sendKeys({ press: 'Enter' });
        expect(element.shadowRoot!.activeElement!.id).to.equal('links');
        expect(location.hash).to.equal('#links');
      } finally {
        history.replaceState(null, '', before || location.pathname);
      }
    });

    it('opens at the section named in the address', async () => {
      const before = location.hash;
      history.replaceState(null, '', '#section-3');
      try {
        const element = await settledFixture<GovPolicy>(html`<gov-policy src=${FIXTURE}></gov-policy>`);
        await element.updateComplete;
        expect(element.shadowRoot!.activeElement!.id).to.equal('section-3');
      } finally {
        history.replaceState(null, '', before || location.pathname);
      }
    });

    it('wraps long Thai text at 320 px without sideways scrolling', async () => {
      await expectLongThaiWrapsAt320(
        () => policyWith({ title: 'นโยบาย', sections: [{ heading: 'หัวข้อ', body: [LONG_THAI] }] }),
        'section p',
      );
    });
  });

  describe('the templates shipped with the kit', () => {
    for (const name of TEMPLATES) {
      it(`${name}: valid, marked as a template, complete in Thai and English`, async () => {
        const response = await fetch(`/packages/components/policies/${name}.json`);
        expect(response.status).to.equal(200);
        const data = (await response.json()) as PolicyData;
        expect(data.template).to.equal(true);
        const texts: unknown[] = [data.title, ...data.sections.flatMap((s) => [s.heading, ...s.body])].flatMap(
          (block) => (typeof block === 'object' && block !== null && 'list' in block ? block.list : [block]),
        );
        for (const text of texts) expect(text, JSON.stringify(text)).to.have.keys('th', 'en');
        const th = await policyWith(data);
        expect(th.state).to.equal('ready');
        expect(visibleText(th)).not.to.match(/\{[a-z-]+\}/);
        await expect(th).to.be.accessible();
        const en = await policyWith(data, 'en');
        expect(visibleText(en)).not.to.match(/[\u0e00-\u0e7f]/);
      });
    }

    it('the privacy notice names what PDPA section 23 requires', async () => {
      const data = await (await fetch('/packages/components/policies/privacy-notice.json')).json();
      const element = await policyWith(data);
      const text = visibleText(element);
      for (const required of [
        'ผู้ควบคุมข้อมูลส่วนบุคคล',
        'วัตถุประสงค์',
        'ฐานทางกฎหมาย',
        'ระยะเวลาการเก็บรักษา',
        'สิทธิของเจ้าของข้อมูล',
        'เจ้าหน้าที่คุ้มครองข้อมูลส่วนบุคคล',
      ])
        expect(text, required).to.contain(required);
    });
  });

  describe('empty', () => {
    it('says the policy has not been published yet, in Thai and English', async () => {
      await expectEmptyState(await policyWith({ title: 'นโยบายคุกกี้', sections: [] }), 'หน่วยงานยังไม่ได้ประกาศนโยบายนี้');
      await expectEmptyState(
        await policyWith({ title: 'Cookie policy', sections: [] }, 'en'),
        'The agency has not published this policy yet.',
      );
    });
  });

  describe('error', () => {
    lifecycleErrorCases<GovPolicy>('gov-policy', {
      notFound: {
        data: sample,
        fallbackHtml: '<p>ขอรับนโยบายฉบับพิมพ์ได้ที่ศูนย์ข้อมูลข่าวสาร</p>',
        fallbackText: 'ศูนย์ข้อมูลข่าวสาร',
        recovered: (element) => expect(headings(element)).to.deep.equal(['วัตถุประสงค์']),
      },
      malformed: { body: '{"title": ' },
      timeout: {},
      network: {},
    });

    it('data that breaks the schema names the path and the rule', async () => {
      const element = await policyWith({ title: 'x', sections: [{ heading: '', body: [] }], values: { Agency: 'x' } });
      expect(element.state).to.equal('error');
      const problems = element.error!.problems.map((p) => `${p.path} ${p.message}`);
      expect(problems).to.include('/sections/0/heading ต้องมีอย่างน้อย 1\u00a0ตัวอักษร');
      expect(problems).to.include('/values มีข้อมูลที่ไม่รู้จัก: Agency');
      expect(problems).to.include('/sections/0/body ต้องมีอย่างน้อย 1\u00a0รายการ');
      expect(visibleText(element)).to.contain('ข้อมูลไม่เป็นไปตามรูปแบบที่กำหนด');
    });
  });

  describe('hostile data', () => {
    it('never runs script from XSS payloads in any field or value', async () => {
      await expectPayloadsInert(
        300,
        async (payloads) =>
          policyWith({
            title: payloads[0],
            template: true,
            values: { agency: payloads[1] },
            sections: [
              { heading: payloads[2], body: payloads.slice(3, 90).map((p) => `{agency} ${p}`) },
              { heading: 'รายการ', body: [{ list: payloads.slice(90, 190) }] },
            ],
          }),
        (element, payloads) => {
          expect(element.state).to.equal('ready');
          expect(shadowQuery(element, 'section p')!.textContent).to.equal(`${payloads[1]} ${payloads[3]}`);
        },
      );
    });
  });
});

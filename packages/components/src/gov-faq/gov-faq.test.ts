import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './define.js';
import type { GovFaq } from './gov-faq.js';
import type { FaqData } from '@govkit-th/schemas';
import {
  LONG_THAI,
  expectEmptyState,
  expectLoadingWithFallback,
  expectLongThaiWrapsAt320,
  expectPayloadsInert,
  hangingFetch,
  jsonResponse,
  lifecycleErrorCases,
  settledFixture,
  shadowQuery,
  shadowQueryAll,
  visibleText,
  waitForState,
  withFetch,
} from '../../test/helpers.js';

const FIXTURE = '/packages/components/test/fixtures/faq.json';

const sample: FaqData = {
  items: [
    { id: 'a', question: 'ขอสำเนาเอกสารได้ที่ไหน', answer: 'ที่ศูนย์ข้อมูลข่าวสาร', category: 'เอกสาร', updatedAt: '2018-05-16' },
    { id: 'b', question: 'ค่าธรรมเนียมเท่าไร', answer: 'หน้าละ 1 บาท', category: 'ค่าธรรมเนียม' },
  ],
};

async function faqWithData(data: unknown, lang = 'th'): Promise<GovFaq> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}><gov-faq></gov-faq></div>`);
  const faq = wrapper.querySelector('gov-faq')!;
  faq.data = data as FaqData;
  await faq.whenSettled();
  return faq;
}

function questions(faq: GovFaq): string[] {
  return shadowQueryAll(faq, 'summary').map((summary) => summary.textContent!.trim());
}

async function typeInSearch(faq: GovFaq, text: string): Promise<void> {
  const input = shadowQuery<HTMLInputElement>(faq, 'input[type=search]')!;
  input.focus();
  input.value = '';
  await sendKeys({ type: text });
  await faq.updateComplete;
}

describe('gov-faq', () => {
  describe('loading', () => {
    it('shows a status line and keeps the fallback content visible', async () => {
      await withFetch(hangingFetch, async () => {
        const faq = await fixture<GovFaq>(html`<gov-faq src="/never.json"><p>โทร 0 3650 7100</p></gov-faq>`);
        await expectLoadingWithFallback(faq, 'โทร 0 3650 7100');
      });
    });
  });

  describe('ready', () => {
    it('renders the questions from src in Thai with Buddhist-era dates and fires gov-load', async () => {
      const faq = document.createElement('gov-faq');
      const loaded = oneEvent(faq, 'gov-load');
      faq.src = FIXTURE;
      document.body.append(faq);
      const event = await loaded;
      await faq.updateComplete;
      try {
        expect(event.detail.items).to.have.length(3);
        expect(faq.state).to.equal('ready');
        expect(shadowQuery(faq, 'h2')!.textContent).to.equal('คำถามที่พบบ่อย');
        expect(questions(faq)).to.deep.equal([
          'จะขอดูข้อมูลข่าวสารของราชการได้อย่างไร',
          'ค่าธรรมเนียมการถ่ายสำเนาเอกสารราชการเท่าไร',
          'ศาลากลางจังหวัดเปิดให้บริการวันและเวลาใด',
        ]);
        const time = shadowQuery(faq, 'time[datetime="2018-05-16"]')!;
        expect(time.textContent).to.equal('16 พ.ค. 2561');
        expect(visibleText(faq)).to.contain('ทั้งหมด 3 คำถาม');
        await expect(faq).to.be.accessible();
      } finally {
        faq.remove();
      }
    });

    it('speaks English when the page is English', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><gov-faq src=${FIXTURE}></gov-faq></div>`);
      const faq = wrapper.querySelector('gov-faq')!;
      await waitForState(faq, 'ready');
      expect(shadowQuery(faq, 'h2')!.textContent).to.equal('Frequently asked questions');
      expect(questions(faq)[0]).to.equal('How do I request official information?');
      expect(shadowQuery(faq, 'label[for=search]')!.textContent).to.equal('Search the questions');
      expect(shadowQuery(faq, 'time')!.textContent).to.equal('16 May 2018');
      await expect(faq).to.be.accessible();
    });

    it('follows a change of the page language without reloading', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="th"><gov-faq src=${FIXTURE}></gov-faq></div>`);
      const faq = wrapper.querySelector('gov-faq')!;
      await waitForState(faq, 'ready');
      wrapper.setAttribute('lang', 'en');
      await new Promise((resolve) => setTimeout(resolve, 0));
      await faq.updateComplete;
      expect(shadowQuery(faq, 'h2')!.textContent).to.equal('Frequently asked questions');
    });

    it('shows Thai digits when numerals="thai"', async () => {
      const faq = await settledFixture<GovFaq>(html`<gov-faq numerals="thai" .data=${sample}></gov-faq>`);
      expect(shadowQuery(faq, 'time')!.textContent).to.equal('๑๖ พ.ค. ๒๕๖๑');
      expect(visibleText(faq)).to.contain('ทั้งหมด ๒ คำถาม');
    });

    it('filters as a person types in Thai and announces the count', async () => {
      const faq = await settledFixture<GovFaq>(html`<gov-faq src=${FIXTURE}></gov-faq>`);
      await typeInSearch(faq, 'ค่าธรรมเนียม');
      expect(questions(faq)).to.deep.equal(['ค่าธรรมเนียมการถ่ายสำเนาเอกสารราชการเท่าไร']);
      expect(shadowQuery(faq, 'summary mark')!.textContent).to.equal('ค่าธรรมเนียม');
      expect(shadowQuery(faq, '.count')!.textContent).to.contain('พบ 1\u00a0คำถามที่ตรงกับการค้นหา');
      await typeInSearch(faq, 'ไม่มีคำนี้แน่นอน');
      expect(questions(faq)).to.deep.equal([]);
      expect(shadowQuery(faq, '.count')!.textContent).to.contain('ไม่พบคำถามที่ตรงกับ “ไม่มีคำนี้แน่นอน”');
      await expect(faq).to.be.accessible();
    });

    it('searches inside answers as well as questions', async () => {
      const faq = await settledFixture<GovFaq>(html`<gov-faq src=${FIXTURE}></gov-faq>`);
      await typeInSearch(faq, '08.30');
      expect(questions(faq)).to.deep.equal(['ศาลากลางจังหวัดเปิดให้บริการวันและเวลาใด']);
    });

    it('filters by category', async () => {
      const faq = await settledFixture<GovFaq>(html`<gov-faq src=${FIXTURE}></gov-faq>`);
      const select = shadowQuery<HTMLSelectElement>(faq, 'select')!;
      expect(Array.from(select.options).map((o) => o.textContent)).to.deep.equal([
        'ทุกหมวดหมู่',
        'ข้อมูลข่าวสาร',
        'การติดต่อราชการ',
      ]);
      select.value = 'การติดต่อราชการ';
      select.dispatchEvent(new Event('change'));
      await faq.updateComplete;
      expect(questions(faq)).to.deep.equal(['ศาลากลางจังหวัดเปิดให้บริการวันและเวลาใด']);
    });

    it('opens the question named in the address (#id) and moves focus to it', async () => {
      const before = location.hash;
      history.replaceState(null, '', '#copy-fee');
      try {
        const faq = await settledFixture<GovFaq>(html`<gov-faq src=${FIXTURE}></gov-faq>`);
        await faq.updateComplete;
        const item = shadowQuery<HTMLDetailsElement>(faq, 'details#copy-fee')!;
        expect(item.open).to.equal(true);
        expect(shadowQuery<HTMLDetailsElement>(faq, 'details#oia-request')!.open).to.equal(false);
        expect(faq.shadowRoot!.activeElement).to.equal(item.querySelector('summary'));
        history.replaceState(null, '', '#office-hours');
        window.dispatchEvent(new HashChangeEvent('hashchange'));
        await faq.updateComplete;
        expect(shadowQuery<HTMLDetailsElement>(faq, 'details#office-hours')!.open).to.equal(true);
      } finally {
        history.replaceState(null, '', before || location.pathname);
      }
    });

    it('opens and closes every answer with the buttons', async () => {
      const faq = await settledFixture<GovFaq>(html`<gov-faq src=${FIXTURE}></gov-faq>`);
      const [expand, collapse] = shadowQueryAll<HTMLButtonElement>(faq, '.toggles button');
      expand.click();
      await faq.updateComplete;
      expect(shadowQueryAll<HTMLDetailsElement>(faq, 'details').every((d) => d.open)).to.equal(true);
      collapse.click();
      await faq.updateComplete;
      expect(shadowQueryAll<HTMLDetailsElement>(faq, 'details').some((d) => d.open)).to.equal(false);
    });

    it('works from the keyboard: Tab to a question, Enter opens it', async () => {
      const faq = await settledFixture<GovFaq>(html`<gov-faq .data=${sample}></gov-faq>`);
      const summary = shadowQuery<HTMLElement>(faq, 'summary')!;
      summary.focus();
      await sendKeys({ press: 'Enter' });
      await faq.updateComplete;
      expect(shadowQuery<HTMLDetailsElement>(faq, 'details')!.open).to.equal(true);
      expect(visibleText(faq)).to.contain('ที่ศูนย์ข้อมูลข่าวสาร');
    });

    it('takes data from JavaScript as the JSON it stands for: undefined fields vanish, Dates become ISO', async () => {
      const item = {
        id: 'js',
        question: 'ตั้งค่าจาก JavaScript',
        answer: 'ได้',
        category: undefined,
        updatedAt: new Date('2018-05-16T00:00:00Z'),
      };
      const faq = await faqWithData({ items: [item] });
      expect(faq.state).to.equal('ready');
      expect(shadowQuery(faq, 'time')!.textContent).to.equal('16 พ.ค. 2561');
      expect(item.updatedAt).to.be.instanceOf(Date); // the caller's object is left as it was
      const circular: Record<string, unknown> = { items: [] };
      circular.self = circular;
      const broken = await faqWithData(circular);
      expect(broken.state).to.equal('error');
      expect(visibleText(broken)).to.contain('ข้อมูลไม่เป็นไปตามรูปแบบที่กำหนด');
    });

    it('publishes FAQPage structured data in the light DOM', async () => {
      const faq = await settledFixture<GovFaq>(html`<gov-faq .data=${sample}></gov-faq>`);
      const script = faq.querySelector('script[type="application/ld+json"]')!;
      const jsonLd = JSON.parse(script.textContent!);
      expect(jsonLd['@type']).to.equal('FAQPage');
      expect(jsonLd.mainEntity[1].name).to.equal('ค่าธรรมเนียมเท่าไร');
      expect(jsonLd.mainEntity[1].acceptedAnswer.text).to.equal('หน้าละ 1 บาท');
    });

    it('lets the page override any string with data-i18n-*', async () => {
      const faq = await settledFixture<GovFaq>(
        html`<gov-faq data-i18n-title="ถาม-ตอบ สำนักงานจังหวัด" .data=${sample}></gov-faq>`,
      );
      expect(shadowQuery(faq, 'h2')!.textContent).to.equal('ถาม-ตอบ สำนักงานจังหวัด');
    });

    it('limit="2": the first two questions only, no search tools, count or structured data, and still accessible', async () => {
      const many: FaqData = {
        publication: { reporter: 'นางสาวสมใจ ใจดี', publishedAt: '2026-11-02' },
        items: [...sample.items, { id: 'c', question: 'ติดต่อได้กี่โมง', answer: '08.30–16.30 น.' }],
      };
      const faq = await settledFixture<GovFaq>(html`<gov-faq limit="2" .data=${many}></gov-faq>`);
      expect(questions(faq)).to.deep.equal(['ขอสำเนาเอกสารได้ที่ไหน', 'ค่าธรรมเนียมเท่าไร']);
      expect(shadowQuery(faq, 'input[type=search]')).to.equal(null);
      expect(shadowQuery(faq, '.toggles')).to.equal(null);
      expect(shadowQuery(faq, '.count')).to.equal(null);
      expect(faq.querySelector('script[type="application/ld+json"]')).to.equal(null);
      expect(shadowQueryAll(faq, '[part~=publication]')).to.have.length(1);
      shadowQuery(faq, 'summary')!.click();
      await faq.updateComplete;
      expect(shadowQuery<HTMLDetailsElement>(faq, 'details')!.open).to.equal(true);
      expect(visibleText(faq)).to.contain('ที่ศูนย์ข้อมูลข่าวสาร');
      await expect(faq).to.be.accessible();
      // Back to the whole list with its tools when the limit goes.
      faq.limit = 0;
      await faq.updateComplete;
      expect(questions(faq)).to.have.length(3);
      expect(shadowQuery(faq, 'input[type=search]')).to.not.equal(null);
      expect(faq.querySelector('script[type="application/ld+json"]')).to.not.equal(null);
    });

    it('no-heading: no heading of its own under the page heading that says the same', async () => {
      const faq = await settledFixture<GovFaq>(html`<gov-faq no-heading .data=${sample}></gov-faq>`);
      expect(shadowQuery(faq, 'h2, h3, h4, h5, h6')).to.equal(null);
      expect(questions(faq)).to.have.length(2);
      await expect(faq).to.be.accessible();
    });

    it('wraps long Thai text at 320 px without sideways scrolling', async () => {
      await expectLongThaiWrapsAt320(
        () =>
          settledFixture<GovFaq>(
            html`<gov-faq .data=${{ items: [{ id: 'long', question: LONG_THAI, answer: LONG_THAI }] }}></gov-faq>`,
          ),
        'summary',
      );
    });
  });

  describe('empty', () => {
    it('says there are no questions yet, in Thai and English', async () => {
      await expectEmptyState(await faqWithData({ items: [] }), 'ยังไม่มีคำถามที่พบบ่อยในขณะนี้');
      await expectEmptyState(await faqWithData({ items: [] }, 'en'), 'There are no frequently asked questions yet.');
    });
  });

  describe('error', () => {
    lifecycleErrorCases<GovFaq>('gov-faq', {
      notFound: {
        data: sample,
        fallbackHtml: '<p>ดูคำถามที่พบบ่อยได้ที่ศูนย์ข้อมูลข่าวสาร</p>',
        fallbackText: 'ศูนย์ข้อมูลข่าวสาร',
        recovered: (faq) => expect(questions(faq)).to.have.length(2),
      },
      malformed: { body: '{"items": [ oops' },
      timeout: {},
      network: {},
    });

    it('data that breaks the schema names the path and the rule, and renders nothing half-way', async () => {
      const faq = await faqWithData({ items: [{ id: 'x', question: '', answer: 'คำตอบ', updatedAt: '2018-13-45' }] });
      expect(faq.state).to.equal('error');
      expect(shadowQueryAll(faq, 'details')).to.have.length(1); // only the webmaster's details box
      const problems = faq.error!.problems.map((p) => `${p.path} ${p.message}`);
      expect(problems).to.include('/items/0/question ต้องมีอย่างน้อย 1\u00a0ตัวอักษร');
      expect(problems).to.include('/items/0/updatedAt ต้องเป็นวันที่ที่ถูกต้อง');
      expect(visibleText(faq)).to.contain('ข้อมูลไม่เป็นไปตามรูปแบบที่กำหนด');
      expect(visibleText(faq)).to.contain('/items/0/question');
    });

    it('a newer src wins over an older one still loading', async () => {
      const responses: Record<string, () => Promise<Response>> = {
        '/slow.json': () => new Promise((resolve) => setTimeout(() => resolve(jsonResponse({ items: [] })), 100)),
        '/fast.json': async () => jsonResponse(sample),
      };
      await withFetch(
        (url) => responses[new URL(url, location.href).pathname](),
        async () => {
          const faq = await fixture<GovFaq>(html`<gov-faq src="/slow.json"></gov-faq>`);
          faq.src = '/fast.json';
          await waitForState(faq, 'ready');
          await new Promise((resolve) => setTimeout(resolve, 150));
          expect(faq.state).to.equal('ready');
          expect(questions(faq)).to.have.length(2);
        },
      );
    });
  });

  describe('hostile data', () => {
    it('never runs script from XSS payloads in any field', async () => {
      await expectPayloadsInert(
        300,
        async (payloads) => {
          const items = payloads.map((payload, index) => ({
            id: `x${index}`,
            question: payload,
            answer: payload,
            category: payload.slice(0, 40) || 'x',
          }));
          const faq = await faqWithData({ title: payloads[0], items });
          expect(faq.state).to.equal('ready');
          faq.expandAll();
          await faq.updateComplete;
          return faq;
        },
        (faq, payloads) => expect(questions(faq)[1]).to.equal(payloads[1].trim()),
      );
    });

    it('drops javascript: links from answers but keeps their text', async () => {
      const faq = await faqWithData({
        items: [
          {
            id: 'j',
            question: 'ลิงก์',
            answer: '<a href="javascript:alert(1)">คลิกที่นี่</a> <a href="https://www.singburi.go.th/">จังหวัด</a>',
          },
        ],
      });
      faq.expandAll();
      await faq.updateComplete;
      const links = shadowQueryAll<HTMLAnchorElement>(faq, '.answer a:not([href^="#"])');
      expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([null, 'https://www.singburi.go.th/']);
      expect(visibleText(faq)).to.contain('คลิกที่นี่');
    });
  });
});

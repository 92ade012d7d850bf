import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { loadFormMachinery } from '@govkit-th/core/forms';
import type { QaBoardData } from '@govkit-th/schemas';
import './define.js';
import type { GovQaBoard } from './gov-qa-board.js';
import {
  LONG_THAI,
  atWidth,
  expectEmptyState,
  expectLoadingWithFallback,
  expectLongThaiWrapsAt320,
  expectNoHorizontalOverflow,
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
import { RECEIPT, storedSubmissions, testInboxes } from '../../test/inbox.js';

const FIXTURE = '/packages/components/test/fixtures/gov-qa-board/published.json';
const QUESTION = 'ตลาดนัดคลองถมหน้าศาลากลางจังหวัดสิงห์บุรีเปิดทุกวันพุธหรือไม่';
const deleteDraft = async () => (await loadFormMachinery()).deleteDraft('question', '1');

let base: QaBoardData | undefined;
async function sample(): Promise<QaBoardData> {
  base ??= (await (await fetch(FIXTURE)).json()) as QaBoardData;
  return structuredClone(base);
}

/** The last board with a form: its draft writes must land before the next test deletes the draft. */
let lastBoard: GovQaBoard | undefined;

async function board(data: unknown, options: { lang?: string; endpoint?: string } = {}): Promise<GovQaBoard> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div lang=${options.lang ?? 'th'}><gov-qa-board retry-delay="5" endpoint=${options.endpoint ?? ''}></gov-qa-board></div>`,
  );
  const element = wrapper.querySelector('gov-qa-board')!;
  if (options.endpoint) lastBoard = element;
  element.data = data as QaBoardData;
  await element.whenSettled();
  return element;
}

const questions = (element: GovQaBoard) =>
  shadowQueryAll(element, '[part~=question]').map((node) => node.textContent!.trim());
const byId = <T extends HTMLElement = HTMLInputElement>(element: GovQaBoard, id: string) =>
  element.shadowRoot!.getElementById(id) as T;

async function typeInSearch(element: GovQaBoard, text: string): Promise<void> {
  const input = shadowQuery<HTMLInputElement>(element, 'input[type=search]')!;
  input.focus();
  input.value = '';
  await sendKeys({ type: text });
  await element.updateComplete;
}

async function fill(element: GovQaBoard, id: string, value: string): Promise<void> {
  const input = byId(element, id);
  input.value = value;
  input.dispatchEvent(new Event('input'));
  input.dispatchEvent(new Event('blur'));
  await element.updateComplete;
}

/** Fills the ask form, sends it, and waits for the inbox's receipt. */
async function askQuestion(element: GovQaBoard, question: string) {
  await fill(element, 'f-question', question);
  byId(element, 'f-consent').click();
  await element.updateComplete;
  const received = oneEvent(element, 'gov-receipt');
  shadowQuery<HTMLButtonElement>(element, '[part=continue]')!.click();
  const { detail } = await received;
  await element.updateComplete;
  return detail;
}

describe('gov-qa-board', () => {
  beforeEach(async () => {
    await lastBoard?.whenDraftSaved();
    await deleteDraft();
  });

  describe('loading', () => {
    it('shows a status line and keeps the fallback content visible', async () => {
      await withFetch(hangingFetch, async () => {
        const element = await fixture<GovQaBoard>(
          html`<gov-qa-board src="/never.json"><p>ถามได้ที่ศูนย์ดำรงธรรม โทร 1567</p></gov-qa-board>`,
        );
        await expectLoadingWithFallback(element, 'ถามได้ที่ศูนย์ดำรงธรรม โทร 1567');
      });
    });
  });

  describe('ready', () => {
    it('shows each answered question with its category, asked and answered dates in the Buddhist era, and fires gov-load', async () => {
      const element = document.createElement('gov-qa-board');
      const loaded = oneEvent(element, 'gov-load');
      element.src = FIXTURE;
      document.body.append(element);
      try {
        const event = await loaded;
        await element.updateComplete;
        expect(event.detail.items).to.have.length(3);
        expect(element.state).to.equal('ready');
        expect(shadowQuery(element, 'h2')!.textContent).to.equal('ถาม-ตอบ');
        expect(shadowQueryAll(element, 'h3').map((h) => h.textContent)).to.deep.equal([
          'ขอใบอนุญาตจัดงานบุญประจำปีของวัดต้องยื่นที่ไหน',
          'น้ำประปาในตำบลบางพุทราไหลอ่อนช่วงเช้า แจ้งได้ที่ไหน',
          'ศาลากลางจังหวัดสิงห์บุรีเปิดให้บริการวันเสาร์หรือไม่',
        ]);
        const dates = shadowQuery(element, '[part=dates]')!;
        expect(dates.textContent!.replace(/\s+/g, ' ')).to.contain('ใบอนุญาต');
        expect(dates.textContent!.replace(/\s+/g, ' ')).to.contain('ถามเมื่อ 3 พ.ย. 2568');
        expect(dates.textContent!.replace(/\s+/g, ' ')).to.contain('ตอบเมื่อ 10 พ.ย. 2568');
        expect(dates.querySelector('time')!.getAttribute('datetime')).to.match(/^2025-11-03/);
        expect(shadowQueryAll(element, '[part=answer] p')[1].textContent).to.contain('หนังสือรับรองจากเจ้าอาวาส');
        expect(visibleText(element)).to.contain('ตอบแล้ว 3 คำถาม');
        expect(visibleText(element)).to.contain('นางสาวสมใจ ใจดี'); // the publication record (order clause 3)
        await expect(element).to.be.accessible();
      } finally {
        element.remove();
      }
    });

    it('links the Atom feed beside published.json so a person can follow new answers', async () => {
      const element = await settledFixture<GovQaBoard>(html`<gov-qa-board src=${FIXTURE}></gov-qa-board>`);
      const link = shadowQuery<HTMLAnchorElement>(element, 'a[part=follow]')!;
      expect(link.textContent).to.equal('ติดตามคำตอบ (Atom)');
      expect(link.type).to.equal('application/atom+xml');
      expect(link.rel).to.equal('alternate');
      expect(link.href).to.equal(new URL(FIXTURE.replace('.json', '.atom'), location.href).href);
      const chosen = await board(await sample());
      expect(shadowQuery(chosen, 'a[part=follow]'), 'no feed is guessed for data set from JavaScript').to.equal(null);
      chosen.feed = 'https://www.singburi.go.th/qa.atom';
      await chosen.updateComplete;
      expect(shadowQuery<HTMLAnchorElement>(chosen, 'a[part=follow]')!.href).to.equal(
        'https://www.singburi.go.th/qa.atom',
      );
      chosen.feed = 'javascript:alert(1)';
      await chosen.updateComplete;
      expect(shadowQuery(chosen, 'a[part=follow]'), 'only http(s) feeds are linked').to.equal(null);
    });

    it('speaks English when the page is English', async () => {
      const element = await board(await sample(), { lang: 'en' });
      expect(shadowQuery(element, 'h2')!.textContent).to.equal('Questions and answers');
      expect(questions(element)[0]).to.equal("Where do I apply for a permit for a temple's annual fair?");
      expect(shadowQuery(element, '[part=dates]')!.textContent!.replace(/\s+/g, ' ')).to.contain('Asked 3 Nov 2025');
      expect(shadowQuery(element, 'label[for=search]')!.textContent).to.equal('Search the questions and answers');
      expect(visibleText(element)).to.contain('3 questions answered');
      await expect(element).to.be.accessible();
    });

    it('shows Thai digits when numerals="thai"', async () => {
      const element = await settledFixture<GovQaBoard>(
        html`<gov-qa-board numerals="thai" .data=${await sample()}></gov-qa-board>`,
      );
      expect(shadowQuery(element, 'time')!.textContent).to.equal('๓ พ.ย. ๒๕๖๘');
      expect(visibleText(element)).to.contain('ตอบแล้ว ๓ คำถาม');
    });

    it('filters as a person types in Thai, in questions and answers, and announces the count', async () => {
      const element = await board(await sample());
      await typeInSearch(element, 'ประปา');
      expect(questions(element)).to.deep.equal(['น้ำประปาในตำบลบางพุทราไหลอ่อนช่วงเช้า แจ้งได้ที่ไหน']);
      expect(shadowQuery(element, '[part~=question] mark')!.textContent).to.equal('ประปา');
      expect(shadowQuery(element, '.count')!.textContent).to.contain('พบ 1\u00a0คำถามที่ตรงกับการค้นหา');
      await typeInSearch(element, 'เจ้าอาวาส'); // only in the answer
      expect(questions(element)).to.deep.equal(['ขอใบอนุญาตจัดงานบุญประจำปีของวัดต้องยื่นที่ไหน']);
      await typeInSearch(element, 'ภาษีป้าย');
      expect(questions(element)).to.deep.equal([]);
      expect(shadowQuery(element, '.count')!.textContent).to.contain('ไม่พบคำถามที่ตรงกับ “ภาษีป้าย”');
      await expect(element).to.be.accessible();
    });

    it('filters by category', async () => {
      const element = await board(await sample());
      const select = shadowQuery<HTMLSelectElement>(element, 'select#category')!;
      expect([...select.options].map((option) => option.textContent)).to.deep.equal([
        'ทุกหมวดหมู่',
        'ใบอนุญาต',
        'สาธารณูปโภค',
        'การติดต่อราชการ',
      ]);
      select.value = 'การติดต่อราชการ';
      select.dispatchEvent(new Event('change'));
      await element.updateComplete;
      expect(questions(element)).to.deep.equal(['ศาลากลางจังหวัดสิงห์บุรีเปิดให้บริการวันเสาร์หรือไม่']);
      expect(visibleText(element)).to.contain('พบ 1 คำถามที่ตรงกับการค้นหา');
    });

    it('has no ask form without an endpoint', async () => {
      const element = await board(await sample());
      expect(shadowQuery(element, '[part=ask]')).to.equal(null);
      expect(shadowQuery(element, 'form, textarea')).to.equal(null);
    });

    it('wraps long Thai text at 320 px without sideways scrolling, ask form included', async () => {
      const { main } = await testInboxes();
      await expectLongThaiWrapsAt320(
        () =>
          board(
            {
              items: [{ id: 'long', question: LONG_THAI, answer: LONG_THAI, category: 'ทั่วไป', askedAt: '2026-11-25' }],
            },
            { endpoint: `${main}/questions` },
          ),
        '[part~=question]',
        { check: (element) => expect(byId(element, 'f-question')).to.not.equal(null) },
      );
    });
  });

  describe('ask a question', () => {
    it('shows the form with its hint, the optional fields and consent with the privacy link, in Thai', async () => {
      const { main } = await testInboxes();
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="th"><gov-qa-board endpoint=${`${main}/questions`} privacy-notice="/privacy.html" .data=${await sample()}></gov-qa-board></div>`,
      );
      const element = wrapper.querySelector('gov-qa-board')!;
      lastBoard = element;
      await element.whenSettled();
      expect(element.state).to.equal('ready');
      const ask = shadowQuery(element, '[part=ask]')!;
      expect(ask.querySelector('h3')!.textContent).to.equal('ถามคำถาม');
      expect(ask.textContent).to.contain('ไม่เกิน 2000\u00a0ตัวอักษร');
      expect(shadowQueryAll(element, 'input[name=f-category] + label').map((label) => label.textContent)).to.deep.equal(
        ['ใบอนุญาต', 'สาธารณูปโภค', 'การติดต่อราชการ'],
      );
      expect(shadowQuery(element, 'label[for=f-consent]')!.textContent).to.contain('โดยไม่ระบุชื่อผู้ถาม');
      expect(shadowQuery<HTMLAnchorElement>(element, '[part=ask] a[href$="/privacy.html"]')!.textContent).to.contain(
        'ประกาศความเป็นส่วนตัว',
      );
      expect(shadowQuery(element, '[part=continue]')!.textContent!.trim()).to.equal('ส่งคำถาม');
      await expect(element).to.be.accessible();
    });

    it('refuses an empty question with the error summary and Thai messages, and sends nothing', async () => {
      const { main } = await testInboxes();
      const before = (await storedSubmissions('question')).length;
      const element = await board(await sample(), { endpoint: `${main}/questions` });
      shadowQuery<HTMLButtonElement>(element, '[part=continue]')!.click();
      await element.updateComplete;
      await element.updateComplete;
      const summary = shadowQuery(element, '[part=error-summary]')!;
      expect(summary.textContent).to.contain('เขียนคำถามที่ต้องการถาม');
      expect(summary.textContent).to.contain('กรุณายืนยันความยินยอมก่อนส่งคำถาม');
      expect((await storedSubmissions('question')).length).to.equal(before);
      await expect(element).to.be.accessible();
    });

    it('posts the question to the real inbox with an idempotency key and shows the receipt', async () => {
      const { main } = await testInboxes();
      const element = await board(await sample(), { endpoint: `${main}/questions` });
      const submitted = oneEvent(element, 'gov-submit');
      byId(element, 'f-category-1').click();
      const detail = await askQuestion(element, QUESTION);
      const { detail: sent } = await submitted;
      expect(sent.idempotencyKey).to.match(/^[0-9a-f-]{36}$/);
      expect(detail.formId).to.equal('question');
      expect(detail.receipt).to.match(RECEIPT);
      const stored = (await storedSubmissions('question')).filter((row) => row.receipt === detail.receipt);
      expect(stored).to.have.length(1);
      expect(stored[0]).to.include({ formId: 'question', formVersion: '1' });
      expect(stored[0].data).to.deep.equal({ question: QUESTION, category: 'สาธารณูปโภค', consent: true });
      await waitForState(element, 'ready');
      expect(shadowQuery(element, '.receipt-number')!.textContent).to.equal(detail.receipt);
      expect(shadowQuery(element, '[part=receipt]')!.textContent).to.contain('ได้รับคำถามของท่านแล้ว');
      expect(shadowQuery(element, '.ask-intro'), 'the intro gives way to the receipt').to.equal(null);
      await expect(element).to.be.accessible();
    });

    it('keeps what was typed as a draft on the device, brought back by a new board', async () => {
      const { main } = await testInboxes();
      const first = await board(await sample(), { endpoint: `${main}/questions` });
      await fill(first, 'f-question', QUESTION);
      await first.whenDraftSaved();
      const second = await board(await sample(), { endpoint: `${main}/questions` });
      expect(byId<HTMLTextAreaElement>(second, 'f-question').value).to.equal(QUESTION);
      expect(shadowQuery(second, '[part=notice]')!.textContent).to.contain('เริ่มใหม่');
    });

    it('a question asked on the board reaches the real inbox and, after reporter, approver and publisher, appears on it', async () => {
      const { main } = await testInboxes();
      const src = `${main}/questions/published.json`;
      const asked = `ปีนี้จังหวัดสิงห์บุรีจัดงานแข่งเรือยาวประเพณีวันไหน (${Date.now()})`;
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="th"><gov-qa-board src=${src} endpoint=${`${main}/questions`} retry-delay="5"></gov-qa-board></div>`,
      );
      const element = wrapper.querySelector('gov-qa-board')!;
      lastBoard = element;
      await element.whenSettled();
      expect(questions(element)).to.not.include(asked);
      const { receipt } = await askQuestion(element, asked);
      const rewritten = `วันแข่งเรือยาวประเพณีจังหวัดสิงห์บุรี (${receipt})`;
      const result = (await executeServerCommand('inbox-answer-question', {
        receipt,
        question: rewritten,
        category: 'ประเพณีและการท่องเที่ยว',
        answer:
          'จัดในวันเสาร์และวันอาทิตย์ที่สองของเดือนกันยายน ที่หน้าวัดพระนอนจักรสีห์วรวิหาร\n\nดูกำหนดการได้ที่สำนักงานการท่องเที่ยวและกีฬาจังหวัด',
      })) as { id: string; status: string };
      expect(result.status).to.equal('published');
      // The feed may be cached for a minute (Cache-Control: max-age=60): the board reloads it fresh.
      element.src = `${src}?after=${receipt}`;
      await waitForState(element, 'ready');
      expect(questions(element)).to.include(rewritten);
      const item = element.shadowRoot!.getElementById(result.id)!;
      expect(item.textContent).to.contain('ที่หน้าวัดพระนอนจักรสีห์วรวิหาร');
      expect(item.querySelectorAll('[part=answer] p')).to.have.length(2);
      expect(item.textContent).to.contain('ประเพณีและการท่องเที่ยว');
      expect(item.textContent).to.contain('นางสาวสมใจ ใจดี'); // the reporter
      expect(item.textContent).to.contain('นายสมชาย รักษ์งาน'); // the approver
      expect(item.querySelector('[part=dates]')!.textContent).to.contain('ถามเมื่อ');
      expect(item.querySelector('[part=dates]')!.textContent).to.contain('ตอบเมื่อ');
      expect(item.textContent, "the asker's own words are not published").to.not.contain(asked);
      await expect(element).to.be.accessible();
    });
  });

  describe('empty', () => {
    it('says no question is answered yet, in Thai and English, and still offers the form', async () => {
      await expectEmptyState(await board({ items: [] }), 'ยังไม่มีคำถามที่ตอบและเผยแพร่แล้ว');
      await expectEmptyState(
        await board({ items: [] }, { lang: 'en' }),
        'No question has been answered and published yet.',
      );
      const { main } = await testInboxes();
      const element = await board({ items: [] }, { endpoint: `${main}/questions` });
      expect(element.state).to.equal('empty');
      expect(byId(element, 'f-question')).to.not.equal(null);
      await expect(element).to.be.accessible();
    });
  });

  describe('error', () => {
    lifecycleErrorCases<GovQaBoard>('gov-qa-board', {
      notFound: {
        data: { items: [{ id: 'a', question: 'คำถาม', answer: 'คำตอบ' }] },
        fallbackHtml: '<p>ถามได้ที่ศูนย์ดำรงธรรมจังหวัดสิงห์บุรี โทร 1567</p>',
        fallbackText: 'ศูนย์ดำรงธรรม',
        recovered: (element) => expect(questions(element)).to.deep.equal(['คำถาม']),
      },
      malformed: { body: '{"items": [ oops' },
      timeout: {},
      network: {},
    });

    it('no inbox running: a clear message, retry and the fallback, not a blank box', async () => {
      const { closed } = await testInboxes();
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="th"><gov-qa-board src=${`${closed}/questions/published.json`} endpoint=${`${closed}/questions`}>
          <p>ระบบถาม-ตอบออนไลน์ใช้งานไม่ได้ในขณะนี้ ถามได้ที่ศูนย์ดำรงธรรม โทร 1567</p>
        </gov-qa-board></div>`,
      );
      const element = wrapper.querySelector('gov-qa-board')!;
      await waitForState(element, 'error');
      expect(visibleText(element)).to.contain('เชื่อมต่อเพื่อโหลดข้อมูลไม่สำเร็จ');
      expect(shadowQuery(element, '[part=retry-button]')).to.not.equal(null);
      expect(shadowQuery<HTMLSlotElement>(element, 'slot')!.assignedElements()[0].textContent).to.contain('โทร 1567');
      await expect(element).to.be.accessible();
    });

    it('data that breaks the schema names the path and the rule, and renders nothing half-way', async () => {
      const element = await board({ items: [{ id: 'bad id', question: '', answer: 'ตอบ', askedAt: '2025-13-45' }] });
      expect(element.state).to.equal('error');
      expect(shadowQueryAll(element, 'article')).to.have.length(0);
      const problems = element.error!.problems.map((p) => `${p.path} ${p.message}`);
      expect(problems).to.include('/items/0/question ต้องมีอย่างน้อย 1\u00a0ตัวอักษร');
      expect(problems.some((p) => p.startsWith('/items/0/askedAt'))).to.equal(true);
      expect(visibleText(element)).to.contain('ข้อมูลไม่เป็นไปตามรูปแบบที่กำหนด');
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
          const element = await board({ title: payloads[0], items });
          expect(element.state).to.equal('ready');
          return element;
        },
        (element, payloads) => expect(questions(element)[1]).to.equal(payloads[1].trim()),
      );
    });

    it('drops javascript: links from answers but keeps their text', async () => {
      const element = await board({
        items: [
          {
            id: 'j',
            question: 'ลิงก์',
            answer: '<a href="javascript:alert(1)">คลิกที่นี่</a> <a href="https://www.singburi.go.th/">จังหวัด</a>',
          },
        ],
      });
      const links = shadowQueryAll<HTMLAnchorElement>(element, '[part=answer] a');
      expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([null, 'https://www.singburi.go.th/']);
      expect(visibleText(element)).to.contain('คลิกที่นี่');
    });
  });

  describe('320 px', () => {
    it('the board and its form fit a narrow phone', async () => {
      const { main } = await testInboxes();
      await atWidth(320, async () => {
        const element = await board(await sample(), { endpoint: `${main}/questions` });
        expectNoHorizontalOverflow(element);
        await expect(element).to.be.accessible();
      });
    });
  });
});

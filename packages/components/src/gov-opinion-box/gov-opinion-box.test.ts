import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { loadFormMachinery } from '@govkit-th/core/forms';
import type { OpinionBoxData } from '@govkit-th/schemas';
import './define.js';
import type { GovOpinionBox } from './gov-opinion-box.js';
import {
  LONG_THAI,
  atWidth,
  expectErrorBox,
  expectLoadingWithFallback,
  expectNoActiveContent,
  expectNoHorizontalOverflow,
  hangingFetch,
  settledFixture,
  shadowQuery,
  shadowQueryAll,
  trapScriptExecution,
  visibleText,
  withFetch,
  xssPayloads,
} from '../../test/helpers.js';
import { RECEIPT, losingAnswers, storedReceipt, storedSubmissions, testInboxes } from '../../test/inbox.js';

const FIXTURE = '/packages/components/test/fixtures/gov-opinion-box/opinion.json';
const DEMO = '/apps/demo-agency/data/opinion.json';
const readDraft = async (formId: string, version: string) => (await loadFormMachinery()).readDraft(formId, version);
const deleteDraft = async (formId: string, version: string) => (await loadFormMachinery()).deleteDraft(formId, version);
const MESSAGE = 'ไฟทางหน้าโรงเรียนวัดพระนอนดับมาหนึ่งสัปดาห์แล้ว ขอให้ช่วยซ่อมด้วย';

let base: OpinionBoxData | undefined;
async function sample(change: (data: OpinionBoxData) => void = () => {}): Promise<OpinionBoxData> {
  base ??= (await (await fetch(FIXTURE)).json()) as OpinionBoxData;
  const copy = structuredClone(base);
  change(copy);
  return copy;
}

/** The opinion the main inbox stored under `receipt`. */
async function storedOpinion(receipt: string) {
  const found = (await storedSubmissions('opinion')).filter((stored) => stored.receipt === receipt);
  expect(found, `one opinion stored under ${receipt}`).to.have.length(1);
  return found[0];
}

/** The last box made: its draft writes must land before the next test deletes the draft. */
let lastBox: GovOpinionBox | undefined;

async function box(data: OpinionBoxData, options: { lang?: string; endpoint?: string } = {}): Promise<GovOpinionBox> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div lang=${options.lang ?? 'th'}><gov-opinion-box retry-delay="5" endpoint=${options.endpoint ?? ''}></gov-opinion-box></div>`,
  );
  const element = wrapper.querySelector('gov-opinion-box')!;
  lastBox = element;
  element.data = data;
  await element.whenSettled();
  return element;
}

/**
 * Yields to the event loop without timers: a background tab (tests run two at a time)
 * throttles setTimeout to once a second, message events are not throttled.
 */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

async function pause(ms: number): Promise<void> {
  const started = performance.now();
  while (performance.now() - started < ms) await nextTask();
}

const byId = <T extends HTMLElement = HTMLInputElement>(element: GovOpinionBox, id: string) =>
  element.shadowRoot!.getElementById(id) as T;
const activeId = (element: GovOpinionBox) => (element.shadowRoot!.activeElement as HTMLElement | null)?.id;

async function fill(element: GovOpinionBox, id: string, value: string): Promise<void> {
  const input = byId(element, id);
  input.value = value;
  input.dispatchEvent(new Event('input'));
  input.dispatchEvent(new Event('blur'));
  await element.updateComplete;
}

async function send(element: GovOpinionBox): Promise<void> {
  shadowQuery<HTMLButtonElement>(element, '[part=continue]')!.click();
  await element.updateComplete;
  await nextTask();
  await element.updateComplete;
}

async function waitFor(check: () => boolean, what: string): Promise<void> {
  const started = performance.now();
  while (!check()) {
    if (performance.now() - started > 5000) throw new Error(`timed out waiting for ${what}`);
    await nextTask();
  }
}

async function answerAll(element: GovOpinionBox): Promise<void> {
  byId(element, 'f-topic-1').click();
  await fill(element, 'f-message', MESSAGE);
  byId(element, 'f-consent').click();
  await element.updateComplete;
}

describe('gov-opinion-box', () => {
  beforeEach(async () => {
    // All the boxes share one form id: a write still under way would bring the last test's answers back.
    await lastBox?.whenDraftSaved();
    await deleteDraft('opinion', '1');
  });

  describe('loading', () => {
    it('shows a status line and keeps the fallback content visible', async () => {
      await withFetch(hangingFetch, async () => {
        const element = await fixture<GovOpinionBox>(
          html`<gov-opinion-box src="/never.json"><p>ส่งความคิดเห็นทางอีเมล saraban@singburi.go.th</p></gov-opinion-box>`,
        );
        await expectLoadingWithFallback(element, 'saraban@singburi.go.th', { contains: true });
      });
    });
  });

  describe('ready', () => {
    it('shows the topics, the message, optional name and contact, and consent with the privacy link, in Thai', async () => {
      const element = await settledFixture<GovOpinionBox>(html`<gov-opinion-box src=${FIXTURE}></gov-opinion-box>`);
      expect(element.state).to.equal('ready');
      expect(element.getAttribute('step')).to.equal('form');
      expect(shadowQuery(element, 'h2')!.textContent).to.equal('แสดงความคิดเห็นและข้อเสนอแนะ');
      expect(shadowQuery(element, '.intro')!.textContent).to.contain('สำนักงานจังหวัดสิงห์บุรีรับฟังความคิดเห็น');
      expect(shadowQueryAll(element, 'input[name=f-topic] + label').map((label) => label.textContent)).to.deep.equal([
        'การให้บริการของหน่วยงาน',
        'ถนน ไฟฟ้าสาธารณะ และน้ำประปา',
        'สิ่งแวดล้อมและการจัดการขยะ',
        'การท่องเที่ยวและวัฒนธรรม',
      ]);
      expect(byId(element, 'f-message-hint').textContent).to.contain('ไม่เกิน 3000\u00a0ตัวอักษร');
      expect(shadowQuery(element, 'label[for=f-name]')!.textContent).to.contain('(ไม่บังคับ)');
      expect(shadowQuery(element, 'label[for=f-contact]')!.textContent).to.contain('(ไม่บังคับ)');
      expect(byId(element, 'f-name').getAttribute('autocomplete')).to.equal('name');
      expect(shadowQuery(element, 'label[for=f-consent]')!.textContent).to.contain('ข้าพเจ้ายินยอมให้สำนักงานจังหวัดสิงห์บุรี');
      const privacy = shadowQuery<HTMLAnchorElement>(element, '.field-link a')!;
      expect(privacy.href).to.equal(new URL('/privacy.html', location.href).href);
      expect(privacy.textContent).to.equal('อ่านประกาศความเป็นส่วนตัวของสำนักงานจังหวัดสิงห์บุรี');
      expect(shadowQuery(element, '[part=continue]')!.textContent!.trim()).to.equal('ส่งความคิดเห็น');
      expect(shadowQuery(element, '[part=progress]'), 'one page: no steps').to.equal(null);
      expect(shadowQuery(element, '[part=save-file]'), 'no file tools on a short form').to.equal(null);
      expect(byId(element, 'keep-off')).to.not.equal(null);
      expect(visibleText(element)).to.not.contain('CAPTCHA');
      await expect(element).to.be.accessible();
    });

    it('speaks English when the page is English', async () => {
      const element = await box(await sample(), { lang: 'en' });
      expect(shadowQuery(element, 'h2')!.textContent).to.equal('Opinions and suggestions');
      expect(shadowQuery(element, 'legend')!.textContent!.trim()).to.equal('What is it about?');
      expect(shadowQuery(element, 'label[for=f-contact]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        'Email address or phone number (optional)',
      );
      expect(shadowQuery(element, '[part=continue]')!.textContent!.trim()).to.equal('Send your opinion');
      await send(element);
      expect(shadowQueryAll(element, '.error-summary a').map((a) => a.textContent!.trim())).to.deep.equal([
        'Choose what your opinion is about',
        'Write your opinion or suggestion',
        'Please confirm your consent before sending',
      ]);
      await expect(element).to.be.accessible();
    });

    it('offers many topics as a select; the demo data is valid', async () => {
      const element = await settledFixture<GovOpinionBox>(html`<gov-opinion-box src=${DEMO}></gov-opinion-box>`);
      expect(element.state, element.error?.message).to.equal('ready');
      const options = Array.from(byId<HTMLSelectElement>(element, 'f-topic').options).map(
        (option) => option.textContent,
      );
      expect(options).to.have.length(8);
      expect(options[0]).to.equal('เลือก…');
      await expect(element).to.be.accessible();
    });

    it('without topics, leaves the topic question out, and the inbox gives a receipt', async () => {
      const { main } = await testInboxes();
      const element = await box(await sample((d) => (d.topics = [])), { endpoint: `${main}/opinions` });
      expect(element.state).to.equal('ready');
      expect(byId(element, 'f-topic-0')).to.equal(null);
      await fill(element, 'f-message', MESSAGE);
      byId(element, 'f-consent').click();
      const received = oneEvent(element, 'gov-receipt');
      await send(element);
      const { detail } = await received;
      expect(detail.receipt).to.match(RECEIPT);
      expect((await storedOpinion(detail.receipt)).data).to.deep.equal({ message: MESSAGE, consent: true });
    });
  });

  describe('validation', () => {
    it('sending with gaps shows the summary (focused) and inline messages, values kept', async () => {
      const element = await box(await sample());
      await fill(element, 'f-name', 'สมหญิง');
      await fill(element, 'f-contact', 'ติดต่อได้ไหม');
      expect(byId(element, 'f-contact-error').textContent).to.contain('ต้องเป็นอีเมลหรือหมายเลขโทรศัพท์');
      await fill(element, 'f-message', 'ก'.repeat(3001));
      expect(byId(element, 'f-message-error').textContent).to.contain('ต้องมีไม่เกิน 3000\u00a0ตัวอักษร');
      await send(element);
      const summary = shadowQuery(element, '[part=error-summary]')!;
      expect(element.shadowRoot!.activeElement).to.equal(summary);
      expect(shadowQueryAll(element, '.error-summary a').map((a) => a.textContent!.trim())).to.deep.equal([
        'เลือกเรื่องที่ต้องการแสดงความคิดเห็น',
        'ความคิดเห็นหรือข้อเสนอแนะ: ต้องมีไม่เกิน 3000\u00a0ตัวอักษร',
        'อีเมลหรือหมายเลขโทรศัพท์: ต้องเป็นอีเมลหรือหมายเลขโทรศัพท์ เช่น name@example.com หรือ 081\u00a0234\u00a05678',
        'กรุณายืนยันความยินยอมก่อนส่ง',
      ]);
      shadowQueryAll<HTMLAnchorElement>(element, '.error-summary a')[0].click();
      expect(activeId(element)).to.equal('f-topic-0');
      shadowQueryAll<HTMLAnchorElement>(element, '.error-summary a')[3].click();
      expect(activeId(element)).to.equal('f-consent');
      expect(byId(element, 'f-name').value).to.equal('สมหญิง');
      expect(byId(element, 'f-consent').getAttribute('aria-invalid')).to.equal('true');
      await fill(element, 'f-contact', '036 507 100');
      expect(byId(element, 'f-contact-error')).to.equal(null);
      await expect(element).to.be.accessible();
    });
  });

  describe('sending', () => {
    it('posts to /opinions with an idempotency key, survives a lost answer, is stored once, and shows the receipt', async () => {
      const { main } = await testInboxes();
      const before = (await storedSubmissions('opinion')).length;
      const network = losingAnswers(1);
      await withFetch(network.handler, async () => {
        const element = await box(await sample(), { endpoint: `${main}/opinions` });
        await answerAll(element);
        await fill(element, 'f-contact', 'somying@example.com');
        const submitted = oneEvent(element, 'gov-submit');
        const received = oneEvent(element, 'gov-receipt');
        await send(element);
        const key = (await submitted).detail.idempotencyKey as string;
        const { detail } = await received;
        await element.updateComplete;
        expect(detail).to.include({ formId: 'opinion' });
        expect(detail.receipt).to.match(RECEIPT);
        expect(network.keys, 'the same key again after the lost answer').to.deep.equal([key, key]);
        expect(await storedReceipt(key)).to.include({ receipt: detail.receipt });
        const stored = await storedSubmissions('opinion');
        expect(stored, 'stored once').to.have.length(before + 1);
        expect(stored[stored.length - 1]).to.include({ receipt: detail.receipt, formId: 'opinion', formVersion: '1' });
        expect(stored[stored.length - 1].data).to.deep.equal({
          topic: 'roads-lights',
          message: MESSAGE,
          contact: 'somying@example.com',
          consent: true,
        });
        expect(element.getAttribute('step')).to.equal('receipt');
        expect(activeId(element)).to.equal('receipt-title');
        expect(shadowQuery(element, '#receipt-title')!.textContent).to.equal('ได้รับความคิดเห็นของท่านแล้ว');
        expect(shadowQuery(element, '.receipt-number')!.textContent).to.equal(detail.receipt);
        expect(await readDraft('opinion', '1')).to.equal(undefined);
        await expect(element).to.be.accessible();
      });
    });

    it('puts the inbox’s 400 messages on the fields', async () => {
      // This inbox keeps opinions to 40 characters: stricter than the page's copy of the form.
      const { strict } = await testInboxes();
      const element = await box(await sample(), { endpoint: `${strict}/opinions` });
      await answerAll(element);
      await send(element);
      await waitFor(() => shadowQuery(element, '#f-message-error') !== null, 'the mapped error');
      await element.updateComplete;
      expect(byId(element, 'f-message-error').textContent).to.contain('ต้องมีไม่เกิน 40\u00a0ตัวอักษร');
      expect(shadowQueryAll(element, '.error-summary a').map((a) => a.textContent!.trim())).to.deep.equal([
        'ความคิดเห็นหรือข้อเสนอแนะ: ต้องมีไม่เกิน 40\u00a0ตัวอักษร',
      ]);
      expect(element.getAttribute('step')).to.equal('form');
    });

    it('a person can write and send an opinion with the keyboard only', async () => {
      const { main } = await testInboxes();
      const element = await box(await sample(), { endpoint: `${main}/opinions` });
      byId(element, 'f-topic-0').focus();
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Tab' });
      expect(activeId(element)).to.equal('f-message');
      await sendKeys({ type: MESSAGE });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: 'สมหญิง' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: '0812345678' });
      await sendKeys({ press: 'Tab' });
      expect(element.shadowRoot!.activeElement, 'the privacy notice link comes first').to.equal(
        shadowQuery(element, '.field-link a'),
      );
      await sendKeys({ press: 'Tab' });
      expect(activeId(element)).to.equal('f-consent');
      await sendKeys({ press: 'Space' });
      await sendKeys({ press: 'Enter' });
      await waitFor(() => element.getAttribute('step') === 'receipt', 'the receipt');
      const receipt = shadowQuery(element, '.receipt-number')!.textContent!;
      expect((await storedOpinion(receipt)).data).to.deep.equal({
        topic: 'environment',
        message: MESSAGE,
        name: 'สมหญิง',
        contact: '0812345678',
        consent: true,
      });
    });
  });

  describe('drafts', () => {
    it('brings an unfinished opinion back after a reload, unless the person said not to keep it', async () => {
      const data = await sample();
      let element = await box(data);
      await fill(element, 'f-message', MESSAGE);
      await element.whenDraftSaved();
      element.parentElement!.remove();
      element = await box(structuredClone(data));
      expect(byId<HTMLTextAreaElement>(element, 'f-message').value).to.equal(MESSAGE);
      expect(shadowQuery(element, '[part=notice]')).to.not.equal(null);
      byId(element, 'keep-off').click();
      await waitFor(
        () => (shadowQuery(element, '[part=draft-status]')!.textContent ?? '').includes('ลบคำตอบ'),
        'the deletion',
      );
      element.parentElement!.remove();
      element = await box(structuredClone(data));
      expect(byId<HTMLTextAreaElement>(element, 'f-message').value).to.equal('');
    });

    it('answers can be pre-filled from the page, and startAgain() clears them and the draft', async () => {
      const element = await box(await sample());
      element.answers = { topic: 'roads-lights', message: MESSAGE, unknown: 'dropped' };
      await element.updateComplete;
      expect(byId<HTMLTextAreaElement>(element, 'f-message').value).to.equal(MESSAGE);
      expect(element.answers).to.deep.equal({ topic: 'roads-lights', message: MESSAGE });
      await element.whenDraftSaved();
      expect((await readDraft('opinion', '1'))?.answers).to.deep.equal({ topic: 'roads-lights', message: MESSAGE });
      await element.startAgain();
      await element.updateComplete;
      expect(element.answers).to.deep.equal({});
      expect(byId<HTMLTextAreaElement>(element, 'f-message').value).to.equal('');
      expect(await readDraft('opinion', '1')).to.equal(undefined);
      expect(element.getAttribute('step')).to.equal('form');
    });
  });

  describe('error', () => {
    it('a 404 shows a localised reason, a retry button and the fallback', async () => {
      await withFetch(
        () => new Response('', { status: 404 }),
        async () => {
          const element = await fixture<GovOpinionBox>(
            html`<gov-opinion-box src="/missing.json"><p>ส่งความคิดเห็นทางไปรษณีย์</p></gov-opinion-box>`,
          );
          await expectErrorBox(element, {
            kind: 'http',
            reason: 'เซิร์ฟเวอร์ตอบกลับด้วยรหัส 404',
            retry: true,
            fallbackText: 'ส่งความคิดเห็นทางไปรษณีย์',
          });
        },
      );
    });

    it('data without consent text names the path', async () => {
      const element = await box(await sample((d) => delete (d as Partial<OpinionBoxData>).consent));
      expect(element.state).to.equal('error');
      expect(element.error!.problems.map((p) => `${p.path} ${p.message}`)).to.include('/consent ต้องระบุข้อมูลนี้');
    });
  });

  describe('layout and hostile data', () => {
    it('wraps long Thai text at 320 px without sideways scrolling', async () => {
      await atWidth(320, async () => {
        const element = await box(
          await sample((d) => ((d.intro = LONG_THAI), (d.consent = LONG_THAI), (d.topics[0].label = LONG_THAI))),
        );
        await send(element);
        expectNoHorizontalOverflow(element);
        await expect(element).to.be.accessible();
      });
    });

    it('shows XSS payloads as text, keeps a javascript: privacy link as text, and runs nothing', async () => {
      const trap = trapScriptExecution();
      try {
        const payloads = await xssPayloads(40);
        const element = await box(
          await sample((d) => {
            d.title = payloads[0];
            d.intro = payloads[1];
            d.consent = payloads[2];
            d.topics = d.topics.map((topic, index) => ({ ...topic, label: payloads[3 + index] }));
            d.privacyNotice = { href: 'javascript:alert(1)', label: payloads[8] };
          }),
        );
        expect(shadowQuery(element, 'h2')!.textContent).to.equal(payloads[0]);
        expect(shadowQuery(element, '.field-link a')).to.equal(null);
        expect(shadowQuery(element, '.field-link span')!.textContent).to.equal(payloads[8]);
        for (const payload of payloads.slice(9)) await fill(element, 'f-message', payload);
        await send(element);
        await pause(200);
        expectNoActiveContent(element);
        expect(trap.calls).to.deep.equal([]);
      } finally {
        trap.restore();
      }
    });
  });
});

import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { loadFormMachinery } from '@govkit-th/core/forms';
import type { EformDefinition, EformField } from '@govkit-th/schemas';
import './define.js';
import type { GovEform } from './gov-eform.js';
import {
  LONG_THAI,
  atWidth,
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
  withFetch,
  xssPayloads,
} from '../../test/helpers.js';
import {
  RECEIPT,
  losingAnswers,
  storedReceipt,
  storedSubmissions,
  testInboxes,
  type InboxName,
} from '../../test/inbox.js';

const FIXTURE = '/packages/components/test/fixtures/gov-eform/request.json';
const DEMO = '/apps/demo-agency/data/forms/oia-request.json';
const VALID_ID = '1101700203450';
const readDraft = async (formId: string, version: string) => (await loadFormMachinery()).readDraft(formId, version);

let base: EformDefinition | undefined;
let counter = 0;

/**
 * The fixture (the test inboxes know it by its id) under a fresh version, so drafts and
 * submissions of one test never meet another's: an inbox checks an unknown version
 * against the newest it has.
 */
async function definition(change: (definition: EformDefinition) => void = () => {}): Promise<EformDefinition> {
  base ??= (await (await fetch(FIXTURE)).json()) as EformDefinition;
  const copy = structuredClone(base);
  counter += 1;
  copy.version = `t${Date.now().toString(36)}-${counter}`;
  change(copy);
  return copy;
}

/** What an inbox stored for this test's form version. */
async function storedFor(data: EformDefinition, inbox: InboxName = 'main') {
  return (await storedSubmissions(data.id, inbox)).filter((stored) => stored.formVersion === data.version);
}

async function formFor(data: EformDefinition, options: { lang?: string; endpoint?: string } = {}): Promise<GovEform> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div lang=${options.lang ?? 'th'}><gov-eform retry-delay="5" endpoint=${options.endpoint ?? ''}></gov-eform></div>`,
  );
  const form = wrapper.querySelector('gov-eform')!;
  form.data = data;
  await form.whenSettled();
  return form;
}

/** Re-creates the element for the same definition, as a reload of the page would. */
async function reload(form: GovEform, data: EformDefinition, endpoint = ''): Promise<GovEform> {
  await form.whenDraftSaved();
  const lang = form.parentElement!.getAttribute('lang') ?? 'th';
  form.parentElement!.remove();
  return formFor(structuredClone(data), { lang, endpoint });
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

const byId = <T extends HTMLElement = HTMLInputElement>(form: GovEform, id: string) =>
  form.shadowRoot!.getElementById(id) as T;
const activeId = (form: GovEform) => (form.shadowRoot!.activeElement as HTMLElement | null)?.id;

async function fill(form: GovEform, id: string, value: string): Promise<void> {
  const input = byId(form, id);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('blur'));
  await form.updateComplete;
}

async function pick(form: GovEform, id: string): Promise<void> {
  byId(form, id).click();
  await form.updateComplete;
}

async function press(form: GovEform, part: 'continue' | 'submit' | 'back'): Promise<void> {
  shadowQuery<HTMLButtonElement>(form, `[part=${part}]`)!.click();
  await settle(form);
}

/** Waits for the element's own follow-ups (focus moves, draft writes) to land. */
async function settle(form: GovEform): Promise<void> {
  await form.updateComplete;
  await nextTask();
  await form.updateComplete;
}

async function waitFor(check: () => boolean, what: string, timeout = 5000): Promise<void> {
  const started = performance.now();
  while (!check()) {
    if (performance.now() - started > timeout) throw new Error(`timed out waiting for ${what}`);
    await nextTask();
  }
}

async function completePages(form: GovEform): Promise<void> {
  await fill(form, 'f-fullName', 'สมชาย ใจดี');
  await fill(form, 'f-nationalId', VALID_ID);
  await press(form, 'continue');
  await pick(form, 'f-topic-0');
  await fill(form, 'f-details', 'รายงานการประชุมคณะกรรมการจังหวัด ปี 2566');
  await pick(form, 'f-receive-2');
  await press(form, 'continue');
  await press(form, 'continue');
}

/**
 * The Thai privacy notice of the test form, inside `within`, under its own heading one level
 * below the heading `above`: two paragraphs, as the definition's blank line splits them.
 */
function expectThaiNotice(form: GovEform, within: string, above: string): HTMLElement {
  const notice = shadowQuery(form, `${within} [part=privacy-notice]`)!;
  expect(notice, `inside ${within}`).to.not.equal(null);
  const title = shadowQuery(form, '#privacy-title')!;
  expect(title.textContent!.trim()).to.equal('ประกาศความเป็นส่วนตัว');
  const level = Number(shadowQuery(form, above)!.localName.slice(1));
  expect(title.localName, `a heading below ${above}`).to.equal(`h${level + 1}`);
  const paragraphs = Array.from(notice.querySelectorAll('p'), (p) => p.textContent);
  expect(paragraphs).to.have.length(2);
  expect(paragraphs[0]).to.contain('พระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล');
  expect(paragraphs[1]).to.contain('ข้อมูลจะเก็บไว้ 1\u00a0ปีนับแต่วันที่ได้รับ แล้วลบ');
  return notice;
}

function summaryLinks(form: GovEform): string[] {
  return shadowQueryAll(form, '.error-summary a').map((a) => a.textContent!.trim());
}

describe('gov-eform', () => {
  describe('loading', () => {
    it('shows a status line and keeps the fallback content visible', async () => {
      await withFetch(hangingFetch, async () => {
        const form = await fixture<GovEform>(
          html`<gov-eform src="/never.json"><p>ยื่นคำขอได้ที่ศูนย์ข้อมูลข่าวสาร</p></gov-eform>`,
        );
        await expectLoadingWithFallback(form, 'ศูนย์ข้อมูลข่าวสาร', { contains: true });
      });
    });
  });

  describe('ready', () => {
    it('shows the first page in Thai, with progress, labels, hints and input hints', async () => {
      const form = await settledFixture<GovEform>(html`<gov-eform src=${FIXTURE}></gov-eform>`);
      expect(form.state).to.equal('ready');
      expect(form.getAttribute('step')).to.equal('requester');
      expect(shadowQuery(form, 'h2')!.textContent).to.equal('คำขอทดสอบ');
      expect(shadowQuery(form, '[part=progress]')!.textContent!.trim()).to.equal('ขั้นตอนที่ 1 จาก 4');
      expect(shadowQuery(form, '#page-title')!.textContent).to.equal('ข้อมูลผู้ยื่นคำขอ');
      expect(shadowQuery(form, 'label[for=f-phone]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        'หมายเลขโทรศัพท์ (ไม่บังคับ)',
      );
      const name = byId(form, 'f-fullName');
      expect(name.getAttribute('autocomplete')).to.equal('name');
      const nationalId = byId(form, 'f-nationalId');
      expect(nationalId.getAttribute('inputmode')).to.equal('numeric');
      expect(nationalId.getAttribute('spellcheck')).to.equal('false');
      expect(nationalId.getAttribute('aria-describedby')).to.equal('f-nationalId-hint');
      expect(byId(form, 'f-nationalId-hint').textContent).to.equal('ตัวเลข 13 หลัก เว้นวรรคหรือขีดได้');
      const phone = byId(form, 'f-phone');
      expect([phone.type, phone.getAttribute('inputmode'), phone.getAttribute('autocomplete')]).to.deep.equal([
        'tel',
        'tel',
        'tel',
      ]);
      expect(shadowQuery(form, '[part=back]')).to.equal(null);
      await expect(form).to.be.accessible();
    });

    it('speaks English when the page is English', async () => {
      const form = await formFor(await definition(), { lang: 'en' });
      expect(shadowQuery(form, 'h2')!.textContent).to.equal('Test request');
      expect(shadowQuery(form, '[part=progress]')!.textContent!.trim()).to.equal('Step 1 of 4');
      expect(shadowQuery(form, 'label[for=f-fullName]')!.textContent!.trim()).to.equal('Full name');
      expect(shadowQuery(form, '[part=continue]')!.textContent!.trim()).to.equal('Continue');
      expect(visibleText(form)).to.contain('Do not keep my answers on this device');
      await press(form, 'continue');
      expect(summaryLinks(form)).to.deep.equal(['Full name: This is required', 'National ID number: This is required']);
      expect(shadowQuery(form, '#f-fullName-error')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        'Error: This is required',
      );
      await expect(form).to.be.accessible();
    });

    it('shows Thai digits when numerals="thai"', async () => {
      const form = await formFor(await definition());
      form.numerals = 'thai';
      await form.updateComplete;
      expect(shadowQuery(form, '[part=progress]')!.textContent!.trim()).to.equal('ขั้นตอนที่ ๑ จาก ๔');
    });

    it('lets the page override any string with data-i18n-*', async () => {
      const data = await definition();
      const form = await settledFixture<GovEform>(
        html`<gov-eform data-i18n-form-continue="ถัดไป" .data=${data}></gov-eform>`,
      );
      expect(shadowQuery(form, '[part=continue]')!.textContent!.trim()).to.equal('ถัดไป');
    });

    it('the demo agency’s OIA section 11 request form is a valid definition', async () => {
      const form = await settledFixture<GovEform>(html`<gov-eform src=${DEMO}></gov-eform>`);
      expect(form.state, form.error?.message).to.equal('ready');
      expect(shadowQuery(form, 'h2')!.textContent).to.contain('ข้อมูลข่าวสาร');
      await expect(form).to.be.accessible();
    });
  });

  describe('validation and the error summary', () => {
    it('continue with gaps: the summary takes focus, links move focus to each field, messages are inline', async () => {
      const form = await formFor(await definition());
      await fill(form, 'f-phone', '081 234 5678');
      await press(form, 'continue');
      expect(form.getAttribute('step')).to.equal('requester');
      const summary = shadowQuery(form, '[part=error-summary]')!;
      expect(summary.getAttribute('role')).to.equal('alert');
      expect(form.shadowRoot!.activeElement).to.equal(summary);
      expect(summary.querySelector('h3')!.textContent).to.equal('มีข้อมูลที่ต้องแก้ไข');
      expect(summaryLinks(form)).to.deep.equal(['ชื่อและนามสกุล: ต้องระบุข้อมูลนี้', 'เลขประจำตัวประชาชน: ต้องระบุข้อมูลนี้']);
      const name = byId(form, 'f-fullName');
      expect(name.getAttribute('aria-invalid')).to.equal('true');
      expect(name.getAttribute('aria-describedby')).to.equal('f-fullName-error');
      const message = byId(form, 'f-fullName-error');
      expect(message.querySelector('.visually-hidden')!.textContent).to.equal('ข้อผิดพลาด:');
      expect(message.textContent!.replace(/\s+/g, ' ').trim()).to.equal('ข้อผิดพลาด: ต้องระบุข้อมูลนี้');
      expect(byId(form, 'f-nationalId').getAttribute('aria-describedby')).to.equal(
        'f-nationalId-hint f-nationalId-error',
      );
      expect(byId(form, 'f-phone').value, 'values are kept').to.equal('081 234 5678');
      expect(byId(form, 'f-phone').hasAttribute('aria-invalid')).to.equal(false);
      await expect(form).to.be.accessible();
      shadowQueryAll<HTMLAnchorElement>(form, '.error-summary a')[1].click();
      expect(activeId(form)).to.equal('f-nationalId');
      shadowQueryAll<HTMLAnchorElement>(form, '.error-summary a')[0].click();
      expect(activeId(form)).to.equal('f-fullName');
      expect(location.hash, 'summary links do not change the address').to.equal('');
    });

    it('on blur, quotes the schema’s limit; typing a fix clears the message at once', async () => {
      const form = await formFor(await definition());
      const name = byId(form, 'f-fullName');
      name.focus();
      await sendKeys({ type: 'ab' });
      await form.updateComplete;
      expect(shadowQuery(form, '#f-fullName-error'), 'no error while typing').to.equal(null);
      byId(form, 'f-nationalId').focus();
      await form.updateComplete;
      expect(byId(form, 'f-fullName-error').textContent).to.contain('ต้องมีอย่างน้อย 3\u00a0ตัวอักษร');
      expect(shadowQuery(form, '#f-nationalId-error'), 'an empty field waits for continue').to.equal(null);
      name.focus();
      await sendKeys({ type: 'c' });
      await form.updateComplete;
      expect(shadowQuery(form, '#f-fullName-error')).to.equal(null);
    });

    it('checks Thai national IDs by checksum, accepts dashes and spaces, and sends digits only', async () => {
      const form = await formFor(await definition());
      await fill(form, 'f-nationalId', '1234567890122');
      expect(byId(form, 'f-nationalId-error').textContent).to.contain('เลขประจำตัวประชาชนไม่ถูกต้อง');
      await fill(form, 'f-nationalId', '12345');
      expect(byId(form, 'f-nationalId-error').textContent).to.contain('ต้องเป็นตัวเลข 13\u00a0หลัก');
      await fill(form, 'f-nationalId', '1-2345-67890-12-1');
      expect(shadowQuery(form, '#f-nationalId-error')).to.equal(null);
      await fill(form, 'f-nationalId', '๑ ๒๓๔๕ ๖๗๘๙๐ ๑๒ ๑');
      expect(shadowQuery(form, '#f-nationalId-error'), 'Thai digits').to.equal(null);
      await fill(form, 'f-phone', '02-123');
      expect(byId(form, 'f-phone-error').textContent).to.contain('ต้องเป็นหมายเลขโทรศัพท์ในประเทศไทย');
      await fill(form, 'f-phone', '+66 81 234 5678');
      expect(shadowQuery(form, '#f-phone-error')).to.equal(null);
    });

    it('a field message from the definition replaces the general one', async () => {
      const data = await definition((d) => {
        (d.pages[0].fields[0] as EformField).messages = {
          required: { th: 'กรอกชื่อและนามสกุล', en: 'Enter your full name' },
        };
      });
      const form = await formFor(data);
      await press(form, 'continue');
      expect(summaryLinks(form)[0]).to.equal('กรอกชื่อและนามสกุล');
    });
  });

  describe('pages, conditions and groups', () => {
    it('moves page by page with back and continue, focusing each page’s heading', async () => {
      const form = await formFor(await definition());
      await fill(form, 'f-fullName', 'สมชาย ใจดี');
      await fill(form, 'f-nationalId', VALID_ID);
      await press(form, 'continue');
      expect(form.getAttribute('step')).to.equal('request');
      expect(shadowQuery(form, '[part=progress]')!.textContent!.trim()).to.equal('ขั้นตอนที่ 2 จาก 4');
      expect(activeId(form)).to.equal('page-title');
      await expect(form).to.be.accessible();
      await press(form, 'back');
      expect(form.getAttribute('step')).to.equal('requester');
      expect(byId(form, 'f-fullName').value).to.equal('สมชาย ใจดี');
    });

    it('reveals questions by if/then in the schema and by a visibleWhen rule', async () => {
      const form = await formFor(await definition());
      await completePages(form);
      await press(form, 'back');
      await press(form, 'back');
      expect(byId(form, 'f-email')).to.equal(null);
      expect(byId(form, 'f-address')).to.equal(null);
      await pick(form, 'f-receive-1');
      expect(byId(form, 'f-email'), 'if/then reveals email').to.not.equal(null);
      await press(form, 'continue');
      expect(summaryLinks(form), 'then.required applies').to.deep.equal(['อีเมล: ต้องระบุข้อมูลนี้']);
      await pick(form, 'f-receive-0');
      expect(byId(form, 'f-email')).to.equal(null);
      expect(byId(form, 'f-address'), 'visibleWhen reveals the address').to.not.equal(null);
      expect(shadowQuery(form, 'label[for=f-address]')!.textContent).to.contain('(ไม่บังคับ)');
      await expect(form).to.be.accessible();
    });

    it('adds and removes items of a group, moving focus, and does not send blank items', async () => {
      const form = await formFor(await definition());
      await completePages(form);
      await press(form, 'back');
      expect(form.getAttribute('step')).to.equal('more');
      expect(shadowQueryAll(form, '.group-item legend').map((l) => l.textContent)).to.deep.equal(['เอกสารที่ 1']);
      await fill(form, 'f-documents-0-title', 'รายงานการประชุม');
      shadowQuery<HTMLButtonElement>(form, '#f-documents-add')!.click();
      await settle(form);
      expect(shadowQueryAll(form, '.group-item legend').map((l) => l.textContent)).to.deep.equal([
        'เอกสารที่ 1',
        'เอกสารที่ 2',
      ]);
      expect(activeId(form)).to.equal('f-documents-1-title');
      expect(shadowQuery(form, '[part=action-status]')!.textContent).to.contain('เพิ่มรายการที่ 2 แล้ว');
      shadowQuery<HTMLButtonElement>(form, '#f-documents-add')!.click();
      await settle(form);
      await fill(form, 'f-documents-2-title', 'ก');
      await fill(form, 'f-documents-2-year', '๒๐๒๓');
      await press(form, 'continue');
      expect(summaryLinks(form)).to.deep.equal(['เอกสารที่ 3: ชื่อเอกสาร – ต้องมีอย่างน้อย 2\u00a0ตัวอักษร']);
      shadowQueryAll<HTMLAnchorElement>(form, '.error-summary a')[0].click();
      expect(activeId(form)).to.equal('f-documents-2-title');
      const removeSecond = shadowQueryAll<HTMLButtonElement>(form, '.group-item button').find((b) =>
        b.textContent!.includes('ลบรายการที่ 2'),
      )!;
      removeSecond.click();
      await settle(form);
      expect(activeId(form)).to.equal('f-documents-add');
      expect(byId(form, 'f-documents-1-title').value).to.equal('ก');
      await fill(form, 'f-documents-1-title', 'คำสั่งจังหวัด');
      shadowQuery<HTMLButtonElement>(form, '#f-documents-add')!.click();
      await settle(form);
      await press(form, 'continue');
      expect(form.getAttribute('step')).to.equal('check');
      const items = shadowQueryAll(form, '[part=check] .answer-items > li').map((li) =>
        [li.querySelector('.item-title')!, ...li.querySelectorAll('.answer-list li')].map((node) =>
          node.textContent!.replace(/\s+/g, ' ').trim(),
        ),
      );
      expect(items, 'the blank third item is not listed').to.deep.equal([
        ['เอกสารที่ 1', 'ชื่อเอกสาร: รายงานการประชุม', 'ปี ค.ศ.: ไม่ได้ระบุ'],
        ['เอกสารที่ 2', 'ชื่อเอกสาร: คำสั่งจังหวัด', 'ปี ค.ศ.: 2023'],
      ]);
      await expect(form).to.be.accessible();
    });

    it('shows the chosen date in the Buddhist era and turns a Buddhist-era year into the Gregorian one', async () => {
      const form = await formFor(await definition());
      await completePages(form);
      await press(form, 'back');
      await fill(form, 'f-neededBy', '2018-05-16');
      expect(byId(form, 'f-neededBy-chosen').textContent).to.equal('วันที่ที่เลือก: 16 พ.ค. 2561');
      expect(byId(form, 'f-neededBy').getAttribute('aria-describedby')).to.equal('f-neededBy-chosen');
      const input = byId(form, 'f-neededBy');
      input.value = '2567-03-01';
      input.dispatchEvent(new Event('input'));
      input.dispatchEvent(new Event('change'));
      await form.updateComplete;
      expect(input.value).to.equal('2024-03-01');
      expect(byId(form, 'f-neededBy-chosen').textContent).to.equal('วันที่ที่เลือก: 1 มี.ค. 2567');
      expect(shadowQuery(form, '[part=action-status]')!.textContent).to.contain(
        'ปี พ.ศ.\u00a02567 ถูกแปลงเป็น ค.ศ.\u00a02024 ให้แล้ว',
      );
    });

    it('keeps a file reference (name and size only) and says the file is not uploaded', async () => {
      const form = await formFor(await definition());
      await completePages(form);
      await press(form, 'back');
      const input = byId(form, 'f-attachment-file');
      const button = byId(form, 'f-attachment');
      expect(button.localName).to.equal('button');
      expect(button.textContent!.trim()).to.equal('เลือกไฟล์');
      expect(input.hidden).to.equal(true);
      const transfer = new DataTransfer();
      transfer.items.add(new File(['x'.repeat(2048)], 'บัตรประชาชน.pdf', { type: 'application/pdf' }));
      input.files = transfer.files;
      input.dispatchEvent(new Event('change'));
      await form.updateComplete;
      expect(byId(form, 'f-attachment-note').textContent).to.contain('แบบฟอร์มรุ่นนี้ยังไม่ส่งตัวไฟล์');
      expect(byId(form, 'f-attachment-chosen').textContent).to.match(/ไฟล์ที่เลือก: บัตรประชาชน\.pdf \(2\s?\S+\)/);
      expect(form.answers.attachment).to.deep.equal({ name: 'บัตรประชาชน.pdf', size: 2048, type: 'application/pdf' });
    });
  });

  describe('natural Thai', () => {
    /** Two pages of questions and the check page: contact (e-mail, postcode), then a fee, a note and documents. */
    const naturalForm = (): EformDefinition => ({
      id: 'natural-thai',
      version: `n${Date.now().toString(36)}-${(counter += 1)}`,
      title: { th: 'คำขอสำเนาเอกสาร', en: 'Request for copies' },
      schema: {
        type: 'object',
        required: ['email', 'postcode'],
        properties: {
          email: { type: 'string', format: 'email' },
          postcode: { type: 'string' },
          fee: { type: 'integer', minimum: 0 },
          note: { type: 'string' },
          documents: {
            type: 'array',
            items: { type: 'object', required: ['title'], properties: { title: { type: 'string', minLength: 2 } } },
          },
        },
      },
      pages: [
        {
          id: 'contact',
          title: { th: 'ช่องทางติดต่อกลับ', en: 'How we reach you' },
          fields: [
            { name: 'email', label: { th: 'อีเมล', en: 'Email' }, widget: 'email' },
            { name: 'postcode', label: { th: 'รหัสไปรษณีย์', en: 'Postcode' }, format: 'th-postcode' },
          ],
        },
        {
          id: 'details',
          title: { th: 'รายละเอียดคำขอ', en: 'About the request' },
          fields: [
            { name: 'fee', label: { th: 'ค่าธรรมเนียมที่ชำระแล้ว (บาท)', en: 'Fee paid (baht)' } },
            {
              name: 'note',
              label: { th: 'หมายเหตุถึงเจ้าหน้าที่', en: 'A note to staff' },
              hint: { th: 'ไม่บังคับ ใช้เมื่อมีเรื่องที่ต้องการแจ้งเพิ่ม', en: 'Optional: anything else staff should know' },
            },
            {
              name: 'documents',
              widget: 'group',
              label: { th: 'เอกสารที่ต้องการ', en: 'Documents you want' },
              itemLabel: { th: 'เอกสารรายการที่ {n}', en: 'Document {n}' },
              fields: [{ name: 'title', label: { th: 'ชื่อเอกสาร', en: 'Title' } }],
            },
          ],
        },
      ],
    });
    const heading = (form: GovEform) => shadowQuery(form, '#page-title')!;
    const errorOf = (form: GovEform, id: string) =>
      byId<HTMLElement>(form, `${id}-error`)
        .textContent!.replace(/^\s*\S+:\s*/, '')
        .trim();

    it('refuses somying@example, says what a postcode looks like, with the step title as the page heading (Thai)', async () => {
      const form = await formFor(naturalForm());
      expect(heading(form).localName).to.match(/^h[2-6]$/);
      expect(heading(form).textContent).to.equal('ช่องทางติดต่อกลับ');
      expect(shadowQuery(form, '[part=progress]')!.textContent!.trim()).to.equal('ขั้นตอนที่ 1 จาก 3');
      await fill(form, 'f-email', 'somying@example');
      await fill(form, 'f-postcode', '1600');
      await press(form, 'continue');
      expect(form.getAttribute('step'), 'stays on the page').to.equal('contact');
      expect(shadowQuery(form, '#error-summary-title')!.textContent).to.equal('มีข้อมูลที่ต้องแก้ไข');
      expect(errorOf(form, 'f-email')).to.equal('ต้องเป็นอีเมลที่ถูกต้อง เช่น name@example.go.th');
      expect(errorOf(form, 'f-postcode')).to.equal('รหัสไปรษณีย์มี 5\u00a0หลัก เช่น 16000');
      expect(summaryLinks(form)).to.deep.equal([
        'อีเมล: ต้องเป็นอีเมลที่ถูกต้อง เช่น name@example.go.th',
        'รหัสไปรษณีย์: รหัสไปรษณีย์มี 5\u00a0หลัก เช่น 16000',
      ]);
      await expect(form).to.be.accessible();
      await fill(form, 'f-email', 'somying@example.co.th');
      await fill(form, 'f-postcode', '16000');
      await press(form, 'continue');
      expect(form.getAttribute('step')).to.equal('details');
      expect(heading(form).textContent).to.equal('รายละเอียดคำขอ');
    });

    it('says the same in English', async () => {
      const form = await formFor(naturalForm(), { lang: 'en' });
      expect(heading(form).textContent).to.equal('How we reach you');
      await fill(form, 'f-email', 'somying@example');
      await fill(form, 'f-postcode', '1600');
      await press(form, 'continue');
      expect(shadowQuery(form, '#error-summary-title')!.textContent).to.equal('There is a problem');
      expect(summaryLinks(form)).to.deep.equal([
        'Email: Must be an email address, like name@example.go.th',
        'Postcode: A postcode has 5\u00a0digits, like 16000',
      ]);
      await expect(form).to.be.accessible();
    });

    it('names the group item in errors, says "ไม่บังคับ" once, and shows 3,000 on the check page', async () => {
      for (const lang of ['th', 'en'] as const) {
        const form = await formFor(naturalForm(), { lang });
        await fill(form, 'f-email', 'somying@example.go.th');
        await fill(form, 'f-postcode', '16000');
        await press(form, 'continue');
        const label = (id: string) =>
          form.shadowRoot!.querySelector(`label[for=${id}]`)!.textContent!.replace(/\s+/g, ' ').trim();
        const optional = lang === 'th' ? 'ไม่บังคับ' : 'optional';
        expect(label('f-fee')).to.equal(
          lang === 'th' ? 'ค่าธรรมเนียมที่ชำระแล้ว (บาท) (ไม่บังคับ)' : 'Fee paid (baht) (optional)',
        );
        expect(label('f-note'), 'the hint says it already').to.equal(
          lang === 'th' ? 'หมายเหตุถึงเจ้าหน้าที่' : 'A note to staff',
        );
        const noteField = byId(form, 'f-note').closest('.field')!;
        expect(noteField.textContent!.split(new RegExp(optional, 'i')).length - 1).to.equal(1);
        await fill(form, 'f-fee', '3000');
        await fill(form, 'f-documents-0-title', 'รายงานการประชุม');
        shadowQuery<HTMLButtonElement>(form, '#f-documents-add')!.click();
        await settle(form);
        await fill(form, 'f-documents-1-title', 'ก');
        await press(form, 'continue');
        expect(summaryLinks(form)).to.deep.equal([
          lang === 'th'
            ? 'เอกสารรายการที่ 2: ชื่อเอกสาร – ต้องมีอย่างน้อย 2\u00a0ตัวอักษร'
            : 'Document 2: Title – Must be at least 2\u00a0characters',
        ]);
        await expect(form).to.be.accessible();
        await fill(form, 'f-documents-1-title', 'คำสั่งจังหวัด');
        await press(form, 'continue');
        expect(form.getAttribute('step')).to.equal('check');
        const fee = shadowQueryAll(form, '.answer-row').find((row) =>
          row.querySelector('dt')!.textContent!.includes(lang === 'th' ? 'ค่าธรรมเนียม' : 'Fee'),
        )!;
        expect(fee.querySelector('dd.value')!.textContent!.trim()).to.equal('3,000');
        await expect(form).to.be.accessible();
        form.parentElement!.remove();
      }
    });

    it('writes times with "น." kept to the clock: the print view’s date (Thai) and the time as GOV.UK writes it (English)', async () => {
      const thai = await formFor(naturalForm());
      await fill(thai, 'f-email', 'somying@example.go.th');
      const printed = thai.shadowRoot!.querySelector('.print-date time')!.textContent!;
      expect(printed).to.match(/^\d{1,2} \S+ 25\d\d เวลา \d\d\.\d\d\u00a0น\.$/);
      const english = await formFor(naturalForm(), { lang: 'en' });
      expect(english.shadowRoot!.querySelector('.print-date time')!.textContent).to.match(
        // core's one time format: 9:15am, 4pm, midday, midnight (no 24-hour clock, no 12pm/12am).
        /^\d{1,2} \w+ 20\d\d, (\d{1,2}(:\d\d)?(am|pm)|midday|midnight)$/,
      );
      await expect(english).to.be.accessible();
    });
  });

  describe('check your answers', () => {
    it('lists every answer with “change” links that return to the check page', async () => {
      const form = await formFor(await definition());
      await completePages(form);
      expect(form.getAttribute('step')).to.equal('check');
      expect(shadowQuery(form, '[part=progress]')!.textContent!.trim()).to.equal('ขั้นตอนที่ 4 จาก 4');
      expect(shadowQuery(form, '#page-title')!.textContent).to.equal('ตรวจสอบคำตอบก่อนส่ง');
      const text = visibleText(shadowQuery(form, '[part=check]')! as unknown as Element);
      expect(text).to.contain('ชื่อและนามสกุล');
      expect(text).to.contain('สมชาย ใจดี');
      expect(text).to.contain('ขอสำเนา');
      expect(text).to.contain('รับด้วยตนเอง');
      expect(text).to.contain('ไม่ได้ระบุ');
      await expect(form).to.be.accessible();
      const change = shadowQueryAll<HTMLAnchorElement>(form, '.change a').find((a) =>
        a.textContent!.includes('รายละเอียดข้อมูลที่ต้องการ'),
      )!;
      expect(change.querySelector('.visually-hidden')!.textContent!.trim()).to.equal('รายละเอียดข้อมูลที่ต้องการ');
      change.click();
      await settle(form);
      expect(form.getAttribute('step')).to.equal('request');
      expect(activeId(form)).to.equal('f-details');
      await fill(form, 'f-details', 'คำสั่งแต่งตั้งคณะทำงาน ปี 2567');
      await press(form, 'continue');
      expect(form.getAttribute('step')).to.equal('check');
      expect(visibleText(form)).to.contain('คำสั่งแต่งตั้งคณะทำงาน ปี 2567');
    });
  });

  describe('submitting', () => {
    it('a submission whose answers are lost twice is stored once, with a receipt in the Buddhist era', async () => {
      const { main } = await testInboxes();
      const data = await definition();
      const network = losingAnswers(2);
      await withFetch(network.handler, async () => {
        const form = await formFor(data, { endpoint: `${main}/forms/${data.id}/submissions` });
        await completePages(form);
        const submitted = oneEvent(form, 'gov-submit');
        const received = oneEvent(form, 'gov-receipt');
        shadowQuery<HTMLButtonElement>(form, '[part=submit]')!.click();
        const submit = await submitted;
        expect(submit.detail.data).to.deep.equal({
          fullName: 'สมชาย ใจดี',
          nationalId: VALID_ID,
          topic: 'copy',
          details: 'รายงานการประชุมคณะกรรมการจังหวัด ปี 2566',
          receive: 'pickup',
        });
        const receipt = await received;
        await settle(form);
        expect(receipt.detail.receipt).to.match(RECEIPT);
        const key = submit.detail.idempotencyKey as string;
        expect(network.keys, 'one key for every attempt').to.deep.equal([key, key, key]);
        const stored = await storedFor(data);
        expect(stored, 'stored once').to.have.length(1);
        expect(stored[0]).to.include({ receipt: receipt.detail.receipt, formId: data.id, formVersion: data.version });
        expect(stored[0].data).to.deep.equal(submit.detail.data);
        expect(await storedReceipt(key)).to.include({ receipt: receipt.detail.receipt });
        expect(form.getAttribute('step')).to.equal('receipt');
        expect(activeId(form)).to.equal('receipt-title');
        expect(shadowQuery(form, '.receipt-number')!.textContent).to.equal(receipt.detail.receipt);
        expect(shadowQuery(form, '.receipt time')!.textContent).to.match(/25\d\d/);
        expect(await readDraft(data.id, data.version), 'the draft goes after the receipt').to.equal(undefined);
        await expect(form).to.be.accessible();
      });
    });

    it('the check page shows the form’s privacy notice before sending (PDPA section 23), above the send button, at 320 px', async () => {
      const data = await definition();
      await atWidth(320, async () => {
        const form = await formFor(data);
        await completePages(form);
        expect(form.getAttribute('step')).to.equal('check');
        const notice = expectThaiNotice(form, '[part=check]', '#page-title');
        const send = shadowQuery(form, '[part=submit]')!;
        expect(
          notice.compareDocumentPosition(send) & Node.DOCUMENT_POSITION_FOLLOWING,
          'read before the send button',
        ).to.not.equal(0);
        expectNoHorizontalOverflow(form);
        await expect(form).to.be.accessible();
      });
    });

    it('in English the check page’s notice is the English one; a form without a notice shows no empty section', async () => {
      const english = await formFor(await definition(), { lang: 'en' });
      await completePages(english);
      expect(shadowQuery(english, '#privacy-title')!.textContent!.trim()).to.equal('Privacy notice');
      const paragraphs = shadowQueryAll(english, '[part=check] [part=privacy-notice] p').map((p) => p.textContent);
      expect(paragraphs).to.have.length(2);
      expect(paragraphs[0]).to.contain('Personal Data Protection Act B.E.\u00a02562');
      await expect(english).to.be.accessible();
      english.parentElement!.remove();
      const plain = await formFor(await definition((d) => delete d.privacyNotice));
      await completePages(plain);
      expect(plain.getAttribute('step')).to.equal('check');
      expect(shadowQuery(plain, '[part=privacy-notice]')).to.equal(null);
    });

    it('the receipt shows the privacy notice the inbox sent back (PDPA section 23), under its own heading, at 320 px', async () => {
      const { main } = await testInboxes();
      // The page's copy has no notice: what shows is the inbox's copy of the form.
      const data = await definition((d) => delete d.privacyNotice);
      await atWidth(320, async () => {
        const form = await formFor(data, { endpoint: `${main}/forms/${data.id}/submissions` });
        await completePages(form);
        const received = oneEvent(form, 'gov-receipt');
        await press(form, 'submit');
        const { detail } = await received;
        await settle(form);
        expect((detail.privacyNotice as { th: string }).th, 'in gov-receipt too').to.contain('1\u00a0ปี');
        expectThaiNotice(form, '[part=receipt]', '#receipt-title');
        expectNoHorizontalOverflow(form);
        await expect(form).to.be.accessible();
      });
    });

    it('in English the notice is the English one; a notice from the receiver is text, whatever it holds, and runs nothing', async () => {
      const trap = trapScriptExecution();
      try {
        const payloads = await xssPayloads(40);
        const receiver = () =>
          jsonResponse(
            {
              receipt: '20261203-7KQ3M-ZP8XA',
              receivedAt: '2026-12-03T02:30:00Z',
              privacyNotice: { th: 'ภาษาไทย', en: payloads.join('\n\n') },
            },
            201,
          );
        const data = await definition();
        const form = await withFetch(receiver, async () => {
          const english = await formFor(data, { lang: 'en', endpoint: 'https://inbox.example.go.th/submissions' });
          await completePages(english);
          await press(english, 'submit');
          await waitFor(() => english.getAttribute('step') === 'receipt', 'the receipt');
          return english;
        });
        await settle(form);
        expect(shadowQuery(form, '#privacy-title')!.textContent!.trim()).to.equal('Privacy notice');
        const shown = shadowQueryAll(form, '[part=privacy-notice] p').map((p) => p.textContent);
        expect(shown).to.deep.equal(payloads);
        await pause(200);
        expectNoActiveContent(form);
        expect(trap.calls).to.deep.equal([]);
      } finally {
        trap.restore();
      }
    });

    it('without a notice from the receiver the page’s own is shown; a receiver’s notice that is not text is ignored', async () => {
      const receiver = () =>
        jsonResponse({ receipt: '20261203-7KQ3M-ZP8XB', receivedAt: '2026-12-03T02:30:00Z', privacyNotice: 42 }, 201);
      const data = await definition((d) => (d.privacyNotice = { th: 'ประกาศของหน้าเว็บ' }));
      const form = await withFetch(receiver, async () => {
        const page = await formFor(data, { endpoint: 'https://inbox.example.go.th/submissions' });
        await completePages(page);
        await press(page, 'submit');
        await waitFor(() => page.getAttribute('step') === 'receipt', 'the receipt');
        return page;
      });
      await settle(form);
      expect(shadowQuery(form, '[part=privacy-notice] p')!.textContent).to.equal('ประกาศของหน้าเว็บ');
      form.parentElement!.remove();
      const none = await definition((d) => delete d.privacyNotice);
      const plain = await withFetch(receiver, async () => {
        const page = await formFor(none, { endpoint: 'https://inbox.example.go.th/submissions' });
        await completePages(page);
        await press(page, 'submit');
        await waitFor(() => page.getAttribute('step') === 'receipt', 'the receipt');
        return page;
      });
      expect(shadowQuery(plain, '[part=privacy-notice]'), 'no notice, no empty section').to.equal(null);
      await expect(plain).to.be.accessible();
    });

    it('maps the inbox’s 400 onto the fields and moves to the first page with a problem', async () => {
      // This inbox's copy of the form is stricter than the page's: a national id starting
      // with 3, details of at most 20 characters.
      const { strict } = await testInboxes();
      const data = await definition();
      const form = await formFor(data, { endpoint: `${strict}/forms/${data.id}/submissions` });
      await completePages(form);
      await press(form, 'submit');
      await waitFor(() => form.getAttribute('step') === 'requester', 'the first page');
      await settle(form);
      expect(summaryLinks(form)).to.deep.equal(['เลขประจำตัวประชาชน: รูปแบบไม่ถูกต้อง']);
      expect(byId(form, 'f-nationalId-error').textContent).to.contain('รูปแบบไม่ถูกต้อง');
      await press(form, 'continue');
      expect(form.getAttribute('step'), 'a server error stays until the field changes').to.equal('requester');
      await fill(form, 'f-nationalId', '3101700203456');
      await press(form, 'continue');
      expect(form.getAttribute('step')).to.equal('request');
      expect(summaryLinks(form)).to.deep.equal(['รายละเอียดข้อมูลที่ต้องการ: ต้องมีไม่เกิน 20\u00a0ตัวอักษร']);
      await expect(form).to.be.accessible();
      expect(await storedFor(data, 'strict')).to.have.length(0);
    });

    it('waits as long as the inbox’s 429 Retry-After asks, saying so, then sends', async () => {
      const { limited } = await testInboxes();
      const endpoint = (data: EformDefinition) => `${limited}/forms/${data.id}/submissions`;
      const first = await definition();
      const other = await definition();
      // The first submission takes this second's only token: the next one hears 429.
      const form = await formFor(first, { endpoint: endpoint(first) });
      await completePages(form);
      await press(form, 'submit');
      await waitFor(() => form.getAttribute('step') === 'receipt', 'the first receipt');
      form.parentElement!.remove();
      const second = await formFor(other, { endpoint: endpoint(other) });
      await completePages(second);
      shadowQuery<HTMLButtonElement>(second, '[part=submit]')!.click();
      await waitFor(
        () => (shadowQuery(second, '[part=send-status]')?.textContent ?? '').includes('1\u00a0วินาที'),
        'the retry announcement',
      );
      expect(shadowQuery(second, '[part=send-status]')!.getAttribute('role')).to.equal('status');
      expect(shadowQuery<HTMLButtonElement>(second, '[part=submit]')!.disabled).to.equal(true);
      await waitFor(() => second.getAttribute('step') === 'receipt', 'the receipt');
      expect(await storedFor(other, 'limited')).to.have.length(1);
    });

    it('when the network fails, keeps the answers and the key: a reload and resend is stored once', async () => {
      const { main, closed } = await testInboxes();
      const data = await definition();
      let form = await formFor(data, { endpoint: `${closed}/forms/${data.id}/submissions` });
      await completePages(form);
      const submitted = oneEvent(form, 'gov-submit');
      await press(form, 'submit');
      const key = (await submitted).detail.idempotencyKey as string;
      await waitFor(() => shadowQuery(form, '[part=send-error]') !== null, 'the failure');
      await settle(form);
      expect(shadowQuery(form, '[part=send-error]')!.textContent).to.contain('เชื่อมต่อเครือข่ายไม่ได้');
      expect(activeId(form)).to.equal('send-error');
      form = await reload(form, data, `${main}/forms/${data.id}/submissions`);
      expect(form.getAttribute('step')).to.equal('check');
      await press(form, 'submit');
      await waitFor(() => form.getAttribute('step') === 'receipt', 'the receipt');
      const stored = await storedFor(data);
      expect(stored).to.have.length(1);
      expect(await storedReceipt(key), 'sent with the key made before the failure').to.include({
        receipt: stored[0].receipt,
      });
    });

    it('when the browser refuses the inbox (CORS), says the service is unavailable and gives the phone, not "check your internet"', async () => {
      const { foreign } = await testInboxes();
      const data = { ...(await definition()), contactPhone: '0 3650 7100' };
      const form = await formFor(data, { endpoint: `${foreign}/forms/${data.id}/submissions` });
      await completePages(form);
      await press(form, 'submit');
      await waitFor(() => shadowQuery(form, '[part=send-error]') !== null, 'the failure');
      await settle(form);
      const message = shadowQuery(form, '[part=send-error]')!.textContent!;
      expect(message).to.contain('ระบบรับแบบฟอร์มของหน่วยงานใช้งานไม่ได้ในขณะนี้');
      expect(message).to.contain('0 3650 7100');
      expect(message).not.to.contain('อินเทอร์เน็ต');
      expect(form.getAttribute('step'), 'the answers stay on the check page').to.equal('check');
    });

    it('a 422 after the person changed answers earns a new key; unchanged answers never do', async () => {
      const { main } = await testInboxes();
      const data = await definition();
      const endpoint = `${main}/forms/${data.id}/submissions`;
      // Every answer is lost: the first request arrived, and the person is told sending failed.
      const network = losingAnswers(Infinity);
      let form = await withFetch(network.handler, async () => {
        const lost = await formFor(data, { endpoint });
        await completePages(lost);
        await press(lost, 'submit');
        await waitFor(() => shadowQuery(lost, '[part=send-error]') !== null, 'the failure');
        return lost;
      });
      expect(new Set(network.keys).size, 'one key for every attempt').to.equal(1);
      form = await reload(form, data, endpoint);
      shadowQueryAll<HTMLAnchorElement>(form, '.change a')[0].click();
      await settle(form);
      await fill(form, 'f-fullName', 'สมหญิง ใจดี');
      await press(form, 'continue');
      const resubmitted = oneEvent(form, 'gov-receipt');
      await press(form, 'submit');
      const { detail } = await resubmitted;
      const stored = await storedFor(data);
      expect(stored.map((s) => s.data.fullName)).to.deep.equal(['สมชาย ใจดี', 'สมหญิง ใจดี']);
      expect(stored[1].receipt).to.equal(detail.receipt);
      expect(await storedReceipt(network.keys[0])).to.include({ receipt: stored[0].receipt });
      expect(shadowQuery(form, '.receipt-number')!.textContent).to.equal(detail.receipt);
    });

    it('without an endpoint, says so instead of sending', async () => {
      const form = await formFor(await definition());
      await completePages(form);
      await press(form, 'submit');
      expect(shadowQuery(form, '[part=send-error]')!.textContent).to.contain('ยังไม่ได้กำหนดที่อยู่สำหรับส่งแบบฟอร์มนี้');
      expect(activeId(form)).to.equal('send-error');
      await expect(form).to.be.accessible();
    });

    it('a page can take over sending by cancelling gov-submit', async () => {
      const { main } = await testInboxes();
      const data = await definition();
      const form = await formFor(data, { endpoint: `${main}/forms/${data.id}/submissions` });
      await completePages(form);
      form.addEventListener('gov-submit', (event) => event.preventDefault(), { once: true });
      await press(form, 'submit');
      await pause(100);
      expect(await storedFor(data)).to.have.length(0);
      expect(form.getAttribute('step')).to.equal('check');
    });
  });

  describe('drafts', () => {
    it('saves on every change, announces it politely, and brings the answers back after a reload', async () => {
      const data = await definition();
      let form = await formFor(data);
      await fill(form, 'f-fullName', 'สมชาย ใจดี');
      await fill(form, 'f-nationalId', VALID_ID);
      await press(form, 'continue');
      await fill(form, 'f-details', 'งบประมาณโครงการ');
      await form.whenDraftSaved();
      await form.updateComplete;
      const status = shadowQuery(form, '[part=draft-status]')!;
      expect(status.getAttribute('role')).to.equal('status');
      expect(status.textContent).to.match(/^บันทึกร่างแล้ว เวลา \d\d\.\d\d\u00a0น\.$/);
      form = await reload(form, data);
      expect(form.getAttribute('step'), 'back on the same page').to.equal('request');
      expect(byId<HTMLTextAreaElement>(form, 'f-details').value).to.equal('งบประมาณโครงการ');
      expect(shadowQuery(form, '[part=notice]')!.textContent).to.contain('นำคำตอบที่บันทึกไว้ในอุปกรณ์นี้เมื่อ');
      await press(form, 'back');
      expect(byId(form, 'f-fullName').value).to.equal('สมชาย ใจดี');
      await expect(form).to.be.accessible();
      shadowQuery<HTMLButtonElement>(form, '[part=notice] button')!.click();
      await settle(form);
      expect(byId(form, 'f-fullName').value, 'start again clears').to.equal('');
      await waitFor(
        () => (shadowQuery(form, '[part=draft-status]')!.textContent ?? '').includes('ล้างคำตอบแล้ว'),
        'the draft to go',
      );
      expect(await readDraft(data.id, data.version)).to.equal(undefined);
    });

    it('“do not keep on this device” deletes the draft and stops saving', async () => {
      const data = await definition();
      let form = await formFor(data);
      await fill(form, 'f-fullName', 'สมชาย ใจดี');
      await form.whenDraftSaved();
      const keepOff = byId(form, 'keep-off');
      expect(shadowQuery(form, 'label[for=keep-off]')!.textContent).to.equal('ไม่ต้องเก็บข้อมูลไว้ในอุปกรณ์นี้');
      keepOff.click();
      await waitFor(
        () => (shadowQuery(form, '[part=draft-status]')!.textContent ?? '').includes('ลบคำตอบที่เก็บไว้ในอุปกรณ์นี้แล้ว'),
        'the deletion',
      );
      const draft = await readDraft(data.id, data.version);
      expect(draft).to.deep.include({ keep: false });
      expect(draft!.answers).to.equal(undefined);
      await fill(form, 'f-nationalId', VALID_ID);
      form = await reload(form, data);
      expect(byId(form, 'f-fullName').value).to.equal('');
      expect(byId(form, 'keep-off').checked, 'the choice is remembered').to.equal(true);
      expect(shadowQuery(form, '[part=notice]')).to.equal(null);
    });
  });

  describe('save, open and print', () => {
    it('saves the answers as a JSON file and opens them again, validated', async () => {
      const data = await definition();
      const form = await formFor(data);
      await completePages(form);
      const clicks: HTMLAnchorElement[] = [];
      const original = HTMLAnchorElement.prototype.click;
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        clicks.push(this);
      };
      try {
        shadowQuery<HTMLButtonElement>(form, '[part=save-file]')!.click();
      } finally {
        HTMLAnchorElement.prototype.click = original;
      }
      expect(clicks).to.have.length(1);
      expect(clicks[0].download).to.match(new RegExp(`^${data.id}-\\d{4}-\\d\\d-\\d\\d\\.json$`));
      expect(clicks[0].href).to.match(/^blob:/);
      const saved = await (await fetch(clicks[0].href)).json();
      expect(saved).to.include({ formId: data.id, formVersion: data.version });
      expect(saved.data.fullName).to.equal('สมชาย ใจดี');

      const other = await formFor(structuredClone(data));
      await other.startAgain();
      const open = async (content: unknown, name = 'answers.json') => {
        const input = byId(other, 'open-file-file');
        const transfer = new DataTransfer();
        transfer.items.add(
          new File([typeof content === 'string' ? content : JSON.stringify(content)], name, {
            type: 'application/json',
          }),
        );
        input.files = transfer.files;
        input.dispatchEvent(new Event('change'));
        await pause(50);
        await settle(other);
      };
      await open('{not json');
      expect(shadowQuery(other, '[part=file-status]')!.textContent).to.contain('อ่านไฟล์นี้ไม่ได้');
      expect(byId(other, 'open-file').getAttribute('aria-describedby')).to.equal('open-file-hint file-status');
      await open({ ...saved, formId: 'another-form' });
      expect(shadowQuery(other, '[part=file-status]')!.textContent).to.contain('ไฟล์นี้ไม่ใช่คำตอบของแบบฟอร์มนี้');
      await open({ ...saved, data: { ...saved.data, nationalId: '1234567890122', unknown: 'dropped' } });
      expect(other.getAttribute('step'), 'a broken answer opens on its page').to.equal('requester');
      expect(summaryLinks(other)[0]).to.contain('เลขประจำตัวประชาชนไม่ถูกต้อง');
      expect(other.answers).to.not.have.property('unknown');
      await open(saved);
      expect(other.getAttribute('step')).to.equal('check');
      expect(visibleText(other)).to.contain('รายงานการประชุมคณะกรรมการจังหวัด ปี 2566');
    });

    it('has a print view with the agency, the title, the answers and the date, and a print button', async () => {
      const trap = trapScriptExecution();
      try {
        const form = await formFor(await definition());
        await fill(form, 'f-fullName', 'สมชาย ใจดี');
        const view = shadowQuery(form, '[part=print-view]')!;
        expect(getComputedStyle(view).display, 'hidden on screen').to.equal('none');
        expect(view.querySelector('.print-agency')!.textContent).to.equal('สำนักงานจังหวัดสิงห์บุรี');
        expect(view.querySelector('.print-title')!.textContent).to.equal('คำขอทดสอบ');
        expect(view.textContent).to.contain('สมชาย ใจดี');
        expect(view.querySelector('.print-date time')!.textContent).to.match(/25\d\d/);
        const sheets = form.shadowRoot!.adoptedStyleSheets.flatMap((sheet) => Array.from(sheet.cssRules));
        const print = sheets.find(
          (rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.conditionText === 'print',
        )!;
        expect(print.cssText).to.contain('.print-view');
        expect(print.cssText).to.contain('.form-screen');
        shadowQuery<HTMLButtonElement>(form, '[part=print]')!.click();
        expect(trap.calls).to.deep.equal(['print()']);
      } finally {
        trap.restore();
      }
    });
  });

  describe('keyboard', () => {
    it('a person completes and sends the whole form with the keyboard only', async () => {
      const { main } = await testInboxes();
      const data = await definition();
      const form = await formFor(data, { endpoint: `${main}/forms/${data.id}/submissions` });
      byId(form, 'f-fullName').focus();
      await sendKeys({ type: 'สมชาย ใจดี' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: '1-1017-00203-45-0' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: '0812345678' });
      await sendKeys({ press: 'Enter' });
      await settle(form);
      expect(form.getAttribute('step')).to.equal('request');
      expect(activeId(form)).to.equal('page-title');
      await sendKeys({ press: 'Tab' });
      expect(activeId(form)).to.equal('f-topic-0');
      await sendKeys({ press: 'Space' });
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Tab' });
      expect(activeId(form)).to.equal('f-details');
      await sendKeys({ type: 'ขอตรวจดูแผนปฏิบัติราชการประจำปี' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Space' });
      await sendKeys({ press: 'ArrowDown' });
      await form.updateComplete;
      expect(byId(form, 'f-email'), 'choosing email reveals the email question').to.not.equal(null);
      await sendKeys({ press: 'Tab' });
      expect(activeId(form)).to.equal('f-email');
      await sendKeys({ type: 'somchai@example.com' });
      await sendKeys({ press: 'Enter' });
      await settle(form);
      expect(form.getAttribute('step')).to.equal('more');
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: 'แผนปฏิบัติราชการ' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: '2024' });
      await sendKeys({ press: 'Enter' });
      await settle(form);
      expect(form.getAttribute('step')).to.equal('check');
      const submit = shadowQuery<HTMLButtonElement>(form, '[part=submit]')!;
      for (let tabs = 0; tabs < 30 && form.shadowRoot!.activeElement !== submit; tabs += 1)
        await sendKeys({ press: 'Tab' });
      expect(form.shadowRoot!.activeElement).to.equal(submit);
      await sendKeys({ press: 'Enter' });
      await waitFor(() => form.getAttribute('step') === 'receipt', 'the receipt');
      const [stored] = await storedFor(data);
      expect(stored.data).to.deep.equal({
        fullName: 'สมชาย ใจดี',
        nationalId: VALID_ID,
        phone: '0812345678',
        topic: 'inspect',
        details: 'ขอตรวจดูแผนปฏิบัติราชการประจำปี',
        receive: 'email',
        email: 'somchai@example.com',
        documents: [{ title: 'แผนปฏิบัติราชการ', year: 2024 }],
      });
    });
  });

  describe('empty', () => {
    it('says the form has no questions yet, in Thai and English', async () => {
      const form = await formFor(await definition((d) => (d.pages = [])));
      expect(form.state).to.equal('empty');
      expect(visibleText(form)).to.contain('แบบฟอร์มนี้ยังไม่มีคำถาม');
      await expect(form).to.be.accessible();
      const english = await formFor(await definition((d) => (d.pages = [])), { lang: 'en' });
      expect(visibleText(english)).to.contain('This form has no questions yet.');
    });
  });

  describe('error', () => {
    it('a 404 shows a localised reason, a retry button and the fallback', async () => {
      await withFetch(
        () => new Response('not found', { status: 404 }),
        async () => {
          const form = await fixture<GovEform>(
            html`<gov-eform src="/missing.json"><p>ยื่นคำขอได้ที่ศูนย์ข้อมูลข่าวสาร</p></gov-eform>`,
          );
          await expectErrorBox(form, {
            kind: 'http',
            reason: 'เซิร์ฟเวอร์ตอบกลับด้วยรหัส 404',
            retry: true,
            fallbackText: 'ศูนย์ข้อมูลข่าวสาร',
          });
        },
      );
    });

    lifecycleErrorCases<GovEform>('gov-eform', {
      malformed: {
        title: 'malformed JSON says the file cannot be read',
        body: '{"id": ',
        lang: 'th',
        reason: 'ไฟล์ข้อมูลมีรูปแบบไม่ถูกต้อง จึงอ่านไม่ได้',
      },
    });

    it('a definition that names an unknown field, or uses $dynamicRef, is refused with the path', async () => {
      const unknown = await formFor(await definition((d) => (d.pages[0].fields[0].name = 'fullname')));
      expect(unknown.state).to.equal('error');
      expect(unknown.error!.problems.map((p) => `${p.path} ${p.message}`)).to.include(
        '/pages/0/fields/0/name ไม่มีช่อง “fullname” ใน schema ของคำตอบ',
      );
      const dynamic = await formFor(
        await definition((d) => {
          (d.schema.properties as Record<string, unknown>).details = { $dynamicRef: '#text' };
        }),
        { lang: 'en' },
      );
      expect(dynamic.state).to.equal('error');
      expect(dynamic.error!.problems[0]).to.include({
        path: '/schema/properties/details/$dynamicRef',
        message: 'Forms do not support $dynamicRef or $dynamicAnchor',
      });
      const broken = await formFor(await definition((d) => ((d as unknown as Record<string, unknown>).pages = 'none')));
      expect(broken.error!.problems[0].path).to.equal('/pages');
    });
  });

  describe('layout and hostile data', () => {
    it('wraps long Thai text at 320 px without sideways scrolling, on a page and on the check page', async () => {
      await atWidth(320, async () => {
        const data = await definition((d) => {
          d.title = LONG_THAI;
          d.pages[0].fields[0].label = LONG_THAI;
          d.pages[0].fields[0].hint = LONG_THAI;
        });
        const form = await formFor(data);
        expectNoHorizontalOverflow(form);
        await expect(form).to.be.accessible();
        await fill(form, 'f-fullName', LONG_THAI.slice(0, 190));
        await fill(form, 'f-nationalId', VALID_ID);
        await press(form, 'continue');
        await pick(form, 'f-topic-0');
        await fill(form, 'f-details', LONG_THAI);
        await pick(form, 'f-receive-2');
        await press(form, 'continue');
        await press(form, 'continue');
        expect(form.getAttribute('step')).to.equal('check');
        expectNoHorizontalOverflow(form);
        await expect(form).to.be.accessible();
      });
    });

    it('shows XSS payloads in labels, hints, options and answers as text, and runs nothing', async () => {
      const trap = trapScriptExecution();
      try {
        const payloads = await xssPayloads(60);
        const data = await definition((d) => {
          d.title = payloads[0];
          d.description = payloads[1];
          d.pages[0].title = payloads[2];
          d.pages[0].fields[0].label = payloads[3];
          d.pages[0].fields[0].hint = payloads[4];
          (d.pages[0].fields[0] as EformField).link = { href: 'javascript:alert(1)', label: payloads[5] };
          const topic = d.pages[1].fields[0] as { options: Array<{ label: unknown }> };
          topic.options[0].label = payloads[6];
        });
        const form = await formFor(data);
        expect(form.state).to.equal('ready');
        expect(shadowQuery(form, 'label[for=f-fullName]')!.textContent!.trim()).to.equal(payloads[3].trim());
        expect(shadowQuery(form, '.field-link span')!.textContent, 'javascript: link shown as text').to.equal(
          payloads[5],
        );
        for (const [index, payload] of payloads.slice(7).entries()) {
          await fill(form, index % 2 ? 'f-fullName' : 'f-phone', payload);
        }
        await fill(form, 'f-phone', '');
        const answer = `${payloads[9].slice(0, 150)} รายงานการประชุม`;
        await fill(form, 'f-fullName', `สมชาย ${payloads[8].slice(0, 150)}`);
        await fill(form, 'f-nationalId', VALID_ID);
        await press(form, 'continue');
        await pick(form, 'f-topic-0');
        await fill(form, 'f-details', answer);
        await pick(form, 'f-receive-2');
        await press(form, 'continue');
        await press(form, 'continue');
        expect(form.getAttribute('step')).to.equal('check');
        expect(visibleText(form)).to.contain(answer.trim().replace(/\s+/g, ' '));
        await pause(200);
        expectNoActiveContent(form);
        expect(trap.calls).to.deep.equal([]);
      } finally {
        trap.restore();
      }
    });
  });
});

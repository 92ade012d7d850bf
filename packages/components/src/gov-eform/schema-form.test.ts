import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { faqSchema, newsSchema, validate, type EformDefinition } from '@govkit-th/schemas';
import { answersToData, dataToAnswers, definitionFromSchema } from '@govkit-th/schemas/schema-form';
import type { GovSubmitEvent } from '@govkit-th/core';
import './define.js';
import type { GovEform } from './gov-eform.js';
import { atWidth, expectNoHorizontalOverflow, shadowQuery, shadowQueryAll, visibleText } from '../../test/helpers.js';

/** Staff editing: forms generated from the content schemas, opened on the demo data, handing the document to the page. */

type Json = Record<string, unknown>;
const demo = async (name: string) => (await (await fetch(`/apps/demo-agency/data/${name}.json`)).json()) as Json;
let counter = 0;

async function editor(
  schema: object,
  data: Json,
  lang = 'th',
): Promise<{ form: GovEform; definition: EformDefinition }> {
  counter += 1;
  // A fresh form id per test: drafts kept on the device never meet another test's.
  const definition = definitionFromSchema(schema, { id: `edit-test-${Date.now().toString(36)}-${counter}` });
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}><gov-eform handoff></gov-eform></div>`);
  const form = wrapper.querySelector('gov-eform')!;
  form.prefill = dataToAnswers(schema, data);
  form.data = definition;
  await form.whenSettled();
  return { form, definition };
}

const byId = <T extends HTMLElement = HTMLInputElement>(form: GovEform, id: string) =>
  form.shadowRoot!.getElementById(id) as T;

async function fill(form: GovEform, id: string, value: string): Promise<void> {
  const input = byId(form, id);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('blur'));
  await form.updateComplete;
}

async function click(form: GovEform, element: HTMLElement | null | undefined): Promise<void> {
  expect(element, 'button to press').to.be.instanceOf(HTMLElement);
  element!.click();
  await form.updateComplete;
}

/** The remove button of the group item that holds the control `id`. */
const removeButtonOf = (form: GovEform, id: string) =>
  byId(form, id).closest('fieldset.group-item')!.querySelector<HTMLButtonElement>(':scope > button');

/** Presses continue (or save on the last page); resolves with the `gov-submit` of the save. */
async function continueTo(form: GovEform): Promise<void> {
  await click(form, shadowQuery<HTMLButtonElement>(form, '[part=continue]'));
  await form.updateComplete;
}

async function save(form: GovEform): Promise<GovSubmitEvent> {
  const submitted = oneEvent(form, 'gov-submit') as Promise<GovSubmitEvent>;
  shadowQuery<HTMLButtonElement>(form, '[part=continue]')!.click();
  return submitted;
}

describe('gov-eform generated from a content schema', () => {
  it('FAQ in Thai: opens on the demo data, edits a question, adds and removes an item, hands a valid document to the page', async function () {
    // A whole document in one form (the news demo has 15 items): more to render and check than a citizen's form.
    this.timeout(90000);
    const data = await demo('faq');
    const { form } = await editor(faqSchema, data);
    expect(form.state).to.equal('ready');
    expect(form.getAttribute('step')).to.equal('general');
    expect(byId(form, 'f-title-th').value).to.equal('คำถามที่พบบ่อย');
    expect(visibleText(form)).to.contain('ชื่อหน้าคำถามที่พบบ่อย (ภาษาไทย)');
    await expect(form).to.be.accessible();
    await continueTo(form);
    expect(form.getAttribute('step')).to.equal('items');
    const items = data.items as Json[];
    expect(byId(form, 'f-items-0-id').value).to.equal(items[0].id);
    expect(byId(form, 'f-items-0-question-th').value).to.equal((items[0].question as Json).th);
    // The answer is HTML: a text area, and a preview sanitised as gov-faq shows it.
    expect(byId(form, 'f-items-0-answer-th').localName).to.equal('textarea');
    const preview = byId(form, 'f-items-0-answer-th').parentElement!.querySelector('.richtext-body')!;
    expect(preview.querySelector('a[href="https://www.oic.go.th/"]')?.textContent).to.contain('พระราชบัญญัติ');
    expect(preview.querySelectorAll('li').length).to.be.greaterThan(0);
    await fill(form, 'f-items-0-question-th', 'ขอข้อมูลข่าวสารของราชการได้อย่างไร');

    // Add an item, fill it, remove it again; then add one to keep.
    const count = items.length;
    await click(form, byId(form, 'f-items-add'));
    await form.updateComplete;
    expect(byId(form, `f-items-${count}-id`).value).to.equal('');
    await fill(form, `f-items-${count}-id`, 'temporary');
    await click(form, removeButtonOf(form, `f-items-${count}-id`));
    expect(byId(form, `f-items-${count}-id`)).to.equal(null);
    await click(form, byId(form, 'f-items-add'));
    await fill(form, `f-items-${count}-id`, 'parking');
    await fill(form, `f-items-${count}-question-th`, 'จอดรถที่ศาลากลางได้ที่ไหน');
    await fill(form, `f-items-${count}-answer-th`, '<p>ลานจอดรถด้านหลังอาคาร</p><script>window.hacked = 1</script>');
    const added = byId(form, `f-items-${count}-answer-th`).parentElement!.querySelector('.richtext-body')!;
    expect(added.querySelector('script')).to.equal(null);
    expect(added.textContent).to.contain('ลานจอดรถด้านหลังอาคาร');
    await expect(form).to.be.accessible();

    const event = await save(form);
    const document = answersToData(faqSchema, event.detail.data);
    expect(await validate(faqSchema, document, 'th')).to.deep.equal([]);
    const saved = document.items as Json[];
    expect(saved).to.have.length(count + 1);
    expect(saved[0].question).to.deep.equal({
      th: 'ขอข้อมูลข่าวสารของราชการได้อย่างไร',
      en: (items[0].question as Json).en,
    });
    expect(saved[count]).to.include({ id: 'parking', question: 'จอดรถที่ศาลากลางได้ที่ไหน' });
    expect(saved.map((item) => item.id)).not.to.include('temporary');
    await form.updateComplete;
    expect(shadowQuery(form, '[part=send-status]')!.textContent).to.contain('ส่งข้อมูลให้หน้านี้แล้ว');
    expect((window as { hacked?: number }).hacked).to.equal(undefined);
  });

  it('news in English: nested attachments (add and remove inside an item), an attachment without its address refused, a valid document', async function () {
    // A whole document in one form (the news demo has 15 items): more to render and check than a citizen's form.
    this.timeout(90000);
    // The first four demo items (every item of the file round-trips in the core test): a form a person could work through.
    const full = await demo('news');
    const data = { ...full, items: (full.items as Json[]).slice(0, 4) };
    const { form } = await editor(newsSchema, data, 'en');
    expect(visibleText(form)).to.contain('Page title (English)');
    await continueTo(form);
    const items = data.items as Json[];
    expect(byId(form, 'f-items-0-title-en').value).to.equal((items[0].title as Json).en);
    const attachments = (items[0].attachments as Json[]).length;
    // A nested group: the attachments of the first news item, with their own "add another".
    await click(form, byId(form, 'f-items-0-attachments-add'));
    await fill(form, `f-items-0-attachments-${attachments}-title-th`, 'รายงานการประชุม');
    await fill(form, `f-items-0-attachments-${attachments}-title-en`, 'Meeting minutes');
    await fill(form, `f-items-0-attachments-${attachments}-url`, 'news-files/minutes.pdf');
    await click(form, byId(form, 'f-items-0-attachments-add'));
    await fill(form, `f-items-0-attachments-${attachments + 1}-title-en`, 'Wrong file');
    await click(form, removeButtonOf(form, `f-items-0-attachments-${attachments + 1}-title-en`));
    expect(byId(form, `f-items-0-attachments-${attachments + 1}-title-en`)).to.equal(null);
    await fill(form, 'f-items-1-summary-en', 'A shorter summary.');
    // An attachment without its address is refused on its field, in English.
    await fill(form, `f-items-0-attachments-${attachments}-url`, '');
    shadowQuery<HTMLButtonElement>(form, '[part=continue]')!.click();
    await form.updateComplete;
    await form.updateComplete;
    expect(shadowQuery(form, '[part=error-summary]')?.textContent).to.contain('This is required');
    expect(visibleText(form)).to.contain('This is required');
    await fill(form, `f-items-0-attachments-${attachments}-url`, 'news-files/minutes.pdf');
    await expect(form).to.be.accessible();

    const event = await save(form);
    const document = answersToData(newsSchema, event.detail.data);
    expect(await validate(newsSchema, document, 'en')).to.deep.equal([]);
    const first = (document.items as Json[])[0];
    expect(first.attachments as Json[]).to.have.length(attachments + 1);
    expect((first.attachments as Json[])[attachments]).to.deep.equal({
      title: { th: 'รายงานการประชุม', en: 'Meeting minutes' },
      url: 'news-files/minutes.pdf',
    });
    expect((document.items as Json[])[1].summary).to.deep.include({ en: 'A shorter summary.' });
    expect(document.items as Json[]).to.have.length(items.length);
  });

  it('fits 320 px with long Thai text, and opens new answers when the page gives another document', async function () {
    // A whole document in one form (the news demo has 15 items): more to render and check than a citizen's form.
    this.timeout(90000);
    await atWidth(320, async () => {
      const data = await demo('faq');
      const { form } = await editor(faqSchema, data);
      await continueTo(form);
      expectNoHorizontalOverflow(form);
      await expect(form).to.be.accessible();
      form.prefill = dataToAnswers(faqSchema, { items: [{ id: 'only', question: 'ข้อเดียว', answer: 'คำตอบ' }] });
      await form.updateComplete;
      expect(form.getAttribute('step')).to.equal('general');
      await continueTo(form);
      expect(shadowQueryAll(form, '[part=group] > [part=group-item]')).to.have.length(1);
      expect(byId(form, 'f-items-0-id').value).to.equal('only');
    });
  });
});

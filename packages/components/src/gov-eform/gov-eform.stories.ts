import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { faqSchema, newsSchema, type EformDefinition } from '@govkit-th/schemas';
import { answersToData, dataToAnswers, definitionFromSchema } from '@govkit-th/schemas/schema-form';
import './define.js';
import type { GovEform } from './gov-eform.js';

const definition: EformDefinition = {
  id: 'story-request',
  version: '1',
  title: { th: 'คำขอข้อมูลข่าวสารของราชการ', en: 'Request for official information' },
  description: {
    th: 'ยื่นคำขอตามมาตรา 11 แห่งพระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. 2540',
    en: 'Under section 11 of the Official Information Act B.E. 2540',
  },
  agency: { th: 'สำนักงานจังหวัดสิงห์บุรี', en: 'Sing Buri Provincial Office' },
  endpoint: 'https://inbox.example/forms/story-request/submissions',
  schema: {
    type: 'object',
    required: ['fullName', 'nationalId', 'information', 'receive'],
    properties: {
      fullName: { type: 'string', minLength: 3, maxLength: 200 },
      nationalId: { type: 'string' },
      phone: { type: 'string' },
      information: { type: 'string', minLength: 10, maxLength: 2000 },
      documents: {
        type: 'array',
        maxItems: 5,
        items: {
          type: 'object',
          required: ['title'],
          properties: { title: { type: 'string', minLength: 2 }, date: { type: 'string', format: 'date' } },
        },
      },
      receive: { enum: ['pickup', 'post', 'email'] },
      email: { type: 'string', format: 'email' },
    },
    if: { properties: { receive: { const: 'email' } }, required: ['receive'] },
    then: { required: ['email'] },
  },
  pages: [
    {
      id: 'requester',
      title: { th: 'ข้อมูลผู้ยื่นคำขอ', en: 'About you' },
      fields: [
        { name: 'fullName', label: { th: 'ชื่อและนามสกุล', en: 'Full name' }, autocomplete: 'name' },
        {
          name: 'nationalId',
          label: { th: 'เลขประจำตัวประชาชน', en: 'National ID number' },
          hint: { th: 'ตัวเลข 13 หลัก', en: '13 digits' },
          format: 'th-national-id',
        },
        { name: 'phone', label: { th: 'หมายเลขโทรศัพท์', en: 'Phone number' }, format: 'th-phone' },
      ],
    },
    {
      id: 'information',
      title: { th: 'ข้อมูลข่าวสารที่ต้องการ', en: 'The information you want' },
      fields: [
        { name: 'information', label: { th: 'ข้อมูลข่าวสารที่ต้องการ', en: 'What information?' }, widget: 'textarea' },
        {
          name: 'documents',
          widget: 'group',
          label: { th: 'เอกสารที่ทราบชื่อ (ถ้ามี)', en: 'Documents you know by title (if any)' },
          itemLabel: { th: 'เอกสารที่ {n}', en: 'Document {n}' },
          fields: [
            { name: 'title', label: { th: 'ชื่อเอกสาร', en: 'Title' } },
            { name: 'date', label: { th: 'ลงวันที่', en: 'Dated' } },
          ],
        },
      ],
    },
    {
      id: 'delivery',
      title: { th: 'วิธีรับข้อมูล', en: 'How to receive it' },
      fields: [
        {
          name: 'receive',
          label: { th: 'วิธีรับข้อมูล', en: 'How do you want to receive it?' },
          options: [
            { value: 'pickup', label: { th: 'รับด้วยตนเอง', en: 'In person' } },
            { value: 'post', label: { th: 'ทางไปรษณีย์', en: 'By post' } },
            { value: 'email', label: { th: 'ทางอีเมล', en: 'By email' } },
          ],
        },
        { name: 'email', label: { th: 'อีเมล', en: 'Email' }, widget: 'email' },
      ],
    },
  ],
};

const answers = {
  fullName: 'สมชาย ใจดี',
  nationalId: '1-1017-00203-45-0',
  information: 'รายงานการประชุมคณะกรรมการจังหวัดสิงห์บุรี ครั้งที่ 5/2567',
  documents: [{ title: 'รายงานการประชุม', date: '2024-05-16' }],
  receive: 'email',
  email: 'somchai@example.com',
};

const longThai =
  'สำนักงานจังหวัดสิงห์บุรีขอประชาสัมพันธ์ให้ประชาชนผู้มีความประสงค์จะยื่นคำร้องขอรับการสนับสนุนงบประมาณโครงการพัฒนาคุณภาพชีวิตของผู้สูงอายุและผู้พิการในพื้นที่อำเภอเมืองสิงห์บุรีอำเภออินทร์บุรีและอำเภอพรหมบุรี';

interface Args {
  lang: 'th' | 'en';
  numerals: 'latin' | 'thai';
  src?: string;
  data?: EformDefinition;
  width?: number;
}

/** Waits for the form, clears any draft the story left behind, fills it in and goes to `steps` pages on. */
async function fillAndContinue(canvas: HTMLElement, steps: number): Promise<GovEform> {
  const form = canvas.querySelector('gov-eform')!;
  await form.whenSettled();
  await form.startAgain();
  form.answers = answers;
  for (let step = 0; step < steps; step += 1) {
    form.shadowRoot!.querySelector<HTMLButtonElement>('[part=continue]')!.click();
    await form.updateComplete;
  }
  return form;
}

const meta: Meta<Args> = {
  title: 'Elements/gov-eform',
  component: 'gov-eform',
  args: { lang: 'th', numerals: 'latin', data: definition },
  argTypes: {
    lang: { control: 'inline-radio', options: ['th', 'en'] },
    numerals: { control: 'inline-radio', options: ['latin', 'thai'] },
  },
  render: ({ lang, numerals, src, data, width }) => html`<div lang=${lang} class=${width ? `width-${width}` : ''}>
    <gov-eform numerals=${numerals} src=${src ?? ''} .data=${src ? undefined : data}>
      <p>ยื่นคำขอได้ที่ศูนย์ข้อมูลข่าวสาร ชั้น 1 ศาลากลางจังหวัดสิงห์บุรี โทร 0 3650 7100</p>
    </gov-eform>
  </div>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Ready: Story = {};
export const English: Story = { args: { lang: 'en' } };
export const ThaiDigits: Story = { args: { numerals: 'thai' } };
export const FromSrc: Story = { args: { src: '/fixtures/gov-eform/request.json' } };
/** Before the definition arrives, the page's fallback content stays visible under a status line. */
export const Loading: Story = { args: { data: undefined } };
export const Empty: Story = { args: { data: { ...definition, id: 'story-empty', pages: [] } } };
/** A missing file: a localised reason, a retry button and the fallback content. */
export const Error: Story = { args: { src: '/fixtures/does-not-exist.json' } };
/** A layout naming a field the schema does not have: refused with the path. */
export const Invalid: Story = {
  args: {
    data: {
      ...definition,
      id: 'story-invalid',
      pages: [{ id: 'x', title: 'x', fields: [{ name: 'nosuchfield', label: 'x' }] }],
    },
  },
};
/** Continue pressed with gaps: the error summary takes focus and links to each field. */
export const WithErrors: Story = {
  args: { data: { ...definition, id: 'story-errors' } },
  play: async ({ canvasElement }) => {
    const form = canvasElement.querySelector('gov-eform')!;
    await form.whenSettled();
    await form.startAgain();
    form.shadowRoot!.querySelector<HTMLButtonElement>('[part=continue]')!.click();
  },
};
export const CheckAnswers: Story = {
  args: { data: { ...definition, id: 'story-check' } },
  play: async ({ canvasElement }) => {
    await fillAndContinue(canvasElement, 3);
  },
};
/** After sending (the receiver is simulated in this story): the receipt number and time, printable. */
export const Receipt: Story = {
  args: { data: { ...definition, id: 'story-receipt' } },
  play: async ({ canvasElement }) => {
    const form = await fillAndContinue(canvasElement, 3);
    const original = window.fetch;
    window.fetch = (async () =>
      new Response(JSON.stringify({ receipt: 'SB-2569-000123', receivedAt: new Date().toISOString() }), {
        status: 201,
        headers: { 'content-type': 'application/json' },
      })) as typeof fetch;
    try {
      form.shadowRoot!.querySelector<HTMLButtonElement>('[part=submit]')!.click();
      await new Promise((resolve) => form.addEventListener('gov-receipt', resolve, { once: true }));
    } finally {
      window.fetch = original;
    }
  },
};
/** A form's privacy notice (PDPA section 23). */
const privacyNotice = {
  th: 'สำนักงานจังหวัดสิงห์บุรีเก็บชื่อ เลขประจำตัวประชาชน และช่องทางติดต่อของท่านเพื่อพิจารณาคำขอนี้เท่านั้น ตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ.\u00a02562\n\nข้อมูลจะเก็บไว้ 1\u00a0ปีนับแต่วันที่ได้รับ แล้วลบ ท่านขอดู แก้ไข หรือลบข้อมูลของท่านได้ที่ศูนย์ดำรงธรรมจังหวัดสิงห์บุรี',
  en: 'Sing Buri Provincial Office keeps your name, national ID and contact details only to consider this request, under the Personal Data Protection Act B.E.\u00a02562 (2019).\n\nThey are kept for 1\u00a0year from the day received, then erased. You may see, correct or erase them at the Sing Buri Damrongtham Centre.',
};
/** The check page of a form with a privacy notice: it is read there, before sending, where the answers are collected (PDPA section 23). */
export const CheckAnswersWithPrivacyNotice: Story = {
  args: { data: { ...definition, id: 'story-check-notice', privacyNotice } },
  play: async ({ canvasElement }) => {
    await fillAndContinue(canvasElement, 3);
  },
};
/** The receipt with the form's privacy notice (PDPA section 23), as the inbox sends it back with the receipt. */
export const ReceiptWithPrivacyNotice: Story = {
  args: { data: { ...definition, id: 'story-receipt-notice' } },
  play: async ({ canvasElement }) => {
    const form = await fillAndContinue(canvasElement, 3);
    const original = window.fetch;
    window.fetch = (async () =>
      new Response(JSON.stringify({ receipt: 'SB-2569-000124', receivedAt: new Date().toISOString(), privacyNotice }), {
        status: 201,
        headers: { 'content-type': 'application/json' },
      })) as typeof fetch;
    try {
      form.shadowRoot!.querySelector<HTMLButtonElement>('[part=submit]')!.click();
      await new Promise((resolve) => form.addEventListener('gov-receipt', resolve, { once: true }));
    } finally {
      window.fetch = original;
    }
  },
};
export const LongThaiText: Story = {
  args: {
    data: {
      ...definition,
      id: 'story-long',
      title: longThai,
      pages: [
        {
          ...definition.pages[0],
          title: longThai,
          fields: [{ ...definition.pages[0].fields[0], label: longThai, hint: longThai }],
        },
      ],
    },
  },
};
export const Narrow320: Story = {
  args: { width: 320 },
  decorators: [(story) => html`<style>.width-320 { max-width: 320px; border: 1px dashed #999; }</style>${story()}`],
};

const faqSample = {
  title: { th: 'คำถามที่พบบ่อย', en: 'Frequently asked questions' },
  items: [
    {
      id: 'office-hours',
      question: { th: 'ศาลากลางจังหวัดเปิดให้บริการเวลาใด', en: 'When is the provincial hall open?' },
      answer: {
        th: '<p>วันจันทร์ถึงวันศุกร์ เวลา 08.30–16.30 น. <strong>เว้นวันหยุดราชการ</strong></p>',
        en: '<p>Monday to Friday, 8.30 a.m. to 4.30 p.m., <strong>except public holidays</strong>.</p>',
      },
      category: { th: 'การติดต่อ', en: 'Contact' },
    },
  ],
};

const newsSample = {
  title: { th: 'ข่าวประชาสัมพันธ์', en: 'News' },
  items: [
    {
      id: 'flood-drill-2569',
      title: { th: 'ซ้อมแผนป้องกันอุทกภัยริมแม่น้ำเจ้าพระยา', en: 'Flood drill on the Chao Phraya' },
      summary: { th: 'จังหวัดสิงห์บุรีซ้อมแผนร่วมกับ 6 อำเภอ', en: 'Sing Buri held a drill with its six districts.' },
      publishedAt: '2026-08-12',
      attachments: [{ title: { th: 'กำหนดการ', en: 'Programme' }, url: 'news-files/flood-drill.pdf', type: 'pdf' }],
    },
  ],
};

/** Staff editing a document through the form generated from its schema (`@govkit-th/schemas/schema-form`). */
function generated(schema: object, sample: Record<string, unknown>, id: string): Story {
  return {
    render: ({ lang }) => html`<div lang=${lang}>
      <gov-eform
        handoff
        .prefill=${dataToAnswers(schema, sample)}
        .data=${definitionFromSchema(schema, { id })}
        @gov-submit=${(event: CustomEvent<{ data: Record<string, unknown> }>) =>
          console.info('document', answersToData(schema, event.detail.data))}
      ></gov-eform>
    </div>`,
  };
}

export const GeneratedFromSchemaFaq: Story = {
  ...generated(faqSchema, faqSample, 'story-edit-faq'),
  name: 'Generated from a schema: FAQ',
};
export const GeneratedFromSchemaNews: Story = {
  ...generated(newsSchema, newsSample, 'story-edit-news'),
  name: 'Generated from a schema: news',
};
export const GeneratedFromSchemaNewsEnglish: Story = {
  ...GeneratedFromSchemaNews,
  args: { lang: 'en' },
  name: 'Generated from a schema: news (English)',
};

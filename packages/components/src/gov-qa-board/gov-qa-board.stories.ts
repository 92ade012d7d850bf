import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { QaBoardData } from '@govkit-th/schemas';
import './define.js';

const board: QaBoardData = {
  title: { th: 'ถาม-ตอบ', en: 'Questions and answers' },
  items: [
    {
      id: 'q-temple-fair',
      question: {
        th: 'ขอใบอนุญาตจัดงานบุญประจำปีของวัดต้องยื่นที่ไหน',
        en: "Where do I apply for a permit for a temple's annual fair?",
      },
      answer: {
        th: '<p>ยื่นคำขอที่ที่ว่าการอำเภอในพื้นที่ที่จัดงานอย่างน้อย 15 วันก่อนวันงาน</p><p>ใช้สำเนาบัตรประจำตัวประชาชนของผู้ขอและหนังสือรับรองจากเจ้าอาวาส</p>',
        en: '<p>Apply at the district office where the fair is held, at least 15 days before it.</p><p>Bring a copy of your ID card and a letter from the abbot.</p>',
      },
      category: { th: 'ใบอนุญาต', en: 'Permits' },
      askedAt: '2025-11-03T09:12:00.000Z',
      answeredAt: '2025-11-10T03:30:00.000Z',
      publication: { reporter: 'นางสาวสมใจ ใจดี', approver: 'นายสมชาย รักษ์งาน', publishedAt: '2025-11-10' },
    },
    {
      id: 'q-water',
      question: {
        th: 'น้ำประปาในตำบลบางพุทราไหลอ่อนช่วงเช้า แจ้งได้ที่ไหน',
        en: 'Tap water in Bang Phutsa is weak in the mornings: who do I tell?',
      },
      answer: {
        th: '<p>แจ้งการประปาส่วนภูมิภาคสาขาสิงห์บุรี หรือศูนย์ดำรงธรรมจังหวัดสิงห์บุรี โทร 1567</p>',
        en: '<p>Tell the Provincial Waterworks Authority, Sing Buri branch, or the Damrongdhama Centre on 1567.</p>',
      },
      category: { th: 'สาธารณูปโภค', en: 'Utilities' },
      askedAt: '2025-12-01',
      answeredAt: '2025-12-04',
    },
  ],
};

const longThai =
  'สำนักงานจังหวัดสิงห์บุรีขอประชาสัมพันธ์ให้ประชาชนผู้มีความประสงค์จะยื่นคำร้องขอรับการสนับสนุนงบประมาณโครงการพัฒนาคุณภาพชีวิตของผู้สูงอายุและผู้พิการในพื้นที่อำเภอเมืองสิงห์บุรีอำเภออินทร์บุรีและอำเภอพรหมบุรียื่นเอกสารได้ที่ศูนย์ดำรงธรรมจังหวัดสิงห์บุรีในวันและเวลาราชการ';

interface Args {
  lang: 'th' | 'en';
  numerals: 'latin' | 'thai';
  src?: string;
  data?: QaBoardData;
  endpoint?: string;
  width?: number;
}

const meta: Meta<Args> = {
  title: 'Elements/gov-qa-board',
  component: 'gov-qa-board',
  args: { lang: 'th', numerals: 'latin', data: board, endpoint: 'https://inbox.example/questions' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['th', 'en'] },
    numerals: { control: 'inline-radio', options: ['latin', 'thai'] },
  },
  render: ({
    lang,
    numerals,
    src,
    data,
    endpoint,
    width,
  }) => html`<div lang=${lang} class=${width ? `width-${width}` : ''}>
    <gov-qa-board numerals=${numerals} src=${src ?? ''} endpoint=${endpoint ?? ''} feed="https://inbox.example/questions/published.atom"
      privacy-notice="https://www.singburi.go.th/" .data=${src ? undefined : data}>
      <p>ถามได้ที่ศูนย์ดำรงธรรมจังหวัดสิงห์บุรี โทร 1567 ในวันและเวลาราชการ</p>
    </gov-qa-board>
  </div>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Ready: Story = {};
export const English: Story = { args: { lang: 'en' } };
export const ThaiDigits: Story = { args: { numerals: 'thai' } };
/** Read from a file in the inbox's published.json format; the Atom link is the one beside it. */
export const FromSrc: Story = { args: { src: '/fixtures/gov-qa-board/published.json' } };
/** Without an endpoint the board only shows answers; the form's chunk is never loaded. */
export const ReadOnly: Story = { args: { endpoint: '' } };
/** Before data arrives, the page's fallback content stays visible under a status line. */
export const Loading: Story = { args: { data: undefined } };
/** Nothing answered yet: the board says so and still offers the form for the first question. */
export const Empty: Story = { args: { data: { items: [] } } };
/** The inbox cannot be reached: a localised reason, a retry button and the fallback content. */
export const Error: Story = { args: { src: '/fixtures/does-not-exist.json' } };
export const Invalid: Story = {
  args: { data: { items: [{ id: 'bad id', question: '', answer: '' }] } as QaBoardData },
};

async function settledForm(canvasElement: HTMLElement) {
  const element = canvasElement.querySelector('gov-qa-board')!;
  await element.whenSettled();
  await element.updateComplete;
  return element;
}

/** Send pressed with gaps: the error summary takes focus and links to each field. */
export const AskWithErrors: Story = {
  play: async ({ canvasElement }) => {
    const element = await settledForm(canvasElement);
    element.shadowRoot!.querySelector<HTMLButtonElement>('[part=continue]')!.click();
  },
};
/** After sending (the inbox is simulated in this story). */
export const AskReceipt: Story = {
  play: async ({ canvasElement }) => {
    const element = await settledForm(canvasElement);
    const root = element.shadowRoot!;
    const question = root.getElementById('f-question') as HTMLTextAreaElement;
    question.value = 'ตลาดนัดหน้าศาลากลางจังหวัดสิงห์บุรีเปิดทุกวันพุธหรือไม่';
    question.dispatchEvent(new Event('input'));
    root.getElementById('f-consent')!.click();
    const original = window.fetch;
    window.fetch = (async () =>
      new Response(JSON.stringify({ receipt: '20261202-7K2QF-9XH3M', receivedAt: new Date().toISOString() }), {
        status: 201,
        headers: { 'content-type': 'application/json' },
      })) as typeof fetch;
    try {
      await element.updateComplete;
      root.querySelector<HTMLButtonElement>('[part=continue]')!.click();
      await new Promise((resolve) => element.addEventListener('gov-receipt', resolve, { once: true }));
    } finally {
      window.fetch = original;
    }
  },
};
export const LongThaiText: Story = {
  args: {
    data: {
      items: [
        {
          id: 'long',
          question: longThai,
          answer: `<p>${longThai}</p>`,
          category: longThai,
          askedAt: '2026-11-20',
          answeredAt: '2026-11-25',
        },
      ],
    },
  },
};
export const Narrow320: Story = {
  args: { width: 320 },
  decorators: [(story) => html`<style>.width-320 { max-width: 320px; border: 1px dashed #999; }</style>${story()}`],
};

import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { OpinionBoxData } from '@govkit-th/schemas';
import './define.js';

const data: OpinionBoxData = {
  title: { th: 'แสดงความคิดเห็นและข้อเสนอแนะ', en: 'Opinions and suggestions' },
  intro: {
    th: 'สำนักงานจังหวัดสิงห์บุรีรับฟังความคิดเห็นเกี่ยวกับการให้บริการและการพัฒนาจังหวัด',
    en: 'Sing Buri Provincial Office welcomes your views on its services and the development of the province.',
  },
  topics: [
    { id: 'service', label: { th: 'การให้บริการของหน่วยงาน', en: 'Our services' } },
    { id: 'roads-lights', label: { th: 'ถนน ไฟฟ้าสาธารณะ และน้ำประปา', en: 'Roads, street lights and water' } },
    { id: 'environment', label: { th: 'สิ่งแวดล้อมและการจัดการขยะ', en: 'Environment and waste' } },
    { id: 'other', label: { th: 'เรื่องอื่น ๆ', en: 'Something else' } },
  ],
  consent: {
    th: 'ข้าพเจ้ายินยอมให้สำนักงานจังหวัดสิงห์บุรีเก็บและใช้ข้อมูลที่ให้ไว้เพื่อพิจารณาความคิดเห็นนี้และติดต่อกลับ',
    en: 'I agree that Sing Buri Provincial Office may keep and use what I have given to consider this opinion and reply to me.',
  },
  privacyNotice: { href: 'https://www.singburi.go.th/' },
  endpoint: 'https://inbox.example/opinions',
};

const longThai =
  'สำนักงานจังหวัดสิงห์บุรีขอประชาสัมพันธ์ให้ประชาชนผู้มีความประสงค์จะยื่นคำร้องขอรับการสนับสนุนงบประมาณโครงการพัฒนาคุณภาพชีวิตของผู้สูงอายุและผู้พิการในพื้นที่อำเภอเมืองสิงห์บุรีอำเภออินทร์บุรีและอำเภอพรหมบุรี';

interface Args {
  lang: 'th' | 'en';
  numerals: 'latin' | 'thai';
  src?: string;
  data?: OpinionBoxData;
  width?: number;
}

const meta: Meta<Args> = {
  title: 'Elements/gov-opinion-box',
  component: 'gov-opinion-box',
  args: { lang: 'th', numerals: 'latin', data },
  argTypes: {
    lang: { control: 'inline-radio', options: ['th', 'en'] },
    numerals: { control: 'inline-radio', options: ['latin', 'thai'] },
  },
  render: ({ lang, numerals, src, data, width }) => html`<div lang=${lang} class=${width ? `width-${width}` : ''}>
    <gov-opinion-box numerals=${numerals} src=${src ?? ''} .data=${src ? undefined : data}>
      <p>ส่งความคิดเห็นทางอีเมล saraban@singburi.go.th หรือโทร 0 3650 7100</p>
    </gov-opinion-box>
  </div>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Ready: Story = {};
export const English: Story = { args: { lang: 'en' } };
export const FromSrc: Story = { args: { src: '/fixtures/gov-opinion-box/opinion.json' } };
/** Before data arrives, the page's fallback content stays visible under a status line. */
export const Loading: Story = { args: { data: undefined } };
/** No topics: the topic question is left out and opinions are still taken (there is no empty state). */
export const NoTopics: Story = { args: { data: { ...data, topics: [] } } };
export const Error: Story = { args: { src: '/fixtures/does-not-exist.json' } };
export const Invalid: Story = { args: { data: { ...data, consent: '' } as OpinionBoxData } };
/** Send pressed with gaps: the error summary takes focus and links to each field. */
export const WithErrors: Story = {
  play: async ({ canvasElement }) => {
    const box = canvasElement.querySelector('gov-opinion-box')!;
    await box.whenSettled();
    box.shadowRoot!.querySelector<HTMLButtonElement>('[part=continue]')!.click();
  },
};
/** After sending (the receiver is simulated in this story). */
export const Receipt: Story = {
  play: async ({ canvasElement }) => {
    const box = canvasElement.querySelector('gov-opinion-box')!;
    await box.whenSettled();
    box.answers = { topic: 'roads-lights', message: 'ไฟทางหน้าโรงเรียนดับมาหนึ่งสัปดาห์แล้ว ขอให้ช่วยซ่อมด้วย', consent: true };
    const original = window.fetch;
    window.fetch = (async () =>
      new Response(JSON.stringify({ receipt: 'OP-2569-000042', receivedAt: new Date().toISOString() }), {
        status: 201,
        headers: { 'content-type': 'application/json' },
      })) as typeof fetch;
    try {
      await box.updateComplete;
      box.shadowRoot!.querySelector<HTMLButtonElement>('[part=continue]')!.click();
      await new Promise((resolve) => box.addEventListener('gov-receipt', resolve, { once: true }));
    } finally {
      window.fetch = original;
    }
  },
};
export const LongThaiText: Story = {
  args: { data: { ...data, intro: longThai, consent: longThai, topics: [{ id: 'long', label: longThai }] } },
};
export const Narrow320: Story = {
  args: { width: 320 },
  decorators: [(story) => html`<style>.width-320 { max-width: 320px; border: 1px dashed #999; }</style>${story()}`],
};

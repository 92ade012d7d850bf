import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { FaqData } from '@govkit-th/schemas';
import './define.js';

const faq: FaqData = {
  title: { th: 'คำถามที่พบบ่อย', en: 'Frequently asked questions' },
  items: [
    {
      id: 'oia-request',
      question: { th: 'จะขอดูข้อมูลข่าวสารของราชการได้อย่างไร', en: 'How do I request official information?' },
      answer: {
        th: '<p>ยื่นคำขอตามพระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. 2540 มาตรา 11 ได้ที่ศูนย์ข้อมูลข่าวสาร ชั้น 1 ศาลากลางจังหวัดสิงห์บุรี</p>',
        en: '<p>File a request under section 11 of the Official Information Act at the information centre, ground floor of Sing Buri provincial hall.</p>',
      },
      category: { th: 'ข้อมูลข่าวสาร', en: 'Official information' },
      updatedAt: '2018-05-16',
    },
    {
      id: 'copy-fee',
      question: {
        th: 'ค่าธรรมเนียมการถ่ายสำเนาเอกสารราชการเท่าไร',
        en: 'What is the fee for copies of official documents?',
      },
      answer: {
        th: 'หน้าละ 1 บาท และรับรองสำเนาถูกต้องเรื่องละ 5 บาท',
        en: '1 baht a page, and 5 baht per certified document.',
      },
      category: { th: 'ข้อมูลข่าวสาร', en: 'Official information' },
      updatedAt: '2024-01-09',
    },
    {
      id: 'office-hours',
      question: { th: 'ศาลากลางจังหวัดเปิดให้บริการวันและเวลาใด', en: 'When is the provincial hall open?' },
      answer: {
        th: 'วันจันทร์ถึงวันศุกร์ เวลา 08.30–16.30 น. เว้นวันหยุดราชการ',
        en: 'Monday to Friday, 08:30–16:30, except public holidays.',
      },
      category: { th: 'การติดต่อราชการ', en: 'Visiting us' },
    },
  ],
};

const longThai =
  'สำนักงานจังหวัดสิงห์บุรีขอประชาสัมพันธ์ให้ประชาชนผู้มีความประสงค์จะยื่นคำร้องขอรับการสนับสนุนงบประมาณโครงการพัฒนาคุณภาพชีวิตของผู้สูงอายุและผู้พิการในพื้นที่อำเภอเมืองสิงห์บุรีอำเภออินทร์บุรีและอำเภอพรหมบุรียื่นเอกสารได้ที่ศูนย์ดำรงธรรมจังหวัดสิงห์บุรีในวันและเวลาราชการ';

interface Args {
  lang: 'th' | 'en';
  numerals: 'latin' | 'thai';
  src?: string;
  data?: FaqData;
  width?: number;
  limit?: number;
  noHeading?: boolean;
}

const meta: Meta<Args> = {
  title: 'Elements/gov-faq',
  component: 'gov-faq',
  args: { lang: 'th', numerals: 'latin', data: faq },
  argTypes: {
    lang: { control: 'inline-radio', options: ['th', 'en'] },
    numerals: { control: 'inline-radio', options: ['latin', 'thai'] },
  },
  render: ({ lang, numerals, src, data, width, limit, noHeading }) => html`<div
    lang=${lang}
    class=${width ? `width-${width}` : ''}
  >
    <gov-faq
      numerals=${numerals}
      src=${src ?? ''}
      .data=${src ? undefined : data}
      limit=${limit ?? 0}
      ?no-heading=${noHeading}
    >
      <p>คำถามที่พบบ่อย: โทร 0 3650 7100 ในวันและเวลาราชการ</p>
    </gov-faq>
  </div>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Ready: Story = {};
export const English: Story = { args: { lang: 'en' } };
/** A home page's top questions: `limit="2"`, without the search tools (the FAQ page has them). */
export const Compact: Story = { args: { limit: 2 } };
/** Under a page heading that says the same (`no-heading`): no second "คำถามที่พบบ่อย". */
export const NoHeading: Story = { args: { noHeading: true } };
export const ThaiDigits: Story = { args: { numerals: 'thai' } };
export const FromSrc: Story = { args: { src: '/fixtures/faq.json' } };
/** Before data arrives, the page's fallback content stays visible under a status line. */
export const Loading: Story = { args: { data: undefined } };
export const Empty: Story = { args: { data: { items: [] } } };
/** A missing file: a localised reason, a retry button and the fallback content. */
export const Error: Story = { args: { src: '/fixtures/does-not-exist.json' } };
export const Invalid: Story = { args: { data: { items: [{ id: 'bad id', question: '', answer: '' }] } as FaqData } };
export const LongThaiText: Story = {
  args: {
    data: { items: [{ id: 'long', question: longThai, answer: `<p>${longThai}</p>`, updatedAt: '2026-11-25' }] },
  },
};
export const Narrow320: Story = {
  args: { width: 320 },
  decorators: [(story) => html`<style>.width-320 { max-width: 320px; border: 1px dashed #999; }</style>${story()}`],
};

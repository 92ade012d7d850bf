import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { CioData } from '@govkit-th/schemas';
import './define.js';

const cio: CioData = {
  name: { th: 'นายวิชัย ตัวอย่าง', en: 'Mr Wichai Tuayang' },
  position: { th: 'รองผู้ว่าราชการจังหวัดสิงห์บุรี', en: 'Deputy Governor of Sing Buri' },
  agency: { th: 'สำนักงานจังหวัดสิงห์บุรี', en: 'Sing Buri Provincial Office' },
  photo: {
    src: '/fixtures/gov-cio-card/photo.svg',
    alt: { th: 'ภาพถ่ายนายวิชัย ตัวอย่าง สวมเครื่องแบบข้าราชการ', en: 'Mr Wichai Tuayang in civil service uniform' },
  },
  phone: '0 3650 7100 ต่อ 101',
  email: 'cio@singburi.go.th',
  responsibilities: [
    { th: 'กำหนดนโยบายและแผนพัฒนาเทคโนโลยีสารสนเทศและการสื่อสารของจังหวัด', en: "Set the province's ICT policy and plan" },
    {
      th: 'กำกับดูแลการเผยแพร่ข้อมูลบนเว็บไซต์ของส่วนราชการในจังหวัดให้เป็นไปตามมาตรฐานเว็บไซต์ภาครัฐ',
      en: 'Oversee agency websites against the Government Website Standard',
    },
    {
      th: 'กำกับดูแลการรักษาความมั่นคงปลอดภัยไซเบอร์และการคุ้มครองข้อมูลส่วนบุคคล',
      en: 'Oversee cybersecurity and personal data protection',
    },
  ],
  itPolicy: {
    title: {
      th: 'นโยบายและแนวปฏิบัติในการรักษาความมั่นคงปลอดภัยด้านสารสนเทศ จังหวัดสิงห์บุรี',
      en: 'Sing Buri information security policy and practice',
    },
    href: 'https://www.singburi.go.th/',
  },
  publication: {
    reporter: 'นางสาวสุดา ตัวอย่าง',
    approver: 'นายสมชาย รักษ์ถิ่น หัวหน้าสำนักงานจังหวัดสิงห์บุรี',
    publishedAt: '2026-10-01',
    updatedAt: '2026-11-02',
  },
};

const longThai =
  'สำนักงานจังหวัดสิงห์บุรีขอประชาสัมพันธ์ให้ประชาชนผู้มีความประสงค์จะยื่นคำร้องขอรับการสนับสนุนงบประมาณโครงการพัฒนาคุณภาพชีวิตของผู้สูงอายุและผู้พิการในพื้นที่อำเภอเมืองสิงห์บุรีอำเภออินทร์บุรีและอำเภอพรหมบุรียื่นเอกสารได้ที่ศูนย์ดำรงธรรมจังหวัดสิงห์บุรีในวันและเวลาราชการ';

interface Args {
  lang: 'th' | 'en';
  numerals: 'latin' | 'thai';
  src?: string;
  data?: CioData;
  width?: number;
}

const meta: Meta<Args> = {
  title: 'Elements/gov-cio-card',
  component: 'gov-cio-card',
  args: { lang: 'th', numerals: 'latin', data: cio },
  argTypes: {
    lang: { control: 'inline-radio', options: ['th', 'en'] },
    numerals: { control: 'inline-radio', options: ['latin', 'thai'] },
  },
  render: ({ lang, numerals, src, data, width }) => html`<div lang=${lang} class=${width ? `width-${width}` : ''}>
    <gov-cio-card numerals=${numerals} src=${src ?? ''} .data=${src ? undefined : data}>
      <p>ผู้บริหารเทคโนโลยีสารสนเทศระดับสูง (CIO): นายวิชัย ตัวอย่าง รองผู้ว่าราชการจังหวัดสิงห์บุรี โทร 0 3650 7100</p>
    </gov-cio-card>
  </div>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Ready: Story = {};
export const English: Story = { args: { lang: 'en' } };
export const ThaiDigits: Story = { args: { numerals: 'thai' } };
export const FromSrc: Story = { args: { src: '/fixtures/gov-cio-card/cio.json' } };
/** No photo published: a neutral silhouette that screen readers skip. */
const { photo: _photo, ...withoutPhoto } = cio;
/** No photo published: a neutral silhouette, hidden from screen readers. */
export const NoPhoto: Story = { args: { data: withoutPhoto } };
/** Before data arrives, the page's fallback content stays visible under a status line. */
export const Loading: Story = { args: { data: undefined } };
/** No name announced yet: the card says so and still links the IT policy. */
export const Empty: Story = { args: { data: { agency: cio.agency, itPolicy: cio.itPolicy } } };
/** A missing file: a localised reason, a retry button and the fallback content. */
export const Error: Story = { args: { src: '/fixtures/does-not-exist.json' } };
export const Invalid: Story = { args: { data: { name: 'นายวิชัย', phone: 'โทรหาได้เลย', email: 'not-an-email' } } };
/** A `javascript:` policy link is shown as text, never followed. */
export const HostileLinks: Story = {
  args: { data: { ...cio, itPolicy: { title: 'นโยบายไอที', href: 'javascript:alert(1)' } } },
};
export const LongThaiText: Story = {
  args: { data: { ...cio, name: longThai, position: longThai, responsibilities: [longThai] } },
};
export const Narrow320: Story = {
  args: { width: 320 },
  decorators: [(story) => html`<style>.width-320 { max-width: 320px; border: 1px dashed #999; }</style>${story()}`],
};

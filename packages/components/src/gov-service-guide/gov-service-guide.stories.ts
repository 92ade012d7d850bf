import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { ServiceGuideData } from '@govkit-th/schemas';
import './define.js';

const guide: ServiceGuideData = {
  services: [
    {
      id: 'trade-fair',
      name: { th: 'การขออนุญาตจัดงานแสดงสินค้า', en: 'Permission to hold a trade fair' },
      agency: { th: 'สำนักงานพาณิชย์จังหวัดสิงห์บุรี', en: 'Sing Buri Provincial Commerce Office' },
      eligibility: { th: 'ผู้ประกอบการและนิติบุคคล', en: 'Businesses and legal persons' },
      channels: [
        {
          place: { th: 'สำนักงานพาณิชย์จังหวัดสิงห์บุรี ศาลากลางจังหวัด ชั้น 2', en: 'Commerce Office, Provincial Hall, 1st floor' },
          hours: { th: 'วันจันทร์ถึงวันศุกร์ 08.30–16.30 น.', en: 'Monday to Friday, 08:30–16:30' },
        },
      ],
      conditions: [{ th: 'ยื่นคำขอล่วงหน้าไม่น้อยกว่า 15 วันก่อนวันจัดงาน', en: 'Apply at least 15 days before the fair.' }],
      steps: [
        {
          title: { th: 'การตรวจสอบเอกสาร', en: 'Checking the documents' },
          duration: { value: 30, unit: 'minutes' },
          responsible: { th: 'กลุ่มงานส่งเสริมการค้า', en: 'Trade Promotion Group' },
        },
        {
          title: { th: 'การพิจารณา', en: 'Decision' },
          duration: { value: 3, unit: 'working-days' },
          responsible: { th: 'พาณิชย์จังหวัดสิงห์บุรี', en: 'Provincial Commerce Officer' },
        },
        {
          title: { th: 'การลงนามและแจ้งผล', en: 'Signing and notice' },
          duration: { value: 1, unit: 'hours' },
          responsible: { th: 'พาณิชย์จังหวัดสิงห์บุรี', en: 'Provincial Commerce Officer' },
        },
      ],
      documents: [
        {
          name: { th: 'หนังสือรับรองการจดทะเบียนนิติบุคคล', en: 'Company registration certificate' },
          issuedBy: { th: 'กรมพัฒนาธุรกิจการค้า', en: 'Department of Business Development' },
          copies: 1,
        },
        {
          name: { th: 'แผนผังบริเวณจัดงาน', en: 'Site plan of the fair' },
          originals: 1,
        },
      ],
      fees: [],
      complaints: [{ name: { th: 'ศูนย์ดำรงธรรมจังหวัดสิงห์บุรี', en: 'Sing Buri Damrongdhama Centre' }, phone: '1567' }],
      forms: [
        { title: { th: 'แบบคำขออนุญาตจัดงานแสดงสินค้า', en: 'Trade fair application form' }, href: '/services.html' },
      ],
      updatedAt: '2026-09-15',
    },
  ],
};

const longThai =
  'การขออนุญาตใช้พื้นที่สาธารณะเพื่อจัดกิจกรรมส่งเสริมการท่องเที่ยวและจำหน่ายสินค้าหนึ่งตำบลหนึ่งผลิตภัณฑ์ของกลุ่มวิสาหกิจชุมชนในเขตอำเภอเมืองสิงห์บุรีอำเภออินทร์บุรีและอำเภอพรหมบุรีในช่วงเทศกาลงานประจำปีของจังหวัดสิงห์บุรี';

interface Args {
  lang: 'th' | 'en';
  numerals: 'latin' | 'thai';
  src?: string;
  data?: ServiceGuideData;
  width?: number;
}

const meta: Meta<Args> = {
  title: 'Elements/gov-service-guide',
  component: 'gov-service-guide',
  args: { lang: 'th', numerals: 'latin', data: guide },
  argTypes: {
    lang: { control: 'inline-radio', options: ['th', 'en'] },
    numerals: { control: 'inline-radio', options: ['latin', 'thai'] },
  },
  render: ({ lang, numerals, src, data, width }) => html`<div lang=${lang} class=${width ? `width-${width}` : ''}>
    <gov-service-guide numerals=${numerals} src=${src ?? ''} .data=${src ? undefined : data}>
      <p>คู่มือสำหรับประชาชน: สอบถามได้ที่ศูนย์ข้อมูลข่าวสาร โทร 0 3650 7100</p>
    </gov-service-guide>
  </div>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Ready: Story = {};
export const English: Story = { args: { lang: 'en' } };
export const ThaiDigits: Story = { args: { numerals: 'thai' } };
export const FromSrc: Story = { args: { src: '/fixtures/gov-service-guide/service-guide.json' } };
/** Before data arrives, the page's fallback content stays visible under a status line. */
export const Loading: Story = { args: { data: undefined } };
export const Empty: Story = { args: { data: { services: [] } } };
/** A missing file: a localised reason, a retry button and the fallback content. */
export const Error: Story = { args: { src: '/fixtures/does-not-exist.json' } };
/** A step without its duration: refused, naming order clause 1.3(1). */
export const InvalidStepWithoutDuration: Story = {
  args: {
    data: {
      services: [{ ...guide.services[0], steps: [{ title: 'การพิจารณา', responsible: 'พาณิชย์จังหวัด' }] }],
    } as unknown as ServiceGuideData,
  },
};
export const LongThaiText: Story = {
  args: { data: { services: [{ ...guide.services[0], name: longThai, agency: longThai }] } },
};
export const Narrow320: Story = {
  args: { width: 320 },
  decorators: [(story) => html`<style>.width-320 { max-width: 320px; border: 1px dashed #999; }</style>${story()}`],
};

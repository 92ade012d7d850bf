import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { ServiceListData } from '@govkit-th/schemas';
import './define.js';

const everyone = { th: 'ประชาชนทั่วไป', en: 'The public' };
const business = { th: 'ผู้ประกอบการ', en: 'Businesses' };
const allDay = { th: 'ตลอด 24 ชั่วโมง', en: '24 hours a day' };

const services: ServiceListData = {
  services: [
    {
      id: 'oia-request',
      name: { th: 'แบบคำขอข้อมูลข่าวสารของราชการ', en: 'Official information request' },
      description: {
        th: 'ยื่นคำขอข้อมูลข่าวสารบนหน้าเว็บโดยไม่ต้องดาวน์โหลดแบบฟอร์ม',
        en: 'Request official information on the web page, with nothing to download.',
      },
      audience: [everyone, business],
      channel: 'web-form',
      href: '/services.html',
      availability: allDay,
      updatedAt: '2026-10-01',
    },
    {
      id: 'line-oa',
      name: { th: 'LINE Official Account สำนักงานจังหวัดสิงห์บุรี', en: 'Sing Buri Provincial Office on LINE' },
      description: { th: 'รับข่าวสารและการแจ้งเตือนภัยของจังหวัด', en: 'News and warnings from the province.' },
      audience: [everyone],
      channel: 'line',
      href: 'https://line.me/R/ti/p/@singburi',
      availability: allDay,
    },
    {
      id: 'hotline',
      name: { th: 'สายด่วนศูนย์ดำรงธรรม 1567', en: 'Damrongdhama hotline 1567' },
      description: { th: 'โทรแจ้งเรื่องร้องเรียน โทรฟรี', en: 'Call free of charge to complain.' },
      audience: [everyone],
      channel: 'phone',
      href: 'tel:1567',
      availability: allDay,
    },
    {
      id: 'trade-fair',
      name: { th: 'ยื่นคำขออนุญาตจัดงานแสดงสินค้า', en: 'Applying to hold a trade fair' },
      description: { th: 'ยื่นที่สำนักงานพาณิชย์จังหวัดสิงห์บุรี', en: 'At the Sing Buri Commerce Office.' },
      audience: [business],
      channel: 'counter',
      availability: { th: 'วันจันทร์ถึงวันศุกร์ 08.30–16.30 น.', en: 'Monday to Friday, 08:30–16:30' },
    },
  ],
};

const longThai =
  'ระบบยื่นคำร้องขอรับการสนับสนุนงบประมาณโครงการพัฒนาคุณภาพชีวิตของผู้สูงอายุและผู้พิการในพื้นที่อำเภอเมืองสิงห์บุรีอำเภออินทร์บุรีและอำเภอพรหมบุรีผ่านระบบอิเล็กทรอนิกส์ของศูนย์ดำรงธรรมจังหวัดสิงห์บุรี';

interface Args {
  lang: 'th' | 'en';
  numerals: 'latin' | 'thai';
  src?: string;
  data?: ServiceListData;
  width?: number;
}

const meta: Meta<Args> = {
  title: 'Elements/gov-service-list',
  component: 'gov-service-list',
  args: { lang: 'th', numerals: 'latin', data: services },
  argTypes: {
    lang: { control: 'inline-radio', options: ['th', 'en'] },
    numerals: { control: 'inline-radio', options: ['latin', 'thai'] },
  },
  render: ({ lang, numerals, src, data, width }) => html`<div lang=${lang} class=${width ? `width-${width}` : ''}>
    <gov-service-list numerals=${numerals} src=${src ?? ''} .data=${src ? undefined : data}>
      <p>บริการออนไลน์: ร้องเรียนผ่านศูนย์ดำรงธรรม โทร 1567</p>
    </gov-service-list>
  </div>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Ready: Story = {};
export const English: Story = { args: { lang: 'en' } };
export const ThaiDigits: Story = { args: { numerals: 'thai' } };
export const FromSrc: Story = { args: { src: '/fixtures/gov-service-list/e-services.json' } };
/** Before data arrives, the page's fallback content stays visible under a status line. */
export const Loading: Story = { args: { data: undefined } };
export const Empty: Story = { args: { data: { services: [] } } };
/** A missing file: a localised reason, a retry button and the fallback content. */
export const Error: Story = { args: { src: '/fixtures/does-not-exist.json' } };
/** An online service without its link: refused, naming order clause 1.3(2). */
export const InvalidServiceWithoutLink: Story = {
  args: {
    data: {
      services: [
        {
          name: 'จองคิว',
          description: 'จองคิวออนไลน์',
          audience: ['ประชาชน'],
          channel: 'web-form',
          availability: '24 ชั่วโมง',
        },
      ],
    },
  },
};
export const LongThaiText: Story = {
  args: {
    data: { services: [{ ...services.services[0], name: longThai, description: longThai, audience: [longThai] }] },
  },
};
export const Narrow320: Story = {
  args: { width: 320 },
  decorators: [(story) => html`<style>.width-320 { max-width: 320px; border: 1px dashed #999; }</style>${story()}`],
};

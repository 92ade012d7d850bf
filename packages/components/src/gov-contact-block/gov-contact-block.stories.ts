import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { ContactData } from '@govkit-th/schemas';
import './define.js';

const contact: ContactData = {
  name: { th: 'สำนักงานจังหวัดสิงห์บุรี', en: 'Sing Buri Provincial Office' },
  address: {
    line: { th: 'ศาลากลางจังหวัดสิงห์บุรี ถนนสิงห์บุรี–บางพาน', en: 'Sing Buri Provincial Hall, Sing Buri–Bang Phan Rd' },
    subdistrict: { th: 'บางพุทรา', en: 'Bang Phutsa' },
    district: { th: 'เมืองสิงห์บุรี', en: 'Mueang Sing Buri' },
    province: { th: 'สิงห์บุรี', en: 'Sing Buri' },
    postcode: '16000',
  },
  phones: [
    { label: { th: 'สำนักงานจังหวัดสิงห์บุรี', en: 'Provincial Office' }, number: '0 3650 7100' },
    { label: { th: 'ศูนย์ดำรงธรรมจังหวัดสิงห์บุรี (สายด่วน)', en: 'Damrongdhama Centre hotline' }, number: '1567' },
  ],
  fax: ['0 3650 7101'],
  emails: ['saraban@singburi.go.th'],
  website: 'https://www.singburi.go.th/',
  officeHours: {
    th: 'วันจันทร์ถึงวันศุกร์ เวลา 08.30–16.30 น. เว้นวันหยุดราชการ',
    en: 'Monday to Friday, 08:30–16:30, except public holidays',
  },
  socials: [{ platform: 'facebook', url: 'https://www.facebook.com/singburiprovince' }],
  map: { lat: 14.8936, lng: 100.3967 },
  publication: { reporter: 'หัวหน้ากลุ่มงานอำนวยการ', approver: 'หัวหน้าสำนักงานจังหวัดสิงห์บุรี', updatedAt: '2026-11-20' },
};

const longThai =
  'สำนักงานจังหวัดสิงห์บุรีขอประชาสัมพันธ์ให้ประชาชนผู้มีความประสงค์จะยื่นคำร้องขอรับการสนับสนุนงบประมาณโครงการพัฒนาคุณภาพชีวิตของผู้สูงอายุและผู้พิการในพื้นที่อำเภอเมืองสิงห์บุรีอำเภออินทร์บุรีและอำเภอพรหมบุรียื่นเอกสารได้ที่ศูนย์ดำรงธรรมจังหวัดสิงห์บุรีในวันและเวลาราชการ';

interface Args {
  lang: 'th' | 'en';
  numerals: 'latin' | 'thai';
  headingLevel: number;
  src?: string;
  data?: ContactData;
  width?: number;
}

const meta: Meta<Args> = {
  title: 'Elements/gov-contact-block',
  component: 'gov-contact-block',
  args: { lang: 'th', numerals: 'latin', headingLevel: 2, data: contact },
  argTypes: {
    lang: { control: 'inline-radio', options: ['th', 'en'] },
    numerals: { control: 'inline-radio', options: ['latin', 'thai'] },
    headingLevel: { control: { type: 'number', min: 2, max: 6 } },
  },
  render: ({
    lang,
    numerals,
    headingLevel,
    src,
    data,
    width,
  }) => html`<div lang=${lang} class=${width ? `width-${width}` : ''}>
    <gov-contact-block numerals=${numerals} heading-level=${headingLevel} src=${src ?? ''} .data=${src ? undefined : data}>
      <address>สำนักงานจังหวัดสิงห์บุรี ศาลากลางจังหวัดสิงห์บุรี ตำบลบางพุทรา อำเภอเมืองสิงห์บุรี จังหวัดสิงห์บุรี 16000 โทร 0 3650 7100</address>
    </gov-contact-block>
  </div>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Ready: Story = {};
export const English: Story = { args: { lang: 'en' } };
/** Phone numbers, fax, postcode and dates in Thai digits; the links still dial. */
export const ThaiDigits: Story = { args: { numerals: 'thai' } };
export const FromSrc: Story = { args: { src: '/fixtures/gov-contact-block/contact.json' } };
/** In Bangkok the address uses แขวง and เขต, and the province has no จังหวัด prefix. */
export const Bangkok: Story = {
  args: {
    data: {
      name: { th: 'สำนักงานตัวอย่าง', en: 'Sample Office' },
      address: {
        line: { th: '1 ถนนหน้าพระลาน', en: '1 Na Phra Lan Rd' },
        subdistrict: { th: 'พระบรมมหาราชวัง', en: 'Phra Borom Maha Ratchawang' },
        district: { th: 'พระนคร', en: 'Phra Nakhon' },
        province: { th: 'กรุงเทพมหานคร', en: 'Bangkok' },
        postcode: '10200',
      },
      phones: [{ number: '02 123 4567 ต่อ 12' }],
    },
  },
};
/** Before data arrives, the page's fallback address stays visible under a status line. */
export const Loading: Story = { args: { data: undefined } };
/** Only the address (and hours, map): no phone, fax, e-mail, website or social media yet. */
export const Empty: Story = {
  args: { data: { name: contact.name, address: contact.address, officeHours: contact.officeHours, map: contact.map } },
};
/** A missing file: a localised reason, a retry button and the fallback address. */
export const Error: Story = { args: { src: '/fixtures/does-not-exist.json' } };
export const Invalid: Story = {
  args: {
    data: {
      name: 'สำนักงาน',
      address: { line: 'ศาลากลาง', province: '', postcode: '1600' },
      phones: [{ number: '12' }],
    } as ContactData,
  },
};
export const LongThaiText: Story = {
  args: {
    data: {
      ...contact,
      name: longThai,
      address: { ...contact.address, line: longThai },
      phones: [{ label: longThai, number: '0 3650 7100 ต่อ 123' }],
      officeHours: longThai,
    },
  },
};
export const Narrow320: Story = {
  args: { width: 320 },
  decorators: [(story) => html`<style>.width-320 { max-width: 320px; border: 1px dashed #999; }</style>${story()}`],
};

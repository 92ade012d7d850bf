import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { LinksData } from '@govkit-th/schemas';
import './define.js';

const links: LinksData = {
  title: { th: 'ลิงก์หน่วยงานและสื่อวิดีโอ', en: 'Agencies and videos' },
  groups: [
    {
      title: { th: 'หน่วยงานภายนอกที่เกี่ยวข้อง', en: 'Related agencies' },
      items: [
        { title: { th: 'กระทรวงมหาดไทย', en: 'Ministry of Interior' }, href: 'https://www.moi.go.th/' },
        {
          title: { th: 'กรมการปกครอง', en: 'Department of Provincial Administration' },
          href: 'https://www.dopa.go.th/',
        },
        { title: { th: 'จังหวัดสิงห์บุรี', en: 'Sing Buri Province' }, href: 'https://www.singburi.go.th/' },
      ],
    },
    {
      title: { th: 'วิดีโอข่าวกิจกรรม', en: 'Videos of our activities' },
      items: [
        {
          title: { th: 'งานมหกรรมหอมแดงสิงห์บุรี ประจำปี 2569', en: 'Sing Buri Shallot Fair 2026' },
          href: 'https://www.youtube.com/watch?v=sgb2569fair',
          thumbnail: { src: '/fixtures/gov-link-list/shallot-fair.svg' },
          date: '2026-03-14',
        },
        {
          title: { th: 'หน่วยบำบัดทุกข์ บำรุงสุข อำเภออินทร์บุรี', en: 'Mobile public service unit, In Buri' },
          href: 'https://www.facebook.com/singburiprovince/videos/1234567890/',
          thumbnail: { src: '/fixtures/gov-link-list/mobile-office.svg' },
        },
      ],
    },
  ],
};

const longThai =
  'สำนักงานจังหวัดสิงห์บุรีขอประชาสัมพันธ์ให้ประชาชนผู้มีความประสงค์จะยื่นคำร้องขอรับการสนับสนุนงบประมาณโครงการพัฒนาคุณภาพชีวิตของผู้สูงอายุและผู้พิการในพื้นที่อำเภอเมืองสิงห์บุรีอำเภออินทร์บุรีและอำเภอพรหมบุรียื่นเอกสารได้ที่ศูนย์ดำรงธรรมจังหวัดสิงห์บุรีในวันและเวลาราชการ';

interface Args {
  lang: 'th' | 'en';
  numerals: 'latin' | 'thai';
  src?: string;
  data?: LinksData;
  width?: number;
}

const meta: Meta<Args> = {
  title: 'Elements/gov-link-list',
  component: 'gov-link-list',
  args: { lang: 'th', numerals: 'latin', data: links },
  argTypes: {
    lang: { control: 'inline-radio', options: ['th', 'en'] },
    numerals: { control: 'inline-radio', options: ['latin', 'thai'] },
  },
  render: ({ lang, numerals, src, data, width }) => html`<div lang=${lang} class=${width ? `width-${width}` : ''}>
    <gov-link-list numerals=${numerals} src=${src ?? ''} .data=${src ? undefined : data}>
      <p><a href="https://www.moi.go.th/">กระทรวงมหาดไทย</a> · <a href="https://www.singburi.go.th/">จังหวัดสิงห์บุรี</a></p>
    </gov-link-list>
  </div>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The video shows its local thumbnail and a play button; nothing is asked of YouTube until it is pressed. */
export const Ready: Story = {};
export const English: Story = { args: { lang: 'en' } };
export const ThaiDigits: Story = { args: { numerals: 'thai' } };
export const FromSrc: Story = { args: { src: '/fixtures/gov-link-list/links.json' } };
/** Before data arrives, the page's fallback content stays visible under a status line. */
export const Loading: Story = { args: { data: undefined } };
export const Empty: Story = { args: { data: { groups: [] } } };
/** A missing file: a localised reason, a retry button and the fallback content. */
export const Error: Story = { args: { src: '/fixtures/does-not-exist.json' } };
export const Invalid: Story = { args: { data: { groups: [{ title: '', items: [] }] } as unknown as LinksData } };
export const LongThaiText: Story = {
  args: {
    data: {
      groups: [
        { title: longThai, items: [{ title: longThai, href: 'https://www.dopa.go.th/', description: longThai }] },
      ],
    },
  },
};
export const Narrow320: Story = {
  args: { width: 320 },
  decorators: [(story) => html`<style>.width-320 { max-width: 320px; border: 1px dashed #999; }</style>${story()}`],
};

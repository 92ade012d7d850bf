import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { BannersData } from '@govkit-th/schemas';
import './define.js';

const images = '/fixtures/gov-banner-strip/';
const banners: BannersData = {
  banners: [
    {
      title: { th: 'ศูนย์ดำรงธรรมจังหวัดสิงห์บุรี', en: 'Sing Buri Damrongdhama Centre' },
      href: 'https://www.damrongdhama.moi.go.th/',
      image: `${images}damrongdham.svg`,
      alt: {
        th: 'ศูนย์ดำรงธรรม จังหวัดสิงห์บุรี รับเรื่องร้องเรียน สายด่วน 1567',
        en: 'Damrongdhama Centre, Sing Buri: complaints, hotline 1567',
      },
    },
    {
      title: {
        th: 'การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)',
        en: 'Integrity and Transparency Assessment (ITA)',
      },
      href: 'https://itas.nacc.go.th/',
      image: `${images}ita.svg`,
      alt: {
        th: 'ITA การประเมินคุณธรรมและความโปร่งใส ปีงบประมาณ พ.ศ. 2570',
        en: 'ITA: integrity and transparency assessment, fiscal year 2027',
      },
      startsAt: '2026-10-01',
      endsAt: '2027-09-30',
    },
    {
      title: { th: 'ข้อมูลข่าวสารของราชการ (มาตรา 7 และมาตรา 9)', en: 'Official information (sections 7 and 9)' },
      href: '/',
    },
    {
      title: { th: 'ราชกิจจานุเบกษา', en: 'Royal Thai Government Gazette' },
      href: 'https://ratchakitcha.soc.go.th/',
      image: `${images}ratchakitcha.svg`,
      alt: {
        th: 'ราชกิจจานุเบกษา กฎหมายและประกาศของรัฐ',
        en: 'Royal Thai Government Gazette: laws and official announcements',
      },
    },
    {
      title: { th: 'ลงทะเบียนโครงการสวัสดิการแห่งรัฐ ปี 2565', en: 'State welfare card registration 2022' },
      href: 'https://welfare.mof.go.th/',
      image: `${images}welfare-2565.svg`,
      startsAt: '2022-09-05',
      endsAt: '2022-10-31',
    },
    {
      title: { th: 'งานของดีเมืองสิงห์บุรี ประจำปี 2573', en: 'Sing Buri local produce fair 2030' },
      href: 'https://www.singburi.go.th/',
      image: `${images}shallot-fair.svg`,
      startsAt: '2030-01-15T08:00:00+07:00',
      endsAt: '2030-02-28',
    },
  ],
};

const longThai =
  'สำนักงานจังหวัดสิงห์บุรีขอประชาสัมพันธ์ให้ประชาชนผู้มีความประสงค์จะยื่นคำร้องขอรับการสนับสนุนงบประมาณโครงการพัฒนาคุณภาพชีวิตของผู้สูงอายุและผู้พิการในพื้นที่อำเภอเมืองสิงห์บุรีอำเภออินทร์บุรีและอำเภอพรหมบุรียื่นเอกสารได้ที่ศูนย์ดำรงธรรมจังหวัดสิงห์บุรีในวันและเวลาราชการ';

interface Args {
  lang: 'th' | 'en';
  /** The moment the strip is shown for; banners outside their dates are hidden. */
  now: string;
  province?: string;
  src?: string;
  data?: BannersData;
  width?: number;
}

const meta: Meta<Args> = {
  title: 'Elements/gov-banner-strip',
  component: 'gov-banner-strip',
  args: { lang: 'th', now: '2026-11-25T10:00:00+07:00', data: banners },
  argTypes: {
    lang: { control: 'inline-radio', options: ['th', 'en'] },
    now: { control: 'text' },
    province: { control: 'text' },
  },
  render: ({ lang, now, province, src, data, width }) => html`<div lang=${lang} class=${width ? `width-${width}` : ''}>
    <gov-banner-strip now=${now || ''} province=${province ?? ''} src=${src ?? ''} .data=${src ? undefined : data}>
      <ul>
        <li><a href="https://www.damrongdhama.moi.go.th/">ศูนย์ดำรงธรรมจังหวัดสิงห์บุรี</a></li>
        <li><a href="https://ratchakitcha.soc.go.th/">ราชกิจจานุเบกษา</a></li>
      </ul>
    </gov-banner-strip>
  </div>`,
};
export default meta;
type Story = StoryObj<Args>;

/** As of 25 Nov 2026: the 2022 banner has ended and the 2030 one has not begun. */
export const Ready: Story = {};
export const English: Story = { args: { lang: 'en' } };
export const FromSrc: Story = { args: { src: '/fixtures/gov-banner-strip/banners.json' } };
/** As of 20 Jan 2030: the fair's banner is up and the ITA 2570 banner has ended. */
export const Scheduled: Story = { args: { now: '2030-01-20T09:00:00+07:00' } };
/** Another province's agency names its own province site in the `province` attribute. */
export const OtherProvince: Story = {
  args: { province: '{"name":{"th":"จังหวัดอ่างทอง","en":"Ang Thong Province"},"href":"https://www.angthong.go.th/"}' },
};
/** Before data arrives: the province link, a status line and the page's fallback content. */
export const Loading: Story = { args: { data: undefined } };
/** No banner within its dates: the province link is still there. */
export const Empty: Story = { args: { data: { banners: [] } } };
/** A missing file: the province link above the reason, the retry button and the fallback. */
export const Error: Story = { args: { src: '/fixtures/does-not-exist.json' } };
export const Invalid: Story = {
  args: {
    data: {
      banners: [{ title: 'ประกาศ', href: 'https://www.singburi.go.th/', startsAt: '2026-12-31', endsAt: '2026-12-01' }],
    },
  },
};
/** `javascript:` links are shown as text, never followed. */
export const HostileLinks: Story = {
  args: { data: { banners: [{ title: 'คลิกที่นี่', href: 'javascript:alert(1)' }, ...banners.banners.slice(0, 2)] } },
};
export const LongThaiText: Story = {
  args: {
    data: {
      banners: [
        { title: longThai, href: 'https://www.singburi.go.th/', image: `${images}ita.svg`, alt: longThai },
        { title: longThai, href: '/' },
      ],
    },
  },
};
export const Narrow320: Story = {
  args: { width: 320 },
  decorators: [(story) => html`<style>.width-320 { max-width: 320px; border: 1px dashed #999; }</style>${story()}`],
};

import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { SitemapData, SitemapItem } from '@govkit-th/schemas';
import './define.js';

const sitemap: SitemapData = {
  title: { th: 'แผนผังเว็บไซต์', en: 'Site map' },
  items: [
    { title: { th: 'หน้าหลัก', en: 'Home' }, href: '/' },
    {
      title: { th: 'เกี่ยวกับหน่วยงาน', en: 'About us' },
      href: '/about/',
      children: [
        { title: { th: 'ประวัติความเป็นมา', en: 'History' }, href: '/about/history.html' },
        { title: { th: 'วิสัยทัศน์ พันธกิจ และยุทธศาสตร์', en: 'Vision, mission and strategy' }, href: '/about/vision.html' },
        { title: { th: 'โครงสร้างหน่วยงาน', en: 'Organisation chart' }, href: '/about/structure.html' },
        {
          title: { th: 'ผู้บริหารเทคโนโลยีสารสนเทศระดับสูง (CIO)', en: 'Chief Information Officer (CIO)' },
          href: '/about/cio.html',
          description: {
            th: 'ผู้รับผิดชอบการบริหารงานเทคโนโลยีสารสนเทศของหน่วยงาน',
            en: 'Who manages the office’s information technology',
          },
        },
        {
          title: { th: 'แผนงานและงบประมาณ', en: 'Plans and budget' },
          children: [
            { title: { th: 'แผนปฏิบัติราชการประจำปี', en: 'Annual action plan' }, href: '/about/plans/action-plan.html' },
            {
              title: { th: 'รายงานผลการดำเนินงานประจำปี', en: 'Annual performance report' },
              href: '/about/plans/report.html',
            },
          ],
        },
      ],
    },
    { title: { th: 'ข่าวประชาสัมพันธ์', en: 'News' }, href: '/news.html' },
    { title: { th: 'บริการออนไลน์', en: 'Online services' }, href: '/services.html' },
    { title: { th: 'คำถามที่พบบ่อย', en: 'Frequently asked questions' }, href: '/faq.html' },
    { title: { th: 'ติดต่อเรา', en: 'Contact us' }, href: '/contact.html' },
    {
      title: { th: 'เว็บไซต์ที่เกี่ยวข้อง', en: 'Related websites' },
      children: [{ title: { th: 'จังหวัดสิงห์บุรี', en: 'Sing Buri Province' }, href: 'https://www.singburi.go.th/' }],
    },
  ],
};

const longThai =
  'สำนักงานจังหวัดสิงห์บุรีขอประชาสัมพันธ์ให้ประชาชนผู้มีความประสงค์จะยื่นคำร้องขอรับการสนับสนุนงบประมาณโครงการพัฒนาคุณภาพชีวิตของผู้สูงอายุและผู้พิการในพื้นที่อำเภอเมืองสิงห์บุรีอำเภออินทร์บุรีและอำเภอพรหมบุรี';

function nested(depth: number): SitemapItem[] {
  let items: SitemapItem[] = [{ title: `ชั้นที่ ${depth}`, href: '/deep.html' }];
  for (let level = depth - 1; level >= 1; level -= 1) items = [{ title: `ชั้นที่ ${level}`, children: items }];
  return items;
}

interface Args {
  lang: 'th' | 'en';
  numerals: 'latin' | 'thai';
  src?: string;
  titles?: string;
  current?: string;
  data?: SitemapData;
  width?: number;
}

const meta: Meta<Args> = {
  title: 'Elements/gov-sitemap',
  component: 'gov-sitemap',
  args: { lang: 'th', numerals: 'latin', data: sitemap, current: '/about/history.html' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['th', 'en'] },
    numerals: { control: 'inline-radio', options: ['latin', 'thai'] },
  },
  render: ({
    lang,
    numerals,
    src,
    titles,
    current,
    data,
    width,
  }) => html`<div lang=${lang} class=${width ? `width-${width}` : ''}>
    <gov-sitemap numerals=${numerals} src=${src ?? ''} titles=${titles ?? ''} current=${current ?? ''} .data=${src ? undefined : data}>
      <ul>
        <li><a href="/">หน้าหลัก</a></li>
        <li><a href="/contact.html">ติดต่อเรา</a></li>
      </ul>
    </gov-sitemap>
  </div>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The current page (`current`) is marked with `aria-current="page"`. */
export const Ready: Story = {};
export const English: Story = { args: { lang: 'en' } };
export const ThaiDigits: Story = { args: { numerals: 'thai' } };
export const FromSrc: Story = { args: { src: '/fixtures/gov-sitemap/sitemap.json' } };
/** A standard sitemap.xml: URL paths become sections; `titles` names the pages. */
export const FromSitemapXml: Story = {
  args: {
    src: '/fixtures/gov-sitemap/sitemap.xml',
    titles: '/fixtures/gov-sitemap/titles.json',
    current: 'https://www.example.go.th/about/',
  },
};
/** Before data arrives, the page's fallback content stays visible under a status line. */
export const Loading: Story = { args: { data: undefined } };
export const Empty: Story = { args: { data: { items: [] } } };
/** A missing file: a localised reason, a retry button and the fallback content. */
export const Error: Story = { args: { src: '/fixtures/does-not-exist.json' } };
export const Invalid: Story = { args: { data: { items: [{ title: '', href: '/' }] } as SitemapData } };
/** Nested past the limit: refused, naming the path. */
export const TooDeep: Story = { args: { data: { items: nested(9) } } };
/** Sitemap index files are not read; the reason says so. */
export const SitemapIndex: Story = { args: { src: '/fixtures/gov-sitemap/sitemap-index.xml' } };
export const LongThaiText: Story = {
  args: {
    data: {
      items: [
        {
          title: longThai,
          href: '/long.html',
          description: longThai,
          children: [{ title: longThai, href: '/long/sub.html' }],
        },
      ],
    },
  },
};
export const Narrow320: Story = {
  args: { width: 320 },
  decorators: [(story) => html`<style>.width-320 { max-width: 320px; border: 1px dashed #999; }</style>${story()}`],
};

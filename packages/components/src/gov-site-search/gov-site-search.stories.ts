import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { SearchIndexData } from '@govkit-th/schemas';
import './define.js';

const index: SearchIndexData = {
  version: 1,
  documents: [
    {
      url: '/news.html#land-tax-2570',
      type: 'news',
      title: { th: 'ประชาสัมพันธ์การชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2570', en: 'Land and buildings tax due for 2027' },
      excerpt: {
        th: 'เทศบาลเมืองสิงห์บุรีขอเชิญชวนผู้มีหน้าที่ชำระภาษีที่ดินและสิ่งปลูกสร้างชำระภายในเดือนเมษายน',
        en: 'Sing Buri town asks owners to pay the land and buildings tax by April.',
      },
      date: '2026-11-20',
    },
    {
      url: '/faq.html#copy-fee',
      type: 'faq',
      title: { th: 'ค่าธรรมเนียมการขอสำเนาเอกสารราชการเท่าไร', en: 'What does a copy of an official document cost?' },
      text: { th: 'หน้าละ 1 บาท รับรองสำเนาถูกต้องเรื่องละ 5 บาท ยกเว้นภาษีมูลค่าเพิ่ม', en: '1 baht a page, 5 baht to certify.' },
      date: '2024-01-09',
    },
    {
      url: '/laws.html#oia-act-2540',
      type: 'document',
      title: { th: 'พระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. 2540', en: 'Official Information Act B.E. 2540' },
      date: '1997-09-10',
    },
    {
      url: '/service-guide.html#oia-request',
      type: 'service',
      title: { th: 'การขอข้อมูลข่าวสารของราชการตามมาตรา 11', en: 'Requesting official information under section 11' },
    },
  ],
};

const longThai =
  'ประกาศสำนักงานจังหวัดสิงห์บุรีเรื่องการชำระภาษีที่ดินและสิ่งปลูกสร้างของผู้สูงอายุและผู้พิการในพื้นที่อำเภอเมืองสิงห์บุรีอำเภออินทร์บุรีและอำเภอพรหมบุรีที่ยื่นเอกสารได้ที่ศูนย์ดำรงธรรมจังหวัดสิงห์บุรีในวันและเวลาราชการ';

interface Args {
  lang: 'th' | 'en';
  numerals: 'latin' | 'thai';
  compact: boolean;
  query: string;
  index?: string;
  data?: SearchIndexData;
  width?: number;
}

const meta: Meta<Args> = {
  title: 'Elements/gov-site-search',
  component: 'gov-site-search',
  args: { lang: 'th', numerals: 'latin', compact: false, query: 'ภาษี', data: index },
  argTypes: {
    lang: { control: 'inline-radio', options: ['th', 'en'] },
    numerals: { control: 'inline-radio', options: ['latin', 'thai'] },
  },
  render: ({ lang, numerals, compact, query, index: url, data, width }) => html`<div
    lang=${lang}
    class=${width ? `width-${width}` : ''}
  >
    <gov-site-search numerals=${numerals} ?compact=${compact} query=${query} index=${url ?? 'search-index.json'}
      sitemap="/sitemap.html" .data=${url ? undefined : data}>
      <form role="search" action="search.html"><label>ค้นหาในเว็บไซต์ <input name="q" type="search" /></label>
        <button>ค้นหา</button></form>
    </gov-site-search>
  </div>`,
};
export default meta;
type Story = StoryObj<Args>;

/** "ภาษี" found inside "การชำระภาษีที่ดิน" and "ภาษีมูลค่าเพิ่ม": Thai has no spaces between words. */
export const Results: Story = {};
export const English: Story = { args: { lang: 'en', query: 'official information' } };
export const ThaiDigits: Story = { args: { numerals: 'thai' } };
/** The header box: a GET form to the search page; it loads no index. */
export const Compact: Story = { args: { compact: true, query: '', data: undefined } };
/** The results page before a search: the index loads when the box gets focus. */
export const BeforeSearch: Story = { args: { query: '', data: undefined } };
/** The index on its way (this story's fetch never answers): a polite status line. */
export const Loading: Story = {
  args: { data: undefined, index: '/fixtures/never-answers.json' },
  beforeEach: () => {
    const original = window.fetch;
    window.fetch = (input, init) =>
      String(input).includes('never-answers') ? new Promise<Response>(() => undefined) : original(input, init);
    return () => {
      window.fetch = original;
    };
  },
};
export const NoResults: Story = { args: { query: 'ภาษี ช้างเผือก' } };
export const Empty: Story = { args: { data: { version: 1, documents: [] } } };
/** A missing index: a localised reason, a retry button and the page's plain form. */
export const Error: Story = { args: { data: undefined, index: '/fixtures/does-not-exist.json' } };
export const LongThaiText: Story = {
  args: {
    query: 'สิงห์บุรี',
    data: { version: 1, documents: [{ url: '/long.html', type: 'page', title: longThai, text: longThai }] },
  },
};
export const Narrow320: Story = {
  args: { width: 320 },
  decorators: [(story) => html`<style>.width-320 { max-width: 320px; border: 1px dashed #999; }</style>${story()}`],
};

import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { NewsData } from '@govkit-th/schemas';
import './define.js';

const news: NewsData = {
  title: { th: 'ข่าวประชาสัมพันธ์', en: 'News and announcements' },
  items: [
    {
      id: 'recruit',
      title: {
        th: 'ประกาศรับสมัครพนักงานราชการทั่วไป ตำแหน่งเจ้าพนักงานธุรการ',
        en: 'Vacancy: general government employee, administrative officer',
      },
      summary: {
        th: 'สำนักงานจังหวัดสิงห์บุรีรับสมัครพนักงานราชการทั่วไป 1 อัตรา ตั้งแต่วันที่ 3 ถึง 14 สิงหาคม 2569',
        en: 'Sing Buri Provincial Office is recruiting one general government employee from 3 to 14 August 2026.',
      },
      url: 'https://www.singburi.go.th/',
      category: { th: 'รับสมัครงาน', en: 'Jobs' },
      publishedAt: '2026-08-01',
      updatedAt: '2026-08-05',
      attachments: [
        {
          title: { th: 'ประกาศรับสมัคร', en: 'Vacancy notice' },
          url: '/fixtures/gov-news-list/files/recruit.pdf',
          type: 'application/pdf',
          size: 1234567,
        },
        {
          title: { th: 'ใบสมัคร', en: 'Application form' },
          url: '/fixtures/gov-news-list/files/form.docx',
          size: 358400,
        },
        {
          title: { th: 'คำสั่งแต่งตั้ง (สแกน)', en: 'Order (scan)' },
          url: '/fixtures/gov-news-list/files/order.tif',
          size: 2048000,
        },
      ],
      publication: { reporter: 'นางสาวพิมพ์ชนก ศรีสิงห์', approver: 'นายวีระ ทองบางระจัน' },
    },
    {
      id: 'fish-fair',
      title: { th: 'ขอเชิญเที่ยวงานมหกรรมอาหารปลาแม่ลา ประจำปี 2569', en: 'Mae La Fish Fair 2026' },
      summary: {
        th: 'ชิมปลาช่อนแม่ลาย่างเกลือ ของดีเมืองสิงห์',
        en: 'Taste salt-grilled Mae La snakehead fish, the pride of Sing Buri.',
      },
      category: { th: 'ข่าวกิจกรรม', en: 'Activities' },
      publishedAt: '2026-07-20T09:30:00+07:00',
      image: {
        src: '/fixtures/gov-news-list/image.svg',
        alt: { th: 'ปลาช่อนแม่ลาย่างเกลือวางบนจาน', en: 'Salt-grilled Mae La snakehead fish on a plate' },
        width: 640,
        height: 360,
      },
    },
    {
      id: 'flood',
      title: { th: 'แจ้งเตือนระดับน้ำแม่น้ำเจ้าพระยาเพิ่มสูงขึ้น', en: 'Warning: Chao Phraya River level rising' },
      category: { th: 'ประกาศ', en: 'Announcements' },
      publishedAt: '2026-09-12',
      attachments: [
        {
          title: { th: 'แผนที่พื้นที่เสี่ยง', en: 'Map of areas at risk' },
          url: '/fixtures/gov-news-list/files/map.jpg',
          size: 845000,
        },
      ],
    },
    {
      id: 'procurement',
      title: { th: 'สรุปผลการจัดซื้อจัดจ้าง ไตรมาสที่ 3', en: 'Procurement results, third quarter' },
      category: { th: 'จัดซื้อจัดจ้าง', en: 'Procurement' },
      publishedAt: '2026-07-05',
      attachments: [
        { title: { th: 'ตารางสรุปผล', en: 'Summary table' }, url: '/fixtures/gov-news-list/files/q3.xlsx', size: 40960 },
      ],
    },
  ],
};

const longThai =
  'สำนักงานจังหวัดสิงห์บุรีขอประชาสัมพันธ์ให้ประชาชนผู้มีความประสงค์จะยื่นคำร้องขอรับการสนับสนุนงบประมาณโครงการพัฒนาคุณภาพชีวิตของผู้สูงอายุและผู้พิการในพื้นที่อำเภอเมืองสิงห์บุรีอำเภออินทร์บุรีและอำเภอพรหมบุรียื่นเอกสารได้ที่ศูนย์ดำรงธรรมจังหวัดสิงห์บุรีในวันและเวลาราชการ';

interface Args {
  lang: 'th' | 'en';
  numerals: 'latin' | 'thai';
  pageSize: number;
  oneRecord?: boolean;
  src?: string;
  data?: NewsData;
  width?: number;
}

const meta: Meta<Args> = {
  title: 'Elements/gov-news-list',
  component: 'gov-news-list',
  args: { lang: 'th', numerals: 'latin', pageSize: 10, data: news },
  argTypes: {
    lang: { control: 'inline-radio', options: ['th', 'en'] },
    numerals: { control: 'inline-radio', options: ['latin', 'thai'] },
    pageSize: { control: { type: 'number', min: 1 } },
    oneRecord: { control: 'boolean' },
  },
  render: ({
    lang,
    numerals,
    pageSize,
    oneRecord,
    src,
    data,
    width,
  }) => html`<div lang=${lang} class=${width ? `width-${width}` : ''}>
    <gov-news-list
      numerals=${numerals}
      page-size=${pageSize}
      ?one-record=${oneRecord}
      src=${src ?? ''}
      .data=${src ? undefined : data}
    >
      <p>ข่าวประชาสัมพันธ์: สอบถามได้ที่ศูนย์ข้อมูลข่าวสาร โทร 0 3650 7100</p>
    </gov-news-list>
  </div>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Ready: Story = {};
export const English: Story = { args: { lang: 'en' } };
export const ThaiDigits: Story = { args: { numerals: 'thai' } };
/** The kit's JSON from a URL: 13 items, the first page of 10 and a "show more" button. */
export const FromSrc: Story = { args: { src: '/fixtures/gov-news-list/news.json' } };
/** An RSS 2.0 feed, detected from its content; relative links resolve against the feed's URL. */
export const FromRss: Story = { args: { src: '/fixtures/gov-news-list/feeds/news.rss' } };
export const FromAtom: Story = { args: { src: '/fixtures/gov-news-list/feeds/news.atom' } };
export const FromJsonFeed: Story = { args: { src: '/fixtures/gov-news-list/feeds/news-feed.json' } };
/** Two items a page: the button reveals the next two and moves focus to the first of them. */
export const Paged: Story = { args: { pageSize: 2 } };
/** Before data arrives, the page's fallback content stays visible under a status line. */
export const Loading: Story = { args: { data: undefined } };
export const Empty: Story = { args: { data: { items: [] } } };
/** A missing file: a localised reason, a retry button and the fallback content. */
export const Error: Story = { args: { src: '/fixtures/gov-news-list/does-not-exist.json' } };
export const Invalid: Story = {
  args: { data: { items: [{ id: 'bad', title: '', publishedAt: '2026-13-45' }] } as NewsData },
};
/** A file that is neither JSON nor XML. */
export const NotXml: Story = { args: { src: '/fixtures/gov-news-list/feeds/not-a-feed.txt' } };
/** A "billion laughs" entity bomb: refused before the browser's parser sees it. */
export const XmlBomb: Story = { args: { src: '/fixtures/gov-news-list/feeds/bomb.rss' } };
/** Script in every field is shown as text; summaries lose their markup. */
export const ScriptInData: Story = {
  args: {
    data: {
      items: [
        {
          id: 'x',
          title: '<img src=x onerror=alert(1)>ข่าว',
          summary: '<p>ข้อความ<script>alert(1)</script> <b>ตัวหนา</b></p>',
          url: 'javascript:alert(1)',
          publishedAt: '2026-01-01',
          attachments: [{ title: '<svg onload=alert(1)>', url: 'javascript:alert(2)' }],
        },
      ],
    },
  },
};
export const LongThaiText: Story = {
  args: {
    data: {
      items: [
        {
          id: 'long',
          title: longThai,
          summary: longThai + longThai,
          category: 'ประกาศ',
          publishedAt: '2026-11-25',
          updatedAt: '2026-11-26',
          attachments: [{ title: longThai, url: '/fixtures/gov-news-list/files/long.pdf', size: 5300000 }],
        },
      ],
    },
  },
};
export const Narrow320: Story = {
  args: { width: 320 },
  decorators: [(story) => html`<style>.width-320 { max-width: 320px; border: 1px dashed #999; }</style>${story()}`],
};

/** A news item as the publishing desk serves it: the record of clause 3 written by the system (issue 12). */
export const PublishedFromDesk: Story = {
  args: {
    data: {
      items: [
        {
          id: 'desk-flood-relief',
          title: { th: 'จังหวัดสิงห์บุรีแจกถุงยังชีพผู้ประสบอุทกภัย อำเภออินทร์บุรี', en: 'Relief bags for flood victims in In Buri' },
          publishedAt: '2026-12-01',
          publication: {
            reporter: 'นางสาวสมใจ ใจดี',
            reporterPosition: 'นักประชาสัมพันธ์ชำนาญการ',
            reportedAt: '2026-12-01T09:15:00+07:00',
            approver: 'นายสมชาย รักษ์งาน',
            approverPosition: 'หัวหน้าสำนักงานจังหวัดสิงห์บุรี',
            approvedAt: '2026-12-01T10:00:00+07:00',
            screenedBy: 'นายวิทยา ครองธรรม',
            screenerPosition: 'CIO จังหวัด',
            screenedAt: '2026-12-01T10:30:00+07:00',
            uploader: 'นายธนากร ใจซื่อ',
            uploaderPosition: 'นักวิชาการคอมพิวเตอร์ชำนาญการ',
            publishedAt: '2026-12-01T11:00:00+07:00',
            updatedAt: '2026-12-01T11:00:00+07:00',
            source: 'สำนักงานจังหวัดสิงห์บุรี',
          },
        },
      ],
    },
  },
};

/** A home page's latest news: three items and one publication record for the list, not one under each item. */
export const OneRecordForTheList: Story = {
  args: {
    pageSize: 3,
    oneRecord: true,
    data: {
      ...news,
      publication: {
        reporter: 'นางสาวพิมพ์ชนก ศรีสิงห์',
        approver: 'นายวีระ ทองบางระจัน',
        publishedAt: '2026-10-01',
        source: 'กลุ่มงานยุทธศาสตร์และข้อมูลเพื่อการพัฒนาจังหวัด',
      },
      items: news.items.map((item) => ({
        ...item,
        publication: { reporter: 'นางสาวสมใจ ใจดี', publishedAt: item.publishedAt ?? '2026-11-01' },
      })),
    },
  },
};

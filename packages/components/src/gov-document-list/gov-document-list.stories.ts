import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { DocumentsData } from '@govkit-th/schemas';
import type { DocumentGrouping } from './gov-document-list.js';
import './define.js';

const documents: DocumentsData = {
  title: { th: 'เอกสารเผยแพร่', en: 'Documents' },
  items: [
    {
      id: 'oia-act',
      kind: 'act',
      title: { th: 'พระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. 2540', en: 'Official Information Act B.E. 2540 (1997)' },
      date: '1997-09-10',
      source: {
        title: {
          th: 'ราชกิจจานุเบกษา เล่ม 114 ตอนที่ 46 ก วันที่ 10 กันยายน 2540',
          en: 'Royal Gazette vol. 114, part 46 Kor, 10 September 1997',
        },
        url: 'https://www.ratchakitcha.soc.go.th/',
      },
    },
    {
      id: 'order-1106-2561',
      kind: 'order',
      title: {
        th: 'คำสั่งจังหวัดสิงห์บุรี เรื่อง มาตรการการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ของจังหวัดสิงห์บุรี',
        en: "Sing Buri order on publishing information through the province's websites",
      },
      number: { th: 'ที่ 1106/2561', en: 'No. 1106/2561' },
      date: '2018-05-16',
      source: 'สำนักงานจังหวัดสิงห์บุรี',
      oia: { section: 7, item: 4 },
      files: [{ url: '/data/documents/order-1106-2561.pdf', size: 774 }],
      publication: {
        reporter: 'นางสาวพิมพ์ชนก ศรีสุข',
        approver: 'นายสมชาย รักษ์ถิ่น หัวหน้าสำนักงานจังหวัดสิงห์บุรี',
        publishedAt: '2018-05-16',
      },
    },
    {
      id: 'awd-rice',
      kind: 'knowledge',
      title: { th: 'การปลูกข้าวแบบเปียกสลับแห้ง ลดต้นทุน ลดโลกร้อน', en: 'Alternate wetting and drying for rice' },
      summary: {
        th: 'เกษตรกรอำเภอพรหมบุรีลดการใช้น้ำได้ราวหนึ่งในสาม',
        en: 'Farmers in Phrom Buri cut water use by about a third.',
      },
      date: '2026-07-15T14:30:00+07:00',
      source: 'สำนักงานเกษตรจังหวัดสิงห์บุรี',
    },
    {
      id: 'plan-2569',
      kind: 'procurement-plan',
      title: { th: 'แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2569', en: 'Procurement plan, fiscal year 2569' },
      date: '2025-10-17',
      oia: { section: 9, item: 3 },
      ita: ['O11'],
      files: [{ url: '/data/documents/procurement-plan-2569.pdf', size: 1_250_000 }],
    },
    {
      id: 'sor-khor-ror-2568-09',
      kind: 'procurement-summary',
      title: {
        th: 'สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือนกันยายน 2568 (แบบ สขร.1)',
        en: 'Monthly procurement summary, September 2025',
      },
      number: 'สขร.1 09/2568',
      date: '2025-09-30',
      oia: { section: 9, item: 8 },
      ita: ['O11'],
      files: [
        { url: '/data/news-files/procurement-q3-2569.xlsx', size: 2234 },
        { title: 'CSV', url: '/data/news-files/procurement-q3-2569.csv', size: 5669 },
      ],
    },
  ],
};

const longThai =
  'ประกาศจังหวัดสิงห์บุรีเรื่องหลักเกณฑ์และวิธีการพิจารณาคำขออนุญาตใช้พื้นที่ศาลากลางจังหวัดสิงห์บุรีเพื่อจัดกิจกรรมของภาคเอกชนและองค์กรปกครองส่วนท้องถิ่นในเขตอำเภอเมืองสิงห์บุรีอำเภออินทร์บุรีและอำเภอพรหมบุรี';

interface Args {
  lang: 'th' | 'en';
  numerals: 'latin' | 'thai';
  groupBy: DocumentGrouping;
  kind: string;
  ita: string;
  src?: string;
  data?: DocumentsData;
  width?: number;
}

const meta: Meta<Args> = {
  title: 'Elements/gov-document-list',
  component: 'gov-document-list',
  args: { lang: 'th', numerals: 'latin', groupBy: 'kind', kind: '', ita: '', data: documents },
  argTypes: {
    lang: { control: 'inline-radio', options: ['th', 'en'] },
    numerals: { control: 'inline-radio', options: ['latin', 'thai'] },
    groupBy: { control: 'inline-radio', options: ['kind', 'year', 'fiscal-year', 'oia', 'none'] },
  },
  render: ({ lang, numerals, groupBy, kind, ita, src, data, width }) => html`<div
    lang=${lang}
    class=${width ? `width-${width}` : ''}
  >
    <gov-document-list
      numerals=${numerals}
      group-by=${groupBy}
      kind=${kind}
      ita=${ita}
      src=${src ?? ''}
      .data=${src ? undefined : data}
    >
      <p>ขอดูเอกสารได้ที่ศูนย์ข้อมูลข่าวสาร ชั้น 1 ศาลากลางจังหวัดสิงห์บุรี โทร 0 3650 7100</p>
    </gov-document-list>
  </div>`,
};
export default meta;
type Story = StoryObj<Args>;

export const ByKind: Story = {};
export const English: Story = { args: { lang: 'en' } };
export const ThaiDigits: Story = { args: { numerals: 'thai', groupBy: 'fiscal-year' } };
/** Thai fiscal year: 1 October–30 September, named by its Buddhist-era year (2025-09-30 is FY 2568, 2025-10-01 FY 2569). */
export const ByFiscalYear: Story = { args: { groupBy: 'fiscal-year' } };
export const ByYear: Story = { args: { groupBy: 'year' } };
/** The official-information index: documents by section 7 / section 9 item, with the Act's wording. */
export const OiaIndex: Story = { args: { groupBy: 'oia' } };
export const LawsOnly: Story = { args: { kind: 'act royal-decree order announcement', groupBy: 'none' } };
export const ItaO11: Story = { args: { ita: 'O11', groupBy: 'none' } };
export const FromSrc: Story = { args: { src: '/fixtures/gov-document-list/documents.json' } };
/** Before data arrives, the page's fallback content stays visible under a status line. */
export const Loading: Story = { args: { data: undefined } };
export const Empty: Story = { args: { data: { items: [] } } };
/** A missing file: a localised reason, a retry button and the fallback content. */
export const Error: Story = { args: { src: '/fixtures/does-not-exist.json' } };
/** A law without its source is refused, and the message names order clause 1.1(2). */
export const LawWithoutSource: Story = {
  args: { data: { items: [{ id: 'act', kind: 'act', title: 'พระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. 2540' }] } },
};
export const LongThaiText: Story = {
  args: {
    data: {
      items: [
        { id: 'long', kind: 'announcement', title: longThai, source: longThai, summary: longThai, date: '2026-11-25' },
      ],
    },
  },
};
export const Narrow320: Story = {
  args: { width: 320 },
  decorators: [(story) => html`<style>.width-320 { max-width: 320px; border: 1px dashed #999; }</style>${story()}`],
};

import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { ProfileData } from '@govkit-th/schemas';
import './define.js';

const profile: ProfileData = {
  title: { th: 'ข้อมูลสำนักงานจังหวัดสิงห์บุรี', en: 'About the Sing Buri Provincial Office' },
  history: [
    {
      th: 'จังหวัดสิงห์บุรีเป็นเมืองเก่าแก่ริมแม่น้ำเจ้าพระยา มีชื่อเสียงจากวีรกรรมชาวบ้านบางระจันเมื่อ พ.ศ. 2309',
      en: 'Sing Buri is an old town on the Chao Phraya River, known for the villagers of Bang Rachan (1766).',
    },
  ],
  vision: { th: 'เมืองน่าอยู่ เกษตรปลอดภัย ท่องเที่ยวเชิงประวัติศาสตร์', en: 'A liveable town, safe farming, historical tourism' },
  mission: [{ th: 'บริหารราชการจังหวัดแบบบูรณาการ โปร่งใส ตรวจสอบได้', en: 'Run the province openly and accountably' }],
  values: [{ th: 'ซื่อสัตย์ สุจริต โปร่งใส', en: 'Honesty, integrity and openness' }],
  duties: {
    items: [{ th: 'จัดทำแผนพัฒนาจังหวัด', en: 'Prepare the provincial development plan' }],
    legalBasis: [
      {
        title: {
          th: 'กฎกระทรวงแบ่งส่วนราชการสำนักงานปลัดกระทรวง กระทรวงมหาดไทย พ.ศ. 2560',
          en: 'Ministerial Regulation, 2017',
        },
        href: 'https://www.ratchakitcha.soc.go.th/',
        date: '2017-05-02',
      },
    ],
  },
  strategy: [{ th: 'ยกระดับการผลิตสินค้าเกษตรปลอดภัย', en: 'Raise safe farm production' }],
  plans: [
    {
      title: { th: 'แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. 2570', en: 'Action plan, FY 2027' },
      href: '/plan.pdf',
      date: '2026-10-01',
    },
  ],
  budget: {
    fiscalYear: 2570,
    total: 34509900,
    parts: [
      { title: { th: 'งบบุคลากร', en: 'Personnel' }, amount: 18420600 },
      { title: { th: 'งบดำเนินงาน', en: 'Operating expenses' }, amount: 9874300 },
      { title: { th: 'งบลงทุน', en: 'Investment' }, amount: 6215000 },
    ],
  },
  performance: [
    { title: { th: 'รายงานผลการดำเนินงานประจำปีงบประมาณ พ.ศ. 2569', en: 'Annual report, FY 2026' }, href: '/report.pdf' },
  ],
  structure: {
    units: [
      {
        name: { th: 'ผู้ว่าราชการจังหวัดสิงห์บุรี', en: 'Governor of Sing Buri' },
        children: [
          {
            name: { th: 'สำนักงานจังหวัดสิงห์บุรี', en: 'Sing Buri Provincial Office' },
            head: { th: 'หัวหน้าสำนักงานจังหวัด', en: 'Head of the Provincial Office' },
            children: [
              { name: { th: 'กลุ่มงานอำนวยการ', en: 'General Administration Group' } },
              { name: { th: 'กลุ่มงานข้อมูลข่าวสารและการสื่อสาร', en: 'Information and Communication Group' } },
            ],
          },
          { name: { th: 'ศูนย์ดำรงธรรมจังหวัดสิงห์บุรี', en: 'Sing Buri Damrongdham Centre' } },
        ],
      },
    ],
  },
  executives: [
    {
      name: { th: 'นายสมศักดิ์ ตัวอย่าง', en: 'Mr Somsak Tuayang' },
      position: { th: 'ผู้ว่าราชการจังหวัดสิงห์บุรี', en: 'Governor of Sing Buri' },
      from: '2025-10-01',
      phone: '0 3650 7000',
      email: 'governor@singburi.go.th',
    },
  ],
};

const longThai =
  'สำนักงานจังหวัดสิงห์บุรีขอประชาสัมพันธ์ให้ประชาชนผู้มีความประสงค์จะยื่นคำร้องขอรับการสนับสนุนงบประมาณโครงการพัฒนาคุณภาพชีวิตของผู้สูงอายุและผู้พิการในพื้นที่อำเภอเมืองสิงห์บุรีอำเภออินทร์บุรีและอำเภอพรหมบุรียื่นเอกสารได้ที่ศูนย์ดำรงธรรมจังหวัดสิงห์บุรีในวันและเวลาราชการ';

interface Args {
  lang: 'th' | 'en';
  numerals: 'latin' | 'thai';
  section: string;
  src?: string;
  data?: ProfileData;
  width?: number;
}

const meta: Meta<Args> = {
  title: 'Elements/gov-agency-profile',
  component: 'gov-agency-profile',
  args: { lang: 'th', numerals: 'latin', section: '', data: profile },
  argTypes: {
    lang: { control: 'inline-radio', options: ['th', 'en'] },
    numerals: { control: 'inline-radio', options: ['latin', 'thai'] },
    section: {
      control: 'select',
      options: ['', 'history', 'vision', 'duties', 'plans', 'budget', 'performance', 'structure', 'executives'],
    },
  },
  render: ({
    lang,
    numerals,
    section,
    src,
    data,
    width,
  }) => html`<div lang=${lang} class=${width ? `width-${width}` : ''}>
    <gov-agency-profile numerals=${numerals} section=${section} src=${src ?? ''} .data=${src ? undefined : data}>
      <p>สำนักงานจังหวัดสิงห์บุรี ศาลากลางจังหวัดสิงห์บุรี โทร 0 3650 7100</p>
    </gov-agency-profile>
  </div>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Ready: Story = {};
export const English: Story = { args: { lang: 'en' } };
export const ThaiDigits: Story = { args: { numerals: 'thai', section: 'budget' } };
/** One section of the same data, as an about/ page shows it. */
export const Structure: Story = { args: { section: 'structure' } };
export const Executives: Story = { args: { section: 'executives' } };
/** The stated total differs from the sum of the parts: a warning, and the computed sum in the table. */
export const BudgetMismatch: Story = {
  args: { section: 'budget', data: { budget: { ...profile.budget!, total: 35000000 } } },
};
export const FromSrc: Story = { args: { src: '/fixtures/gov-agency-profile/profile.json' } };
/** Before data arrives, the page's fallback content stays visible under a status line. */
export const Loading: Story = { args: { data: undefined } };
export const Empty: Story = { args: { section: 'executives', data: { history: ['ก'] } } };
/** A missing file: a localised reason, a retry button and the fallback content. */
export const Error: Story = { args: { src: '/fixtures/does-not-exist.json' } };
export const Invalid: Story = {
  args: { data: { budget: { fiscalYear: 70, total: -1, parts: [] } } as unknown as ProfileData },
};
export const LongThaiText: Story = { args: { section: 'history', data: { history: [longThai] } } };
export const Narrow320: Story = {
  args: { width: 320 },
  decorators: [(story) => html`<style>.width-320 { max-width: 320px; border: 1px dashed #999; }</style>${story()}`],
};

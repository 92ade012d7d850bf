import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { PolicyData } from '@govkit-th/schemas';
import './define.js';

const policy: PolicyData = {
  kind: 'disclaimer',
  template: true,
  title: { th: 'ข้อจำกัดความรับผิดชอบ', en: 'Disclaimer' },
  updatedAt: '2026-12-02',
  values: { agency: { th: 'สำนักงานจังหวัดสิงห์บุรี', en: 'Sing Buri Provincial Office' } },
  sections: [
    {
      id: 'accuracy',
      heading: { th: 'ความถูกต้องของข้อมูล', en: 'Accuracy of information' },
      body: [
        {
          th: '{agency}ตรวจสอบข้อมูลก่อนเผยแพร่และปรับปรุงให้เป็นปัจจุบันอย่างสม่ำเสมอ',
          en: '{agency} checks information before publishing it and keeps it up to date.',
        },
      ],
    },
    {
      id: 'links',
      heading: { th: 'ลิงก์ไปยังเว็บไซต์อื่น', en: 'Links to other websites' },
      body: [
        { th: 'เว็บไซต์นี้มีลิงก์ไปยังเว็บไซต์อื่นเพื่อความสะดวก', en: 'This website links to other websites for convenience.' },
        {
          list: [
            { th: 'หน่วยงานในจังหวัด', en: 'Agencies in the province' },
            { th: 'กระทรวงมหาดไทย', en: 'Ministry of Interior' },
          ],
        },
      ],
    },
    {
      id: 'language',
      heading: { th: 'ฉบับภาษาไทยและภาษาอังกฤษ', en: 'Thai and English versions' },
      body: [{ th: 'หากข้อความไม่ตรงกัน ให้ถือข้อความภาษาไทยเป็นหลัก', en: 'Where the texts differ, the Thai text prevails.' }],
    },
    {
      id: 'changes',
      heading: { th: 'การเปลี่ยนแปลง', en: 'Changes' },
      body: [{ th: '{agency}อาจแก้ไขข้อมูลได้โดยไม่ต้องแจ้งล่วงหน้า', en: '{agency} may change information without notice.' }],
    },
  ],
};

const longThai =
  'สำนักงานจังหวัดสิงห์บุรีขอประชาสัมพันธ์ให้ประชาชนผู้มีความประสงค์จะยื่นคำร้องขอรับการสนับสนุนงบประมาณโครงการพัฒนาคุณภาพชีวิตของผู้สูงอายุและผู้พิการในพื้นที่อำเภอเมืองสิงห์บุรีอำเภออินทร์บุรีและอำเภอพรหมบุรียื่นเอกสารได้ที่ศูนย์ดำรงธรรมจังหวัดสิงห์บุรีในวันและเวลาราชการ';

interface Args {
  lang: 'th' | 'en';
  numerals: 'latin' | 'thai';
  headingLevel: number;
  src?: string;
  data?: PolicyData;
  width?: number;
}

const meta: Meta<Args> = {
  title: 'Elements/gov-policy',
  component: 'gov-policy',
  args: { lang: 'th', numerals: 'latin', headingLevel: 1, data: policy },
  argTypes: {
    lang: { control: 'inline-radio', options: ['th', 'en'] },
    numerals: { control: 'inline-radio', options: ['latin', 'thai'] },
  },
  render: ({ lang, numerals, headingLevel, src, data, width }) => html`<div
    lang=${lang}
    class=${width ? `width-${width}` : ''}
  >
    <gov-policy numerals=${numerals} heading-level=${headingLevel} src=${src ?? ''} .data=${src ? undefined : data}>
      <p>ขอรับนโยบายฉบับพิมพ์ได้ที่ศูนย์ข้อมูลข่าวสาร โทร 0 3650 7100</p>
    </gov-policy>
  </div>`,
};
export default meta;
type Story = StoryObj<Args>;

/** A template: the notice says it needs the agency's legal review. */
export const Ready: Story = {};
export const English: Story = { args: { lang: 'en' } };
/** Reviewed and in force: no template notice. */
export const Reviewed: Story = { args: { data: { ...policy, template: false } } };
export const ThaiDigits: Story = { args: { numerals: 'thai' } };
export const FromSrc: Story = { args: { src: '/fixtures/gov-policy/policy.json' } };
export const Loading: Story = { args: { data: undefined } };
export const Empty: Story = { args: { data: { title: 'นโยบายคุกกี้', sections: [] } } };
export const Error: Story = { args: { src: '/fixtures/does-not-exist.json' } };
export const Invalid: Story = { args: { data: { title: '', sections: [] } as unknown as PolicyData } };
export const LongThaiText: Story = {
  args: { data: { title: 'นโยบายเว็บไซต์', sections: [{ heading: 'วัตถุประสงค์', body: [longThai] }] } },
};
export const Narrow320: Story = {
  args: { width: 320 },
  decorators: [(story) => html`<style>.width-320 { max-width: 320px; border: 1px dashed #999; }</style>${story()}`],
};

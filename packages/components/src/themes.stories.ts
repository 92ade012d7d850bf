import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { FaqData, LinksData } from '@govkit-th/schemas';
import './gov-faq/define.js';
import './gov-link-list/define.js';
import './gov-display-settings/define.js';

/**
 * The optional DGA theme (`themes/dga.css`): the kit's tokens set to DGA's Citizen Portal
 * design system (primary #008858, the Anuphan font). Switch any story with the toolbar's
 * "Theme" menu; these stories turn it on by themselves.
 */
const faq: FaqData = {
  title: { th: 'คำถามที่พบบ่อย', en: 'Frequently asked questions' },
  items: [
    {
      id: 'hours',
      question: { th: 'ศาลากลางจังหวัดเปิดให้บริการวันและเวลาใด', en: 'When is the provincial hall open?' },
      answer: {
        th: '<p>วันจันทร์ถึงวันศุกร์ เวลา 08.30–16.30&nbsp;น.</p>',
        en: '<p>Monday to Friday, 8.30 am to 4.30 pm.</p>',
      },
      category: { th: 'บริการ', en: 'Services' },
      updatedAt: '2026-05-16',
    },
  ],
};

const links: LinksData = {
  groups: [
    {
      title: { th: 'หน่วยงานภายนอกที่เกี่ยวข้อง', en: 'Related agencies' },
      items: [
        {
          title: { th: 'กรมการปกครอง', en: 'Department of Provincial Administration' },
          href: 'https://www.dopa.go.th/',
        },
      ],
    },
  ],
};

interface Args {
  lang: 'th' | 'en';
}

const meta: Meta<Args> = {
  title: 'Themes/DGA',
  tags: ['!autodocs'],
  args: { lang: 'th' },
  argTypes: { lang: { control: 'inline-radio', options: ['th', 'en'] } },
  globals: { theme: 'dga' },
  render: ({ lang }) => html`<div lang=${lang}>
    <gov-faq .data=${faq}></gov-faq>
    <gov-link-list .data=${links}></gov-link-list>
    <gov-display-settings></gov-display-settings>
  </div>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Ready: Story = {};
export const English: Story = { args: { lang: 'en' } };

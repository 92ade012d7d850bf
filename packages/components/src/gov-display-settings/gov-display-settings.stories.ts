import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { FaqData } from '@govkit-th/schemas';
import { applyDisplay, DEFAULT_DISPLAY, DISPLAY_KEY, writeDisplay, type DisplaySettings } from './display-apply.js';
import './define.js';

interface Args {
  lang: 'th' | 'en';
  open: boolean;
  /** The settings a visitor chose earlier (stored before the story renders). */
  stored?: DisplaySettings;
  width?: number;
}

const faq: FaqData = {
  items: [
    {
      id: 'copy-fee',
      question: { th: 'ค่าธรรมเนียมการถ่ายสำเนาเอกสารราชการเท่าไร', en: 'What does a copy of an official document cost?' },
      answer: {
        th: '<p>หน้าละ 1&nbsp;บาท รับรองสำเนาถูกต้องเรื่องละ 5&nbsp;บาท</p>',
        en: '<p>1&nbsp;baht a page; 5&nbsp;baht to certify it.</p>',
      },
      category: { th: 'ค่าธรรมเนียม', en: 'Fees' },
    },
  ],
};

const meta: Meta<Args> = {
  title: 'Elements/gov-display-settings',
  component: 'gov-display-settings',
  args: { lang: 'th', open: true },
  argTypes: { lang: { control: 'inline-radio', options: ['th', 'en'] } },
  // Every story starts from what the visitor stored (nothing, by default): the settings apply to the whole page.
  loaders: [
    async ({ args }) => {
      localStorage.removeItem(DISPLAY_KEY);
      applyDisplay(args.stored ?? DEFAULT_DISPLAY);
      if (args.stored) writeDisplay(args.stored);
      await import('../gov-faq/define.js');
    },
  ],
  render: ({ lang, open, width }) => html`<div lang=${lang} class=${width ? `width-${width}` : ''}>
    <gov-display-settings ?open=${open}></gov-display-settings>
    <p>เนื้อหาของหน้าเว็บและองค์ประกอบของ GovKit ด้านล่างเปลี่ยนตามการตั้งค่า / The page and the kit element below follow the settings.</p>
    <gov-faq .data=${faq}></gov-faq>
  </div>`,
  decorators: [(story) => html`<style>.width-320 { max-width: 320px; border: 1px dashed #999; }</style>${story()}`],
};
export default meta;
type Story = StoryObj<Args>;

export const Ready: Story = {};
/** Closed: one line ("การแสดงผล") in the page's header. */
export const Closed: Story = { args: { open: false } };
export const English: Story = { args: { lang: 'en' } };
/** High contrast and the largest text, as a visitor with low vision chose them on an earlier visit. */
export const HighContrastLargestText: Story = { args: { stored: { textSize: 'x-large', contrast: 'high' } } };
export const Narrow320: Story = { args: { width: 320 } };
export const Narrow320HighContrastLargestText: Story = {
  args: { width: 320, stored: { textSize: 'x-large', contrast: 'high' } },
};

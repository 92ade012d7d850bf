import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './define.js';

interface Args {
  lang: 'th' | 'en';
  agency: string;
  expanded: boolean;
  width?: number;
}

const meta: Meta<Args> = {
  title: 'Elements/gov-masthead',
  component: 'gov-masthead',
  args: { lang: 'th', agency: 'สำนักงานจังหวัดสิงห์บุรี', expanded: false },
  argTypes: { lang: { control: 'inline-radio', options: ['th', 'en'] } },
  render: ({ lang, agency, expanded, width }) => html`<div lang=${lang} class=${width ? `width-${width}` : ''}>
    <gov-masthead agency=${agency} ?expanded=${expanded}>
      <p>เว็บไซต์ทางการของหน่วยงานภาครัฐไทย</p>
    </gov-masthead>
  </div>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The collapsed bar, as every page shows it. */
export const Ready: Story = {};
/** After "วิธีสังเกต": how to tell an official website. */
export const Expanded: Story = { args: { expanded: true } };
export const English: Story = { args: { lang: 'en', agency: 'Sing Buri Provincial Office', expanded: true } };
/** Without an agency name the explanation says what to look for. */
export const NoAgency: Story = { args: { agency: '', expanded: true } };
export const LongThaiAgency: Story = {
  args: {
    expanded: true,
    agency: 'สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดสิงห์บุรีและศูนย์ประสานงานการพัฒนาคุณภาพชีวิตผู้สูงอายุและผู้พิการ',
  },
};
export const Narrow320: Story = {
  args: { width: 320, expanded: true },
  decorators: [(story) => html`<style>.width-320 { max-width: 320px; border: 1px dashed #999; }</style>${story()}`],
};

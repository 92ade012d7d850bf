import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './define.js';

const FIXTURES = '/fixtures/gov-ita-index/';

interface Args {
  lang: 'th' | 'en';
  numerals: 'latin' | 'thai';
  year: number;
  src: string;
  itemsSrc: string;
  width?: number;
}

/**
 * The ITA "OIT" index of a year for one agency: `src` is its manifest (`govkit.json`); the
 * element reads the data files it points to and lists every item with its links, or as missing.
 */
const meta: Meta<Args> = {
  title: 'Elements/gov-ita-index',
  component: 'gov-ita-index',
  args: { lang: 'th', numerals: 'latin', year: 2568, src: `${FIXTURES}govkit.json`, itemsSrc: '' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['th', 'en'] },
    numerals: { control: 'inline-radio', options: ['latin', 'thai'] },
    year: { control: 'inline-radio', options: [2566, 2567, 2568] },
  },
  render: ({ lang, numerals, year, src, itemsSrc, width }) => html`<div
    lang=${lang}
    class=${width ? `width-${width}` : ''}
  >
    <gov-ita-index src=${src} year=${year} numerals=${numerals} items-src=${itemsSrc || ''}>
      <p>ดูข้อมูลตามแบบตรวจการเปิดเผยข้อมูลสาธารณะได้ที่ศูนย์ข้อมูลข่าวสาร โทร 0 3650 7100</p>
    </gov-ita-index>
  </div>`,
};
export default meta;
type Story = StoryObj<Args>;

/** ITA 2568: 26 items; what the agency's data serves is linked, the rest shown as not found. */
export const Year2568: Story = {};
export const English: Story = { args: { lang: 'en' } };
/** ITA 2566: 43 items under their indicator groups (wording unconfirmed, marked on every item). */
export const Year2566ThaiDigits: Story = { args: { year: 2566, numerals: 'thai' } };
/** A data file that does not load: its items say "could not check", with the reason, not "missing". */
export const FileNotLoaded: Story = { args: { src: `${FIXTURES}govkit-news-missing.json` } };
/** The page replaces the year's list with its own (`items-src`). */
export const LongThaiText: Story = { args: { itemsSrc: `${FIXTURES}items-long.json` } };
export const Narrow320: Story = {
  args: { width: 320, itemsSrc: `${FIXTURES}items-long.json` },
  decorators: [(story) => html`<style>.width-320 { max-width: 320px; border: 1px dashed #999; }</style>${story()}`],
};
/** Before the manifest arrives, the page's fallback content stays visible under a status line. */
export const Loading: Story = { args: { src: '' } };
export const Empty: Story = { args: { itemsSrc: `${FIXTURES}items-empty.json` } };
/** A missing manifest: a localised reason, a retry button and the fallback content. */
export const Error: Story = { args: { src: '/fixtures/does-not-exist.json' } };
/** A year the kit has no list for, and no `items-src`: the error names the years it has. */
export const ErrorUnknownYear: Story = { args: { year: 2571 } };

import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { AgencyDirectoryData } from '@govkit-th/schemas';
import './define.js';

/**
 * The agencies' manifests and data are fixture files (`packages/components/test/fixtures/gov-agency-directory/`),
 * served by Storybook at /fixtures/. The agriculture office's manifest does not exist: it shows as unreachable.
 */
const FIXTURES = '/fixtures/gov-agency-directory/';

const directory: AgencyDirectoryData = {
  title: { th: 'หน่วยงานในจังหวัดสิงห์บุรี', en: 'Agencies in Sing Buri' },
  agencies: [
    { manifest: `${FIXTURES}health/govkit.json` },
    {
      manifest: `${FIXTURES}offline/govkit.json`,
      name: { th: 'สำนักงานเกษตรจังหวัดสิงห์บุรี', en: 'Sing Buri Provincial Agriculture Office' },
    },
    { manifest: `${FIXTURES}inburi/govkit.json` },
  ],
};

const longThai =
  'สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดสิงห์บุรีร่วมกับองค์การบริหารส่วนจังหวัดสิงห์บุรีและเทศบาลตำบลทุกแห่งในอำเภออินทร์บุรีอำเภอพรหมบุรีและอำเภอค่ายบางระจัน';

interface Args {
  lang: 'th' | 'en';
  view: 'agencies' | 'news';
  src?: string;
  data?: AgencyDirectoryData;
  width?: number;
}

const meta: Meta<Args> = {
  title: 'Elements/gov-agency-directory',
  component: 'gov-agency-directory',
  args: { lang: 'th', view: 'agencies', data: directory },
  argTypes: {
    lang: { control: 'inline-radio', options: ['th', 'en'] },
    view: { control: 'inline-radio', options: ['agencies', 'news'] },
  },
  render: ({ lang, view, src, data, width }) => html`<div lang=${lang} class=${width ? `width-${width}` : ''}>
    <gov-agency-directory view=${view} agency-timeout="4000" src=${src ?? ''} .data=${src ? undefined : data}>
      <p>รายชื่อหน่วยงานในจังหวัดสิงห์บุรี: ติดต่อศาลากลางจังหวัด โทร 0 3650 7100</p>
    </gov-agency-directory>
  </div>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Three agencies: one read whole, one unreachable (its manifest is missing), one that publishes little. */
export const Ready: Story = {};
export const English: Story = { args: { lang: 'en' } };
export const FromSrc: Story = { args: { src: `${FIXTURES}directory.json` } };
/** `view="news"`: the agencies' news in one dated list, each item naming its agency; the unreachable agency is named. */
export const ProvinceNews: Story = { args: { view: 'news' } };
/** Before data arrives, the page's fallback content stays visible under a status line. */
export const Loading: Story = { args: { data: undefined } };
export const Empty: Story = { args: { data: { agencies: [] } } };
/** The province's own list is missing: a localised reason, a retry button and the fallback content. */
export const Error: Story = { args: { src: '/fixtures/does-not-exist.json' } };
export const Invalid: Story = { args: { data: { agencies: [{ name: 'ไม่มีที่อยู่' }] } as unknown as AgencyDirectoryData } };
/** An agency not reached and named only by the province's list: a long Thai name wraps. */
export const LongThaiText: Story = {
  args: { data: { agencies: [{ manifest: `${FIXTURES}offline/govkit.json`, name: longThai }] } },
};
export const Narrow320: Story = {
  args: { width: 320 },
  decorators: [(story) => html`<style>.width-320 { max-width: 320px; border: 1px dashed #999; }</style>${story()}`],
};

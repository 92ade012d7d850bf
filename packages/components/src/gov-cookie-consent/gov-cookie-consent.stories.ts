import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { LinksData } from '@govkit-th/schemas';
import { STORAGE_KEY, type GovCookieConsent } from './gov-cookie-consent.js';
import './define.js';

interface Args {
  lang: 'th' | 'en';
  policyHref: string;
  policyVersion: string;
  /** Whether the page has something that needs consent (a marked element stands in for a statistics script). */
  needsConsent: boolean;
  width?: number;
}

/** Each story starts as a first visit: no stored choice. */
const firstVisit = async () => localStorage.removeItem(STORAGE_KEY);

const meta: Meta<Args> = {
  title: 'Elements/gov-cookie-consent',
  component: 'gov-cookie-consent',
  args: { lang: 'th', policyHref: '/cookie-policy.html', policyVersion: '1', needsConsent: true },
  argTypes: { lang: { control: 'inline-radio', options: ['th', 'en'] } },
  loaders: [firstVisit],
  render: ({ lang, policyHref, policyVersion, needsConsent, width }) => html`<div
    lang=${lang}
    class="consent-frame ${width ? `width-${width}` : ''}"
  >
    <p>เนื้อหาของหน้า / Page content</p>
    ${needsConsent ? html`<div data-consent="statistics"></div>` : ''}
    <gov-cookie-consent policy-href=${policyHref} policy-version=${policyVersion}></gov-cookie-consent>
  </div>`,
  decorators: [
    // A transformed frame holds the fixed banner inside the story, as the window would.
    (story) => html`<style>
        .consent-frame { transform: translateZ(0); min-height: 22rem; border: 1px dashed #999; }
        .width-320 { max-width: 320px; min-height: 30rem; }
      </style>
      ${story()}`,
  ],
};
export default meta;
type Story = StoryObj<Args>;

/** First visit on a page with a statistics script: the banner, with reject beside accept, the same size. */
export const Ready: Story = {};
export const English: Story = { args: { lang: 'en' } };
export const Narrow320: Story = { args: { width: 320 } };
/** A page with nothing that needs consent: no banner at all. */
export const Empty: Story = { args: { needsConsent: false } };
/** "ตั้งค่า" (or the footer's cookie-settings button): the settings dialog, one choice per category. */
export const Settings: Story = {
  play: async ({ canvasElement }) => {
    await canvasElement.querySelector<GovCookieConsent>('gov-cookie-consent')!.open();
  },
};

const video: LinksData = {
  groups: [
    {
      title: { th: 'วิดีโอข่าวกิจกรรม', en: 'Videos of our activities' },
      items: [
        {
          title: { th: 'งานมหกรรมหอมแดงสิงห์บุรี ประจำปี 2569', en: 'Sing Buri Shallot Fair 2026' },
          href: 'https://www.youtube.com/watch?v=sgb2569fair',
          thumbnail: { src: '/fixtures/gov-link-list/shallot-fair.svg' },
        },
      ],
    },
  ],
};

/** A video list on the page: pressing play asks for consent to third-party media first, in a dialog. */
export const VideoWaitsForConsent: Story = {
  render: ({ lang }) => html`<div lang=${lang} class="consent-frame">
    <gov-cookie-consent policy-href="/cookie-policy.html"></gov-cookie-consent>
    <gov-link-list .data=${video}></gov-link-list>
  </div>`,
  loaders: [firstVisit, async () => import('../gov-link-list/define.js')],
};

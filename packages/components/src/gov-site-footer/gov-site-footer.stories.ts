import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { ContactData, FooterData } from '@govkit-th/schemas';
import './define.js';

const contact: ContactData = {
  name: { th: 'สำนักงานจังหวัดสิงห์บุรี', en: 'Sing Buri Provincial Office' },
  address: {
    line: { th: 'ศาลากลางจังหวัดสิงห์บุรี ถนนสิงห์บุรี–บางพาน', en: 'Sing Buri Provincial Hall, Sing Buri–Bang Phan Rd' },
    subdistrict: { th: 'บางพุทรา', en: 'Bang Phutsa' },
    district: { th: 'เมืองสิงห์บุรี', en: 'Mueang Sing Buri' },
    province: { th: 'สิงห์บุรี', en: 'Sing Buri' },
    postcode: '16000',
  },
  phones: [{ number: '0 3650 7100' }],
  emails: ['saraban@singburi.go.th'],
};

const footer: FooterData = {
  links: [
    { kind: 'contact', href: '/contact.html' },
    { kind: 'terms', href: '/policies/website-policy.html#terms' },
    { kind: 'website-policy', href: '/policies/website-policy.html' },
    { kind: 'privacy-notice', href: '/policies/privacy-notice.html' },
    { kind: 'cookie-policy', href: '/policies/cookie-policy.html' },
    { kind: 'security-policy', href: '/policies/security-policy.html' },
    { kind: 'disclaimer', href: '/policies/disclaimer.html' },
    { kind: 'accessibility', href: '/policies/accessibility.html' },
    { kind: 'sitemap', href: '/sitemap.html' },
  ],
  province: { name: { th: 'เว็บไซต์จังหวัดสิงห์บุรี', en: 'Sing Buri Province website' }, href: 'https://www.singburi.go.th/' },
};

const longThai = 'สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดสิงห์บุรีและศูนย์ประสานงานการพัฒนาคุณภาพชีวิตผู้สูงอายุและผู้พิการในพื้นที่อำเภอเมืองสิงห์บุรี';

interface Args {
  lang: 'th' | 'en';
  numerals: 'latin' | 'thai';
  pageDate: string;
  cookieSettings: boolean;
  src?: string;
  links?: string;
  data?: ContactData;
  footer?: FooterData;
  width?: number;
}

const meta: Meta<Args> = {
  title: 'Elements/gov-site-footer',
  component: 'gov-site-footer',
  args: { lang: 'th', numerals: 'latin', pageDate: '2026-11-27', cookieSettings: true, data: contact, footer },
  argTypes: {
    lang: { control: 'inline-radio', options: ['th', 'en'] },
    numerals: { control: 'inline-radio', options: ['latin', 'thai'] },
  },
  render: ({ lang, numerals, pageDate, cookieSettings, src, links, data, footer, width }) => html`<div
    lang=${lang}
    class=${width ? `width-${width}` : ''}
  >
    <footer>
      <gov-site-footer
        numerals=${numerals}
        page-date=${pageDate}
        ?cookie-settings=${cookieSettings}
        src=${src ?? ''}
        links=${links ?? ''}
        .footer=${src ? undefined : footer}
        .data=${src ? undefined : data}
      >
        <p>สำนักงานจังหวัดสิงห์บุรี โทร 0 3650 7100</p>
      </gov-site-footer>
    </footer>
  </div>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Ready: Story = {};
export const English: Story = { args: { lang: 'en' } };
export const ThaiDigits: Story = { args: { numerals: 'thai' } };
export const FromSrc: Story = {
  args: { src: '/fixtures/gov-contact-block/contact.json', links: '/fixtures/gov-site-footer/footer.json' },
};
/** Only the contact data: name, address, ©, last updated; no link list. */
export const WithoutLinks: Story = { args: { footer: undefined, cookieSettings: false } };
/** Before data arrives, the page's fallback content stays visible under a status line. */
export const Loading: Story = { args: { data: undefined } };
/** A missing file: a localised reason, a retry button and the fallback content. */
export const Error: Story = { args: { src: '/fixtures/does-not-exist.json' } };
export const Invalid: Story = {
  args: { footer: { links: [{ kind: 'nonsense', href: '' }] } as unknown as FooterData },
};
export const LongThaiText: Story = { args: { data: { ...contact, name: longThai } } };
export const Narrow320: Story = {
  args: { width: 320 },
  decorators: [(story) => html`<style>.width-320 { max-width: 320px; border: 1px dashed #999; }</style>${story()}`],
};

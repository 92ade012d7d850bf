import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
// The writer's output is escaped text in fixed markup (core's alertsHtml), as a server puts it in a page.
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { alertsHtml } from '@govkit-th/core';
import type { Alert, AlertsData } from '@govkit-th/schemas';
import './define.js';
// What a page links as govkit-lightdom.css: it styles the notices a server writes (the story below).
import './gov-alert.lightdom.css';

const flood: Alert = {
  id: 'chao-phraya-flood-2569',
  version: 2,
  severity: 'warning',
  title: { th: 'เฝ้าระวังน้ำล้นตลิ่งแม่น้ำเจ้าพระยา', en: 'Flood watch on the Chao Phraya river' },
  area: {
    th: 'ชุมชนริมแม่น้ำเจ้าพระยา อำเภออินทร์บุรี อำเภอเมืองสิงห์บุรี และอำเภอพรหมบุรี',
    en: 'Chao Phraya riverside communities in In Buri, Mueang Sing Buri and Phrom Buri districts',
  },
  issuedAt: '2026-11-30T16:00:00+07:00',
  expiresAt: '2027-12-31T23:59:59+07:00',
  instructions: {
    th: 'ขนย้ายสิ่งของและยานพาหนะขึ้นที่สูง ติดตามประกาศระดับน้ำ\nขอความช่วยเหลือ สายด่วน 1784',
    en: 'Move belongings and vehicles to higher ground and follow the water-level notices.\nFor help, call 1784.',
  },
  screening: { by: 'governor', name: 'นายสมชาย รักษ์สิงห์', at: '2026-11-30T15:30:00+07:00' },
};

const evacuate: Alert = {
  ...flood,
  id: 'evacuate-2569',
  version: 1,
  severity: 'danger',
  title: { th: 'อพยพด่วน: คันกั้นน้ำตำบลท่างามชำรุด', en: 'Evacuate now: the Tha Ngam embankment is breached' },
  area: { th: 'ตำบลท่างาม อำเภออินทร์บุรี', en: 'Tha Ngam subdistrict, In Buri' },
  instructions: {
    th: 'อพยพไปยังศูนย์พักพิงชั่วคราว โรงเรียนอินทร์บุรี ทันที',
    en: 'Go to the shelter at In Buri school now.',
  },
  screening: { by: 'province-cio', name: 'นายวิชัย ตัวอย่าง', at: '2026-11-30T15:45:00+07:00' },
};

const notice: Alert = {
  ...flood,
  id: 'water-cut-2569',
  version: 1,
  severity: 'info',
  title: { th: 'งดจ่ายน้ำประปาชั่วคราว', en: 'Water supply cut for repairs' },
  area: { th: 'เขตเทศบาลเมืองสิงห์บุรี', en: 'Sing Buri town' },
  instructions: { th: 'กรุณากักเก็บน้ำไว้ใช้ล่วงหน้า', en: 'Please store water beforehand.' },
};

const longThai =
  'ขอให้ประชาชนที่อาศัยอยู่ริมแม่น้ำเจ้าพระยาและพื้นที่ลุ่มต่ำในอำเภออินทร์บุรีอำเภอเมืองสิงห์บุรีอำเภอพรหมบุรีและอำเภอท่าช้างขนย้ายสิ่งของขึ้นที่สูงและติดตามประกาศของจังหวัดอย่างใกล้ชิด';

interface Args {
  lang: 'th' | 'en';
  numerals: 'latin' | 'thai';
  now: string;
  src?: string;
  data?: AlertsData;
  width?: number;
}

const meta: Meta<Args> = {
  title: 'Elements/gov-alert',
  component: 'gov-alert',
  args: { lang: 'th', numerals: 'latin', now: '2026-12-02T10:00:00+07:00', data: { alerts: [flood] } },
  argTypes: {
    lang: { control: 'inline-radio', options: ['th', 'en'] },
    numerals: { control: 'inline-radio', options: ['latin', 'thai'] },
  },
  render: ({ lang, numerals, now, src, data, width }) => html`<div
    lang=${lang}
    class=${width ? `width-${width}` : ''}
  >
    <gov-alert numerals=${numerals} now=${now} src=${src ?? ''} .data=${src ? undefined : data}>
      <p>ติดตามประกาศเตือนภัยได้ที่ศูนย์ดำรงธรรมจังหวัดสิงห์บุรี โทร 1567</p>
    </gov-alert>
    <p>เนื้อหาของหน้าต่อจากประกาศ: ประกาศไม่บังและไม่ปิดกั้นส่วนนี้</p>
  </div>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Ready: Story = {};
export const English: Story = { args: { lang: 'en' } };
export const ThaiDigits: Story = { args: { numerals: 'thai' } };
/** Every severity: only `danger` is `role="alert"`; `warning` is a polite status; `info` is announced by nothing. */
export const AllSeverities: Story = { args: { data: { alerts: [notice, flood, evacuate] } } };
export const FromSrc: Story = { args: { src: '/fixtures/gov-alert/alerts.json' } };
/** No status line while loading (it would move the page); the fallback content shows. */
export const Loading: Story = { args: { data: undefined } };
/** Past its end time: the element renders nothing and takes no room. */
export const EmptyExpired: Story = { args: { now: '2028-01-01T00:00:00+07:00' } };
/** A missing file: a localised reason, a retry button and the fallback content. */
export const Error: Story = { args: { src: '/fixtures/does-not-exist.json' } };
/** A notice without its screening record is refused, naming clause 4.1 of the order. */
export const InvalidUnscreened: Story = {
  args: { data: { alerts: [{ ...flood, screening: undefined } as unknown as Alert] } },
};
export const LongThaiText: Story = {
  args: { data: { alerts: [{ ...flood, title: longThai, area: longThai, instructions: longThai }] } },
};
export const Narrow320: Story = {
  args: { width: 320, data: { alerts: [evacuate, flood] } },
  decorators: [(story) => html`<style>.width-320 { max-width: 320px; border: 1px dashed #999; }</style>${story()}`],
};
/**
 * The notices a server wrote into the page (core's `alertsHtml`), as a reader sees them before
 * the element has its data, and without JavaScript: the light-DOM stylesheet gives them the
 * element's look and room. The dismiss button comes with the element.
 */
export const LoadingWrittenByTheServer: Story = {
  args: { data: undefined },
  render: ({ lang, now }) => html`<div lang=${lang}>
    <gov-alert now=${now}
      >${unsafeHTML(alertsHtml({ alerts: [evacuate, flood] }, { lang, now: Date.parse(now) }))}</gov-alert
    >
    <p>เนื้อหาของหน้าต่อจากประกาศ: ประกาศไม่บังและไม่ปิดกั้นส่วนนี้</p>
  </div>`,
};

import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { EventsData } from '@govkit-th/schemas';
import './define.js';

const calendar: EventsData = {
  title: { th: 'ปฏิทินกิจกรรมจังหวัดสิงห์บุรี', en: 'Sing Buri activity calendar' },
  events: [
    {
      id: 'fathers-day-2569',
      title: { th: 'วันพ่อแห่งชาติ', en: "National Father's Day" },
      start: '2026-12-05',
      place: { th: 'ศาลากลางจังหวัดสิงห์บุรี', en: 'Sing Buri provincial hall' },
    },
    {
      id: 'pcc-12-2569',
      title: {
        th: 'ประชุมคณะกรมการจังหวัดสิงห์บุรี ครั้งที่ 12/2569',
        en: 'Sing Buri provincial committee meeting 12/2569',
      },
      start: '2026-12-15T09:30:00+07:00',
      end: '2026-12-15T12:00:00+07:00',
      place: {
        th: 'ห้องประชุมพระนารายณ์ ชั้น 2 ศาลากลางจังหวัดสิงห์บุรี',
        en: 'Phra Narai meeting room, 2nd floor, Sing Buri provincial hall',
      },
      description: {
        th: 'วาระ: ติดตามผลการเบิกจ่ายงบประมาณ; การเตรียมรับมืออุทกภัย\nแต่งกาย: เครื่องแบบปกติขาว',
        en: 'Agenda: budget spending; flood preparedness\nDress: white uniform',
      },
    },
    {
      id: 'mobile-office-2569',
      title: { th: 'จังหวัดเคลื่อนที่ อำเภออินทร์บุรี', en: 'Mobile provincial office, In Buri' },
      start: '2026-12-15T08:30:00+07:00',
      end: '2026-12-15T15:30:00+07:00',
      place: { th: 'ที่ว่าการอำเภออินทร์บุรี', en: 'In Buri district office' },
    },
    {
      id: 'red-cross-fair-2569',
      title: { th: 'งานกาชาดและงานประจำปีจังหวัดสิงห์บุรี', en: 'Sing Buri Red Cross fair' },
      start: '2026-12-18',
      end: '2026-12-27',
      place: { th: 'สนามหน้าศาลากลางจังหวัดสิงห์บุรี', en: 'The field in front of the provincial hall' },
      url: 'https://www.singburi.go.th/',
    },
  ],
  publication: { reporter: 'นางสาวพิมพ์ชนก ศรีสิงห์', approver: 'หัวหน้าสำนักงานจังหวัดสิงห์บุรี', updatedAt: '2026-11-30' },
};

const longThai =
  'สำนักงานจังหวัดสิงห์บุรีขอเชิญหัวหน้าส่วนราชการผู้แทนองค์กรปกครองส่วนท้องถิ่นและประชาชนผู้สนใจเข้าร่วมพิธีวางพานพุ่มถวายราชสักการะและพิธีจุดเทียนถวายพระพรชัยมงคลณบริเวณลานหน้าศาลากลางจังหวัดสิงห์บุรีโดยพร้อมเพรียงกัน';

interface Args {
  lang: 'th' | 'en';
  numerals: 'latin' | 'thai';
  view: '' | 'month' | 'list';
  now: string;
  src?: string;
  data?: EventsData;
  width?: number;
}

const meta: Meta<Args> = {
  title: 'Elements/gov-event-calendar',
  component: 'gov-event-calendar',
  args: { lang: 'th', numerals: 'latin', view: '', now: '2026-12-02T10:00:00+07:00', data: calendar },
  argTypes: {
    lang: { control: 'inline-radio', options: ['th', 'en'] },
    numerals: { control: 'inline-radio', options: ['latin', 'thai'] },
    view: { control: 'inline-radio', options: ['', 'month', 'list'] },
  },
  render: ({ lang, numerals, view, now, src, data, width }) => html`<div
    lang=${lang}
    class=${width ? `width-${width}` : ''}
  >
    <gov-event-calendar
      numerals=${numerals}
      view=${view}
      now=${now}
      src=${src ?? ''}
      .data=${src ? undefined : data}
    >
      <p>ประชุมคณะกรมการจังหวัดสิงห์บุรี ครั้งที่ 12/2569 วันที่ 15 ธันวาคม 2569 เวลา 09.30 น.</p>
    </gov-event-calendar>
  </div>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Ready: Story = {};
export const English: Story = { args: { lang: 'en' } };
export const ThaiDigits: Story = { args: { numerals: 'thai' } };
/** The list of the month's events by day: the view below 480 px, or asked for with `view="list"`. */
export const ListView: Story = { args: { view: 'list' } };
/** The day with two events selected, as after a click or the arrow keys. */
export const DaySelected: Story = {
  play: async ({ canvasElement }) => {
    const element = canvasElement.querySelector('gov-event-calendar')!;
    await element.whenSettled();
    element.selected = '2026-12-15';
  },
};
export const FromSrc: Story = { args: { src: '/fixtures/gov-event-calendar/events.json' } };
/** Before data arrives, the page's fallback content stays visible under a status line. */
export const Loading: Story = { args: { data: undefined } };
export const Empty: Story = { args: { data: { events: [] } } };
/** A missing file: a localised reason, a retry button and the fallback content. */
export const Error: Story = { args: { src: '/fixtures/does-not-exist.json' } };
export const Invalid: Story = {
  args: { data: { events: [{ id: 'x', title: 'ประชุม', start: '2026-12-15', end: '2026-12-14' }] } },
};
export const LongThaiText: Story = {
  args: {
    view: 'list',
    data: { events: [{ id: 'long', title: longThai, start: '2026-12-05', place: longThai, description: longThai }] },
  },
};
/** At 320 px the calendar is a list of the month's events. */
export const Narrow320: Story = {
  args: { width: 320 },
  decorators: [(story) => html`<style>.width-320 { max-width: 320px; border: 1px dashed #999; }</style>${story()}`],
};

import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import ICAL from 'ical.js';
import './define.js';
import type { GovEventCalendar } from './gov-event-calendar.js';
import { addMonths } from './gov-event-calendar.js';
import { escapeText, fold } from './ics.js';
import type { EventsData } from '@govkit-th/schemas';
import {
  LONG_THAI,
  atWidth,
  expectEmptyState,
  expectLoadingWithFallback,
  expectLongThaiWrapsAt320,
  expectNoHorizontalOverflow,
  expectPayloadsInert,
  hangingFetch,
  lifecycleErrorCases,
  settledFixture,
  shadowQuery,
  shadowQueryAll,
  visibleText,
  withFetch,
} from '../../test/helpers.js';

const FIXTURE = '/packages/components/test/fixtures/gov-event-calendar/events.json';
/** 2 December 2026, 10:00 in Bangkok: a Wednesday. */
const NOW = '2026-12-02T10:00:00+07:00';

const sample: EventsData = {
  events: [
    {
      id: 'meeting',
      title: 'ประชุมคณะกรมการจังหวัด',
      start: '2026-12-15T09:30:00+07:00',
      end: '2026-12-15T12:00:00+07:00',
      place: 'ศาลากลางจังหวัดสิงห์บุรี',
    },
    { id: 'fair', title: 'งานกาชาด', start: '2026-12-18', end: '2026-12-20' },
  ],
};

async function calendar(data: unknown, options: { lang?: string; view?: string; numerals?: string } = {}) {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div lang=${options.lang ?? 'th'}>
      <gov-event-calendar now=${NOW} view=${options.view ?? ''} numerals=${options.numerals ?? 'latin'}></gov-event-calendar>
    </div>`,
  );
  const element = wrapper.querySelector('gov-event-calendar')!;
  element.data = data as EventsData;
  await element.whenSettled();
  return element;
}

const cell = (element: GovEventCalendar, day: string) => shadowQuery(element, `td[data-day="${day}"]`)!;
const monthTitle = (element: GovEventCalendar) => shadowQuery(element, '.month')!.textContent!.trim();
const dayPanel = (element: GovEventCalendar) => shadowQuery(element, '.day-events')!;
const focusedDay = (element: GovEventCalendar) =>
  (element.shadowRoot!.activeElement as HTMLElement | null)?.dataset.day;
const isShown = (node: Element | null) => !!node && (node as HTMLElement).checkVisibility();

async function press(element: GovEventCalendar, key: string, shift = false) {
  if (shift) await sendKeys({ down: 'Shift' });
  await sendKeys({ press: key });
  if (shift) await sendKeys({ up: 'Shift' });
  await element.updateComplete;
}

/** The .ics text parsed by a real iCalendar parser, with the file's VTIMEZONE registered. */
function parseIcs(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return { calendar, events: calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent)) };
}

describe('gov-event-calendar', () => {
  describe('loading', () => {
    it('shows a status line and keeps the fallback content visible', async () => {
      await withFetch(hangingFetch, async () => {
        const element = await fixture<GovEventCalendar>(
          html`<gov-event-calendar src="/never.json"><p>ประชุมคณะกรมการจังหวัด 15 ธ.ค. 2569</p></gov-event-calendar>`,
        );
        await expectLoadingWithFallback(element, 'ประชุมคณะกรมการจังหวัด 15 ธ.ค. 2569');
      });
    });
  });

  describe('ready', () => {
    it('shows the month in Thai with the Buddhist-era year, Thai day names and today marked', async () => {
      const element = await settledFixture<GovEventCalendar>(
        html`<gov-event-calendar now=${NOW} src=${FIXTURE}></gov-event-calendar>`,
      );
      expect(element.state).to.equal('ready');
      expect(shadowQuery(element, 'h2')!.textContent).to.equal('ปฏิทินกิจกรรมจังหวัดสิงห์บุรี');
      expect(monthTitle(element)).to.equal('ธันวาคม 2569');
      const grid = shadowQuery(element, 'table[role=grid]')!;
      expect(grid.getAttribute('aria-labelledby')).to.equal('month');
      expect(shadowQueryAll(element, 'th').map((th) => th.textContent)).to.deep.equal([
        'อา',
        'จ',
        'อ',
        'พ',
        'พฤ',
        'ศ',
        'ส',
      ]);
      expect(shadowQuery(element, 'th')!.getAttribute('abbr')).to.equal('วันอาทิตย์');
      expect(shadowQueryAll(element, 'td[data-day]')).to.have.length(31);
      // 1 December 2026 is a Tuesday: two blank cells before it.
      expect(shadowQuery(element, 'tbody tr')!.children[2].getAttribute('data-day')).to.equal('2026-12-01');
      const today = cell(element, '2026-12-02');
      expect(today.getAttribute('aria-current')).to.equal('date');
      expect(today.getAttribute('aria-selected')).to.equal('true');
      expect(today.getAttribute('tabindex')).to.equal('0');
      expect(shadowQueryAll(element, 'td[tabindex="0"]')).to.have.length(1);
      expect(today.textContent).to.contain('วันพุธที่ 2 ธันวาคม 2569, วันนี้');
      expect(cell(element, '2026-12-15').textContent).to.contain('1\u00a0กิจกรรม');
      expect(dayPanel(element).textContent).to.contain('ไม่มีกิจกรรมในวันนี้');
      await expect(element).to.be.accessible();
    });

    it('selecting a day shows its events, with Thai times in น. held by a non-breaking space', async () => {
      const element = await settledFixture<GovEventCalendar>(
        html`<gov-event-calendar now=${NOW} src=${FIXTURE}></gov-event-calendar>`,
      );
      cell(element, '2026-12-15').click();
      await element.updateComplete;
      const panel = dayPanel(element);
      expect(panel.querySelector('h4')!.textContent).to.equal('กิจกรรมวันอังคารที่ 15 ธันวาคม 2569');
      expect(panel.querySelector('h5')!.textContent).to.equal('ประชุมคณะกรมการจังหวัดสิงห์บุรี ครั้งที่ 12/2569');
      expect(
        panel
          .querySelector('.when')!
          .textContent!.replace(/[ \n]+/g, ' ')
          .trim(),
      ).to.equal('15 ธ.ค. 2569 เวลา 09.30–12.00\u00a0น.');
      expect(panel.textContent).to.contain('สถานที่: ห้องประชุมพระนารายณ์ ชั้น 2 ศาลากลางจังหวัดสิงห์บุรี');
      expect(panel.querySelector('.description')!.textContent).to.contain('\nแต่งกาย: เครื่องแบบปกติขาว');
      expect(cell(element, '2026-12-15').getAttribute('aria-selected')).to.equal('true');
      expect(cell(element, '2026-12-02').getAttribute('tabindex')).to.equal('-1');
      await expect(element).to.be.accessible();
    });

    it('marks every day of an event that runs several days, and shows all-day events as such', async () => {
      const element = await calendar(sample);
      for (const day of ['2026-12-18', '2026-12-19', '2026-12-20'])
        expect(cell(element, day).classList.contains('busy'), day).to.equal(true);
      expect(cell(element, '2026-12-21').classList.contains('busy')).to.equal(false);
      cell(element, '2026-12-19').click();
      await element.updateComplete;
      expect(
        dayPanel(element)
          .querySelector('.when')!
          .textContent!.replace(/[ \n]+/g, ' ')
          .trim(),
      ).to.equal('18 ธ.ค. 2569 – 20 ธ.ค. 2569');
    });

    it('moves between days with the keyboard as the ARIA grid pattern says', async () => {
      const element = await calendar(sample);
      cell(element, '2026-12-02').focus();
      await press(element, 'ArrowRight');
      expect(focusedDay(element)).to.equal('2026-12-03');
      await press(element, 'ArrowDown');
      expect(focusedDay(element)).to.equal('2026-12-10');
      await press(element, 'ArrowLeft');
      await press(element, 'ArrowUp');
      expect(focusedDay(element)).to.equal('2026-12-02');
      await press(element, 'Home');
      expect(focusedDay(element)).to.equal('2026-11-29');
      expect(monthTitle(element)).to.equal('พฤศจิกายน 2569');
      await press(element, 'End');
      expect(focusedDay(element)).to.equal('2026-12-05');
      expect(monthTitle(element)).to.equal('ธันวาคม 2569');
      await press(element, 'PageDown');
      expect(focusedDay(element)).to.equal('2027-01-05');
      expect(monthTitle(element)).to.equal('มกราคม 2570');
      await press(element, 'PageUp', true);
      expect(focusedDay(element)).to.equal('2026-01-05');
      expect(monthTitle(element)).to.equal('มกราคม 2569');
      await press(element, 'PageDown', true);
      await press(element, 'PageUp');
      expect(focusedDay(element)).to.equal('2026-12-05');
      expect(shadowQueryAll(element, 'td[tabindex="0"]')).to.have.length(1);
      await press(element, 'Enter');
      expect(element.shadowRoot!.activeElement!.id).to.equal('day-heading');
      await expect(element).to.be.accessible();
    });

    it('the previous and next buttons change the month and say which month is shown', async () => {
      const element = await calendar(sample);
      const [previous, next] = shadowQueryAll<HTMLButtonElement>(element, '.bar button');
      next.click();
      await element.updateComplete;
      expect(monthTitle(element)).to.equal('มกราคม 2570');
      expect(element.month).to.equal('2027-01');
      expect(shadowQuery(element, '.month')!.getAttribute('aria-live')).to.equal('polite');
      previous.click();
      previous.click();
      await element.updateComplete;
      expect(monthTitle(element)).to.equal('พฤศจิกายน 2569');
    });

    it('the list view shows the month\u2019s events by day, each event once', async () => {
      const element = await calendar(sample, { view: 'list' });
      expect(isShown(shadowQuery(element, 'table'))).to.equal(false);
      const list = shadowQuery(element, '.list-view')!;
      expect(isShown(list)).to.equal(true);
      expect(Array.from(list.querySelectorAll('h4')).map((h) => h.textContent)).to.deep.equal([
        'วันอังคารที่ 15 ธันวาคม 2569',
        'วันศุกร์ที่ 18 ธันวาคม 2569',
      ]);
      expect(list.querySelectorAll('.event')).to.have.length(2);
      await expect(element).to.be.accessible();
      shadowQueryAll<HTMLButtonElement>(element, '.bar button')[0].click();
      await element.updateComplete;
      expect(list.textContent).to.contain('ไม่มีกิจกรรมในเดือนนี้');
    });

    it('shows the list below 480 px of its own width and the grid above, without script measuring', async () => {
      const element = await calendar(sample);
      expect(isShown(shadowQuery(element, 'table'))).to.equal(true);
      expect(isShown(shadowQuery(element, '.list-view'))).to.equal(false);
      element.style.width = '400px';
      await new Promise((resolve) => requestAnimationFrame(resolve));
      expect(isShown(shadowQuery(element, 'table'))).to.equal(false);
      expect(isShown(shadowQuery(element, '.list-view'))).to.equal(true);
      element.view = 'month';
      await element.updateComplete;
      expect(isShown(shadowQuery(element, 'table'))).to.equal(true);
    });

    it('at 320 px the default is the list and nothing scrolls sideways; the grid still fits when asked for', async () => {
      await atWidth(320, async () => {
        const list = await calendar(sample);
        expect(isShown(shadowQuery(list, '.list-view'))).to.equal(true);
        expect(isShown(shadowQuery(list, 'table'))).to.equal(false);
        expectNoHorizontalOverflow(list);
        await expect(list).to.be.accessible();
        const grid = await calendar(sample, { view: 'month' });
        expect(isShown(shadowQuery(grid, 'table'))).to.equal(true);
        expectNoHorizontalOverflow(grid);
        await expect(grid).to.be.accessible();
      });
    });

    it('speaks English when the page is English', async () => {
      const element = await calendar(sample, { lang: 'en' });
      expect(monthTitle(element)).to.equal('December 2026');
      expect(shadowQuery(element, 'th')!.textContent).to.equal('Sun');
      cell(element, '2026-12-15').click();
      await element.updateComplete;
      expect(dayPanel(element).querySelector('h4')!.textContent).to.equal('Events on Tuesday, 15 December 2026');
      expect(
        dayPanel(element)
          .querySelector('.when')!
          .textContent!.replace(/[ \n]+/g, ' ')
          .trim(),
      ).to.equal('15 Dec 2026 9:30am to midday');
      expect(shadowQuery(element, '.tools [part=download]')!.textContent).to.contain(
        'Download the whole calendar (.ics)',
      );
      await expect(element).to.be.accessible();
    });

    it('shows Thai digits when numerals="thai"', async () => {
      const element = await calendar(sample, { numerals: 'thai' });
      expect(monthTitle(element)).to.equal('ธันวาคม ๒๕๖๙');
      expect(cell(element, '2026-12-15').querySelector('.number')!.textContent).to.equal('๑๕');
      cell(element, '2026-12-15').click();
      await element.updateComplete;
      expect(dayPanel(element).querySelector('.when')!.textContent).to.contain('๐๙.๓๐–๑๒.๐๐\u00a0น.');
    });

    it('wraps long Thai text at 320 px without sideways scrolling', async () => {
      await expectLongThaiWrapsAt320(
        () =>
          calendar({
            events: [{ id: 'long', title: LONG_THAI, start: '2026-12-02', description: LONG_THAI, place: LONG_THAI }],
          }),
        '.list-view .event-title',
      );
    });
  });

  describe('.ics files', () => {
    it('the whole calendar parses with ical.js, in Bangkok time, with all-day ends made exclusive', async () => {
      const element = await settledFixture<GovEventCalendar>(
        html`<gov-event-calendar now=${NOW} src=${FIXTURE}></gov-event-calendar>`,
      );
      const text = await element.calendarFile();
      const { calendar: parsed, events } = parseIcs(text);
      expect(parsed.getFirstPropertyValue('x-wr-calname')).to.equal('ปฏิทินกิจกรรมจังหวัดสิงห์บุรี');
      expect(events.map((event) => event.uid)).to.deep.equal([
        'pcc-12-2569@localhost',
        'fathers-day-2569@localhost',
        'red-cross-fair-2569@localhost',
        'new-year-merit-2570@localhost',
      ]);
      const meeting = events[0];
      expect(meeting.summary).to.equal('ประชุมคณะกรมการจังหวัดสิงห์บุรี ครั้งที่ 12/2569');
      expect(meeting.startDate.zone.tzid).to.equal('Asia/Bangkok');
      expect(meeting.startDate.toString()).to.equal('2026-12-15T09:30:00');
      expect(meeting.startDate.toUnixTime()).to.equal(Date.parse('2026-12-15T02:30:00Z') / 1000);
      expect(meeting.endDate.toUnixTime()).to.equal(Date.parse('2026-12-15T12:00:00+07:00') / 1000);
      expect(meeting.location).to.equal('ห้องประชุมพระนารายณ์ ชั้น 2 ศาลากลางจังหวัดสิงห์บุรี');
      expect(meeting.description).to.equal(
        'วาระ: ติดตามผลการเบิกจ่ายงบประมาณ; การเตรียมรับมืออุทกภัย, ภัยหนาว\nแต่งกาย: เครื่องแบบปกติขาว',
      );
      const fair = events[2];
      expect(fair.startDate.isDate).to.equal(true);
      expect(fair.startDate.toString()).to.equal('2026-12-18');
      expect(fair.endDate.toString()).to.equal('2026-12-28');
      expect(fair.component.getFirstPropertyValue('url')).to.equal('https://www.singburi.go.th/');
      expect(events[1].endDate.toString()).to.equal('2026-12-06');
      for (const line of text.split('\r\n')) {
        expect(new TextEncoder().encode(line).length, line).to.be.at.most(75);
        expect(line.includes('\n')).to.equal(false);
      }
    });

    it('one event\u2019s file holds that event alone, in the reader\u2019s language', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="en"><gov-event-calendar now=${NOW} src=${FIXTURE}></gov-event-calendar></div>`,
      );
      const element = wrapper.querySelector('gov-event-calendar')!;
      await element.whenSettled();
      const { events } = parseIcs(await element.calendarFile('new-year-merit-2570'));
      expect(events).to.have.length(1);
      expect(events[0].summary).to.equal('New Year merit-making 2027');
      expect(events[0].startDate.toString()).to.equal('2027-01-01T07:00:00');
    });

    it('folds long Thai lines at 75 octets without splitting a character, and escapes text', () => {
      const line = `SUMMARY:${escapeText(LONG_THAI)}`;
      const folded = fold(line);
      const parts = folded.split('\r\n');
      expect(parts.length).to.be.greaterThan(5);
      const decoder = new TextDecoder('utf-8', { fatal: true });
      for (const [index, part] of parts.entries()) {
        const bytes = new TextEncoder().encode(part);
        expect(bytes.length).to.be.at.most(75);
        if (index > 0) expect(part.startsWith(' ')).to.equal(true);
        expect(() => decoder.decode(bytes)).not.to.throw();
      }
      expect(parts.map((part, index) => (index ? part.slice(1) : part)).join('')).to.equal(line);
      expect(escapeText('a,b;c\\d\r\ne')).to.equal('a\\,b\\;c\\\\d\\ne');
      const { events } = parseIcs(
        `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:a\r\nDTSTAMP:20261202T000000Z\r\nDTSTART:20261202T000000Z\r\n${folded}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n`,
      );
      expect(events[0].summary).to.equal(LONG_THAI);
    });

    it('the buttons save the file through a link to a Blob URL', async () => {
      const element = await calendar(sample);
      const clicked: HTMLAnchorElement[] = [];
      const original = HTMLAnchorElement.prototype.click;
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        clicked.push(this);
      };
      try {
        cell(element, '2026-12-15').click();
        await element.updateComplete;
        shadowQuery<HTMLButtonElement>(element, '.day-events [part=download]')!.click();
        shadowQuery<HTMLButtonElement>(element, '.tools [part=download]')!.click();
        while (clicked.length < 2) await new Promise((resolve) => setTimeout(resolve, 10));
      } finally {
        HTMLAnchorElement.prototype.click = original;
      }
      const [one, all] = clicked;
      expect(one.download).to.equal('meeting.ics');
      expect(all.download).to.equal('calendar.ics');
      expect(one.href.startsWith('blob:')).to.equal(true);
      const response = await fetch(one.href);
      expect(response.headers.get('content-type')).to.equal('text/calendar;charset=utf-8');
      expect(parseIcs(await response.text()).events.map((event) => event.uid)).to.deep.equal(['meeting@localhost']);
      expect(parseIcs(await (await fetch(all.href)).text()).events).to.have.length(2);
      expect(shadowQuery(element, '.failed')).to.equal(null);
    });
  });

  describe('empty', () => {
    it('says there are no events yet, in Thai and English', async () => {
      await expectEmptyState(await calendar({ events: [] }), 'ยังไม่มีกิจกรรมในปฏิทิน');
      await expectEmptyState(
        await calendar({ events: [] }, { lang: 'en' }),
        'There are no events in the calendar yet.',
      );
    });
  });

  describe('error', () => {
    lifecycleErrorCases<GovEventCalendar>('gov-event-calendar', {
      notFound: {
        data: sample,
        fallbackHtml: '<p>ดูกำหนดการได้ที่ศูนย์ข้อมูลข่าวสาร</p>',
        fallbackText: 'ศูนย์ข้อมูลข่าวสาร',
        recovered: (element) => expect(shadowQuery(element, 'table[role=grid]')).to.not.equal(null),
      },
      malformed: { body: '{"events": [ oops' },
      timeout: {},
      network: {},
    });

    it('an end before its start, or of another kind, is refused with the path named', async () => {
      const element = await calendar({
        events: [
          { id: 'a', title: 'ก', start: '2026-12-15T09:30:00+07:00', end: '2026-12-15T08:00:00+07:00' },
          { id: 'b', title: 'ข', start: '2026-12-15', end: '2026-12-16T08:00:00+07:00' },
        ],
      });
      expect(element.state).to.equal('error');
      const problems = element.error!.problems.map((p) => `${p.path} ${p.message}`);
      expect(problems).to.deep.equal([
        '/events/0/end เวลาสิ้นสุดต้องไม่ก่อนเวลาเริ่ม (start)',
        '/events/1/end ต้องเป็นวันที่อย่างเดียวหรือวันที่และเวลาเหมือน start',
      ]);
      expect(visibleText(element)).to.contain('ข้อมูลไม่เป็นไปตามรูปแบบที่กำหนด');
    });

    it('data that breaks the schema names the path and the rule', async () => {
      const element = await calendar({ events: [{ id: 'x', title: 'ก', start: 'พรุ่งนี้' }] });
      expect(element.state).to.equal('error');
      expect(element.error!.problems.map((p) => p.path)).to.include('/events/0/start');
    });
  });

  describe('hostile data', () => {
    it('never runs script from XSS payloads in any field', async () => {
      await expectPayloadsInert(
        200,
        async (payloads) => {
          const events = payloads.map((payload, index) => ({
            id: `x${index}`,
            title: payload,
            start: '2026-12-02',
            place: payload,
            description: payload,
            url: payload.slice(0, 2000) || 'x',
          }));
          const element = await calendar({ title: payloads[0], events }, { view: 'list' });
          expect(element.state).to.equal('ready');
          return element;
        },
        (element, payloads) =>
          expect(shadowQueryAll(element, '.list-view .event-title')[1].textContent).to.equal(payloads[1]),
      );
    });
  });

  describe('dates', () => {
    it('moves by months keeping the day where the month has it', () => {
      expect(addMonths('2027-01-31', 1)).to.equal('2027-02-28');
      expect(addMonths('2026-12-15', 1)).to.equal('2027-01-15');
      expect(addMonths('2026-01-05', -1)).to.equal('2025-12-05');
    });
  });
});

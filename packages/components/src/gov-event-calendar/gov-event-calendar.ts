import { html, nothing, type PropertyValues } from 'lit';
import {
  GovElement,
  bangkokDay,
  formatLongDate,
  formatMonth,
  formatTime,
  heading,
  headingLevel,
  lazyImport,
  link,
  safeUrl,
  weekdayName,
  type DataSource,
} from '@govkit-th/core';
import type { CalendarEvent, EventsData } from '@govkit-th/schemas';
import { calendarStyles } from './gov-event-calendar.styles.js';

/** The schema and its checks load in their own chunk, from the moment an element is made. */
const loadChecker = lazyImport(() => import('./check.js'));
/** The .ics writer loads when a person first asks for a file. */
const loadWriter = lazyImport(() => import('./ics.js'));

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;

/** An event with the Bangkok days it covers, worked out once per data. */
interface Span {
  event: CalendarEvent;
  first: string;
  last: string;
  allDay: boolean;
}

/** `2026-12-15` moved by `days` (calendar days, no time zone involved). */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** `2026-12` moved by `months`; the day of the month is kept where the month allows. */
export function addMonths(day: string, months: number): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date, last));
  return target.toISOString().slice(0, 10);
}

/** Only a web page goes into the file's URL property (not mailto: or tel:). */
function webAddress(url: string | undefined): string | undefined {
  return url && /^https?:/.test(url) ? url : undefined;
}

function weekday(day: string): number {
  return new Date(`${day}T00:00:00Z`).getUTCDay();
}

/** The days an event covers in Bangkok; a timed event ending at midnight does not take the next day. */
function spanOf(event: CalendarEvent): Span {
  const allDay = DATE_ONLY.test(event.start);
  const first = bangkokDay(event.start)!;
  const end = event.end ?? event.start;
  const last = allDay ? end : (bangkokDay(Math.max(Date.parse(event.start), Date.parse(end) - 1)) ?? first);
  return { event, first, last, allDay };
}

const th = {
  title: 'ปฏิทินกิจกรรม',
  empty: 'ยังไม่มีกิจกรรมในปฏิทิน',
  'previous-month': 'เดือนก่อนหน้า',
  'next-month': 'เดือนถัดไป',
  'day-events.one': '{count}\u00a0กิจกรรม',
  'day-events.other': '{count}\u00a0กิจกรรม',
  'more-events': 'และอีก {count}',
  today: 'วันนี้',
  'events-on': 'กิจกรรม{day}',
  'no-events-day': 'ไม่มีกิจกรรมในวันนี้',
  'no-events-month': 'ไม่มีกิจกรรมในเดือนนี้',
  'all-day': 'ตลอดวัน',
  at: 'เวลา {time}',
  place: 'สถานที่',
  more: 'รายละเอียดเพิ่มเติม',
  'add-event': 'บันทึกลงปฏิทิน (.ics)',
  'download-all': 'ดาวน์โหลดปฏิทินทั้งหมด (.ics)',
  'download-failed': 'สร้างไฟล์ปฏิทินไม่สำเร็จ กรุณาลองอีกครั้ง',
};

const en = {
  title: 'Activity calendar',
  empty: 'There are no events in the calendar yet.',
  'previous-month': 'Previous month',
  'next-month': 'Next month',
  'day-events.one': '{count}\u00a0event',
  'day-events.other': '{count}\u00a0events',
  'more-events': 'and {count}\u00a0more',
  today: 'today',
  'events-on': 'Events on {day}',
  'no-events-day': 'No events on this day.',
  'no-events-month': 'No events this month.',
  'all-day': 'all day',
  at: '{time}',
  place: 'Place',
  more: 'More details',
  'add-event': 'Add to calendar (.ics)',
  'download-all': 'Download the whole calendar (.ics)',
  'download-failed': 'The calendar file could not be made. Please try again.',
} satisfies Record<keyof typeof th, string>;

/**
 * The activity calendar (order 1.4(1)): a month grid with Thai month names and Buddhist-era
 * years, moved through with the arrow keys (the ARIA grid pattern), and a list of the
 * month's events by day, which is the view below 480 px of the element's own width.
 * Selecting a day shows its events; each event, and the whole calendar, can be saved as
 * an iCalendar (.ics) file in Bangkok time.
 *
 * @tagname gov-event-calendar
 * @summary Activity calendar: month grid and list, Thai months and Buddhist-era years, .ics files.
 *
 * @slot - Fallback content (for example the events as plain HTML), shown before the element upgrades and when loading fails.
 *
 * @csspart heading - The heading above the calendar.
 * @csspart month - The month's name and year between the previous and next buttons.
 * @csspart previous - The previous month button.
 * @csspart next - The next month button.
 * @csspart grid - The month grid (`table role="grid"`).
 * @csspart day - One day of the month in the grid.
 * @csspart day-events - The events of the selected day, under the grid.
 * @csspart list - The list view: the month's events by day.
 * @csspart event - One event.
 * @csspart download - The buttons that save .ics files.
 * @csspart status - The loading or empty status line.
 * @csspart error - The error message box.
 * @csspart retry-button - The retry button in the error state.
 * @csspart publication - The publication record.
 *
 * @cssprop [--gov-calendar-today=var(--gov-color-highlight)] - The background of today's day in the grid.
 *
 * @fires gov-load - The data is ready; `detail` is the data.
 * @fires gov-error - Loading or validation failed; `detail.error` says why.
 */
export class GovEventCalendar extends GovElement<EventsData> {
  static override styles = [...GovElement.styles, calendarStyles];

  static override strings = { th, en };

  static override properties = {
    ...GovElement.properties,
    view: { type: String, reflect: true },
    month: { type: String, reflect: true },
    selected: { type: String },
    now: {},
    failed: { state: true },
  };

  /** `month` (grid) or `list`; unset: the grid, and the list when the element is narrower than 480 px. */
  declare view?: 'month' | 'list';
  /** The month shown, `YYYY-MM`; the current month in Bangkok by default. */
  declare month?: string;
  /** The selected day, `YYYY-MM-DD`; its events show under the grid. */
  declare selected?: string;
  /** The moment taken as now (ISO 8601 or a `Date`), for tests, stories and previews. */
  declare now?: string | Date;
  declare failed: boolean;

  private spans: Span[] = [];
  /** Set by keyboard moves in the grid: focus follows the selected day after the render. */
  private focusSelected = false;

  constructor() {
    super();
    this.failed = false;
  }

  protected dataSource(): DataSource<EventsData> {
    loadChecker().catch(() => undefined); // early, beside the data's fetch; a failure is retried when the data is checked
    return {
      validate: async (data) => (await loadChecker()).checkEvents(data, this.lang),
      isEmpty: (data) => data.events.length === 0,
      normalise: (data) => {
        this.spans = data.events.map(spanOf).sort((a, b) => Date.parse(a.event.start) - Date.parse(b.event.start));
        return data;
      },
    };
  }

  /** The iCalendar text for one event (by `id`) or for the whole calendar. */
  async calendarFile(id?: string): Promise<string> {
    const { calendarFile } = await loadWriter();
    const data = this.data!;
    const events = id ? data.events.filter((event) => event.id === id) : data.events;
    return calendarFile({
      name: this.text(data.title) || this.t('title'),
      host: new URL(this.dataController.baseUrl).hostname || 'localhost',
      events: events.map((event) => ({
        id: event.id,
        title: this.text(event.title),
        start: event.start,
        end: event.end,
        place: this.text(event.place) || undefined,
        description: this.text(event.description) || undefined,
        url: webAddress(safeUrl(event.url, this.dataController.baseUrl)),
        updatedAt: event.updatedAt,
      })),
    });
  }

  /** Saves the .ics file through a link to a Blob URL (no server round trip, nothing CSP forbids). */
  async download(id?: string): Promise<void> {
    try {
      const text = await this.calendarFile(id);
      const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
      const anchor = document.createElement('a');
      anchor.href = url;
      anchor.download = `${id ?? 'calendar'}.ics`;
      anchor.click();
      // The download has begun by then; the URL is let go of later so a slow disk is not cut short.
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      this.failed = false;
    } catch {
      this.failed = true;
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('month') && this.month && !this.selected?.startsWith(this.month)) this.selected = undefined;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (!this.focusSelected) return;
    this.focusSelected = false;
    this.renderRoot.querySelector<HTMLElement>('td[tabindex="0"]')?.focus();
  }

  protected renderReady(data: EventsData): unknown {
    const month = this.shownMonth();
    const selected = this.selectedDay(month);
    const byDay = this.eventsByDay(month);
    const level = headingLevel(this.headingLevel, 1);
    const views = this.view === 'month' || this.view === 'list' ? this.view : 'auto';
    return html`
      ${this.renderHeading(data)}
      <div class="bar">
        <button type="button" class="secondary" part="previous" @click=${this.onPrevious}>
          <span aria-hidden="true">‹</span> ${this.t('previous-month')}
        </button>
        <div class="month" aria-live="polite">${heading(level, this.monthName(month), 'month', { part: 'month' })}</div>
        <button type="button" class="secondary" part="next" @click=${this.onNext}>
          ${this.t('next-month')} <span aria-hidden="true">›</span>
        </button>
      </div>
      <div class="views ${views}">
        <div class="month-view">
          ${this.renderGrid(month, selected, byDay)}
          <section part="day-events" class="day-events" aria-labelledby="day-heading">
            ${heading(level + 1, this.t('events-on', { day: this.fullDate(selected) }), 'day-heading', {
              part: '',
              focusable: true,
            })}
            ${this.renderEvents(byDay.get(selected) ?? [], level + 2, this.t('no-events-day'))}
          </section>
        </div>
        <div class="list-view" part="list">${this.renderList(byDay, level + 1)}</div>
      </div>
      <p class="tools">
        <button type="button" class="secondary" part="download" @click=${this.onDownload}>${this.t('download-all')}</button>
      </p>
      ${this.failed ? html`<p class="failed" role="alert">${this.t('download-failed')}</p>` : nothing}
      ${this.publication(data.publication)}
    `;
  }

  private renderGrid(month: string, selected: string, byDay: Map<string, Span[]>) {
    const first = `${month}-01`;
    const start = addDays(first, -weekday(first));
    const weeks: string[][] = [];
    for (let day = start; day.startsWith(month) || weeks.length === 0;) {
      const week: string[] = [];
      for (let i = 0; i < 7; i += 1, day = addDays(day, 1)) week.push(day);
      weeks.push(week);
    }
    const today = this.today();
    return html`<table role="grid" aria-labelledby="month" part="grid" @keydown=${this.onGridKey}>
      <thead>
        <tr>
          ${weeks[0].map((day) => html`<th scope="col" abbr=${this.dayName(day, 'long')}>${this.dayName(day)}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${weeks.map(
          (week) =>
            html`<tr>
              ${week.map((day) =>
                day.startsWith(month)
                  ? this.renderDay(day, day === selected, day === today, byDay.get(day))
                  : html`<td></td>`,
              )}
            </tr>`,
        )}
      </tbody>
    </table>`;
  }

  private renderDay(day: string, selected: boolean, today: boolean, spans: Span[] = []) {
    const count = spans.length;
    return html`<td
      part="day"
      data-day=${day}
      tabindex=${selected ? 0 : -1}
      aria-selected=${selected ? 'true' : 'false'}
      aria-current=${today ? 'date' : nothing}
      class=${count ? 'busy' : ''}
      @click=${this.onDayClick}
    >
      <span class="number" aria-hidden="true">${this.number(Number(day.slice(8)))}</span>
      <span class="visually-hidden"
        >${this.fullDate(day)}${today ? `, ${this.t('today')}` : ''}${
          count ? `, ${this.t('day-events', { count })}` : ''
        }</span
      >
      ${
        count
          ? html`<ul class="titles" aria-hidden="true">
            ${spans.slice(0, 2).map((span) => html`<li>${this.text(span.event.title)}</li>`)}
            ${count > 2 ? html`<li class="more">${this.t('more-events', { count: count - 2 })}</li>` : nothing}
          </ul>`
          : nothing
      }
    </td>`;
  }

  /** The month's events by day, each event once: under its first day inside the month. */
  private renderList(byDay: Map<string, Span[]>, level: number) {
    const seen = new Set<Span>();
    const days = [...byDay.entries()].flatMap(([day, spans]) => {
      const fresh = spans.filter((span) => !seen.has(span) && seen.add(span));
      return fresh.length ? [[day, fresh] as const] : [];
    });
    if (days.length === 0) return html`<p class="status">${this.t('no-events-month')}</p>`;
    return days.map(
      ([day, spans]) =>
        html`<div class="list-day">
          ${heading(level, this.fullDate(day), undefined, { part: '' })} ${this.renderEvents(spans, level + 1)}
        </div>`,
    );
  }

  private renderEvents(spans: Span[], level: number, none?: string) {
    if (spans.length === 0) return html`<p class="status">${none}</p>`;
    return html`<ul class="events">
      ${spans.map((span) => this.renderEvent(span, level))}
    </ul>`;
  }

  private renderEvent(span: Span, level: number) {
    const { event } = span;
    const title = this.text(event.title);
    const place = this.text(event.place);
    const description = this.text(event.description);
    return html`<li part="event" class="event">
      ${heading(level, title, undefined, { part: '', className: 'event-title' })}
      <p class="when">${this.when(span)}</p>
      ${place ? html`<p><span class="label">${this.t('place')}:</span> ${place}</p>` : nothing}
      ${description ? html`<p class="description">${description}</p>` : nothing}
      <p class="actions">
        ${
          event.url
            ? link(event.url, html`${this.t('more')}<span class="visually-hidden">: ${title}</span>`, {
                base: this.dataController.baseUrl,
              })
            : nothing
        }
        <button type="button" class="secondary" part="download" data-id=${event.id} @click=${this.onDownload}>
          ${this.t('add-event')}<span class="visually-hidden">: ${title}</span>
        </button>
      </p>
    </li>`;
  }

  /** When an event happens, in the reader's words: days, and times in Bangkok. */
  private when(span: Span) {
    const { event, allDay, first, last } = span;
    if (allDay) {
      return first === last
        ? html`${this.date(first)} · ${this.t('all-day')}`
        : html`${this.date(first)} – ${this.date(last)}`;
    }
    if (first === last)
      return html`${this.date(event.start)} ${this.t('at', { time: formatTime(event.start, this.lang, this.numerals, event.end) ?? '' })}`;
    return html`${this.date(event.start, true)} – ${this.date(event.end, true)}`;
  }

  private readonly onPrevious = () => this.moveTo(addMonths(this.selectedDay(this.shownMonth()), -1), false);
  private readonly onNext = () => this.moveTo(addMonths(this.selectedDay(this.shownMonth()), 1), false);

  private readonly onDayClick = (event: Event) => {
    this.moveTo((event.currentTarget as HTMLElement).dataset.day!, true);
  };

  private readonly onDownload = (event: Event) => {
    void this.download((event.currentTarget as HTMLElement).dataset.id);
  };

  /** The ARIA grid pattern: arrows by day and week, Home/End the week, Page Up/Down the month (with Shift, the year). */
  private readonly onGridKey = (event: KeyboardEvent) => {
    const day = (event.target as HTMLElement).dataset?.day;
    if (!day) return;
    const moves: Record<string, () => string> = {
      ArrowLeft: () => addDays(day, -1),
      ArrowRight: () => addDays(day, 1),
      ArrowUp: () => addDays(day, -7),
      ArrowDown: () => addDays(day, 7),
      Home: () => addDays(day, -weekday(day)),
      End: () => addDays(day, 6 - weekday(day)),
      PageUp: () => addMonths(day, event.shiftKey ? -12 : -1),
      PageDown: () => addMonths(day, event.shiftKey ? 12 : 1),
    };
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.renderRoot.querySelector<HTMLElement>('#day-heading')?.focus();
      return;
    }
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    this.moveTo(move(), true);
  };

  private moveTo(day: string, focus: boolean): void {
    this.month = day.slice(0, 7);
    this.selected = day;
    this.focusSelected = focus;
  }

  private today(): string {
    const now = this.now ?? Date.now();
    return bangkokDay(typeof now === 'string' ? now : new Date(now)) ?? bangkokDay(Date.now())!;
  }

  private shownMonth(): string {
    return /^\d{4}-\d{2}$/.test(this.month ?? '') ? this.month! : this.today().slice(0, 7);
  }

  /** The selected day if it is in the month shown; else today, the first day with events, or the 1st. */
  private selectedDay(month: string): string {
    if (this.selected?.startsWith(month) && DATE_ONLY.test(this.selected)) return this.selected;
    const today = this.today();
    if (today.startsWith(month)) return today;
    const busy = this.spans.find((span) => span.last >= `${month}-01` && span.first.slice(0, 7) <= month);
    return busy && busy.first.startsWith(month) ? busy.first : `${month}-01`;
  }

  private eventsByDay(month: string): Map<string, Span[]> {
    const byDay = new Map<string, Span[]>();
    const start = `${month}-01`;
    for (const span of this.spans) {
      if (span.last < start || span.first.slice(0, 7) > month) continue;
      for (
        let day = span.first < start ? start : span.first;
        day <= span.last && day.startsWith(month);
        day = addDays(day, 1)
      ) {
        byDay.set(day, [...(byDay.get(day) ?? []), span]);
      }
    }
    return new Map([...byDay.entries()].sort(([a], [b]) => (a < b ? -1 : 1)));
  }

  /** `ธันวาคม 2569` / `December 2026`. */
  private monthName(month: string): string {
    return formatMonth(month, this.lang, this.numerals);
  }

  /** `วันอังคารที่ 15 ธันวาคม 2569` / `Tuesday, 15 December 2026`. */
  private fullDate(day: string): string {
    return formatLongDate(day, this.lang, this.numerals);
  }

  /** A column's name: `อา`, `จ` … (Thai calendars' short names) or `Sun`, `Mon` …; `long` for the header's `abbr`. */
  private dayName(day: string, width: 'long' | 'short' = 'short'): string {
    return weekdayName(day, this.lang, width);
  }
}

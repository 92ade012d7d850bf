import ical, { ICalCalendarMethod } from 'ical-generator';
import { instant, thai } from './feeds.js';
import type { Entry } from './types.js';

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A date-only value as a local date (ical-generator writes all-day dates with local getters). */
function localDay(value: string, addDays = 0): Date | undefined {
  const match = DATE_ONLY.exec(value);
  return match ? new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + addDays) : undefined;
}

/**
 * The published activity calendar as iCalendar (RFC 5545), written by ical-generator.
 * All-day events (`start` a date) get the exclusive end RFC 5545 asks for (the schema's
 * `end` is the last day, inclusive); timed events are written in UTC, which every
 * calendar app shows in its own time zone. Each UID is `<id>@<host>`, stable across
 * downloads, so an app updates an event instead of adding it twice.
 */
export function calendarIcs(events: Entry, host: string, name: string): string {
  const calendar = ical({
    name,
    prodId: { company: 'GovKit TH', product: 'govkit-inbox', language: 'TH' },
    method: ICalCalendarMethod.PUBLISH,
  });
  const list = Array.isArray(events.events) ? (events.events as Entry[]) : [];
  for (const event of list) {
    const start = String(event.start ?? '');
    const allDay = DATE_ONLY.test(start);
    const begin = allDay ? localDay(start) : instant(start);
    if (!begin) continue;
    const end = allDay ? localDay(String(event.end ?? start), 1) : instant(event.end);
    const publication = (event.publication ?? {}) as Entry;
    calendar.createEvent({
      id: `${String(event.id)}@${host}`,
      start: begin,
      ...(end ? { end } : {}),
      allDay,
      summary: thai(event.title),
      ...(event.description ? { description: thai(event.description) } : {}),
      ...(event.place ? { location: thai(event.place) } : {}),
      ...(typeof event.url === 'string' && /^https?:/.test(event.url) ? { url: event.url } : {}),
      stamp: instant(publication.updatedAt) ?? new Date(0),
    });
  }
  return calendar.toString();
}

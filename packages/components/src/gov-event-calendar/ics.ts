/**
 * A small iCalendar (RFC 5545) writer for the activity calendar, in a chunk of its own that
 * loads when a person first asks for a file. Why not a library: `ical-generator` 11 needs
 * Node 22 and 10 is a general writer (recurrence, alarms, attendees, its own date
 * adapters) several times this size for what the calendar needs, and `ics` brings a schema
 * library with it. The writer's output is checked in the tests by a real parser (ical.js).
 *
 * Times are written as Bangkok wall time with `TZID=Asia/Bangkok` and the VTIMEZONE it
 * names (UTC+7 all year, no daylight saving), so the file reads in Thai local time in any
 * calendar app; all-day events are `VALUE=DATE` with the exclusive end RFC 5545 asks for.
 */

/** One event as the file needs it, its text already in the reader's language. */
export interface IcsEvent {
  id: string;
  title: string;
  start: string;
  end?: string;
  place?: string;
  description?: string;
  url?: string;
  updatedAt?: string;
}

export interface IcsCalendar {
  /** The calendar's name (`X-WR-CALNAME`). */
  name: string;
  /** The site's host name: each UID is `<id>@<host>`, stable across downloads. */
  host: string;
  events: IcsEvent[];
  /** When the file is made (DTSTAMP); now unless given. */
  stamp?: Date;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const BANGKOK_OFFSET_MS = 7 * 3_600_000;
const DAY_MS = 86_400_000;

const TIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Asia/Bangkok',
  'BEGIN:STANDARD',
  'DTSTART:19700101T000000',
  'TZOFFSETFROM:+0700',
  'TZOFFSETTO:+0700',
  'TZNAME:ICT',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** The whole file, lines joined by CRLF and folded at 75 octets. */
export function calendarFile(calendar: IcsCalendar): string {
  const stamp = utcStamp(calendar.stamp ?? new Date());
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//GovKit TH//gov-event-calendar//TH',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    'X-WR-TIMEZONE:Asia/Bangkok',
    ...TIMEZONE,
    ...calendar.events.flatMap((event) => eventLines(event, calendar.host, stamp)),
    'END:VCALENDAR',
  ];
  return lines.map(fold).join('\r\n') + '\r\n';
}

function eventLines(event: IcsEvent, host: string, stamp: string): string[] {
  const lines = ['BEGIN:VEVENT', `UID:${event.id}@${host}`, `DTSTAMP:${stamp}`];
  if (DATE_ONLY.test(event.start)) {
    lines.push(`DTSTART;VALUE=DATE:${compactDate(event.start)}`);
    // The data's end day is inclusive; DTEND of an all-day event is the day after it.
    lines.push(`DTEND;VALUE=DATE:${compactDate(nextDay(event.end ?? event.start))}`);
  } else {
    lines.push(`DTSTART;TZID=Asia/Bangkok:${bangkokWallTime(event.start)}`);
    if (event.end) lines.push(`DTEND;TZID=Asia/Bangkok:${bangkokWallTime(event.end)}`);
  }
  lines.push(`SUMMARY:${escapeText(event.title)}`);
  if (event.place) lines.push(`LOCATION:${escapeText(event.place)}`);
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  if (event.url) lines.push(`URL:${event.url}`);
  if (event.updatedAt) {
    const updated = Date.parse(event.updatedAt);
    if (!Number.isNaN(updated)) lines.push(`LAST-MODIFIED:${utcStamp(new Date(updated))}`);
  }
  lines.push('END:VEVENT');
  return lines;
}

/** RFC 5545 3.3.11: backslash, semicolon and comma escaped; line breaks as `\n`. */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/**
 * RFC 5545 3.1: a line longer than 75 octets goes on in continuation lines that start with
 * a space. Octets, not characters: Thai takes 3 bytes a character in UTF-8, and a line is
 * broken only between characters, never inside one.
 */
export function fold(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = encoder.encode(character).length;
    // The first line holds 75 octets; each continuation holds 74 after its leading space.
    const room = parts.length === 0 ? 75 : 74;
    if (octets + size > room) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += character;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function compactDate(day: string): string {
  return day.replace(/-/g, '');
}

function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
}

/** `2026-12-15T02:30:00Z` → `20261215T093000`, the wall-clock time in Bangkok. */
function bangkokWallTime(value: string): string {
  const shifted = new Date(Date.parse(value) + BANGKOK_OFFSET_MS).toISOString();
  return shifted.slice(0, 19).replace(/[-:]/g, '');
}

function utcStamp(date: Date): string {
  return `${date.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}

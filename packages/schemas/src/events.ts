import { common, SCHEMA_BASE, type FromKitSchema } from './common.js';

/** Order 1.4(1): the activity calendar, each event with its dates, place and description. */
export const eventsSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: `${SCHEMA_BASE}events.json`,
  title: 'Activity calendar',
  type: 'object',
  required: ['events'],
  properties: {
    $schema: common('schemaLink'),
    title: common('localizedText'),
    events: {
      type: 'array',
      maxItems: 2000,
      items: {
        type: 'object',
        required: ['id', 'title', 'start'],
        properties: {
          id: {
            description:
              'Letters, digits, `-` and `_`, unique in the file: it becomes the event\u2019s UID in the .ics file, so a calendar app updates the event instead of adding a second one.',
            type: 'string',
            pattern: '^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$',
          },
          title: common('localizedText'),
          start: {
            ...common('dateOrDateTime'),
            description:
              'A date (2026-12-05) for an all-day event, or a date-time with its offset (2026-12-15T09:30:00+07:00). Shown in Bangkok time.',
          },
          end: {
            ...common('dateOrDateTime'),
            description:
              'Optional. For an all-day event, the last day it runs (inclusive: 2026-12-07 for an event through 7 December); for a timed event, the moment it ends. The same kind as `start`.',
          },
          place: common('localizedText'),
          description: {
            ...common('localizedText'),
            description: 'Plain text; line breaks are kept.',
          },
          category: common('localizedText'),
          url: {
            ...common('url'),
            description: 'A page with more about the event (http, https or a relative link).',
          },
          updatedAt: common('dateOrDateTime'),
          publication: common('publication'),
        },
        additionalProperties: false,
      },
    },
    publication: common('publication'),
  },
  additionalProperties: false,
} as const;

export type EventsData = FromKitSchema<typeof eventsSchema>;
export type CalendarEvent = EventsData['events'][number];

import { eventsSchema, loadValidator, validate, type EventsData, type Lang } from '@govkit-th/schemas';

/**
 * Checking calendar data, in a chunk of its own that the element starts loading when it is
 * created, so the schema and these messages stay out of the page's first download.
 */
void loadValidator();

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

const messages = {
  th: {
    endsAfterStarts: 'เวลาสิ้นสุดต้องไม่ก่อนเวลาเริ่ม (start)',
    endKind: 'ต้องเป็นวันที่อย่างเดียวหรือวันที่และเวลาเหมือน start',
  },
  en: {
    endsAfterStarts: 'The end must not be before the start',
    endKind: 'Must be a date alone or a date and time, like start',
  },
};

export async function checkEvents(data: unknown, lang: Lang) {
  const problems = await validate(eventsSchema, data, lang);
  return problems.length ? problems : orderProblems(data as EventsData, lang);
}

/** What the schema cannot say: an end of the same kind as its start (a day, or a moment), and not before it. */
function orderProblems(data: EventsData, lang: Lang) {
  return data.events.flatMap((event, index) => {
    if (event.end === undefined) return [];
    const path = `/events/${index}/end`;
    const keyword =
      DATE_ONLY.test(event.start) !== DATE_ONLY.test(event.end)
        ? 'endKind'
        : Date.parse(event.end) < Date.parse(event.start)
          ? 'endsAfterStarts'
          : undefined;
    return keyword ? [{ path, keyword, message: messages[lang][keyword] }] : [];
  });
}

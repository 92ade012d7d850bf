import { define } from '@govkit-th/core';
import { GovEventCalendar } from './gov-event-calendar.js';

export { GovEventCalendar };
define('gov-event-calendar', GovEventCalendar);

declare global {
  interface HTMLElementTagNameMap {
    'gov-event-calendar': GovEventCalendar;
  }
}

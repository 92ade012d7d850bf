import { css } from 'lit';

export const calendarStyles = css`
  :host {
    /* The list replaces the grid when the element itself is narrow (a side column, a phone):
       a container query decides before the first paint, so nothing jumps. */
    container-type: inline-size;
    --_calendar-today: var(--gov-calendar-today, var(--_color-highlight));
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space-3);
    margin-bottom: var(--_space-4);
  }
  .month {
    flex: 1 1 10rem;
    text-align: center;
  }
  .month > * {
    margin: 0;
  }
  .list-view,
  .views.list .month-view {
    display: none;
  }
  .views.list .list-view {
    display: block;
  }
  @container (max-width: 479.98px) {
    .views.auto .month-view {
      display: none;
    }
    .views.auto .list-view {
      display: block;
    }
    .titles {
      display: none;
    }
  }
  table {
    width: 100%;
    table-layout: fixed;
    border-collapse: collapse;
  }
  th {
    padding: var(--_space-2);
    font-weight: bold;
    text-align: center;
  }
  td {
    vertical-align: top;
    height: 5rem;
    padding: var(--_space-2);
    border: 1px solid var(--_color-border);
    cursor: pointer;
  }
  td:empty {
    cursor: default;
    background: var(--_color-placeholder);
  }
  td[aria-current='date'] {
    background: var(--_calendar-today);
  }
  td[aria-selected='true'] {
    box-shadow: inset 0 0 0 3px var(--_color-accent);
  }
  td:focus-visible {
    outline: var(--_focus-width) solid var(--_color-focus);
    outline-offset: calc(-1 * var(--_focus-width));
    box-shadow: inset 0 0 0 calc(var(--_focus-width) + var(--_focus-offset)) var(--_color-focus-edge);
  }
  .number {
    display: block;
    font-weight: bold;
  }
  .busy .number {
    color: var(--_color-accent);
  }
  .titles {
    list-style: none;
    margin: 0;
    padding: 0;
    font-size: var(--_font-size-x-small);
    line-height: var(--_line-height-heading);
  }
  .titles li {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .day-events {
    margin-top: var(--_space-5);
  }
  .events {
    list-style: none;
    margin: 0 0 var(--_space-5);
    padding: 0;
  }
  .event {
    padding: var(--_space-3) 0;
    border-bottom: 1px solid var(--_color-border);
  }
  .event p {
    margin: 0 0 var(--_space-2);
  }
  .event-title {
    font-size: var(--_font-size-large);
    margin-bottom: var(--_space-2);
  }
  .when,
  .label {
    font-weight: bold;
  }
  .description {
    white-space: pre-line;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-3) var(--_space-5);
  }
  .failed {
    color: var(--_color-error);
  }
`;

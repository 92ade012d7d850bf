import { css } from 'lit';

export const alertStyles = css`
  :host {
    --_alert-warning: var(--gov-alert-warning, #8a4b00);
  }
  /* No notice to show: the element takes no room at all (no blank box). */
  :host([state='empty']) {
    display: none;
  }
  /* In the page's flow, never over it: nothing fixed, sticky or modal. */
  .alert {
    position: static;
    margin: 0 0 var(--_space-5);
    padding: var(--_space-4) var(--_space-5);
    border: 2px solid var(--_color-accent);
    border-inline-start-width: 0.5rem;
    border-radius: var(--_radius);
    --_severity: var(--_color-accent);
    border-color: var(--_severity);
  }
  .alert.warning {
    --_severity: var(--_alert-warning);
  }
  .alert.danger {
    --_severity: var(--_color-error);
  }
  .severity {
    display: inline-block;
    margin: 0 0 var(--_space-3);
    padding: var(--_space-1) var(--_space-3);
    border-radius: var(--_radius);
    background: var(--_severity);
    color: var(--_color-on-accent);
    font-weight: bold;
    font-size: var(--_font-size-small);
  }
  h2,
  h3,
  h4,
  h5,
  h6 {
    font-size: var(--_font-size-large);
    margin-bottom: var(--_space-3);
  }
  dl {
    margin: 0 0 var(--_space-3);
  }
  dl div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space-3);
  }
  dt,
  .label {
    font-weight: bold;
  }
  dd {
    margin: 0;
  }
  p {
    margin: 0 0 var(--_space-3);
  }
  .text {
    white-space: pre-line;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-3) var(--_space-5);
    margin: 0;
  }
`;

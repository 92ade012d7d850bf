import { css } from 'lit';

/**
 * Design tokens and the base every element shares. Fonts and colours inherit from the
 * page; `--gov-*` custom properties adjust them.
 */
export const baseStyles = css`
  :host {
    --_accent: var(--gov-color-accent, #1d4f91);
    --_muted: var(--gov-color-muted, #595959);
    --_border: var(--gov-color-border, #b1b4b6);
    --_surface: var(--gov-color-surface, transparent);
    --_error: var(--gov-color-error, #b3261e);
    --_focus: var(--gov-color-focus, #ffbf47);
    --_radius: var(--gov-radius, 0.375rem);
    --_space: var(--gov-space, 1rem);
    display: block;
    box-sizing: border-box;
    font: inherit;
    color: inherit;
    /* Thai has no spaces between words: let the browser's dictionary break lines, and
       only break inside a word (a long URL) when nothing else fits. */
    overflow-wrap: break-word;
    word-break: normal;
    line-height: var(--gov-line-height, 1.6);
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  a {
    color: var(--gov-color-link, var(--_accent));
  }
  a:focus-visible,
  button:focus-visible,
  summary:focus-visible,
  input:focus-visible,
  select:focus-visible,
  textarea:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
    box-shadow: 0 0 0 5px #0b0c0c;
  }
  button {
    font: inherit;
    min-height: 44px;
    min-width: 44px;
    padding: 0.5rem 1rem;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--gov-button-background, var(--_accent));
    color: var(--gov-button-color, #fff);
    cursor: pointer;
  }
  /* One look for text fields and selects in every element: a dark border keeps the 3:1
     contrast WCAG 1.4.11 asks of a control's edge. */
  input:not([type='radio']):not([type='checkbox']):not([type='file']),
  select,
  textarea {
    font: inherit;
    color: inherit;
    min-height: 44px;
    width: 100%;
    padding: 0.375rem 0.5rem;
    border: 2px solid var(--gov-color-input-border, #0b0c0c);
    border-radius: var(--_radius);
    background: var(--gov-input-background, #fff);
  }
  button.secondary {
    background: transparent;
    color: var(--_accent);
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  .status {
    color: var(--_muted);
    margin: 0.5rem 0;
  }
  .error {
    border-inline-start: 5px solid var(--_error);
    padding: 0.5rem 0 0.5rem var(--_space);
    margin: 0.5rem 0;
  }
  .error-title {
    font-weight: bold;
    color: var(--_error);
    margin: 0 0 0.25rem;
  }
  .error p {
    margin: 0 0 0.5rem;
  }
  .error details {
    margin-top: 0.5rem;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .meta {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .publication {
    margin: 1rem 0 0;
    padding-top: 0.5rem;
    border-top: 1px solid var(--_border);
  }
  .publication div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5em;
  }
  .publication dt {
    font-weight: bold;
  }
  .publication dd {
    margin: 0;
  }
  h2,
  h3,
  h4,
  h5,
  h6 {
    line-height: 1.3;
    margin: 0 0 0.75rem;
  }
`;

import { css } from 'lit';

/**
 * The design-token layer: every `--gov-*` custom property a page may set is read here, once,
 * into a private `--_*` alias on the host that carries the kit's default (`--gov-space-3` →
 * `--_space-3`). Shadow styles use only the aliases, so a default lives in one place and a
 * page's value set on `:root`, a wrapper or the element itself wins. Sizes are in rem, so
 * they follow the reader's text size. Fonts and the text colour have no default: they
 * inherit from the page (an unset `--gov-color-text` leaves `color` inherited).
 * Documented in the core README (token table) and by `@cssprop` on `GovElement`.
 *
 * After the layer, the base every element shares: focus ring, buttons, fields, status
 * lines, errors, publication record. One template with no interpolation, so the build
 * minifies it.
 */
export const baseStyles = css`
  :host {
    --_space-1: var(--gov-space-1, 0.125rem);
    --_space-2: var(--gov-space-2, 0.25rem);
    --_space-3: var(--gov-space-3, 0.5rem);
    --_space-4: var(--gov-space-4, 0.75rem);
    --_space-5: var(--gov-space-5, 1rem);
    --_space-6: var(--gov-space-6, 1.25rem);
    --_space-7: var(--gov-space-7, 1.5rem);
    --_space-8: var(--gov-space-8, 2rem);
    --_font-size-x-small: var(--gov-font-size-x-small, 0.8rem);
    --_font-size-small: var(--gov-font-size-small, 0.9rem);
    --_font-size-large: var(--gov-font-size-large, 1.15rem);
    --_font-size-x-large: var(--gov-font-size-x-large, 1.5rem);
    --_line-height: var(--gov-line-height, 1.6);
    --_line-height-heading: var(--gov-line-height-heading, 1.3);
    --_color-muted: var(--gov-color-muted, #595959);
    --_color-accent: var(--gov-color-accent, #1d4f91);
    --_color-on-accent: var(--gov-color-on-accent, #fff);
    --_color-link: var(--gov-color-link, var(--_color-accent));
    --_color-border: var(--gov-color-border, #b1b4b6);
    --_color-control-edge: var(--gov-color-control-edge, #0b0c0c);
    --_color-control-background: var(--gov-color-control-background, #fff);
    --_color-surface: var(--gov-color-surface, transparent);
    --_color-placeholder: var(--gov-color-placeholder, #f3f2f1);
    --_color-highlight: var(--gov-color-highlight, #fff2a8);
    --_color-error: var(--gov-color-error, #b3261e);
    --_color-success: var(--gov-color-success, var(--_color-accent));
    --_color-focus: var(--gov-color-focus, #ffbf47);
    --_color-focus-edge: var(--gov-color-focus-edge, #0b0c0c);
    --_radius: var(--gov-radius, 0.375rem);
    --_focus-width: var(--gov-focus-width, 3px);
    --_focus-offset: var(--gov-focus-offset, 2px);
    color: var(--gov-color-text);
  }
  :host {
    display: block;
    box-sizing: border-box;
    font: inherit;
    /* Thai has no spaces between words: let the browser's dictionary break lines, and
       only break inside a word (a long URL) when nothing else fits. */
    overflow-wrap: break-word;
    word-break: normal;
    line-height: var(--_line-height);
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
    color: var(--_color-link);
  }
  /* The focus ring: a light outline with a dark edge inside it, visible on any background. */
  a:focus-visible,
  button:focus-visible,
  summary:focus-visible,
  input:focus-visible,
  select:focus-visible,
  textarea:focus-visible,
  [tabindex='-1']:focus-visible {
    outline: var(--_focus-width) solid var(--_color-focus);
    outline-offset: var(--_focus-offset);
    box-shadow: 0 0 0 calc(var(--_focus-width) + var(--_focus-offset)) var(--_color-focus-edge);
  }
  button {
    font: inherit;
    min-height: 44px;
    min-width: 44px;
    padding: var(--_space-3) var(--_space-5);
    border: 2px solid var(--_color-accent);
    border-radius: var(--_radius);
    background: var(--_color-accent);
    color: var(--_color-on-accent);
    cursor: pointer;
  }
  /* One look for text fields and selects in every element: a dark edge keeps the 3:1
     contrast WCAG 1.4.11 asks of a control's edge. */
  input:not([type='radio']):not([type='checkbox']):not([type='file']),
  select,
  textarea {
    font: inherit;
    color: inherit;
    min-height: 44px;
    width: 100%;
    /* Steps 1 + 2 (0.375rem): one line of text fills the 44px field exactly. */
    padding: calc(var(--_space-1) + var(--_space-2)) var(--_space-3);
    border: 2px solid var(--_color-control-edge);
    border-radius: var(--_radius);
    background: var(--_color-control-background);
  }
  button.secondary {
    background: transparent;
    /* Text on the page's own background, as a link is: the accent may be chosen for white text
       on it (DGA's green is 4.5:1 with white) and fall below 4.5:1 on an off-white footer. */
    color: var(--_color-link);
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: 0;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  .status {
    color: var(--_color-muted);
    margin: var(--_space-3) 0;
  }
  .error {
    border-inline-start: 5px solid var(--_color-error);
    padding: var(--_space-3) 0 var(--_space-3) var(--_space-5);
    margin: var(--_space-3) 0;
  }
  .error-title {
    font-weight: bold;
    color: var(--_color-error);
    margin: 0 0 var(--_space-2);
  }
  .error p {
    margin: 0 0 var(--_space-3);
  }
  .error details {
    margin-top: var(--_space-3);
    color: var(--_color-muted);
    font-size: var(--_font-size-small);
  }
  .meta {
    color: var(--_color-muted);
    font-size: var(--_font-size-small);
  }
  .publication {
    margin: var(--_space-5) 0 0;
    padding-top: var(--_space-3);
    border-top: 1px solid var(--_color-border);
  }
  .publication div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space-3);
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
    line-height: var(--_line-height-heading);
    margin: 0 0 var(--_space-4);
  }
`;

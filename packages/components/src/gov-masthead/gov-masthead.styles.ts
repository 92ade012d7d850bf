import { css } from 'lit';

/*
 * The collapsed bar's height is fixed by rules, not by its text, so the light-DOM stylesheet
 * can reserve exactly the same box before upgrade (keep the two files in step):
 * - narrow screens: room for two lines of text above a 2rem button, centred;
 * - from 40em: one 2.5rem row.
 * The text is the small size on the kit's line height (the same tokens in both files); the
 * extra pixel keeps the reserved height above the text's own, whose line boxes round up to
 * 1/64 px, so the rule and not the rounding decides the height in both states.
 */
export const mastheadStyles = css`
  :host {
    --_masthead-background: var(--gov-masthead-background, #f0f0f0);
    --_page-width: var(--gov-page-width, 60rem);
    font-size: var(--_font-size-small);
    line-height: var(--_line-height);
    background: var(--_masthead-background);
    color: var(--gov-color-text, #1b1b1b);
  }
  section {
    /* By default the bar's content lines up with a centred page column of --gov-page-width. */
    --_gutter: var(--gov-masthead-gutter, max(var(--_space-5), (100% - var(--_page-width)) / 2));
    padding-inline: var(--_gutter);
  }
  .bar {
    display: grid;
    grid-template-columns: auto 1fr;
    align-content: center;
    align-items: center;
    column-gap: var(--_space-3);
    min-height: calc(2 * var(--_font-size-small) * var(--_line-height) + 2rem + 2 * var(--_space-2) + 1px);
    padding-block: var(--_space-2);
  }
  .flag {
    width: 1.125rem;
    height: 0.75rem;
    outline: 1px solid #d0d0d0;
  }
  .text {
    margin: 0;
  }
  button {
    grid-column: 2;
    justify-self: start;
    min-height: 2rem;
    min-width: 0;
    padding: 0 var(--_space-2);
    margin-inline-start: calc(-1 * var(--_space-2));
    border: 0;
    background: transparent;
    color: var(--_color-link);
    text-decoration: underline;
    text-underline-offset: 0.2em;
    display: inline-flex;
    align-items: center;
    gap: calc(var(--_space-1) + var(--_space-2));
  }
  button:hover {
    text-decoration-thickness: 2px;
  }
  .chevron {
    width: 0.45em;
    height: 0.45em;
    border-right: 2px solid currentColor;
    border-bottom: 2px solid currentColor;
    transform: translateY(-0.15em) rotate(45deg);
  }
  :host([expanded]) .chevron {
    transform: translateY(0.15em) rotate(-135deg);
  }
  .panel {
    display: grid;
    gap: 0 var(--_space-7);
    padding-block: var(--_space-3) var(--_space-5);
    border-top: 1px solid var(--_color-border);
  }
  .panel[hidden] {
    display: none;
  }
  .panel p {
    margin: var(--_space-3) 0 0;
    max-width: 40em;
  }
  @media (min-width: 40em) {
    .bar {
      grid-template-columns: auto auto 1fr;
      min-height: 2.5rem;
      padding-block: 0;
    }
    button {
      grid-column: 3;
      margin-inline-start: var(--_space-2);
    }
    .panel {
      grid-template-columns: repeat(3, 1fr);
    }
  }
`;

import { css } from 'lit';

/*
 * The collapsed bar's height is fixed by rules, not by its text, so the light-DOM stylesheet
 * can reserve exactly the same box before upgrade (keep the two files in step):
 * - narrow screens: room for two lines of text above a 2rem button, centred;
 * - from 40em: one 2.5rem row.
 * The text is 0.875rem on a 1.5 line height (1.3125rem a line).
 */
export const mastheadStyles = css`
  :host {
    --_masthead-background: var(--gov-masthead-background, #f0f0f0);
    --_page-width: var(--gov-page-width, 60rem);
    font-size: 0.875rem;
    line-height: 1.5;
    background: var(--_masthead-background);
    color: var(--gov-color-text, #1b1b1b);
  }
  section {
    padding-inline: max(1rem, (100% - var(--_page-width)) / 2);
  }
  .bar {
    display: grid;
    grid-template-columns: auto 1fr;
    align-content: center;
    align-items: center;
    column-gap: 0.5rem;
    min-height: calc(2 * 1.3125rem + 2rem + 0.5rem);
    padding-block: 0.25rem;
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
    padding: 0 0.25rem;
    margin-inline-start: -0.25rem;
    border: 0;
    background: transparent;
    color: var(--_color-link);
    text-decoration: underline;
    text-underline-offset: 0.2em;
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
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
    gap: 0 1.5rem;
    padding-block: 0.5rem 1rem;
    border-top: 1px solid var(--_color-border);
  }
  .panel[hidden] {
    display: none;
  }
  .panel p {
    margin: 0.5rem 0 0;
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
      margin-inline-start: 0.25rem;
    }
    .panel {
      grid-template-columns: repeat(3, 1fr);
    }
  }
`;

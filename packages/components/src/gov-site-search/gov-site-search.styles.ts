import { css } from 'lit';

export const siteSearchStyles = css`
  form {
    display: flex;
    flex-direction: column;
    gap: var(--_space-2);
    margin-bottom: var(--_space-4);
  }
  :host([compact]) form {
    margin: 0;
  }
  /* The header box stays one line at every width, the height its light-DOM reservation keeps. */
  :host([compact]) .row {
    flex-wrap: nowrap;
  }
  :host([compact]) input {
    flex: 1 1 0;
  }
  :host([compact]) button {
    flex: none;
  }
  .label {
    font-weight: bold;
  }
  .search-hint {
    color: var(--_color-muted);
    font-size: var(--_font-size-small);
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-3);
  }
  input {
    flex: 1 1 12rem;
    min-width: 0;
  }
  .results {
    list-style: none;
    padding: 0;
    margin: 0 0 var(--_space-5);
  }
  .results > li {
    padding: var(--_space-4) 0;
    border-bottom: 1px solid var(--_color-border);
  }
  .results p {
    margin: 0 0 var(--_space-2);
    overflow-wrap: anywhere;
  }
  .hit-title {
    font-size: var(--_font-size-large);
    line-height: var(--_line-height-heading);
  }
  .hit-title a {
    display: inline-block;
    min-height: 24px;
  }
  .type {
    display: inline-block;
    padding: 0 var(--_space-3);
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    margin-right: var(--_space-3);
  }
  .no-results .tips-title {
    font-weight: bold;
  }
  mark {
    background: var(--_color-highlight);
    color: inherit;
    font-weight: bold;
  }
`;

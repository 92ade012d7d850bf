import { css } from 'lit';

export const sitemapStyles = css`
  .toggles {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-3);
    margin-bottom: var(--_space-5);
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  /* Top-level sections side by side where there is room, one column on a phone. */
  ul.sections {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--gov-sitemap-column, 16rem)), 1fr));
    gap: var(--_space-7) var(--_space-8);
  }
  .section {
    min-width: 0;
  }
  .section-heading {
    font-size: var(--_font-size-large);
    margin: 0 0 var(--_space-2);
  }
  a,
  .title {
    display: inline-block;
    min-height: 24px;
    padding-block: var(--_space-1);
  }
  a[aria-current='page'] {
    font-weight: bold;
  }
  .here {
    display: inline-block;
    font-size: var(--_font-size-x-small);
    font-weight: normal;
    padding: 0 var(--_space-2);
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    color: var(--_color-muted);
  }
  .description {
    margin: 0 0 var(--_space-2);
    color: var(--_color-muted);
    font-size: var(--_font-size-small);
  }
  details {
    margin: var(--_space-1) 0 var(--_space-2);
  }
  summary {
    cursor: pointer;
    min-height: 24px;
    padding-block: var(--_space-1);
    color: var(--_color-muted);
    font-size: var(--_font-size-small);
  }
  /* The line starts under the disclosure triangle (steps 1 + 2). */
  details > ul {
    margin-inline-start: calc(var(--_space-1) + var(--_space-2));
    padding-inline-start: var(--_space-5);
    border-inline-start: 2px solid var(--_color-border);
  }
  .entry {
    margin: var(--_space-1) 0;
  }
`;

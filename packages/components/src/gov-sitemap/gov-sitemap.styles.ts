import { css } from 'lit';

export const sitemapStyles = css`
  .toggles {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-bottom: 1rem;
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
    gap: calc(var(--_space) * 1.5) calc(var(--_space) * 2);
  }
  .section {
    min-width: 0;
  }
  .section-heading {
    font-size: 1.15em;
    margin: 0 0 0.25rem;
  }
  a,
  .title {
    display: inline-block;
    min-height: 24px;
    padding-block: 0.125rem;
  }
  a[aria-current='page'] {
    font-weight: bold;
  }
  .here {
    display: inline-block;
    font-size: 0.8em;
    font-weight: normal;
    padding: 0 0.4em;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    color: var(--_muted);
  }
  .description {
    margin: 0 0 0.25rem;
    color: var(--_muted);
    font-size: 0.9em;
  }
  details {
    margin: 0.125rem 0 0.25rem;
  }
  summary {
    cursor: pointer;
    min-height: 24px;
    padding-block: 0.125rem;
    color: var(--_muted);
    font-size: 0.9em;
  }
  details > ul {
    margin-inline-start: 0.4rem;
    padding-inline-start: 0.9rem;
    border-inline-start: 2px solid var(--_border);
  }
  .entry {
    margin: 0.125rem 0;
  }
`;

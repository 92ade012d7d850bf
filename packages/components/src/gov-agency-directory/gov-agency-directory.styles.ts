import { css } from 'lit';

export const directoryStyles = css`
  .count {
    margin: var(--_space-3) 0;
    color: var(--_color-muted);
  }
  ul.items {
    list-style: none;
    padding: 0;
    margin: 0;
  }
  ul.items > li {
    border-bottom: 1px solid var(--_color-border);
    padding: var(--_space-5) 0;
    overflow-wrap: anywhere;
  }
  .name {
    font-size: var(--_font-size-large);
    line-height: var(--_line-height-heading);
    margin: 0 0 var(--_space-2);
  }
  .meta,
  .label,
  .source {
    color: var(--_color-muted);
    font-size: var(--_font-size-small);
    margin: 0 0 var(--_space-2);
  }
  address {
    font-style: normal;
    margin: 0 0 var(--_space-3);
  }
  .latest {
    margin: 0 0 var(--_space-3);
  }
  .label {
    display: block;
    margin: 0;
  }
  ul.pages {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2) var(--_space-5);
    list-style: none;
    padding: 0;
    margin: 0;
  }
  ul.pages a,
  address a,
  .name a {
    display: inline-block;
    min-height: 24px;
  }
  .unreachable-line,
  .news-missing {
    margin: 0;
    padding: var(--_space-3) var(--_space-4);
    border-left: var(--_space-2) solid var(--_color-error);
  }
  .news-missing {
    margin: var(--_space-3) 0;
  }
`;

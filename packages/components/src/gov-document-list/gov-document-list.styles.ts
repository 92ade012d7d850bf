import { css } from 'lit';

export const documentListStyles = css`
  .field {
    display: flex;
    flex-direction: column;
    gap: var(--_space-2);
    max-width: 32rem;
    margin-bottom: var(--_space-4);
  }
  label {
    font-weight: bold;
  }
  .hint {
    color: var(--_color-muted);
    font-size: var(--_font-size-small);
  }
  .count {
    margin: var(--_space-3) 0;
    color: var(--_color-muted);
  }
  section {
    margin-top: var(--_space-6);
  }
  .oia-text {
    display: block;
    font-weight: normal;
    font-size: var(--_font-size-small);
    color: var(--_color-muted);
  }
  ul.items {
    list-style: none;
    padding: 0;
    margin: 0;
  }
  ul.items > li {
    border-bottom: 1px solid var(--_color-border);
    padding: var(--_space-4) 0;
    overflow-wrap: anywhere;
  }
  .title {
    font-size: var(--_font-size-large);
    line-height: var(--_line-height-heading);
    margin: 0 0 var(--_space-2);
  }
  .summary {
    margin: 0 0 var(--_space-2);
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1) var(--_space-5);
    margin: 0 0 var(--_space-2);
    color: var(--_color-muted);
    font-size: var(--_font-size-small);
  }
  .meta dt {
    display: inline;
    font-weight: bold;
  }
  .meta dt::after {
    content: ': ';
  }
  .meta dd {
    display: inline;
    margin: 0;
  }
  .files {
    margin: var(--_space-2) 0 0;
    padding-inline-start: var(--_space-6);
  }
  .files li {
    margin: var(--_space-2) 0;
  }
  .file-meta {
    color: var(--_color-muted);
    font-size: var(--_font-size-small);
  }
  mark {
    background: var(--_color-highlight);
    color: inherit;
  }
`;

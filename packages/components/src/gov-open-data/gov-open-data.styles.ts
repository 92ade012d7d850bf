import { css } from 'lit';

export const openDataStyles = css`
  .count {
    margin: 0 0 var(--_space-5);
  }
  .dataset {
    border-top: 1px solid var(--_color-border);
    padding: var(--_space-5) 0 var(--_space-7);
  }
  .description {
    margin: var(--_space-3) 0;
  }
  .facts {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 14rem), 1fr));
    gap: var(--_space-3) var(--_space-5);
    margin: var(--_space-5) 0;
  }
  dt {
    font-weight: bold;
  }
  dd {
    margin: 0;
  }
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .keywords {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
  }
  .keywords li {
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    padding: 0 var(--_space-3);
  }
  .resources-title {
    font-size: var(--_font-size-large);
  }
  .resource {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-3);
    align-items: baseline;
    padding: var(--_space-3) 0;
    border-bottom: 1px solid var(--_color-border);
  }
  .format {
    font-weight: bold;
    font-size: var(--_font-size-small);
    border: 2px solid var(--_color-accent);
    color: var(--_color-accent);
    border-radius: var(--_radius);
    padding: 0 var(--_space-2);
    min-width: 3.5rem;
    text-align: center;
  }
  .file {
    flex: 1 1 12rem;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .file-description {
    display: block;
  }
  .preview {
    flex: 1 1 100%;
    min-width: 0;
  }
  .preview-message {
    border-inline-start: 5px solid var(--_color-error);
    padding-inline-start: var(--_space-5);
  }
  .table-scroll {
    overflow: auto;
    max-height: 30rem;
    border: 1px solid var(--_color-border);
  }
  table {
    border-collapse: collapse;
    font-size: var(--_font-size-small);
  }
  th,
  td {
    border-bottom: 1px solid var(--_color-border);
    padding: var(--_space-2) var(--_space-3);
    text-align: start;
    vertical-align: top;
  }
  th {
    position: sticky;
    top: 0;
    background: var(--_color-control-background);
    padding: 0;
  }
  button.sort {
    width: 100%;
    text-align: start;
    background: transparent;
    color: var(--_color-link);
    border: 0;
    border-radius: 0;
    font-weight: bold;
  }
  th[aria-sort='ascending'] button.sort::after {
    content: ' ▲';
  }
  th[aria-sort='descending'] button.sort::after {
    content: ' ▼';
  }
  .places li {
    padding: var(--_space-2) 0;
    border-bottom: 1px solid var(--_color-border);
  }
  .places span {
    display: block;
  }
`;

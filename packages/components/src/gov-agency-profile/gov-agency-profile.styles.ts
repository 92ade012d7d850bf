import { css } from 'lit';

export const profileStyles = css`
  section + section {
    margin-top: var(--_space-7);
  }
  .statement {
    font-size: var(--_font-size-large);
  }
  ol,
  ul {
    padding-inline-start: var(--_space-7);
  }
  .documents li,
  .toggles {
    margin-bottom: var(--_space-3);
  }
  .toggles {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-3);
  }
  table {
    border-collapse: collapse;
    min-width: 60%;
  }
  caption {
    text-align: start;
    font-weight: bold;
    padding-bottom: var(--_space-3);
  }
  th,
  td {
    text-align: start;
    padding: var(--_space-3) var(--_space-4);
    border-bottom: 1px solid var(--_color-border);
    vertical-align: top;
  }
  td {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  tbody th {
    font-weight: normal;
  }
  tfoot {
    font-weight: bold;
  }
  .warning {
    border-inline-start: var(--_space-2) solid var(--_color-error);
    padding: var(--_space-3) var(--_space-4);
    color: var(--_color-error);
    font-weight: bold;
  }
  .tree,
  .tree ul {
    list-style: none;
  }
  .tree {
    padding: 0;
  }
  .tree ul {
    border-inline-start: 1px solid var(--_color-border);
    margin-inline-start: var(--_space-4);
    padding-inline-start: var(--_space-5);
  }
  .tree p,
  summary {
    margin: 0;
    padding: var(--_space-2) 0;
    min-height: 24px;
  }
  summary {
    cursor: pointer;
  }
  .unit {
    font-weight: bold;
  }
  [part='chart'] {
    max-width: 100%;
    height: auto;
  }
  .people {
    list-style: none;
    padding: 0;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 18rem), 1fr));
    gap: var(--_space-6);
  }
  .person {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-4);
    align-items: flex-start;
  }
  .person img {
    width: 6rem;
    height: auto;
    aspect-ratio: 4 / 5;
    object-fit: cover;
    border-radius: var(--_radius);
    border: 1px solid var(--_color-border);
  }
  .person div {
    flex: 1 1 10rem;
    min-width: 0;
  }
  .person p {
    margin: 0 0 var(--_space-2);
  }
  .name {
    font-weight: bold;
  }
`;

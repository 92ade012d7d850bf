import { css } from 'lit';

export const serviceListStyles = css`
  .tools {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-4) var(--_space-5);
    margin-bottom: var(--_space-4);
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: var(--_space-2);
    flex: 1 1 14rem;
    min-width: 0;
  }
  label,
  dt {
    font-weight: bold;
  }
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
    padding: var(--_space-4) 0;
    border-bottom: 1px solid var(--_color-border);
  }
  li > :is(h3, h4, h5, h6) {
    font-size: var(--_font-size-large);
    margin-bottom: var(--_space-2);
  }
  li p {
    margin: 0 0 var(--_space-3);
  }
  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: var(--_space-1) var(--_space-4);
    margin: 0;
  }
  dd {
    margin: 0;
  }
  @media (max-width: 30rem) {
    dl {
      grid-template-columns: 1fr;
    }
    dd {
      margin-bottom: var(--_space-2);
    }
  }
`;

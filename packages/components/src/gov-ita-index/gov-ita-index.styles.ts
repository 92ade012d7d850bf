import { css } from 'lit';

export const itaIndexStyles = css`
  .summary {
    margin: var(--_space-3) 0 var(--_space-5);
    font-weight: bold;
  }
  ul.items {
    list-style: none;
    padding: 0;
    margin: 0;
  }
  .item {
    border-top: 1px solid var(--_color-border);
    padding: var(--_space-4) 0;
    overflow-wrap: anywhere;
  }
  .item > :is(h3, h4, h5, h6) {
    margin: 0;
    font-size: var(--_font-size-large);
  }
  .number {
    display: inline-block;
    min-width: 2.5em;
  }
  .item-status {
    margin: var(--_space-2) 0;
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2) var(--_space-4);
  }
  /* The status word says it; the colour only repeats it. */
  .missing .item-status strong,
  .unchecked .item-status strong {
    color: var(--_color-error);
  }
  .unconfirmed {
    margin: var(--_space-1) 0;
  }
  .links {
    margin: var(--_space-2) 0 0;
    padding-inline-start: var(--_space-6);
  }
  .links > li {
    margin: var(--_space-2) 0;
  }
  .links .meta {
    margin-inline-start: var(--_space-3);
  }
  .group > :is(h2, h3, h4, h5, h6) {
    margin: var(--_space-7) 0 var(--_space-3);
  }
`;

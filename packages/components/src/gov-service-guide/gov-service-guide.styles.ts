import { css } from 'lit';

export const serviceGuideStyles = css`
  .tools {
    margin: 0 0 var(--_space-4);
  }
  article {
    margin-bottom: var(--_space-8);
  }
  dl {
    margin: 0;
  }
  dt {
    font-weight: bold;
  }
  dd {
    margin: 0 0 var(--_space-3);
  }
  .summary {
    padding: var(--_space-4) var(--_space-5);
    border-inline-start: 5px solid var(--_color-accent);
    margin-bottom: var(--_space-5);
  }
  details {
    border-bottom: 1px solid var(--_color-border);
  }
  summary {
    cursor: pointer;
    padding: var(--_space-4) 0;
    min-height: 44px;
  }
  summary > * {
    display: inline;
    font-size: var(--_font-size-large);
    margin: 0;
  }
  .content {
    padding: 0 0 var(--_space-5);
  }
  ol,
  ul {
    margin: 0;
    padding-inline-start: var(--_space-7);
  }
  li {
    margin-bottom: var(--_space-4);
  }
  li p {
    margin: 0 0 var(--_space-2);
  }
  .name {
    font-weight: bold;
  }
  /* A step's or a channel's facts: label beside value, stacked on a narrow screen. */
  li > dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: var(--_space-1) var(--_space-4);
  }
  li > dl > div {
    display: contents;
  }
  li > dl dd {
    margin: 0;
  }
  @media (max-width: 30rem) {
    li > dl {
      grid-template-columns: 1fr;
      gap: 0;
    }
  }
  .total {
    font-weight: bold;
    margin: var(--_space-4) 0 0;
    padding-top: var(--_space-3);
    border-top: 1px solid var(--_color-border);
  }
  p > span + span {
    margin-inline-start: var(--_space-5);
  }
  @media print {
    .tools,
    button {
      display: none;
    }
    /* Every section prints open, folded or not (browsers with ::details-content). */
    details::details-content {
      content-visibility: visible;
      display: block;
    }
    summary {
      list-style: none;
    }
    summary::-webkit-details-marker {
      display: none;
    }
    article {
      break-inside: auto;
    }
  }
`;

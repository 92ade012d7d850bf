import { css } from 'lit';

export const contactStyles = css`
  address {
    font-style: normal;
    margin: 0 0 var(--_space-5);
  }
  dl {
    margin: 0 0 var(--_space-5);
  }
  .channels > div {
    margin-bottom: var(--_space-4);
  }
  dt {
    font-weight: bold;
  }
  dd {
    margin: 0;
    padding: var(--_space-1) 0;
  }
  .label {
    color: var(--_color-muted);
  }
  /* A phone number reads as one unit: never break it across lines. */
  .number {
    white-space: nowrap;
  }
  .hours {
    white-space: pre-line;
  }
  .publication dd {
    padding: 0;
  }
`;

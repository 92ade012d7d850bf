import { css } from 'lit';

export const contactStyles = css`
  address {
    font-style: normal;
    margin: 0 0 1rem;
  }
  dl {
    margin: 0 0 1rem;
  }
  .channels > div {
    margin-bottom: 0.75rem;
  }
  dt {
    font-weight: bold;
  }
  dd {
    margin: 0;
    padding: 0.125rem 0;
  }
  .label {
    color: var(--_muted);
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

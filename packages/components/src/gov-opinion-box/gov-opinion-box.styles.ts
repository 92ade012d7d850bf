import { css } from 'lit';

/** The opinion box's own touches; fields, errors and the receipt come from core's formStyles. */
export const opinionBoxStyles = css`
  .intro {
    margin: 0 0 1.25rem;
  }
  textarea {
    min-height: 10rem;
  }
`;

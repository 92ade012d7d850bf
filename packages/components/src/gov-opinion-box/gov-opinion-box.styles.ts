import { css } from 'lit';

/** The opinion box's own touches; fields, errors and the receipt come from core's formStyles. */
export const opinionBoxStyles = css`
  textarea {
    min-height: 10rem;
  }
`;

import { css } from 'lit';

/** The e-form's own touches; fields, errors, check page and print come from core's formStyles. */
export const eformStyles = css`
  .intro {
    margin: 0 0 1.25rem;
  }
`;

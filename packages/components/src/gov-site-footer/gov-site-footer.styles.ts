import { css } from 'lit';

export const siteFooterStyles = css`
  :host {
    font-size: var(--_font-size-small);
  }
  p,
  address {
    margin: 0 0 var(--_space-3);
  }
  address {
    font-style: normal;
  }
  .columns {
    display: grid;
    gap: var(--_space-5) var(--_space-8);
  }
  .agency {
    font-weight: bold;
    font-size: var(--_font-size-large);
    line-height: var(--_line-height-heading);
  }
  .reach {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space-5);
  }
  .links ul {
    list-style: none;
    margin: 0 0 var(--_space-3);
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2) var(--_space-5);
  }
  .links li {
    min-height: 24px;
  }
  .cookie-settings {
    min-height: 24px;
    min-width: 0;
    padding: 0;
    border: 0;
    background: transparent;
    color: var(--_color-link);
    text-decoration: underline;
  }
  .meta-line {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0 var(--_space-5);
    margin-top: var(--_space-5);
    padding-top: var(--_space-3);
    border-top: 1px solid var(--_color-border);
    color: var(--_color-muted);
  }
  @media (min-width: 48em) {
    .columns {
      grid-template-columns: minmax(14rem, 1fr) 2fr;
    }
  }
`;

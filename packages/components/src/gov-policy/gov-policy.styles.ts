import { css } from 'lit';

export const policyStyles = css`
  /* The same room as gov-policy.lightdom.css keeps before upgrade, until the text has come. */
  :host {
    display: flow-root;
  }
  :host([hidden]) {
    display: none;
  }
  :host([state='loading']) {
    min-height: 100vh;
  }
  h1 {
    line-height: var(--_line-height-heading);
    margin: 0 0 var(--_space-5);
  }
  section {
    margin-block: var(--_space-7);
  }
  p,
  ul {
    margin: 0 0 var(--_space-4);
    max-width: 42em;
  }
  li + li {
    margin-top: var(--_space-2);
  }
  .summary {
    font-size: var(--_font-size-large);
  }
  .template-notice {
    border: 3px solid var(--gov-color-warning, #8a5a00);
    border-inline-start-width: 10px;
    padding: var(--_space-4) var(--_space-5);
    margin: 0 0 var(--_space-6);
    background: var(--gov-color-warning-background, #fff7e0);
    color: #1b1b1b;
  }
  .template-notice p:last-child {
    margin-bottom: 0;
  }
  .template-title {
    font-weight: bold;
    font-size: var(--_font-size-large);
    margin-bottom: var(--_space-2);
  }
  .contents {
    border-inline-start: 4px solid var(--_color-border);
    padding-inline-start: var(--_space-5);
    margin-block: var(--_space-6);
  }
  .contents-title {
    font-weight: bold;
    margin-bottom: var(--_space-2);
  }
  .contents ol {
    margin: 0;
    padding-inline-start: var(--_space-6);
  }
`;

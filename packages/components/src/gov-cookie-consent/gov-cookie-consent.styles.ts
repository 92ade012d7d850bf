import { css } from 'lit';

export const cookieConsentStyles = css`
  :host {
    --_consent-background: var(--gov-consent-background, #fff);
    --_reserve: 0px;
    /* Room at the end of the page for the fixed banner, so the last lines can scroll above it. */
    display: block;
    block-size: var(--_reserve);
  }
  .banner {
    position: fixed;
    inset-inline: 0;
    inset-block-end: 0;
    z-index: 2147483000;
    max-block-size: 60vh;
    overflow-y: auto;
    background: var(--_consent-background);
    border-top: 4px solid var(--_color-accent);
    box-shadow: 0 -2px 8px rgb(0 0 0 / 0.25);
  }
  .inner {
    max-inline-size: 64rem;
    margin: 0 auto;
    padding: var(--_space-5);
  }
  h2 {
    font-size: var(--_font-size-large);
    margin: 0 0 var(--_space-3);
  }
  p {
    margin: 0 0 var(--_space-4);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-3);
    align-items: center;
  }
  /* Accept and reject: the same kind of button, side by side, in equal columns. */
  .choices {
    display: grid;
    grid-template-columns: 1fr 1fr;
    gap: var(--_space-3);
    flex: 1 1 18rem;
  }
  dialog {
    inline-size: min(40rem, 100% - 2 * var(--_space-5));
    max-block-size: calc(100% - 2 * var(--_space-5));
    padding: var(--_space-6);
    border: 2px solid var(--_color-control-edge);
    border-radius: var(--_radius);
    background: var(--_consent-background);
    color: inherit;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.6);
  }
  .asked {
    border-inline-start: 5px solid var(--_color-accent);
    padding-inline-start: var(--_space-4);
  }
  .category {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0 var(--_space-3);
    padding: var(--_space-4) 0;
    border-top: 1px solid var(--_color-border);
  }
  .category input {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
    accent-color: var(--_color-accent);
  }
  .category label {
    font-weight: bold;
  }
  .category p {
    grid-column: 2;
    margin: var(--_space-2) 0 0;
    color: var(--_color-muted);
  }
  dialog .actions {
    padding-top: var(--_space-4);
    border-top: 1px solid var(--_color-border);
  }
`;

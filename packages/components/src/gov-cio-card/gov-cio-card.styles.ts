import { css } from 'lit';

export const cioStyles = css`
  .card {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-5);
    align-items: flex-start;
  }
  [part='photo'] {
    flex: none;
    width: var(--gov-cio-photo-width, 8rem);
    max-width: 100%;
    height: auto;
    aspect-ratio: 4 / 5;
    object-fit: cover;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
  }
  .placeholder {
    fill: var(--_color-accent);
    opacity: 0.35;
  }
  .details {
    flex: 1 1 14rem;
    min-width: 0;
  }
  .details p {
    margin: 0 0 var(--_space-2);
  }
  .name {
    font-weight: bold;
    font-size: var(--_font-size-large);
  }
  address {
    font-style: normal;
    margin-top: var(--_space-3);
  }
  dl {
    margin: 0;
  }
  dl div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space-3);
  }
  dt {
    font-weight: bold;
  }
  dd {
    margin: 0;
    min-width: 0;
  }
  dd a {
    display: inline-block;
    min-height: 24px;
  }
  ul {
    margin: 0 0 var(--_space-5);
    padding-inline-start: var(--_space-7);
  }
  .duties {
    margin-top: var(--_space-5);
  }
`;

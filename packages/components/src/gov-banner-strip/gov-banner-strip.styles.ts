import { css } from 'lit';

export const bannerStyles = css`
  .province {
    margin: 0 0 var(--_space-4);
  }
  [part~='province'] {
    display: inline-block;
    min-height: 24px;
    font-weight: bold;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space-4);
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--gov-banner-min-width, 14rem)), 1fr));
  }
  li {
    display: flex;
    min-width: 0;
  }
  [part~='banner'] {
    display: flex;
    flex-direction: column;
    gap: var(--_space-3);
    width: 100%;
    min-height: 44px;
    padding: var(--_space-3);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
  }
  img {
    display: block;
    width: 100%;
    height: auto;
    aspect-ratio: var(--gov-banner-aspect-ratio, 3 / 1);
    object-fit: contain;
  }
`;

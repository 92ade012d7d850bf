import { css } from 'lit';

export const linkListStyles = css`
  .links {
    list-style: none;
    padding: 0;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 16rem), 1fr));
    gap: var(--_space-5) var(--_space-6);
  }
  li {
    min-width: 0;
  }
  li p {
    margin: 0 0 var(--_space-2);
  }
  .title {
    font-weight: bold;
  }
  .title a {
    display: inline-block;
    min-height: 24px;
  }
  img,
  iframe {
    display: block;
    width: 100%;
    height: auto;
    aspect-ratio: 16 / 9;
    object-fit: cover;
    border: 0;
    border-radius: var(--_radius);
    background: var(--_color-placeholder);
    margin-bottom: var(--_space-3);
  }
`;

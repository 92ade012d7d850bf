import { css } from 'lit';

/** The board's own styles; the ask form's come from core's formStyles, adopted when its chunk loads. */
export const qaBoardStyles = css`
  .count {
    margin: var(--_space-3) 0;
    color: var(--_color-muted);
  }
  ul.items {
    list-style: none;
    padding: 0;
    margin: 0;
  }
  ul.items > li {
    border-bottom: 1px solid var(--_color-border);
    padding: var(--_space-5) 0;
  }
  article > :is(h3, h4, h5, h6) {
    margin: 0 0 var(--_space-2);
  }
  .qa-meta {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2) var(--_space-5);
    margin: 0 0 var(--_space-3);
    color: var(--_color-muted);
    font-size: var(--_font-size-small);
  }
  .qa-category {
    font-weight: bold;
  }
  .qa-answer > :first-child {
    margin-top: 0;
  }
  .qa-answer img {
    max-width: 100%;
    height: auto;
  }
  .follow {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2) var(--_space-4);
    align-items: baseline;
    margin: var(--_space-5) 0;
  }
  .ask {
    margin-top: var(--_space-8);
  }
  mark {
    background: var(--_color-highlight);
    color: inherit;
  }
`;

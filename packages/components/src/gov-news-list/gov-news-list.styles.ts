import { css } from 'lit';

export const newsStyles = css`
  .filter {
    display: flex;
    flex-direction: column;
    gap: var(--_space-2);
    max-width: 24rem;
    margin-bottom: var(--_space-4);
  }
  label {
    font-weight: bold;
  }
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
  article {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-4) var(--_space-5);
    align-items: flex-start;
  }
  article > img {
    flex: 0 1 var(--gov-news-image-width, 12rem);
    max-width: 100%;
    min-width: 0;
    height: auto;
    border-radius: var(--_radius);
    background: var(--_color-placeholder);
  }
  /* Pictures without a known size still keep their space while they load. */
  article > img.unsized {
    aspect-ratio: 16 / 9;
    object-fit: cover;
  }
  .body {
    flex: 1 1 18rem;
    min-width: 0;
  }
  .title {
    font-size: var(--_font-size-large);
    margin: 0 0 var(--_space-2);
  }
  .title a {
    text-decoration-thickness: 1px;
    text-underline-offset: 0.15em;
  }
  .untitled {
    font-style: italic;
    color: var(--_color-muted);
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2) var(--_space-5);
    margin: 0 0 var(--_space-3);
  }
  .category {
    font-weight: bold;
  }
  .summary {
    margin: 0 0 var(--_space-3);
  }
  .attachments {
    margin: var(--_space-3) 0 0;
  }
  .attachments-title {
    font-weight: bold;
    margin: 0 0 var(--_space-2);
  }
  .attachments ul {
    margin: 0;
    padding-inline-start: var(--_space-6);
  }
  .attachments li {
    margin: var(--_space-2) 0;
  }
  .attachments a,
  .attachments span[part='attachment'] {
    display: inline-block;
    min-height: 24px;
  }
  .file-meta {
    color: var(--_color-muted);
    font-size: var(--_font-size-small);
  }
  button.more {
    margin-top: var(--_space-5);
  }
`;

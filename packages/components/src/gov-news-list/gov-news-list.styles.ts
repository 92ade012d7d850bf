import { css } from 'lit';

export const newsStyles = css`
  .filter {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    max-width: 24rem;
    margin-bottom: 0.75rem;
  }
  label {
    font-weight: bold;
  }
  .title:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .count {
    margin: 0.5rem 0;
    color: var(--_muted);
  }
  ul.items {
    list-style: none;
    padding: 0;
    margin: 0;
  }
  ul.items > li {
    border-bottom: 1px solid var(--_border);
    padding: 1rem 0;
  }
  article {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem 1rem;
    align-items: flex-start;
  }
  article > img {
    flex: 0 1 var(--gov-news-image-width, 12rem);
    max-width: 100%;
    min-width: 0;
    height: auto;
    border-radius: var(--_radius);
    background: var(--gov-news-image-background, #f3f2f1);
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
    font-size: 1.15em;
    margin: 0 0 0.25rem;
  }
  .title a {
    text-decoration-thickness: 1px;
    text-underline-offset: 0.15em;
  }
  .untitled {
    font-style: italic;
    color: var(--_muted);
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0 0 0.5rem;
  }
  .category {
    font-weight: bold;
  }
  .summary {
    margin: 0 0 0.5rem;
  }
  .attachments {
    margin: 0.5rem 0 0;
  }
  .attachments-title {
    font-weight: bold;
    margin: 0 0 0.25rem;
  }
  .attachments ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .attachments li {
    margin: 0.25rem 0;
  }
  .attachments a,
  .attachments span[part='attachment'] {
    display: inline-block;
    min-height: 24px;
  }
  .file-meta {
    color: var(--_muted);
    font-size: 0.9em;
  }
  button.more {
    margin-top: 1rem;
  }
`;

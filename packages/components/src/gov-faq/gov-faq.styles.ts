import { css } from 'lit';

export const faqStyles = css`
  .toggles {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-3);
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
  details {
    border-bottom: 1px solid var(--_color-border);
  }
  summary {
    cursor: pointer;
    padding: var(--_space-4) 0;
    font-weight: bold;
    min-height: 44px;
  }
  .answer {
    padding: 0 0 var(--_space-5);
  }
  .answer > :first-child {
    margin-top: 0;
  }
  .answer img {
    max-width: 100%;
    height: auto;
  }
  .answer-meta {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2) var(--_space-5);
  }
  mark {
    background: var(--_color-highlight);
    color: inherit;
  }
`;

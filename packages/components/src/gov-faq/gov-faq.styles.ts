import { css } from 'lit';

export const faqStyles = css`
  .tools {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem 1rem;
    align-items: flex-end;
    margin-bottom: 0.75rem;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    flex: 1 1 14rem;
    min-width: 0;
  }
  label {
    font-weight: bold;
  }
  .hint {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .toggles {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
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
  details {
    border-bottom: 1px solid var(--_border);
  }
  summary {
    cursor: pointer;
    padding: 0.75rem 0;
    font-weight: bold;
    min-height: 44px;
  }
  .answer {
    padding: 0 0 1rem;
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
    gap: 0.25rem 1rem;
  }
  mark {
    background: var(--gov-color-highlight, #fff2a8);
    color: inherit;
  }
`;

import { css } from 'lit';

/**
 * The look every form shares: GOV.UK-like fields, error summary and messages, check
 * page, receipt, and a print stylesheet (agency, title, answers, date; no controls).
 */
export const formStyles = css`
  form,
  .form-screen {
    margin: 0;
  }
  .intro {
    margin: 0 0 1.25rem;
  }
  .page-description {
    margin: 0 0 1rem;
  }
  .progress {
    color: var(--_muted);
    margin: 0 0 0.25rem;
  }
  h3,
  h4,
  h5,
  h6 {
    scroll-margin-top: 1rem;
  }
  [tabindex='-1']:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .field,
  .group {
    margin: 0 0 1.5rem;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  .field-error {
    border-inline-start: 5px solid var(--_error);
    padding-inline-start: 0.75rem;
  }
  .label {
    display: block;
    font-weight: bold;
    margin: 0 0 0.25rem;
    padding: 0;
  }
  .optional {
    font-weight: normal;
    color: var(--_muted);
  }
  .hint {
    color: var(--_muted);
    margin: 0 0 0.5rem;
  }
  .error-message {
    color: var(--_error);
    font-weight: bold;
    margin: 0 0 0.5rem;
  }
  input:not([type='radio']):not([type='checkbox']):not([type='file']),
  select,
  textarea {
    max-width: 36rem;
    border-radius: 0;
  }
  input.input-short,
  input.input-date {
    max-width: 16rem;
  }
  textarea {
    display: block;
    resize: vertical;
  }
  [aria-invalid='true']:not([type='radio']):not([type='checkbox']) {
    border-color: var(--_error);
  }
  input[type='file'] {
    font: inherit;
    max-width: 100%;
  }
  .choices {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
  }
  .choice {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: 0.5rem;
  }
  .choice input {
    width: 1.5rem;
    height: 1.5rem;
    margin: 0.15rem 0 0;
    flex: none;
    accent-color: var(--_accent);
  }
  .choice label {
    flex: 1 1 0;
    min-width: 0;
    min-height: 24px;
  }
  .choice-hint {
    flex-basis: 100%;
    padding-inline-start: 2rem;
    margin: 0;
  }
  .date-chosen,
  .file-chosen {
    margin: 0.5rem 0 0;
  }
  .group-item {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    margin: 0 0 1rem;
    padding: 0.75rem;
    min-width: 0;
  }
  .group-item legend {
    font-weight: bold;
    padding: 0 0.25rem;
  }
  .group-item .field:last-of-type {
    margin-bottom: 0.75rem;
  }
  button.small {
    min-height: 36px;
    padding: 0.25rem 0.75rem;
  }
  button[disabled] {
    opacity: 0.6;
    cursor: progress;
  }
  button.back {
    background: transparent;
    color: var(--gov-color-link, var(--_accent));
    border: 0;
    padding: 0.25rem 0;
    text-decoration: underline;
    margin: 0 0 0.75rem;
  }
  button.back::before {
    content: '‹ ';
  }
  .actions,
  .tool-buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    margin: 1rem 0;
  }
  .error-summary {
    border: 5px solid var(--_error);
    padding: 1rem;
    margin: 0 0 1.5rem;
  }
  .error-summary ul,
  .answer-list,
  .answer-items {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .error-summary a {
    color: var(--_error);
    font-weight: bold;
  }
  .send-error {
    border-inline-start: 5px solid var(--_error);
    padding: 0.25rem 0 0.25rem 1rem;
    margin: 1rem 0;
  }
  .send-error p {
    margin: 0 0 0.5rem;
  }
  .send-status:empty,
  .draft-status:empty,
  .action-status:empty,
  .file-status:empty {
    margin: 0;
  }
  .notice {
    border-inline-start: 5px solid var(--_accent);
    padding: 0.5rem 0 0.5rem 1rem;
    margin: 0 0 1rem;
  }
  .notice p {
    margin: 0 0 0.5rem;
  }
  .declaration,
  .answer-row dt,
  .item-title,
  .answers {
    margin: 0 0 1.5rem;
  }
  .answer-row {
    display: grid;
    grid-template-columns: minmax(0, 2fr) minmax(0, 3fr) auto;
    gap: 0.25rem 1rem;
    border-bottom: 1px solid var(--_border);
    padding: 0.5rem 0;
  }
  .answer-row dd {
    margin: 0;
    min-width: 0;
  }
  .answer-row .value {
    white-space: pre-line;
  }
  .answer-row .change {
    text-align: end;
  }
  .not-answered {
    color: var(--_muted);
  }
  .receipt {
    border: 3px solid var(--_accent);
    border-radius: var(--_radius);
    padding: 1rem;
  }
  .receipt-details div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.75rem;
  }
  .receipt-details dd {
    margin: 0;
  }
  .receipt-number {
    font-size: 1.5em;
    font-weight: bold;
    overflow-wrap: anywhere;
  }
  .tools {
    border-top: 1px solid var(--_border);
    margin-top: 2rem;
    padding-top: 1rem;
  }
  .print-view {
    display: none;
  }
  @media (max-width: 40rem) {
    .answer-row {
      grid-template-columns: minmax(0, 1fr);
    }
    .answer-row .change {
      text-align: start;
    }
  }
  @media print {
    .form-screen,
    [part~='heading'],
    .intro {
      display: none;
    }
    .print-view {
      display: block;
      color: #000;
    }
    .print-agency {
      font-weight: bold;
      margin: 0;
    }
    .print-title {
      font-size: 1.4em;
      font-weight: bold;
      margin: 0 0 1rem;
    }
    .answer-row {
      grid-template-columns: minmax(0, 2fr) minmax(0, 3fr);
      break-inside: avoid;
    }
  }
`;

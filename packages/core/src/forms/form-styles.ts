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
    margin: 0 0 var(--_space-6);
  }
  .page-description {
    margin: 0 0 var(--_space-5);
  }
  .progress {
    color: var(--_color-muted);
    margin: 0 0 var(--_space-2);
  }
  h3,
  h4,
  h5,
  h6 {
    scroll-margin-top: var(--_space-5);
  }
  /* Where the form moves focus (error summary, headings): the ring shows for a mouse user too. */
  [tabindex='-1']:focus {
    outline: var(--_focus-width) solid var(--_color-focus);
    outline-offset: var(--_focus-offset);
    box-shadow: 0 0 0 calc(var(--_focus-width) + var(--_focus-offset)) var(--_color-focus-edge);
  }
  .field,
  .group {
    margin: 0 0 var(--_space-7);
    padding: 0;
    border: 0;
    min-width: 0;
  }
  .field-error {
    border-inline-start: 5px solid var(--_color-error);
    padding-inline-start: var(--_space-4);
  }
  .label {
    display: block;
    font-weight: bold;
    margin: 0 0 var(--_space-2);
    padding: 0;
  }
  .optional {
    font-weight: normal;
    color: var(--_color-muted);
  }
  .hint {
    color: var(--_color-muted);
    margin: 0 0 var(--_space-3);
  }
  .error-message {
    color: var(--_color-error);
    font-weight: bold;
    margin: 0 0 var(--_space-3);
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
  .richtext-preview {
    max-width: 36rem;
    margin-block-start: var(--_space-3);
    padding: var(--_space-3);
    border: 1px dashed var(--_color-muted);
    overflow-wrap: anywhere;
  }
  .richtext-body > :first-child {
    margin-block-start: 0;
  }
  [aria-invalid='true']:not([type='radio']):not([type='checkbox']) {
    border-color: var(--_color-error);
  }
  input[type='file'] {
    font: inherit;
    max-width: 100%;
  }
  .choices {
    display: flex;
    flex-direction: column;
    gap: var(--_space-3);
  }
  .choice {
    --_choice-size: 1.5rem;
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: var(--_space-3);
  }
  .choice input {
    width: var(--_choice-size);
    height: var(--_choice-size);
    margin: var(--_space-1) 0 0;
    flex: none;
    accent-color: var(--_color-accent);
  }
  .choice label {
    flex: 1 1 0;
    min-width: 0;
    min-height: 24px;
  }
  .choice-hint {
    flex-basis: 100%;
    /* Under the label: past the box and the gap beside it. */
    padding-inline-start: calc(var(--_choice-size) + var(--_space-3));
    margin: 0;
  }
  .date-chosen,
  .file-chosen {
    margin: var(--_space-3) 0 0;
  }
  .group-item {
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    margin: 0 0 var(--_space-5);
    padding: var(--_space-4);
    min-width: 0;
  }
  .group-item legend {
    font-weight: bold;
    padding: 0 var(--_space-2);
  }
  .group-item .field:last-of-type {
    margin-bottom: var(--_space-4);
  }
  button.small {
    min-height: 36px;
    padding: var(--_space-2) var(--_space-4);
  }
  button[disabled] {
    opacity: 0.6;
    cursor: progress;
  }
  button.back {
    background: transparent;
    color: var(--_color-link);
    border: 0;
    padding: var(--_space-2) 0;
    text-decoration: underline;
    margin: 0 0 var(--_space-4);
  }
  button.back::before {
    content: '‹ ';
  }
  .actions,
  .tool-buttons {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-4);
    margin: var(--_space-5) 0;
  }
  .error-summary {
    border: 5px solid var(--_color-error);
    padding: var(--_space-5);
    margin: 0 0 var(--_space-7);
  }
  .error-summary ul,
  .answer-list,
  .answer-items {
    margin: 0;
    padding-inline-start: var(--_space-6);
  }
  .error-summary a {
    color: var(--_color-error);
    font-weight: bold;
  }
  .send-error {
    border-inline-start: 5px solid var(--_color-error);
    padding: var(--_space-2) 0 var(--_space-2) var(--_space-5);
    margin: var(--_space-5) 0;
  }
  .send-error p {
    margin: 0 0 var(--_space-3);
  }
  .send-status:empty,
  .draft-status:empty,
  .action-status:empty,
  .file-status:empty {
    margin: 0;
  }
  .notice {
    border-inline-start: 5px solid var(--_color-accent);
    padding: var(--_space-3) 0 var(--_space-3) var(--_space-5);
    margin: 0 0 var(--_space-5);
  }
  .notice p {
    margin: 0 0 var(--_space-3);
  }
  .declaration,
  .answer-row dt,
  .item-title,
  .answers {
    margin: 0 0 var(--_space-7);
  }
  .answer-row {
    display: grid;
    grid-template-columns: minmax(0, 2fr) minmax(0, 3fr) auto;
    gap: var(--_space-2) var(--_space-5);
    border-bottom: 1px solid var(--_color-border);
    padding: var(--_space-3) 0;
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
    color: var(--_color-muted);
  }
  .receipt {
    border: 3px solid var(--_color-success);
    border-radius: var(--_radius);
    padding: var(--_space-5);
  }
  .receipt-details div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space-4);
  }
  .receipt-details dd {
    margin: 0;
  }
  .receipt-number {
    font-size: var(--_font-size-x-large);
    font-weight: bold;
    overflow-wrap: anywhere;
  }
  .tools {
    border-top: 1px solid var(--_color-border);
    margin-top: var(--_space-8);
    padding-top: var(--_space-5);
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
      font-size: var(--_font-size-x-large);
      font-weight: bold;
      margin: 0 0 var(--_space-5);
    }
    .answer-row {
      grid-template-columns: minmax(0, 2fr) minmax(0, 3fr);
      break-inside: avoid;
    }
  }
`;

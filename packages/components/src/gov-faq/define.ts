import { define } from '@govkit-th/core';
import { GovFaq } from './gov-faq.js';

export { GovFaq };
define('gov-faq', GovFaq);

declare global {
  interface HTMLElementTagNameMap {
    'gov-faq': GovFaq;
  }
}

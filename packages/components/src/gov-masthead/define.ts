import { define } from '@govkit-th/core';
import { GovMasthead } from './gov-masthead.js';

export { GovMasthead };
define('gov-masthead', GovMasthead);

declare global {
  interface HTMLElementTagNameMap {
    'gov-masthead': GovMasthead;
  }
}

import { define } from '@govkit-th/core';
import { GovEform } from './gov-eform.js';

export { GovEform };
define('gov-eform', GovEform);

declare global {
  interface HTMLElementTagNameMap {
    'gov-eform': GovEform;
  }
}

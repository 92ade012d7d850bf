import { define } from '@govkit-th/core';
import { GovAlert } from './gov-alert.js';

export { GovAlert };
define('gov-alert', GovAlert);

declare global {
  interface HTMLElementTagNameMap {
    'gov-alert': GovAlert;
  }
}

import { define } from '@govkit-th/core';
import { GovPolicy } from './gov-policy.js';

export { GovPolicy };
define('gov-policy', GovPolicy);

declare global {
  interface HTMLElementTagNameMap {
    'gov-policy': GovPolicy;
  }
}

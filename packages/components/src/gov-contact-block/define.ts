import { define } from '@govkit-th/core';
import { GovContactBlock } from './gov-contact-block.js';

export { GovContactBlock };
define('gov-contact-block', GovContactBlock);

declare global {
  interface HTMLElementTagNameMap {
    'gov-contact-block': GovContactBlock;
  }
}

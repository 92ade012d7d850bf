import { define } from '@govkit-th/core';
import { GovItaIndex } from './gov-ita-index.js';

export { GovItaIndex };
define('gov-ita-index', GovItaIndex);

declare global {
  interface HTMLElementTagNameMap {
    'gov-ita-index': GovItaIndex;
  }
}

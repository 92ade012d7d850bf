import { define } from '@govkit-th/core';
import { GovOpenData } from './gov-open-data.js';

export { GovOpenData };
define('gov-open-data', GovOpenData);

declare global {
  interface HTMLElementTagNameMap {
    'gov-open-data': GovOpenData;
  }
}

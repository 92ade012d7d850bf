import { define } from '@govkit-th/core';
import { GovServiceGuide } from './gov-service-guide.js';

export { GovServiceGuide };
define('gov-service-guide', GovServiceGuide);

declare global {
  interface HTMLElementTagNameMap {
    'gov-service-guide': GovServiceGuide;
  }
}

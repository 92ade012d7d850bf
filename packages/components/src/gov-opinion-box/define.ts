import { define } from '@govkit-th/core';
import { GovOpinionBox } from './gov-opinion-box.js';

export { GovOpinionBox };
define('gov-opinion-box', GovOpinionBox);

declare global {
  interface HTMLElementTagNameMap {
    'gov-opinion-box': GovOpinionBox;
  }
}

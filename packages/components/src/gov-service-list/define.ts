import { define } from '@govkit-th/core';
import { GovServiceList } from './gov-service-list.js';

export { GovServiceList };
define('gov-service-list', GovServiceList);

declare global {
  interface HTMLElementTagNameMap {
    'gov-service-list': GovServiceList;
  }
}

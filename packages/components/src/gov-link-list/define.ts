import { define } from '@govkit-th/core';
import { GovLinkList, type GovEmbedRequestEvent } from './gov-link-list.js';

export { GovLinkList };
export type { GovEmbedRequestEvent };
define('gov-link-list', GovLinkList);

declare global {
  interface HTMLElementTagNameMap {
    'gov-link-list': GovLinkList;
  }
  interface GlobalEventHandlersEventMap {
    'gov-embed-request': GovEmbedRequestEvent;
  }
}

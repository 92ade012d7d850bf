import { define } from '@govkit-th/core';
import { GovDocumentList } from './gov-document-list.js';

export { GovDocumentList };
define('gov-document-list', GovDocumentList);

declare global {
  interface HTMLElementTagNameMap {
    'gov-document-list': GovDocumentList;
  }
}

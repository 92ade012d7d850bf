import { define } from '@govkit-th/core';
import { GovNewsList } from './gov-news-list.js';

export { GovNewsList };
define('gov-news-list', GovNewsList);

declare global {
  interface HTMLElementTagNameMap {
    'gov-news-list': GovNewsList;
  }
}

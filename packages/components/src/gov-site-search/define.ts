import { define } from '@govkit-th/core';
import { GovSiteSearch } from './gov-site-search.js';

export { GovSiteSearch };
define('gov-site-search', GovSiteSearch);

declare global {
  interface HTMLElementTagNameMap {
    'gov-site-search': GovSiteSearch;
  }
}

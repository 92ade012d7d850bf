import { define } from '@govkit-th/core';
import { GovSitemap } from './gov-sitemap.js';

export { GovSitemap };
define('gov-sitemap', GovSitemap);

declare global {
  interface HTMLElementTagNameMap {
    'gov-sitemap': GovSitemap;
  }
}

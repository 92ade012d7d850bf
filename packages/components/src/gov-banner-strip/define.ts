import { define } from '@govkit-th/core';
import { GovBannerStrip } from './gov-banner-strip.js';

export { GovBannerStrip };
define('gov-banner-strip', GovBannerStrip);

declare global {
  interface HTMLElementTagNameMap {
    'gov-banner-strip': GovBannerStrip;
  }
}

import { define } from '@govkit-th/core';
import { GovSiteFooter, type GovCookieSettingsEvent } from './gov-site-footer.js';

export { GovSiteFooter };
export type { GovCookieSettingsEvent };
define('gov-site-footer', GovSiteFooter);

declare global {
  interface HTMLElementTagNameMap {
    'gov-site-footer': GovSiteFooter;
  }
  interface GlobalEventHandlersEventMap {
    'gov-cookie-settings': GovCookieSettingsEvent;
  }
}

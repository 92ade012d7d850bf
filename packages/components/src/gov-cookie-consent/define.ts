import { define } from '@govkit-th/core';
import { GovCookieConsent } from './gov-cookie-consent.js';

export { GovCookieConsent };
define('gov-cookie-consent', GovCookieConsent);

declare global {
  interface HTMLElementTagNameMap {
    'gov-cookie-consent': GovCookieConsent;
  }
}

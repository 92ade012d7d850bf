import { define } from '@govkit-th/core';
import { GovAgencyProfile } from './gov-agency-profile.js';

export { GovAgencyProfile };
define('gov-agency-profile', GovAgencyProfile);

declare global {
  interface HTMLElementTagNameMap {
    'gov-agency-profile': GovAgencyProfile;
  }
}

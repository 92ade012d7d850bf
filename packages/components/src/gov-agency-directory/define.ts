import { define } from '@govkit-th/core';
import { GovAgencyDirectory } from './gov-agency-directory.js';

export { GovAgencyDirectory };
define('gov-agency-directory', GovAgencyDirectory);

declare global {
  interface HTMLElementTagNameMap {
    'gov-agency-directory': GovAgencyDirectory;
  }
}

import { define } from '@govkit-th/core';
import { GovDisplaySettings } from './gov-display-settings.js';

export { GovDisplaySettings };
define('gov-display-settings', GovDisplaySettings);

declare global {
  interface HTMLElementTagNameMap {
    'gov-display-settings': GovDisplaySettings;
  }
}

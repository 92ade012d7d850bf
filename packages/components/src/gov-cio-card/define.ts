import { define } from '@govkit-th/core';
import { GovCioCard } from './gov-cio-card.js';

export { GovCioCard };
define('gov-cio-card', GovCioCard);

declare global {
  interface HTMLElementTagNameMap {
    'gov-cio-card': GovCioCard;
  }
}

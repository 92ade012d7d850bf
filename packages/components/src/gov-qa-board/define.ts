import { define } from '@govkit-th/core';
import { GovQaBoard } from './gov-qa-board.js';

export { GovQaBoard };
define('gov-qa-board', GovQaBoard);

declare global {
  interface HTMLElementTagNameMap {
    'gov-qa-board': GovQaBoard;
  }
}

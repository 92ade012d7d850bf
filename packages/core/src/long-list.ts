import { css } from 'lit';

/**
 * A list is long from this many items on. A short list gains nothing from skipped
 * rendering, and its skipped items measure as empty boxes to tools that read layout
 * (axe's target-size rule flagged an attachment link of a five-item news list below the fold).
 */
export const LONG_LIST = 50;

/** The class of an element's item list: `items`, plus `long` when it has `LONG_LIST` items or more. */
export const listClass = (count: number) => (count >= LONG_LIST ? 'items long' : 'items');

/**
 * Long lists lay out and paint only what is near the screen: each item of `ul.items.long`
 * skips rendering work while far off screen (`content-visibility: auto`), and keeps its
 * last real size so the scroll bar does not jump. Off-screen items stay in the page for
 * screen readers, find-in-page, links to `#id` and keyboard focus.
 */
export const longListStyles = css`
  ul.items.long > li {
    content-visibility: auto;
    contain-intrinsic-size: auto 5rem;
  }
`;

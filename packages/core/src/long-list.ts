import { css } from 'lit';

/**
 * Long lists lay out and paint only what is near the screen: each item of `ul.items`
 * skips rendering work while far off screen (`content-visibility: auto`), and keeps its
 * last real size so the scroll bar does not jump. Off-screen items stay in the page for
 * screen readers, find-in-page, links to `#id` and keyboard focus.
 */
export const longListStyles = css`
  ul.items > li {
    content-visibility: auto;
    contain-intrinsic-size: auto 5rem;
  }
`;

/** The two languages the kit speaks. Thai is the default; English is complete. */
export type Lang = 'th' | 'en';

/** Maps any BCP 47 tag to a kit language: `en*` is English, everything else Thai. */
export function toLang(tag: string | null | undefined): Lang {
  return tag && tag.trim().toLowerCase().startsWith('en') ? 'en' : 'th';
}

/**
 * The language of the nearest `lang` attribute up the tree, crossing shadow roots,
 * so an element inside another component still follows the page.
 */
export function resolveLang(element: Element): Lang {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return toLang(node.getAttribute('lang'));
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return 'th';
}

type LangListener = () => void;
const listeners = new Set<LangListener>();
let observer: MutationObserver | undefined;

/**
 * Calls `listener` whenever any `lang` attribute on the page changes. One observer
 * serves every element; it is created on first use and dropped when nobody listens.
 */
export function onLangChange(listener: LangListener): () => void {
  listeners.add(listener);
  if (!observer) {
    observer = new MutationObserver(() => listeners.forEach((l) => l()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}

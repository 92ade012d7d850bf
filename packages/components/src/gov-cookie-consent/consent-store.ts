/**
 * The visitor's cookie choice: what `gov-cookie-consent` keeps in localStorage, how it is read
 * back, and how the page's waiting scripts are started. No Lit here, so it can be tested alone.
 */

/** The optional categories; `necessary` is always on and never stored. */
export const OPTIONAL = ['statistics', 'media'] as const;
export type OptionalCategory = (typeof OPTIONAL)[number];
export type ConsentCategory = 'necessary' | OptionalCategory;

/** What is stored: the policy version and date the choice was made under, and each category. */
export interface ConsentRecord {
  version: string;
  date: string;
  statistics: boolean;
  media: boolean;
}

export const STORAGE_KEY = 'govkit-cookie-consent';

/** The stored choice, or undefined when there is none, it is unreadable or it was made under another policy version. */
export function readConsent(version: string): ConsentRecord | undefined {
  try {
    const record = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as Partial<ConsentRecord> | null;
    if (!record || record.version !== version || typeof record.date !== 'string') return undefined;
    return { version, date: record.date, statistics: record.statistics === true, media: record.media === true };
  } catch {
    return undefined; // private mode or a corrupt value: ask again
  }
}

export function writeConsent(record: ConsentRecord): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(record));
  } catch {
    // Storage refused (private mode, quota): the choice holds for this page view only.
  }
}

interface UrlPolicy {
  createScriptURL(input: string): unknown;
}
let policy: UrlPolicy | null | undefined;

/**
 * Under `require-trusted-types-for 'script'` a script's `src` needs a TrustedScriptURL. The
 * policy `govkit-consent` passes only an address the page itself wrote on one of its waiting
 * `data-consent` scripts; `script-src` still decides whether it may run.
 */
function urlPolicy(): UrlPolicy | null {
  if (policy !== undefined) return policy;
  const factory = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: object): UrlPolicy } })
    .trustedTypes;
  if (!factory) return (policy = null);
  try {
    policy = factory.createPolicy('govkit-consent', {
      createScriptURL: (url: string) => {
        const waiting = [...document.querySelectorAll<HTMLScriptElement>('script[type="text/plain"][data-consent]')];
        if (!waiting.some((script) => script.getAttribute('src') === url))
          throw new TypeError(`not a waiting script: ${url}`);
        return url;
      },
    });
  } catch {
    console.warn(
      "[govkit] consent: add 'govkit-consent' to the page's trusted-types directive to start waiting scripts.",
    );
    policy = null;
  }
  return policy;
}

/**
 * Starts every waiting script of the consented categories: `<script type="text/plain"
 * data-consent="statistics" src="…">` becomes a new `<script src="…">` (a module when it has
 * `data-type="module"`) right after it; the original is marked so it never runs twice. Inline
 * text is not run: the strict CSP forbids inline script, so only `src` scripts count.
 * Returns how many were started.
 */
export function activateScripts(allowed: (category: string) => boolean): number {
  let started = 0;
  const waiting = document.querySelectorAll<HTMLScriptElement>(
    'script[type="text/plain"][data-consent]:not([data-consent-started])',
  );
  for (const original of waiting) {
    const src = original.getAttribute('src');
    if (!src || !allowed(original.dataset.consent!)) continue;
    const trusted = urlPolicy();
    if (!trusted && 'trustedTypes' in globalThis) return started;
    original.dataset.consentStarted = '';
    const script = document.createElement('script');
    if (original.dataset.type === 'module') script.type = 'module';
    script.async = false; // in document order, as they were written
    (script as unknown as { src: unknown }).src = trusted ? trusted.createScriptURL(src) : src;
    original.after(script);
    started += 1;
  }
  return started;
}

/** Whether the page has anything that waits for consent: marked scripts, or a kit element offering a video player. */
export function pageNeedsConsent(): boolean {
  if (document.querySelector('script[type="text/plain"][data-consent], [data-consent]:not(script)')) return true;
  return [...document.querySelectorAll('gov-link-list')].some((list) =>
    list.shadowRoot?.querySelector('[part~="play-button"], [part~="player"]'),
  );
}

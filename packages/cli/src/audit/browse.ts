import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import type { RawElement } from './seen.js';

/** What one page gave: its kit elements, the links on it, and its manifest link. */
export interface PageVisit {
  url: string;
  title: string;
  elements: RawElement[];
  links: string[];
  manifestLink?: string;
  /** Set when the page could not be opened or its elements did not settle in time. */
  failure?: { kind: 'unreachable' | 'unsettled'; detail: string };
}

export const DEFAULT_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** A context that does not download images, media or fonts: the audit reads data and links only. */
export async function auditContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.route('**/*', (route) =>
    ['image', 'media', 'font'].includes(route.request().resourceType()) ? route.abort() : route.continue(),
  );
  return context;
}

/** The system Chromium (never a downloaded one), headless, with the flags a container needs. */
export async function launch(path: string | undefined): Promise<Browser> {
  const executablePath = path ?? DEFAULT_CHROMIUM.find(existsSync) ?? DEFAULT_CHROMIUM[0];
  if (!existsSync(executablePath)) throw Object.assign(new Error(executablePath), { code: 'NO_CHROMIUM' });
  return chromium.launch({
    executablePath,
    headless: true,
    timeout: 30_000,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
}

/** Resolves with the promise's value, or with `fallback()` once `ms` have passed. */
export function within<T>(promise: Promise<T>, ms: number, fallback: () => T): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<T>((resolve) => {
    timer = setTimeout(() => resolve(fallback()), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/**
 * Opens a page, waits (up to the time left) until every `gov-*` element is defined and out
 * of `loading`, then reads each element's state, data and error, every link (shadow roots
 * included) and the `<link rel="govkit-manifest">`.
 */
export async function visit(context: BrowserContext, url: string, timeoutMs: number): Promise<PageVisit> {
  const page = await context.newPage();
  // The time-out counts from a ready tab: on a busy machine opening one can take seconds.
  const deadline = Date.now() + timeoutMs;
  const left = () => Math.max(1, deadline - Date.now());
  try {
    // Module scripts run before DOMContentLoaded; images and fonts are not waited for.
    const response = await page
      .goto(url, { timeout: left(), waitUntil: 'domcontentloaded' })
      .catch((error: Error) => error);
    if (response instanceof Error)
      return failed(url, 'unreachable', response.message.split('\n')[0].replace(/^page\.goto: /, ''));
    if (response && response.status() >= 400) return failed(url, 'unreachable', `HTTP ${response.status()}`);
    const settled = await page
      .waitForFunction(
        () =>
          [...document.querySelectorAll('*')]
            .filter((element) => element.localName.startsWith('gov-'))
            .every((element) => {
              const defined = customElements.get(element.localName);
              if (!defined) return false;
              if (!('whenSettled' in element)) return true;
              const state = element.getAttribute('state');
              return Boolean(state) && state !== 'loading';
            }),
        undefined,
        { timeout: left(), polling: 100 },
      )
      .then(() => true)
      .catch(() => false);
    const read = await within(page.evaluate(readPage), left() + 2000, () => undefined);
    if (!read) return failed(url, 'unsettled', '');
    const visitResult: PageVisit = { url, ...read };
    // Elements that settled between the time-out and the read count as settled.
    const waiting = read.elements.filter(
      (element) => !element.defined || !element.state || element.state === 'loading',
    );
    if (!settled && waiting.length)
      visitResult.failure = { kind: 'unsettled', detail: waiting.map((element) => element.tag).join(', ') };
    return visitResult;
  } finally {
    await within(page.close(), 2000, () => undefined);
  }
}

function failed(url: string, kind: 'unreachable' | 'unsettled', detail: string): PageVisit {
  return { url, title: '', elements: [], links: [], failure: { kind, detail } };
}

/** Runs in the page: the kit's elements with their data, and every link. */
function readPage() {
  const all = [...document.querySelectorAll('*')];
  const elements = all
    .filter((element) => element.localName.startsWith('gov-'))
    .map((element) => {
      const kit = element as Element & { data?: unknown; error?: { message?: string } | null; whenSettled?: unknown };
      let data: string | undefined;
      try {
        data = kit.data === undefined ? undefined : JSON.stringify(kit.data);
      } catch {
        data = undefined;
      }
      return {
        tag: element.localName,
        state: element.getAttribute('state'),
        defined: Boolean(customElements.get(element.localName)),
        attributes: Object.fromEntries([...element.attributes].map((attribute) => [attribute.name, attribute.value])),
        data,
        error: kit.error?.message ?? (element.getAttribute('state') === 'error' ? 'error' : undefined),
      };
    });
  const links = new Set<string>();
  const walk = (root: Document | ShadowRoot) => {
    for (const anchor of root.querySelectorAll('a[href]')) links.add((anchor as HTMLAnchorElement).href);
    for (const host of root.querySelectorAll('*')) if (host.shadowRoot) walk(host.shadowRoot);
  };
  walk(document);
  const manifest = document.querySelector('link[rel~="govkit-manifest"]') as HTMLLinkElement | null;
  return { title: document.title, elements, links: [...links], manifestLink: manifest?.href };
}

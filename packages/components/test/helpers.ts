/**
 * Test helpers shared by every element's tests: waiting for a state, faking the
 * network, the hostile-data corpus and a person's-eye view of the shadow DOM.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';

export interface StatefulElement extends HTMLElement {
  state: string;
  whenSettled(): Promise<string>;
  updateComplete: Promise<boolean>;
}

/** Renders `template` and waits until its data has settled (ready, empty or error). */
export async function settledFixture<T extends StatefulElement>(template: TemplateResult): Promise<T> {
  const element = await fixture<T>(template);
  await element.whenSettled();
  return element;
}

/** Waits until `element.state` is `state`, failing after `timeout` ms. */
export async function waitForState(element: StatefulElement, state: string, timeout = 5000): Promise<void> {
  const started = performance.now();
  while (element.state !== state) {
    if (performance.now() - started > timeout) throw new Error(`state stayed ${element.state}, expected ${state}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  await element.updateComplete;
}

/** The text a person sees in the element's shadow root (and slotted fallback), spaces folded. */
export function visibleText(element: Element): string {
  const root = element.shadowRoot ?? element;
  return (root as HTMLElement | ShadowRoot).textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

export function shadowQuery<T extends Element = HTMLElement>(element: Element, selector: string): T | null {
  return element.shadowRoot!.querySelector<T>(selector);
}

export function shadowQueryAll<T extends Element = HTMLElement>(element: Element, selector: string): T[] {
  return Array.from(element.shadowRoot!.querySelectorAll<T>(selector));
}

type FetchHandler = (url: string, init?: RequestInit) => Promise<Response> | Response;

/** Replaces `fetch` while `body` runs; the handler sees every request. */
export async function withFetch<T>(handler: FetchHandler, body: () => Promise<T>): Promise<T> {
  const original = window.fetch;
  window.fetch = ((input: RequestInfo | URL, init?: RequestInit) =>
    Promise.resolve(handler(String(input instanceof Request ? input.url : input), init))) as typeof fetch;
  try {
    return await body();
  } finally {
    window.fetch = original;
  }
}

/** A fetch that never answers until aborted: for time-out tests. */
export function hangingFetch(_url: string, init?: RequestInit): Promise<Response> {
  return new Promise((_resolve, reject) => {
    init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
  });
}

export function jsonResponse(body: unknown, status = 200): Response {
  return new Response(typeof body === 'string' ? body : JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });
}

let payloadCache: string[] | undefined;
/**
 * XSS payloads from the outside corpus in `shared/conformance/xss-payloads` (served by the
 * test server under /conformance/). `count` spreads the sample over the whole list.
 */
export async function xssPayloads(count = 200): Promise<string[]> {
  if (!payloadCache) {
    const response = await fetch('/conformance/xss-payloads/xss-payload-list.txt');
    if (!response.ok) throw new Error(`XSS corpus not served: ${response.status}`);
    payloadCache = (await response.text()).split('\n').filter((line) => line.trim() !== '');
  }
  const step = Math.max(1, Math.floor(payloadCache.length / count));
  return payloadCache.filter((_, index) => index % step === 0).slice(0, count);
}

/**
 * Counts every way a payload could prove it ran: alert/confirm/prompt/print calls and a
 * global flag. Call `restore()` and assert `calls` is empty at the end.
 */
export function trapScriptExecution() {
  const calls: string[] = [];
  const names = ['alert', 'confirm', 'prompt', 'print'] as const;
  const originals = names.map((name) => window[name]);
  for (const name of names)
    (window as unknown as Record<string, unknown>)[name] = (...args: unknown[]) =>
      calls.push(`${name}(${args.join(',')})`);
  return {
    calls,
    restore() {
      names.forEach((name, index) => ((window as unknown as Record<string, unknown>)[name] = originals[index]));
    },
  };
}

/** Asserts nothing in the shadow root can run script: no script elements, no on* attributes, no javascript: URLs. */
export function expectNoActiveContent(element: Element): void {
  const all = element.shadowRoot!.querySelectorAll('*');
  for (const node of Array.from(all)) {
    expect(node.localName, 'script element in shadow root').not.to.equal('script');
    for (const attribute of Array.from(node.attributes)) {
      expect(attribute.name.startsWith('on'), `event handler attribute ${attribute.name}`).to.equal(false);
      if (['href', 'src', 'action', 'formaction', 'xlink:href'].includes(attribute.name)) {
        expect(
          /^\s*(javascript|data|vbscript):/i.test(attribute.value),
          `${attribute.name}=${attribute.value}`,
        ).to.equal(false);
      }
    }
  }
}

/** Sets a phone-sized viewport for `body`, then restores the default. */
export async function atWidth<T>(width: number, body: () => Promise<T>): Promise<T> {
  await setViewport({ width, height: 800 });
  try {
    return await body();
  } finally {
    await setViewport({ width: 1024, height: 768 });
  }
}

/** Asserts that nothing in the element is wider than the viewport (no sideways scrolling). */
export function expectNoHorizontalOverflow(element: HTMLElement): void {
  expect(document.documentElement.scrollWidth, 'page scrolls sideways').to.be.at.most(window.innerWidth);
  expect(element.getBoundingClientRect().right, 'element wider than the viewport').to.be.at.most(
    window.innerWidth + 0.5,
  );
}

/** A long Thai sentence without spaces, as real announcements are written. */
export const LONG_THAI =
  'สำนักงานจังหวัดสิงห์บุรีขอประชาสัมพันธ์ให้ประชาชนผู้มีความประสงค์จะยื่นคำร้องขอรับการสนับสนุนงบประมาณโครงการพัฒนาคุณภาพชีวิตของผู้สูงอายุและผู้พิการในพื้นที่อำเภอเมืองสิงห์บุรีอำเภออินทร์บุรีอำเภอพรหมบุรีอำเภอท่าช้างอำเภอบางระจันและอำเภอค่ายบางระจันยื่นเอกสารหลักฐานประกอบการพิจารณาได้ที่ศูนย์ดำรงธรรมจังหวัดสิงห์บุรีในวันและเวลาราชการ';

/** How many lines of text the element takes on screen. */
export function lineCount(element: Element): number {
  const range = document.createRange();
  range.selectNodeContents(element);
  const tops = new Set(Array.from(range.getClientRects()).map((rect) => Math.round(rect.top)));
  return tops.size;
}

// ---------------------------------------------------------------------------------------------
// The shared data life cycle (loading, error, empty, hostile data, narrow screens). Every
// element's tests call these with its own tag, fixtures and wording; the element-specific
// assertions stay in the element's test file, passed in as callbacks where they belong mid-way.
// ---------------------------------------------------------------------------------------------

export interface LifecycleElement extends StatefulElement {
  src?: string;
  timeout: number;
  error?: { kind: string; problems: Array<{ path: string; message: string }> } | null;
}

export interface MountOptions {
  /** The page language around the element (a `<div lang>` wrapper); Thai unless told. */
  lang?: string;
  src?: string;
  /** The page's own no-JS content inside the element tag (a fixed string written by the test). */
  fallbackHtml?: string;
  timeout?: number;
}

/**
 * Puts `<tag>` on the page inside `<div lang=…>`, with fallback content, `src` and `timeout`
 * set before it connects. Resolves once it has rendered (it may still be loading).
 */
export async function mountElement<T extends LifecycleElement>(tag: string, options: MountOptions = {}): Promise<T> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${options.lang ?? 'th'}></div>`);
  const element = document.createElement(tag) as T;
  if (options.fallbackHtml) element.innerHTML = options.fallbackHtml;
  if (options.timeout !== undefined) element.timeout = options.timeout;
  if (options.src !== undefined) element.src = options.src;
  wrapper.append(element);
  await element.updateComplete;
  return element;
}

/** The first `gov-*` element in what a template rendered (the root itself, or inside a wrapper). */
function govElementIn<T extends Element>(root: Element): T {
  if (root.localName.startsWith('gov-')) return root as T;
  const found = Array.from(root.querySelectorAll('*')).find((node) => node.localName.startsWith('gov-'));
  if (!found) throw new Error(`no gov-* element in <${root.localName}>`);
  return found as T;
}

/** Renders `template` while `handler` answers every fetch, and runs `body` with the element before restoring fetch. */
export async function renderWithFetch<T extends StatefulElement>(
  template: TemplateResult,
  handler: FetchHandler,
  body: (element: T) => Promise<void>,
): Promise<void> {
  await withFetch(handler, async () => {
    const root = await fixture<HTMLElement>(template);
    await body(govElementIn<T>(root));
  });
}

/** The text of the first element the page put inside the element tag, as shown through the slot. */
export function fallbackShown(element: Element): string {
  const slot = shadowQuery<HTMLSlotElement>(element, 'slot');
  expect(slot, 'the element shows no slot for the fallback content').to.not.equal(null);
  const assigned = slot!.assignedElements();
  expect(assigned, 'no fallback content is shown').to.not.have.length(0);
  return assigned[0].textContent ?? '';
}

/**
 * Asserts what a person sees while the data loads: the state, a status line saying
 * “กำลังโหลดข้อมูล” (or `status`), the page's fallback content (`text`, exact unless
 * `contains`), and no axe violations.
 */
export async function expectLoadingWithFallback(
  element: StatefulElement,
  text: string,
  options: { contains?: boolean; status?: string } = {},
): Promise<void> {
  expect(element.state).to.equal('loading');
  expect(element.getAttribute('state')).to.equal('loading');
  expect(shadowQuery(element, '[role=status]')!.textContent).to.contain(options.status ?? 'กำลังโหลดข้อมูล');
  if (options.contains) expect(fallbackShown(element)).to.contain(text);
  else expect(fallbackShown(element)).to.equal(text);
  await expect(element).to.be.accessible();
}

export interface ErrorBoxExpectation {
  /** Localised reason the alert must contain, e.g. “เซิร์ฟเวอร์ตอบกลับด้วยรหัส 404”. */
  reason: string;
  /** `element.error.kind` (http, parse, timeout, network …). */
  kind?: string;
  /** A retry button is shown; a string also names its label. */
  retry?: boolean | string;
  /** Text of the fallback content the page put inside the tag (contained, or equal with `exactFallback`). */
  fallbackText?: string;
  exactFallback?: boolean;
  /** Run axe on the error state (default true). */
  accessible?: boolean;
}

/** Waits for the error state and asserts what a person sees in it. */
export async function expectErrorBox(element: LifecycleElement, expected: ErrorBoxExpectation): Promise<void> {
  await waitForState(element, 'error');
  expect(element.getAttribute('state')).to.equal('error');
  if (expected.kind) expect(element.error!.kind).to.equal(expected.kind);
  const alert = shadowQuery(element, '[role=alert]');
  expect(alert, 'no role=alert box').to.not.equal(null);
  expect(alert!.textContent).to.contain(expected.reason);
  expect(visibleText(element)).to.contain(expected.reason);
  if (expected.retry) {
    const button = shadowQuery<HTMLButtonElement>(element, '[part=retry-button]');
    expect(button, 'no retry button').to.not.equal(null);
    if (typeof expected.retry === 'string') expect(button!.textContent).to.equal(expected.retry);
  }
  if (expected.fallbackText !== undefined) {
    if (expected.exactFallback) expect(fallbackShown(element)).to.equal(expected.fallbackText);
    else expect(fallbackShown(element)).to.contain(expected.fallbackText);
  }
  if (expected.accessible !== false) await expect(element).to.be.accessible();
}

/** Asserts the empty state and its wording (what a person sees), with an axe check. */
export async function expectEmptyState(element: StatefulElement, wording: string): Promise<void> {
  expect(element.state).to.equal('empty');
  expect(element.getAttribute('state')).to.equal('empty');
  expect(visibleText(element)).to.contain(wording);
  await expect(element).to.be.accessible();
}

/** Waits long enough for any payload's timers, image errors or event handlers to have fired. */
const PAYLOAD_GRACE_MS = 300;

/**
 * Renders hostile data built from `count` payloads of the outside XSS corpus and proves nothing
 * ran: no alert/confirm/prompt/print calls and no active content in the shadow root. `check`
 * asserts what a person sees for that element (the payloads shown as text).
 */
export async function expectPayloadsInert<T extends Element>(
  count: number,
  render: (payloads: string[]) => Promise<T>,
  check: (element: T, payloads: string[]) => unknown,
): Promise<void> {
  const trap = trapScriptExecution();
  try {
    const payloads = await xssPayloads(count);
    const element = await render(payloads);
    await new Promise((resolve) => setTimeout(resolve, PAYLOAD_GRACE_MS));
    await check(element, payloads);
    expectNoActiveContent(element);
    expect(trap.calls).to.deep.equal([]);
  } finally {
    trap.restore();
  }
}

/**
 * At 320 px, renders the element with long Thai text and asserts the text in `selector` is
 * shown whole (`LONG_THAI`), wraps over more than `minLines` lines, nothing scrolls sideways
 * and axe finds nothing. `check` adds the element's own assertions.
 */
export async function expectLongThaiWrapsAt320<T extends HTMLElement>(
  render: () => Promise<T>,
  selector: string,
  options: { text?: string; minLines?: number; check?: (element: T) => unknown } = {},
): Promise<T> {
  return atWidth(320, async () => {
    const element = await render();
    const node = shadowQuery(element, selector);
    expect(node, `nothing matches ${selector}`).to.not.equal(null);
    expect(node!.textContent!.trim()).to.equal(options.text ?? LONG_THAI);
    expect(lineCount(node!)).to.be.greaterThan(options.minLines ?? 3);
    expectNoHorizontalOverflow(element);
    if (options.check) await options.check(element);
    await expect(element).to.be.accessible();
    return element;
  });
}

export interface LifecycleCases<T extends LifecycleElement> {
  /**
   * A 404 shows the reason, retry and fallback; after the server recovers, retry shows `data`.
   * `whileFailed` adds the element's own assertions on the error state; `recovered` asserts
   * what a person sees once the data has loaded.
   */
  notFound?: {
    title?: string;
    data: unknown;
    fallbackHtml: string;
    fallbackText: string;
    exactFallback?: boolean;
    whileFailed?: (element: T) => unknown;
    recovered?: (element: T) => unknown;
  };
  /** A malformed JSON file (`body`) explains itself (`reason`) in the page language (English unless `lang`). */
  malformed?: {
    title?: string;
    body: string;
    reason?: string;
    lang?: string;
    accessible?: boolean;
    check?: (element: T) => unknown;
  };
  /** A request that never answers times out, in Thai. */
  timeout?: { title?: string; src?: string; thai?: string };
  /** A failed connection is an error state, not an uncaught exception, in Thai. */
  network?: { title?: string; thai?: string };
}

/**
 * Registers the data life cycle's error tests for `tag`, one `it` per case given, each with the
 * element's own wording. The 404 case goes through the element's real `gov-error` event.
 */
export function lifecycleErrorCases<T extends LifecycleElement>(tag: string, cases: LifecycleCases<T>): void {
  const { notFound, malformed, timeout, network } = cases;
  if (notFound) {
    it(
      notFound.title ?? 'a 404 shows a localised reason, a retry button and the fallback; retry recovers',
      async () => {
        let status = 404;
        await withFetch(
          () => (status === 404 ? new Response('not found', { status: 404 }) : jsonResponse(notFound.data)),
          async () => {
            const wrapper = await fixture<HTMLDivElement>(html`<div lang="th"></div>`);
            const element = document.createElement(tag) as T;
            element.innerHTML = notFound.fallbackHtml;
            const failed = oneEvent(element, 'gov-error');
            element.src = '/missing.json';
            wrapper.append(element);
            const event = (await failed) as CustomEvent<{ error: { kind: string } }>;
            await element.updateComplete;
            expect(event.detail.error.kind).to.equal('http');
            await expectErrorBox(element, {
              kind: 'http',
              reason: 'เซิร์ฟเวอร์ตอบกลับด้วยรหัส 404',
              retry: 'ลองอีกครั้ง',
              fallbackText: notFound.fallbackText,
              exactFallback: notFound.exactFallback,
              accessible: false,
            });
            if (notFound.whileFailed) await notFound.whileFailed(element);
            await expect(element).to.be.accessible();
            status = 200;
            shadowQuery<HTMLButtonElement>(element, '[part=retry-button]')!.click();
            await waitForState(element, 'ready');
            expect(shadowQuery(element, '[role=alert]'), 'the error box stays after recovery').to.equal(null);
            if (notFound.recovered) await notFound.recovered(element);
          },
        );
      },
    );
  }
  if (malformed) {
    it(malformed.title ?? 'malformed JSON says the file cannot be read, in English too', async () => {
      await withFetch(
        () => jsonResponse(malformed.body),
        async () => {
          const element = await mountElement<T>(tag, { lang: malformed.lang ?? 'en', src: '/broken.json' });
          await expectErrorBox(element, {
            kind: 'parse',
            reason: malformed.reason ?? 'The data file is malformed and cannot be read.',
            retry: true,
            accessible: false,
          });
          if (malformed.check) await malformed.check(element);
          if (malformed.accessible !== false) await expect(element).to.be.accessible();
        },
      );
    });
  }
  if (timeout) {
    it(timeout.title ?? 'a request that never answers times out', async () => {
      await withFetch(hangingFetch, async () => {
        const element = await mountElement<T>(tag, { src: timeout.src ?? '/slow.json', timeout: 50 });
        await expectErrorBox(element, {
          kind: 'timeout',
          reason: timeout.thai ?? 'การโหลดข้อมูลใช้เวลานานเกินไป',
          retry: true,
        });
      });
    });
  }
  if (network) {
    it(network.title ?? 'a network failure is an error, not an uncaught exception', async () => {
      await withFetch(
        () => Promise.reject(new TypeError('Failed to fetch')),
        async () => {
          const element = await mountElement<T>(tag, { src: '/offline.json' });
          await expectErrorBox(element, {
            kind: 'network',
            reason: network.thai ?? 'เชื่อมต่อเพื่อโหลดข้อมูลไม่สำเร็จ',
            retry: true,
          });
        },
      );
    });
  }
}

/**
 * Test helpers shared by every element's tests: waiting for a state, faking the
 * network, the hostile-data corpus and a person's-eye view of the shadow DOM.
 */
import { expect, fixture } from '@open-wc/testing';
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
  for (const name of names) (window as unknown as Record<string, unknown>)[name] = (...args: unknown[]) => calls.push(`${name}(${args.join(',')})`);
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
        expect(/^\s*(javascript|data|vbscript):/i.test(attribute.value), `${attribute.name}=${attribute.value}`).to.equal(false);
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
  expect(element.getBoundingClientRect().right, 'element wider than the viewport').to.be.at.most(window.innerWidth + 0.5);
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

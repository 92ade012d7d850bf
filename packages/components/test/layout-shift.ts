/**
 * The layout-shift check of issue 13 for one element: a fresh page (an iframe, so the tag is
 * still undefined there) of `width` px with the page's markup, the element's light-DOM
 * stylesheet and a `layout-shift` PerformanceObserver; the element's define module is
 * loaded only after the first paint, as on a slow network.
 */
export interface LateUpgradeOptions {
  tag: string;
  width: number;
  lang: 'th' | 'en';
  /** The page's body markup, with the element's fallback content. */
  body: string;
  /** Leave the light-DOM stylesheet out (to prove the check can fail). */
  bare?: boolean;
}

export interface LateUpgradeResult {
  /** The value of every layout-shift entry the page reported. */
  shifts: number[];
  /** The element's height before and after it upgraded. */
  before: number;
  after: number;
}

const frames = (win: Window) =>
  new Promise((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(resolve)));

export async function upgradeLate(options: LateUpgradeOptions): Promise<LateUpgradeResult> {
  const folder = `/packages/components/src/${options.tag}`;
  const frame = document.createElement('iframe');
  frame.title = 'layout-shift test page';
  frame.width = String(options.width);
  frame.height = '700';
  frame.srcdoc = `<!doctype html><html lang="${options.lang}"><head>
    ${options.bare ? '' : `<link rel="stylesheet" href="${folder}/${options.tag}.lightdom.css">`}
    <style>body { margin: 0; font-family: sans-serif; font-size: 1rem; line-height: 1.6; }</style>
    </head><body>${options.body}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  try {
    await loaded;
    const win = frame.contentWindow as Window & typeof globalThis;
    const shifts: number[] = [];
    new win.PerformanceObserver((list) => {
      for (const entry of list.getEntries()) shifts.push((entry as PerformanceEntry & { value: number }).value);
    }).observe({ type: 'layout-shift', buffered: true });
    await frames(win);
    const element = win.document.querySelector(options.tag) as HTMLElement & { updateComplete: Promise<unknown> };
    const before = element.getBoundingClientRect().height;
    const script = win.document.createElement('script');
    script.type = 'module';
    script.src = `${folder}/define.ts`;
    win.document.head.append(script);
    await win.customElements.whenDefined(options.tag);
    await element.updateComplete;
    const settled = (element as { whenSettled?: () => Promise<unknown> }).whenSettled;
    if (settled) await settled.call(element);
    await frames(win);
    await new Promise((resolve) => setTimeout(resolve, 100));
    return { shifts, before, after: element.getBoundingClientRect().height };
  } finally {
    frame.remove();
  }
}

/**
 * Layout shift of a page while the kit upgrades, as a phone on a slow line sees it: the
 * kit's files (`/govkit/…`) arrive `delayMs` late, so the page first paints with the
 * light-DOM fallbacks and the reserved space, then every element renders its data. Every
 * `layout-shift` entry (PerformanceObserver, buffered) is summed as CLS counts it, with the
 * nodes that moved, so a failure says what jumped and by how much.
 */

/** Runs in the page before any of its scripts. */
function observeShifts() {
  window.__layoutShifts = [];
  const describe = (node) => {
    if (!node) return '?';
    const element = node.nodeType === 1 ? node : node.parentElement;
    if (!element) return '?';
    const name = element.localName + (element.id ? `#${element.id}` : '');
    return element.parentElement ? `${element.parentElement.localName}>${name}` : name;
  };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      window.__layoutShifts.push({
        value: entry.value,
        sources: entry.sources.map(
          (source) =>
            `${describe(source.node)} y ${Math.round(source.previousRect.y)}→${Math.round(source.currentRect.y)}, ` +
            `h ${Math.round(source.previousRect.height)}→${Math.round(source.currentRect.height)}`,
        ),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

/**
 * A browser context whose pages record layout shifts and get the kit `delayMs` late: every
 * `/govkit/…` file a page asks for is held until `delayMs` after that page first asked for
 * one, then the rest flow. Holding back each file instead would repeat the delay at every
 * level of the module graph (autoloader → element chunk → shared chunks → lazy schema
 * check…): ~10 s a visit, with the kit arriving nearer 8 s late than 1.5 s.
 * @param {import('playwright-core').Browser} browser
 */
export async function shiftContext(browser, { width, height = 800, delayMs = 1500 }) {
  const context = await browser.newContext({ viewport: { width, height } });
  /** Each frame's document and when it first asked for the kit (released at + delayMs). */
  const firstAsked = new WeakMap();
  await context.route('**/govkit/**', async (route) => {
    const frame = route.request().frame();
    const now = Date.now();
    if (firstAsked.get(frame)?.url !== frame.url()) firstAsked.set(frame, { url: frame.url(), at: now });
    const wait = firstAsked.get(frame).at + delayMs - now;
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    await route.continue().catch(() => {}); // the page may have moved on
  });
  await context.addInitScript(observeShifts);
  return context;
}

/** The page's CLS so far and what moved. */
export async function layoutShifts(page) {
  const entries = await page.evaluate(() => window.__layoutShifts ?? []);
  return { total: entries.reduce((sum, entry) => sum + entry.value, 0), entries };
}

/**
 * Where each kit element's fallback content is (the top of its first child element), in a
 * page at `width`: before the kit arrives (`kit: false`, the autoloader answered empty), or
 * once every element has upgraded and waits for its data (`kit: true`, every fetch left
 * unanswered: data, preloads, the inbox). A fallback that moves between the two jumped when its element upgraded: a jump
 * the Layout Instability API does not report, because slotted content gets new boxes (a
 * loading line above the fallback moved it 43 px that way, issue 13).
 */
export async function fallbackTops(context, url, { kit }) {
  const page = await context.newPage();
  try {
    // With the kit: the page, its styles, fonts, images and the kit's modules come; no data does.
    const pageFiles = new Set(['document', 'stylesheet', 'script', 'font', 'image']);
    if (kit)
      await page.route('**/*', (route) =>
        pageFiles.has(route.request().resourceType()) ? route.continue() : undefined,
      );
    else
      await page.route('**/govkit/autoloader.js', (route) =>
        route.fulfill({ contentType: 'text/javascript', body: '' }),
      );
    await page.goto(url);
    await page.evaluate(() => document.fonts.ready); // in the cache for the next visit
    if (kit)
      await page.waitForFunction(
        () =>
          [...document.querySelectorAll('*')]
            .filter((el) => el.localName.startsWith('gov-'))
            .every((el) => customElements.get(el.localName)),
        undefined,
        { timeout: 15000 },
      );
    await page.waitForTimeout(kit ? 300 : 0); // the first render is a task after the upgrade
    // Keyed by place among the elements with fallback; with the kit, those still waiting for data.
    return await page.evaluate(() =>
      [...document.querySelectorAll('*')]
        .filter((el) => el.localName.startsWith('gov-') && el.firstElementChild)
        .map((el, index) => ({
          key: `${el.localName} ${index + 1}`,
          waiting: !el.hasAttribute('state') || el.getAttribute('state') === 'loading',
          top: Math.round(el.firstElementChild.getBoundingClientRect().top + scrollY),
        }))
        .filter((found) => found.waiting),
    );
  } finally {
    await page.close();
  }
}

/**
 * The fallbacks of `url` that moved when their elements upgraded, at `width`. A first visit
 * puts the page's fonts in the context's cache: a `font-display: optional` font that missed
 * its 100 ms in one visit and not the other wrapped the text above differently (28 px).
 */
export async function movedFallbacks(context, url) {
  await fallbackTops(context, url, { kit: false });
  const before = await fallbackTops(context, url, { kit: false });
  const after = await fallbackTops(context, url, { kit: true });
  return after
    .map(({ key, top }) => ({ key, top, was: before.find((found) => found.key === key)?.top }))
    .filter(({ top, was }) => was !== undefined && Math.abs(top - was) > 1);
}

/**
 * End-to-end checks of the demo agency site as a citizen's browser sees it: every page
 * served with the strict CSP (script-src 'self', Trusted Types required), every GovKit
 * element upgraded and settled with no error, no console error or CSP violation, no
 * sideways scrolling at 320 px, the fallback content without JavaScript, and two copies
 * of the bundle on one page.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { startDemoServer } from '../apps/demo-agency/server.mjs';
import { launchChromium } from './lib/chromium.mjs';
import { createTally } from './lib/tally.mjs';

const siteDir = fileURLToPath(new URL('../apps/demo-agency/', import.meta.url));
const pages = readdirSync(siteDir, { recursive: true })
  .filter((name) => name.endsWith('.html') && !/^(node_modules|data|assets)\//.test(name))
  .sort();
const server = await startDemoServer({ port: 0, host: '127.0.0.1' });
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await launchChromium();
const tally = createTally('demo e2e');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * The whole page through axe (WCAG 2.x A and AA rules, shadow roots included), as an
 * auditor's tool would see it. Runs in a context that lets the test inject axe; the
 * CSP itself is checked in the other pass.
 */
async function auditPage(url) {
  const context = await browser.newContext({ bypassCSP: true });
  const page = await context.newPage();
  await page.goto(url);
  await settledElements(page).catch(() => {});
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'],
    });
    return result.violations.map((v) => `${v.id} (${v.nodes.length}): ${v.nodes[0]?.target.join(' ')}`);
  });
  await context.close();
  return violations;
}

/** Records CSP violations from the first moment of the page. */
const recordViolations = () => {
  window.__violations = [];
  document.addEventListener('securitypolicyviolation', (event) =>
    window.__violations.push(`${event.violatedDirective} ${event.blockedURI}`),
  );
};

async function settledElements(page) {
  await page.waitForFunction(
    () => {
      const elements = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('gov-'));
      return elements.every(
        (el) => customElements.get(el.localName) && el.getAttribute('state') && el.getAttribute('state') !== 'loading',
      );
    },
    undefined,
    { timeout: 15000 },
  );
  return page.evaluate(() =>
    [...document.querySelectorAll('*')]
      .filter((el) => el.localName.startsWith('gov-'))
      .map((el) => ({
        tag: el.localName,
        state: el.getAttribute('state'),
        text: el.shadowRoot?.textContent?.trim().length ?? 0,
      })),
  );
}

try {
  for (const name of pages) {
    console.log(`${name}`);
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const problems = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      // The demo runs without the inbox in this check: failed form posts are not page defects.
      if (message.type() === 'error' && !/localhost:8081|ERR_CONNECTION_REFUSED/.test(message.text()))
        problems.push(`console: ${message.text()}`);
    });
    await page.addInitScript(recordViolations);
    const response = await page.goto(`${origin}/${name}`);
    tally.check(
      'served with a strict CSP and Trusted Types',
      /require-trusted-types-for 'script'/.test(response.headers()['content-security-policy'] ?? ''),
    );
    let elements = [];
    try {
      elements = await settledElements(page);
    } catch (error) {
      tally.check('every element settles', false, String(error).split('\n')[0]);
    }
    for (const element of elements) {
      tally.check(
        `<${element.tag}> is ${element.state} and shows content`,
        ['ready', 'empty'].includes(element.state) && element.text > 0,
        `state=${element.state}`,
      );
    }
    const violations = await page.evaluate(() => window.__violations);
    tally.check('no CSP or Trusted Types violation', violations.length === 0, violations.join('; '));
    tally.check('no page or console error', problems.length === 0, problems.join('; '));
    const violations2 = await auditPage(`${origin}/${name}`);
    tally.check('axe: no WCAG 2.2 A/AA violation on the whole page', violations2.length === 0, violations2.join('; '));
    await page.setViewportSize({ width: 320, height: 800 });
    await page.waitForTimeout(50);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    tally.check('no sideways scrolling at 320 px', overflow <= 0, `${overflow}px too wide`);
    await context.close();
  }

  console.log('without JavaScript');
  {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${origin}/faq.html`);
    const fallback = await page.locator('gov-faq p').first().isVisible();
    tally.check('faq.html shows its fallback content', fallback);
    await page.goto(`${origin}/contact.html`);
    tally.check('contact.html shows its fallback address', await page.locator('gov-contact-block address').isVisible());
    await context.close();
  }

  console.log('two copies of the kit on one page');
  {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = [];
    const warnings = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
    await page.route(`${origin}/__two-copies.html`, (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: `<!doctype html><html lang="th"><body>
          <script type="module" src="/govkit/govkit.js"></script>
          <script type="module" src="/govkit/govkit.js?second-copy"></script>
          <gov-faq src="/data/faq.json"></gov-faq></body></html>`,
      }),
    );
    await page.goto(`${origin}/__two-copies.html`);
    await page.waitForFunction(() => document.querySelector('gov-faq')?.getAttribute('state') === 'ready', undefined, {
      timeout: 10000,
    });
    tally.check('no exception', errors.length === 0, errors.join('; '));
    tally.check(
      'one warning per tag names both copies',
      warnings.some((text) => /gov-faq> is already registered/.test(text)),
      warnings.join('; '),
    );
    tally.check('the element still renders', (await page.locator('gov-faq').getAttribute('state')) === 'ready');
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
process.exitCode = tally.finish() ? 0 : 1;

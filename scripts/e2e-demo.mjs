/**
 * End-to-end checks of the demo agency site as a citizen's browser sees it: every page
 * served with the strict CSP (script-src 'self', Trusted Types required), every GovKit
 * element upgraded and settled with no error, no console error or CSP violation, no
 * sideways scrolling at 320 px, the fallback content without JavaScript, and the README's
 * own page: `setStrings` imported from govkit.js, one element, two copies of the bundle.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { contentSecurityPolicy, startDemoServer } from '../apps/demo-agency/server.mjs';
import { launchChromium } from './lib/chromium.mjs';
import { createTally } from './lib/tally.mjs';

const siteDir = fileURLToPath(new URL('../apps/demo-agency/', import.meta.url));
const kitDir = fileURLToPath(new URL('../packages/components/dist/cdn/', import.meta.url));
const componentsVersion = JSON.parse(
  readFileSync(new URL('../packages/components/package.json', import.meta.url), 'utf8'),
).version;
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

  console.log('open-data.html: every file previewed under the CSP (Papa Parse loaded on demand, no worker)');
  for (const bypassCSP of [false, true]) {
    const context = await browser.newContext({ bypassCSP });
    const page = await context.newPage();
    const problems = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    await page.addInitScript(recordViolations);
    await page.goto(`${origin}/open-data.html`);
    await settledElements(page);
    const previews = await page.evaluate(async () => {
      const element = document.querySelector('gov-open-data');
      const buttons = [...element.shadowRoot.querySelectorAll('[part=preview-button]')];
      for (const button of buttons) {
        await element.togglePreview(
          button.closest('article').id,
          Number(button.getAttribute('aria-controls').split('-').pop()),
        );
      }
      await element.updateComplete;
      return buttons.map((button) => {
        const region = element.shadowRoot.getElementById(button.getAttribute('aria-controls'));
        return {
          table: region.querySelector('tbody td:nth-child(2)')?.textContent,
          places: region.querySelectorAll('.places li').length,
          alert: region.querySelector('[role=alert]')?.textContent,
        };
      });
    });
    if (!bypassCSP) {
      tally.check(
        'the UTF-8 and TIS-620 CSV files preview in Thai',
        previews[0]?.table === 'เมืองสิงห์บุรี' && previews[1]?.table === 'เมืองสิงห์บุรี',
        JSON.stringify(previews),
      );
      tally.check(
        'the KML file previews as places, the JSON file as a table',
        previews[2]?.places === 7 && Boolean(previews[3]?.table),
        JSON.stringify(previews),
      );
      const violations = await page.evaluate(() => window.__violations);
      tally.check('previews: no CSP or Trusted Types violation', violations.length === 0, violations.join('; '));
      tally.check('previews: no page error', problems.length === 0, problems.join('; '));
    } else {
      await page.evaluate(axeSource);
      const violations = await page.evaluate(async () => {
        const result = await window.axe.run(document, {
          runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'],
        });
        return result.violations.map((v) => `${v.id} (${v.nodes.length}): ${v.nodes[0]?.target.join(' ')}`);
      });
      tally.check(
        'previews open: axe finds no WCAG 2.2 A/AA violation',
        violations.length === 0,
        violations.join('; '),
      );
    }
    await context.close();
  }

  console.log("the README's page: setStrings from govkit.js, one element, two copies of the kit, under the CSP");
  {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = [];
    const warnings = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
    await page.addInitScript(recordViolations);
    const csp = { 'content-security-policy': contentSecurityPolicy('http://localhost:8081') };
    const serve = (body, contentType) => (route) => route.fulfill({ body, contentType, headers: csp });
    // A webmaster's page as README.md shows it, plus a plugin that brought its own copy of the kit.
    await page.route(
      `${origin}/__readme.html`,
      serve(
        `<!doctype html><html lang="th"><head><meta charset="utf-8"><title>README</title>
          <link rel="stylesheet" href="/govkit/govkit-lightdom.css">
          <script type="module" src="/govkit/govkit.js"></script>
          <script type="module" src="/plugin/govkit/govkit.js"></script>
          <script type="module" src="/__strings.js"></script></head>
          <body><main><gov-faq src="/__flaky/faq.json"><p>สอบถามได้ที่ศูนย์ข้อมูลข่าวสาร</p></gov-faq></main></body></html>`,
        'text/html; charset=utf-8',
      ),
    );
    // Inline scripts are refused by the CSP, so the README's import lives in the site's own file.
    await page.route(
      `${origin}/__strings.js`,
      serve(
        `import { setStrings, define, KIT_VERSION } from '/govkit/govkit.js';
        setStrings('th', { retry: 'โหลดใหม่' });
        window.__kit = { version: KIT_VERSION, define: typeof define };
        class NewerCopy extends HTMLElement { static kitVersion = '999.0.0'; }
        define('gov-faq', NewerCopy);`,
        'text/javascript; charset=utf-8',
      ),
    );
    // The second copy: the same cdn/ folder copied elsewhere, so nothing is shared with the first.
    await page.route(`${origin}/plugin/govkit/**`, (route) =>
      serve(
        readFileSync(`${kitDir}${new URL(route.request().url()).pathname.slice('/plugin/govkit/'.length)}`),
        'text/javascript; charset=utf-8',
      )(route),
    );
    // The data fails once, so the retry button (with the page's own label) is seen and used.
    let attempts = 0;
    await page.route(`${origin}/__flaky/faq.json`, (route) =>
      (attempts += 1) === 1
        ? route.fulfill({ status: 503, body: '', headers: csp })
        : serve(readFileSync(`${siteDir}data/faq.json`), 'application/json')(route),
    );
    await page.goto(`${origin}/__readme.html`);
    const faq = page.locator('gov-faq');
    await page.waitForFunction(() => document.querySelector('gov-faq')?.getAttribute('state') === 'error');
    tally.check(
      "setStrings('th', { retry: 'โหลดใหม่' }) from /govkit/govkit.js relabels the retry button",
      (await faq.locator('[part=retry-button]').textContent())?.trim() === 'โหลดใหม่',
    );
    await faq.locator('[part=retry-button]').click();
    await page.waitForFunction(() => document.querySelector('gov-faq')?.getAttribute('state') === 'ready', undefined, {
      timeout: 10000,
    });
    tally.check(
      'the element renders with two copies of the kit on the page',
      (await faq.getAttribute('state')) === 'ready',
    );
    const kit = await page.evaluate(() => window.__kit);
    tally.check(
      `govkit.js exports define and KIT_VERSION, the package's version (${componentsVersion})`,
      kit?.define === 'function' && kit?.version === componentsVersion,
      JSON.stringify(kit),
    );
    tally.check('no exception', errors.length === 0, errors.join('; '));
    const violations = await page.evaluate(() => window.__violations);
    tally.check('no CSP or Trusted Types violation', violations.length === 0, violations.join('; '));
    tally.check(
      'a second copy of the same version is silent; a newer one gets one warning',
      warnings.length === 1 && /gov-faq> is already registered by GovKit .*999\.0\.0/.test(warnings[0]),
      warnings.join('; '),
    );
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
process.exitCode = tally.finish() ? 0 : 1;

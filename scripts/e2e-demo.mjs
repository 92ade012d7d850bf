/**
 * End-to-end checks of the demo agency site as a citizen's browser sees it: every page
 * served with the strict CSP (script-src 'self', Trusted Types required), every GovKit
 * element upgraded and settled with no error, no console error or CSP violation, no
 * sideways scrolling at 320 px, the fallback content without JavaScript, and the README's
 * own page: `setStrings` imported from govkit.js, one element, two copies of the bundle;
 * and the autoloader on faq.html (only the tags present, later ones too, beside the bundle).
 *
 * The pages talk to the inbox `npm start` runs at http://localhost:8081. Here a real inbox
 * (the built `@govkit-th/inbox`, SQLite in a temp folder, the demo accounts on) runs on a free
 * port with the demo's sample Q&A seeded through its own routes, and the browser's requests to
 * localhost:8081 are sent to it. The demo data is imported into its publishing desk first, and
 * the demo server passes the pages' /content/ requests to it, as `npm start` does.
 *
 * The demo province (`apps/demo-province`) and its two small agencies run beside it on free
 * ports, each its own origin: their pages get the same checks, and the province's directory
 * is checked with every agency up, then with one agency's server stopped.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import ICAL from 'ical.js';
import { fileURLToPath } from 'node:url';
import { importDemoContent } from '../apps/demo-agency/desk-content.mjs';
import { contentSecurityPolicy, startDemoServer } from '../apps/demo-agency/server.mjs';
import { alertInForce, compareAlerts } from '@govkit-th/schemas';
import { seedQuestions } from '../apps/demo-agency/seed-questions.mjs';
import { launchChromium } from './lib/chromium.mjs';
import { DEMO_INBOX, htmlPages, siteDir, startDemoStack } from './lib/demo-stack.mjs';
import { layoutShifts, movedFallbacks, shiftContext } from './lib/layout-shift.mjs';
import { createTally } from './lib/tally.mjs';
import { mapLimit } from '@govkit-th/core';
import { publishNews, sampleNews } from './lib/desk-walk.mjs';
import { checkConsentPages } from './lib/e2e-consent.mjs';
import { checkEnglishAndScreenshots } from './lib/e2e-english.mjs';

const kitDir = fileURLToPath(new URL('../packages/components/dist/cdn/', import.meta.url));
const componentsVersion = JSON.parse(
  readFileSync(new URL('../packages/components/package.json', import.meta.url), 'utf8'),
).version;
/** The four demo sites and the inbox, whose publishing desk answers the pages' /content/ (see demo-stack.mjs). */
const stack = await startDemoStack();
const { origin, province, pages, inboxUrl, inboxDb, toInbox } = stack;
const { DEMO_ACCOUNTS, DEMO_PASSWORD } = await import('@govkit-th/inbox');
const demoLogin = (username) => ({ username, password: DEMO_PASSWORD });
await seedQuestions(inboxUrl, {
  reporter: demoLogin('demo-reporter'),
  approver: demoLogin('demo-approver'),
  publisher: demoLogin('demo-publisher'),
});
const browser = await launchChromium();
const tally = createTally('demo e2e');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * The whole page through axe (WCAG 2.x A and AA rules, shadow roots included), as an
 * auditor's tool would see it. `context` lets the test inject axe (bypassCSP); the CSP
 * itself is checked in the other context.
 */
async function auditPage(context, url) {
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
  await page.close();
  return violations;
}

/** Records CSP violations from the first moment of the page. */
const recordViolations = () => {
  window.__violations = [];
  document.addEventListener('securitypolicyviolation', (event) =>
    window.__violations.push(`${event.violatedDirective} ${event.blockedURI}`),
  );
};

/**
 * Pages that still move while the kit upgrades, each with a ceiling (measured + margin) so
 * it cannot get worse unseen, and why it is not yet 0.00. Every other page must be 0.00.
 * Several data-driven elements stacked in the first screen cannot each reserve their exact
 * final height from CSS alone; prerendering them (declarative shadow DOM) is the way to 0.
 */
const KNOWN_SHIFTS = {
  // None left: the home page (urgent notices, banners), the chrome (site search, display
  // settings), the calendar (the DGA font, the search box), the vision page, the province home
  // page and govkit init's pages keep the room they render in; 0.000 at 320 and 1280 px (issue 13).
};

async function settledElements(page, timeout = 15000) {
  await page.waitForFunction(
    () => {
      const elements = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('gov-'));
      return elements.every(
        (el) => customElements.get(el.localName) && el.getAttribute('state') && el.getAttribute('state') !== 'loading',
      );
    },
    undefined,
    { timeout },
  );
  return page.evaluate(() =>
    [...document.querySelectorAll('*')]
      .filter((el) => el.localName.startsWith('gov-'))
      .map((el) => ({
        tag: el.localName,
        state: el.getAttribute('state'),
        text: el.shadowRoot?.textContent?.trim().length ?? 0,
        hidden: getComputedStyle(el).display === 'none',
      })),
  );
}

/**
 * One page as a citizen's browser gets it, in `context` (strict CSP, violations recorded),
 * and through axe in `auditContext`. Answers its checks, for printing in page order.
 */
async function checkPage({ url }, context, auditContext) {
  const checks = [];
  const check = (label, condition, detail) => checks.push({ label, condition, detail });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    // The demo runs without the inbox in this check: failed form posts are not page defects.
    if (message.type() === 'error' && !/localhost:8081|ERR_CONNECTION_REFUSED/.test(message.text()))
      problems.push(`console: ${message.text()}`);
  });
  const response = await page.goto(url);
  check(
    'served with a strict CSP and Trusted Types',
    /require-trusted-types-for 'script'/.test(response.headers()['content-security-policy'] ?? ''),
  );
  let elements = [];
  try {
    elements = await settledElements(page);
  } catch (error) {
    check('every element settles', false, String(error).split('\n')[0]);
  }
  for (const element of elements) {
    check(
      `<${element.tag}> is ${element.state} and shows content`,
      // An element that takes no room when it has nothing to show (gov-alert) may be empty and blank.
      (['ready', 'empty'].includes(element.state) && element.text > 0) || (element.state === 'empty' && element.hidden),
      `state=${element.state}`,
    );
  }
  const violations = await page.evaluate(() => window.__violations);
  check('no CSP or Trusted Types violation', violations.length === 0, violations.join('; '));
  check('no page or console error', problems.length === 0, problems.join('; '));
  const violations2 = await auditPage(auditContext, url);
  check('axe: no WCAG 2.2 A/AA violation on the whole page', violations2.length === 0, violations2.join('; '));
  await page.setViewportSize({ width: 320, height: 800 });
  await page.waitForTimeout(50);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  check('no sideways scrolling at 320 px', overflow <= 0, `${overflow}px too wide`);
  await page.close();
  return checks;
}

/** One layout-shift visit: CLS once every element has settled, and how long the visit took. */
async function shiftVisit(context, { url }) {
  const started = performance.now();
  const page = await context.newPage();
  await page.goto(url);
  // A page that never settles is measured anyway, and its check fails with the reason.
  const unsettled = await settledElements(page).then(
    () => '',
    (error) => String(error).split('\n')[0],
  );
  await page.waitForTimeout(300); // images and fonts of the settled content
  const shifts = await layoutShifts(page);
  await page.close();
  return { ...shifts, unsettled, seconds: (performance.now() - started) / 1000 };
}

const runStarted = performance.now();
let lapStarted = runStarted;
/** Prints how long the phase ending here took (a line for CI logs too) and starts the next. */
function lap(label) {
  const now = performance.now();
  console.log(`⏱ ${label}: ${((now - lapStarted) / 1000).toFixed(1)} s`);
  lapStarted = now;
}
/** `work` as one timed phase. */
async function timed(label, work) {
  await work();
  lap(label);
}

/**
 * Pages checked at once. The first pass renders, audits and resizes (CPU on CI's two cores):
 * two at a time overlaps one page's waits with the other's work; three at a time on a loaded
 * machine ran into the elements' own 10 s fetch limit. The layout-shift visits mostly wait
 * for the held-back kit: three at a time.
 */
const AT_ONCE = { checks: 2, shifts: 3 };

try {
  await timed('every page: CSP, elements settled, console, axe, 320 px', async () => {
    // One context for the pages under the CSP and one for axe: the pages keep nothing between
    // visits that another page's checks read (the violation recorder is each page's own).
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await toInbox(context);
    await context.addInitScript(recordViolations);
    const auditContext = await browser.newContext({ bypassCSP: true });
    await toInbox(auditContext);
    const results = await mapLimit(pages, AT_ONCE.checks, (item) => checkPage(item, context, auditContext));
    pages.forEach(({ name }, index) => {
      console.log(name);
      for (const { label, condition, detail } of results[index]) tally.check(label, condition, detail);
    });
    await auditContext.close();
    await context.close();
  });

  // Issue 13: every element upgrades without moving anything, on a phone and a desktop, with
  // the kit's files arriving 1.5 s late (the fallbacks and reserved space paint first).
  for (const width of [320, 1280]) {
    await timed(`layout shift at ${width} px`, async () => {
      console.log(`layout shift at ${width} px, kit files 1.5 s late`);
      const context = await shiftContext(browser, { width });
      await toInbox(context);
      // Several pages at a time: most of each visit is waiting for the held-back kit, and CLS
      // is layout, not timing, so pages measured side by side read the same.
      const measured = await mapLimit(pages, AT_ONCE.shifts, (item) => shiftVisit(context, item));
      pages.forEach(({ name }, index) => {
        const { total, entries, unsettled } = measured[index];
        const known = KNOWN_SHIFTS[name];
        tally.check(
          known
            ? `${name}: CLS ${total.toFixed(3)} at ${width} px, under its ceiling ${known.ceiling} (not yet 0.00: ${known.why})`
            : `${name}: CLS 0.00 at ${width} px`,
          !unsettled && total < (known?.ceiling ?? 0.005),
          [
            unsettled && `measured before every element settled (${unsettled})`,
            `CLS ${total.toFixed(3)}: ${entries.map((entry) => `${entry.value.toFixed(3)} [${entry.sources.join('; ')}]`).join(' | ')}`,
          ]
            .filter(Boolean)
            .join('; '),
        );
      });
      const slowest = pages
        .map(({ name }, index) => ({ name, seconds: measured[index].seconds }))
        .sort((a, b) => b.seconds - a.seconds)
        .slice(0, 3);
      console.log(
        `  slowest visits: ${slowest.map(({ name, seconds }) => `${name} ${seconds.toFixed(1)} s`).join(', ')}`,
      );
      await context.close();
    });
  }

  await timed('fallbacks stay put while the data loads', async () => {
    console.log('fallbacks stay put: where each fallback is before the kit, and once upgraded and waiting for data');
    for (const width of [320, 1280]) {
      const context = await browser.newContext({ viewport: { width, height: 800 } });
      const moved = await mapLimit(pages, AT_ONCE.shifts, ({ url }) => movedFallbacks(context, url));
      await context.close();
      pages.forEach(({ name }, index) =>
        tally.check(
          `${name}: every fallback stays where it was painted at ${width} px`,
          moved[index].length === 0,
          moved[index].map(({ key, was, top }) => `<${key}> ${was}→${top} px`).join('; '),
        ),
      );
    }
  });

  console.log('site chrome: the menu folds at 320 px, English means English');
  {
    const context = await browser.newContext({ viewport: { width: 320, height: 800 } });
    await toInbox(context);
    const page = await context.newPage();
    await page.goto(`${origin}/about/vision.html`);
    const toggle = page.locator('.menu-toggle');
    tally.check(
      'at 320 px the menu is folded behind a visible "เมนู" button',
      (await toggle.isVisible()) && !(await page.locator('#site-menu').isVisible()),
    );
    await toggle.click();
    tally.check(
      'pressing it opens the menu and says so (aria-expanded)',
      (await page.locator('#site-menu').isVisible()) && (await toggle.getAttribute('aria-expanded')) === 'true',
    );
    tally.check(
      'breadcrumbs lead from the home page to this page',
      (await page.locator('nav.breadcrumbs li').allInnerTexts()).join(' › ') ===
        'หน้าหลัก › เกี่ยวกับหน่วยงาน › วิสัยทัศน์ พันธกิจ และยุทธศาสตร์',
    );
    await page.locator('.lang-switch').click();
    await page.reload();
    await settledElements(page).catch(() => {});
    const english = await page.evaluate(() => ({
      lang: document.documentElement.lang,
      agency: document.querySelector('header.site .agency')?.innerText.trim(),
      menu: document.querySelector('nav.site')?.getAttribute('aria-label'),
      thaiShown: [...document.querySelectorAll('header .th, nav .th, footer .th')].filter(
        (element) => element.getClientRects().length > 0,
      ).length,
    }));
    tally.check(
      'after "English" and a reload: the site name, menu and footer are in English, nothing of the chrome in Thai',
      english.lang === 'en' &&
        english.agency === 'Sing Buri Provincial Office' &&
        english.menu === 'Main menu' &&
        english.thaiShown === 0,
      JSON.stringify(english),
    );
    await context.close();
  }

  {
    await checkEnglishAndScreenshots({
      browser,
      origin,
      pages: htmlPages(siteDir),
      tally,
      settle: settledElements,
      prepare: toInbox,
      // In CI (its artefacts) or when asked: a developer's repeated runs stay short.
      screenshots: process.env.E2E_SCREENSHOTS ? process.env.E2E_SCREENSHOTS !== '0' : Boolean(process.env.CI),
    });
  }

  lap('menu at 320 px, English means English, screenshots');

  console.log('without JavaScript');
  {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${origin}/faq.html`);
    const fallback = await page.locator('gov-faq p').first().isVisible();
    tally.check('faq.html shows its fallback content', fallback);
    await page.goto(`${origin}/contact.html`);
    tally.check('contact.html shows its fallback address', await page.locator('gov-contact-block address').isVisible());
    // The urgent notice in force is in the home page's HTML (a server-side include of core's alertsHtml).
    const published = await (await fetch(`${origin}/content/alerts.json`)).json();
    const inForce = published.alerts.filter((alert) => alertInForce(alert, Date.now())).sort(compareAlerts);
    await page.goto(`${origin}/`);
    const written = await page.locator('gov-alert .govkit-alerts[lang="th"] h2').allTextContents();
    tally.check(
      'index.html shows the urgent notices in force, written by the server',
      inForce.length > 0 &&
        JSON.stringify(written) === JSON.stringify(inForce.map((alert) => alert.title.th)) &&
        (await page.locator('gov-alert .govkit-alerts[lang="th"] h2').first().isVisible()),
      JSON.stringify(written),
    );
    await context.close();
  }

  console.log('the urgent notices a server writes into a page');
  {
    // A site served from an export's folder: one notice in force, one ended, then an unscreened one.
    const folder = mkdtempSync(join(tmpdir(), 'govkit-e2e-alerts-'));
    const alerts = JSON.parse(readFileSync(join(siteDir, 'data/alerts.json'), 'utf8')).alerts;
    const now = Date.now();
    const day = 86_400_000;
    const shifted = (alert, from, to) => ({
      ...alert,
      issuedAt: new Date(now + from).toISOString(),
      expiresAt: new Date(now + to).toISOString(),
      screening: { ...alert.screening, at: new Date(now + from - day).toISOString() },
    });
    writeFileSync(
      join(folder, 'alerts.json'),
      JSON.stringify({ alerts: [shifted(alerts[0], -day, day), shifted(alerts[1], -2 * day, -day)] }),
    );
    const server = await startDemoServer({ port: 0, contentDir: folder });
    const site = `http://localhost:${server.address().port}`;
    try {
      const home = await (await fetch(`${site}/`)).text();
      tally.check(
        'the notice in force is written into the page, the ended one is not',
        home.includes(alerts[0].title.th) && !home.includes(alerts[1].title.th),
      );
      const { screening: _unscreened, ...unscreened } = shifted(alerts[0], -day, day);
      writeFileSync(join(folder, 'alerts.json'), JSON.stringify({ alerts: [unscreened] }));
      const answer = await fetch(`${site}/`);
      const refused = await answer.text();
      tally.check(
        'a notice without its screening record (clause 4.1) is not written, and the page is still served',
        answer.status === 200 && !refused.includes('govkit-alerts') && refused.includes('<gov-alert'),
      );
    } finally {
      server.closeAllConnections();
      server.close();
      rmSync(folder, { recursive: true, force: true });
    }
  }

  console.log('hostile data under the CSP: the whole XSS corpus through gov-faq (HTML answers) and gov-news-list');
  {
    // Chromium files a CSP report for every handler or style attribute a DOM parser meets,
    // even in an inert document: one bad data file must not flood an agency's report endpoint.
    const payloads = readFileSync(
      fileURLToPath(new URL('../../shared/conformance/xss-payloads/xss-payload-list.txt', import.meta.url)),
      'utf8',
    )
      .split('\n')
      .filter((line) => line.trim() !== '');
    const perAnswer = 8;
    const faq = {
      items: Array.from({ length: Math.ceil(payloads.length / perAnswer) }, (_, index) => ({
        id: `q${index}`,
        question: { th: payloads[index * perAnswer] },
        answer: { th: payloads.slice(index * perAnswer, (index + 1) * perAnswer).join('<br>') },
      })),
    };
    const escapeXml = (text) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
    const rss = `<rss version="2.0"><channel><title>x</title><link>https://example.go.th/</link>${payloads
      .map(
        (payload, index) =>
          `<item><title>${escapeXml(payload)}</title><link>https://example.go.th/${index}</link><description>${escapeXml(payload)}</description></item>`,
      )
      .join('')}</channel></rss>`;
    const context = await browser.newContext();
    const page = await context.newPage();
    const ran = [];
    page.on('dialog', (dialog) => ran.push(dialog.message()) && dialog.dismiss());
    await page.addInitScript(recordViolations);
    const headers = { 'content-security-policy': contentSecurityPolicy('http://localhost:8081') };
    const serve = (body, contentType) => (route) => route.fulfill({ body, contentType, headers });
    await page.route(
      `${origin}/__hostile.html`,
      serve(
        `<!doctype html><html lang="th"><head><meta charset="utf-8"><title>hostile</title>
          <script type="module" src="/govkit/govkit.js"></script></head>
          <body><main><gov-faq src="/__hostile.json"></gov-faq><gov-news-list src="/__hostile.rss" page-size="1000"></gov-news-list></main></body></html>`,
        'text/html; charset=utf-8',
      ),
    );
    await page.route(`${origin}/__hostile.json`, serve(JSON.stringify(faq), 'application/json'));
    await page.route(`${origin}/__hostile.rss`, serve(rss, 'application/rss+xml'));
    await page.goto(`${origin}/__hostile.html`);
    const states = await settledElements(page, 60000).then(
      (elements) => elements.map((element) => element.state),
      (error) => [String(error).split('\n')[0]],
    );
    tally.check(
      `${payloads.length} payloads: both elements render them as text`,
      states.length === 2 && states.every((state) => state === 'ready'),
      states.join(', '),
    );
    // Reports are queued as tasks: give them a moment to arrive before counting.
    await page.waitForTimeout(500);
    const violations = await page.evaluate(() => window.__violations);
    tally.check(
      'not one CSP violation report',
      violations.length === 0,
      `${violations.length}: ${violations.slice(0, 3).join('; ')}`,
    );
    tally.check('no payload ran', ran.length === 0, ran.join('; '));
    await context.close();
  }

  await checkConsentPages({ browser, origin, tally, recordViolations });

  console.log('the calendar page: .ics files saved under the CSP, read by a real iCalendar parser');
  {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.addInitScript(recordViolations);
    await page.goto(`${origin}/calendar.html`);
    await settledElements(page);
    const saving = page.waitForEvent('download');
    await page.locator('gov-event-calendar .tools [part=download]').click();
    const download = await saving;
    const text = readFileSync(await download.path(), 'utf8');
    const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
    const meeting = events.find((event) => event.uid.startsWith('pcc-12-2569@'));
    tally.check('the whole calendar downloads as calendar.ics', download.suggestedFilename() === 'calendar.ics');
    tally.check(
      'ical.js reads every event, the meeting at 09:30 Bangkok time',
      events.length > 10 &&
        meeting?.startDate.toString() === '2026-12-23T09:30:00' &&
        meeting.startDate.zone.tzid === 'Asia/Bangkok',
      `${events.length} events, ${meeting?.startDate.toString()}`,
    );
    const violations = await page.evaluate(() => window.__violations);
    tally.check('no CSP or Trusted Types violation', violations.length === 0, violations.join('; '));
    await context.close();
  }

  console.log('privacy-notice.html: the autoloader asks for the policy file and the schema engine with the chunks');
  {
    const context = await browser.newContext();
    const page = await context.newPage();
    const fileRequests = [];
    page.on('request', (request) => request.url().endsWith('/privacy-notice.json') && fileRequests.push(request.url()));
    await page.goto(`${origin}/policies/privacy-notice.html`);
    await settledElements(page);
    // Resource Timing: `link` for the autoloader's preloads; without the preload the engine
    // would be imported by the check, which runs only once the file has come.
    const timing = await page.evaluate(() => {
      const entry = (pattern) => performance.getEntriesByType('resource').find((item) => pattern.test(item.name));
      const file = entry(/privacy-notice\.json$/);
      const engine = entry(/\/auto\/engine-/);
      const checksIn = performance
        .getEntriesByType('resource')
        .filter((item) => /\/auto\/check-/.test(item.name))
        .map((item) => item.responseEnd);
      return {
        initiator: file?.initiatorType,
        fileEnd: file?.responseEnd,
        engineStart: engine?.startTime,
        firstCheckIn: Math.min(...checksIn),
      };
    });
    tally.check(
      'the policy file is asked for once, by the preload, and the element reads that answer',
      fileRequests.length === 1 && timing.initiator === 'link',
      `${fileRequests.length} requests, initiator ${timing.initiator}`,
    );
    // The preload links go in a few at a time (the autoloader's inTurn), so on loopback the
    // small file may be in before the engine's link is. What shows the preload asked for the
    // engine: it was asked for before any check chunk had come, and so before the check that
    // imports it could have run.
    tally.check(
      'the schema engine is asked for with the preloads, not a level after (by the check, once the file has come)',
      timing.engineStart < timing.firstCheckIn,
      `engine at ${timing.engineStart} ms, first check chunk in at ${timing.firstCheckIn} ms, file done at ${timing.fileEnd} ms`,
    );
    await context.close();
  }

  console.log('search.html: the header box sends ?q=, the index loads only then, Thai found inside a phrase');
  {
    const context = await browser.newContext();
    const page = await context.newPage();
    const indexRequests = [];
    page.on('request', (request) => request.url().endsWith('/search-index.json') && indexRequests.push(request.url()));
    await page.addInitScript(recordViolations);
    await page.goto(`${origin}/search.html`);
    await settledElements(page);
    tally.check('no search index is loaded before a person searches', indexRequests.length === 0);
    const box = page.locator('gov-site-search[compact] input[part=input]');
    await box.fill('กระทง');
    await Promise.all([page.waitForURL(/[?&]q=/), box.press('Enter')]);
    const full = page.locator('gov-site-search:not([compact])');
    await page.waitForFunction(() =>
      document.querySelector('gov-site-search:not([compact])')?.shadowRoot?.querySelector('.results, .no-results'),
    );
    const titles = await full.locator('.hit-title').allTextContents();
    const marks = await full.locator('.hit-title mark').allTextContents();
    tally.check(
      'a word in the middle of a Thai phrase finds the Loy Krathong event, marked',
      decodeURIComponent(new URL(page.url()).search) === '?q=กระทง' &&
        titles.some((title) => title.includes('งานประเพณีลอยกระทงจังหวัดสิงห์บุรี')) &&
        marks.includes('กระทง'),
      `${titles.length} results: ${titles.slice(0, 3).join(' | ')}`,
    );
    tally.check(
      'the live region counts the results',
      /^พบ \d+\u00a0รายการสำหรับ “กระทง”$/.test((await full.locator('[role=status]').textContent()).trim()),
    );
    tally.check('the index was loaded once, for the search', indexRequests.length === 1, String(indexRequests.length));
    const violations = await page.evaluate(() => window.__violations);
    tally.check('no CSP or Trusted Types violation', violations.length === 0, violations.join('; '));
    await context.close();
    const plain = await browser.newContext({ javaScriptEnabled: false });
    const noScript = await plain.newPage();
    await noScript.goto(`${origin}/search.html`);
    await noScript.locator('gov-site-search:not([compact]) input[name=q]').fill('ภาษี');
    await Promise.all([
      noScript.waitForURL(/search\.html\?q=/),
      noScript.locator('gov-site-search:not([compact]) button').click(),
    ]);
    tally.check(
      'without JavaScript the search form is a plain GET form to search.html?q=',
      /\?q=%E0%B8%A0/.test(noScript.url()),
    );
    await plain.close();
  }

  console.log('questions.html with no inbox running (a static copy of the demo)');
  {
    const context = await browser.newContext();
    const page = await context.newPage();
    await context.route(`${DEMO_INBOX}/**`, (route) => route.abort('connectionrefused'));
    await page.goto(`${origin}/questions.html`);
    await page.waitForFunction(() => document.querySelector('gov-qa-board')?.getAttribute('state') === 'error');
    const board = page.locator('gov-qa-board');
    tally.check(
      'the Q&A board says it cannot load, offers a retry and shows the page’s fallback',
      (await board.locator('[role=alert]').textContent())?.includes('เชื่อมต่อเพื่อโหลดข้อมูลไม่สำเร็จ') &&
        (await board.locator('[part=retry-button]').isVisible()) &&
        (await page.locator('gov-qa-board > p').first().isVisible()),
    );
    await context.close();
  }

  console.log('no data answers: every agency page in its error states at 320 px, through axe');
  {
    // Elements' tests check their error state on white; a page puts it on its own background
    // (the demo's grey footer, the DGA theme's colours), where it must still read at 4.5:1, and
    // at 320 px the retry button and the agency's phone number must still fit. The desk's
    // /content/ and the static /data/ both refused: every data element on every page fails.
    const context = await browser.newContext({ bypassCSP: true, viewport: { width: 320, height: 800 } });
    await context.route(`${origin}/content/**`, (route) => route.abort('connectionrefused'));
    await context.route(`${origin}/data/**`, (route) => route.abort('connectionrefused'));
    const agencyPages = pages.filter(({ url }) => url.startsWith(`${origin}/`));
    const results = await mapLimit(agencyPages, AT_ONCE.checks, async ({ name, url }) => {
      const page = await context.newPage();
      await page.goto(url);
      const states = await settledElements(page);
      await page.evaluate(axeSource);
      const violations = await page.evaluate(async () => {
        const result = await window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] });
        return result.violations.map((v) => `${v.id}: ${v.nodes.map((node) => node.target.join(' ')).join(', ')}`);
      });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      await page.close();
      return {
        name,
        failed: states.filter((each) => each.state === 'error').map((each) => each.tag),
        violations,
        overflow,
      };
    });
    for (const { name, failed, violations, overflow } of results)
      tally.check(
        `${name}: ${failed.length} elements in their error state, none with an axe violation or sideways scrolling`,
        failed.length > 0 && violations.length === 0 && overflow <= 0,
        [...violations, overflow > 0 ? `${overflow}px too wide` : ''].filter(Boolean).join('; '),
      );
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

  console.log('the autoloader on faq.html: only the tags on the page, now and added later, beside the full bundle');
  {
    const context = await browser.newContext();
    const page = await context.newPage();
    const scripts = [];
    const problems = [];
    page.on('request', (request) => request.resourceType() === 'script' && scripts.push(request.url()));
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => ['error', 'warning'].includes(message.type()) && problems.push(message.text()));
    await page.addInitScript(recordViolations);
    await page.goto(`${origin}/faq.html`);
    await page.waitForFunction(() => document.querySelector('gov-faq')?.getAttribute('state') === 'ready');
    const kitScripts = () => scripts.filter((url) => url.includes('/govkit/')).map((url) => url.split('/govkit/')[1]);
    // The page's own tags (gov-faq, and the site chrome's masthead, search, display settings,
    // footer and consent): only their chunks load, never govkit.js or an element not on the page.
    const tags = await page.evaluate(() => [
      ...new Set(
        [...document.querySelectorAll('*')].map((el) => el.localName).filter((name) => name.startsWith('gov-')),
      ),
    ]);
    const elementChunks = kitScripts()
      .map((file) => /^auto\/(gov-[a-z-]+?)-[\w-]{8}\.js$/.exec(file)?.[1])
      .filter(Boolean);
    tally.check(
      'faq.html loads autoloader.js and the chunks of its own tags only, not govkit.js or another element',
      kitScripts().includes('autoloader.js') &&
        elementChunks.includes('gov-faq') &&
        !kitScripts().includes('govkit.js') &&
        elementChunks.every((tag) => tags.includes(tag)),
      `tags: ${tags.join(' ')}; loaded: ${kitScripts().join(', ')}`,
    );
    // An element added after load (a CMS widget, a client-side route) is defined when it appears.
    await page.evaluate(() => {
      const block = document.createElement('gov-contact-block');
      block.setAttribute('src', '/content/contact.json');
      document.querySelector('main')?.append(block);
    });
    await page.waitForFunction(() => document.querySelector('gov-contact-block')?.getAttribute('state') === 'ready');
    tally.check(
      'a gov-contact-block added later is loaded from its own chunk and settles ready',
      kitScripts().some((file) => file.startsWith('auto/gov-contact-block-')),
      kitScripts().join(', '),
    );
    // The full bundle on the same page (a theme that loads it too): its registrations meet the autoloader's.
    await page.evaluate(() => import('/govkit/govkit.js'));
    await page.evaluate(() => {
      const sitemap = document.createElement('gov-sitemap');
      sitemap.setAttribute('src', '/content/sitemap.json');
      document.querySelector('main')?.append(sitemap);
    });
    await page.waitForFunction(() => Boolean(customElements.get('gov-sitemap')));
    tally.check(
      'the full bundle beside the autoloader: no error, no warning, no element loaded twice',
      problems.length === 0 && !kitScripts().some((file) => file.startsWith('auto/gov-sitemap-')),
      [...problems, ...kitScripts()].join('; '),
    );
    const violations = await page.evaluate(() => window.__violations);
    tally.check('no CSP or Trusted Types violation', violations.length === 0, violations.join('; '));
    await context.close();
  }

  console.log('the demo province: three agencies read across origins; one agency stopped is shown as unreachable');
  {
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    await page.addInitScript(recordViolations);
    const directory = () =>
      page.evaluate(() => {
        const element = document.querySelector('gov-agency-directory:not([view=news])');
        const text = (node) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
        return [...element.shadowRoot.querySelectorAll('[part=agency]')].map((card) => ({
          name: text(card.querySelector('.name')),
          unreachable: text(card.querySelector('[part=unreachable]')),
          address: text(card.querySelector('address')),
          latest: text(card.querySelector('.latest')),
        }));
      });
    const newsMissing = () =>
      page.evaluate(
        () =>
          document
            .querySelector('gov-agency-directory[view=news]')
            .shadowRoot.querySelector('[part=news-missing]')
            ?.textContent.trim() ?? '',
      );
    await page.goto(`${province.origins.province}/`);
    await settledElements(page, 30000);
    const up = await directory();
    tally.check(
      'the province page lists three agencies, each with its contact and none unreachable',
      up.length === 3 && up.every((agency) => agency.address && !agency.unreachable),
      JSON.stringify(up),
    );
    tally.check(
      "each agency's latest news is shown (the incomplete agency's too)",
      up.every((agency) => agency.latest.startsWith('ข่าวล่าสุด')),
      JSON.stringify(up.map((agency) => agency.latest)),
    );
    const newsSources = await page.evaluate(() => [
      ...new Set(
        [...document.querySelector('gov-agency-directory[view=news]').shadowRoot.querySelectorAll('.source')].map(
          (node) => node.textContent.trim(),
        ),
      ),
    ]);
    tally.check(
      'province-wide news names items from all three agencies',
      newsSources.length === 3,
      newsSources.join(', '),
    );

    // In Buri's server goes down; the page is opened again.
    province.servers.inburi.close();
    province.servers.inburi.closeAllConnections();
    await page.reload();
    await settledElements(page, 30000);
    const down = await directory();
    const inburi = down.find((agency) => agency.name === 'ที่ว่าการอำเภออินทร์บุรี');
    tally.check(
      'the stopped agency is shown as unreachable, with when it was last reached',
      Boolean(inburi?.unreachable.startsWith('ติดต่อเว็บไซต์ไม่ได้') && inburi.unreachable.includes('ติดต่อได้ครั้งล่าสุดเมื่อ')),
      JSON.stringify(inburi),
    );
    tally.check(
      'the other two agencies still render with their contact',
      down.filter((agency) => agency !== inburi && agency.address && !agency.unreachable).length === 2,
      JSON.stringify(down),
    );
    const missing = await newsMissing();
    tally.check(
      'province-wide news names the agency whose news is missing',
      missing.includes('ที่ว่าการอำเภออินทร์บุรี'),
      missing,
    );
    const violations = await page.evaluate(() => window.__violations);
    tally.check('no CSP or Trusted Types violation', violations.length === 0, violations.join('; '));
    tally.check('no page error', problems.length === 0, problems.join('; '));
    await context.close();
  }

  console.log('the publishing desk: a news item the demo accounts publish shows on news.html after a reload');
  {
    tally.check(
      'a second start imports nothing into a desk that has content (what staff published stays)',
      (await importDemoContent({ INBOX_DB: inboxDb })).length === 0,
    );
    const context = await browser.newContext();
    await toInbox(context);
    const page = await context.newPage();
    await page.addInitScript(recordViolations);
    await page.goto(`${origin}/news.html`);
    await settledElements(page);
    const src = await page.evaluate(() => document.querySelector('gov-news-list')?.getAttribute('src'));
    tally.check("news.html's list reads the desk's /content/news.json", src === '/content/news.json', src);
    const item = sampleNews('e2e-flood-points');
    await publishNews(inboxUrl, item, DEMO_PASSWORD);
    const served = await (await fetch(new URL(src, origin))).json();
    const record = served.items.find((entry) => entry.id === item.id)?.publication;
    const nameOf = (username) => DEMO_ACCOUNTS.find((account) => account.username === username)?.displayName;
    tally.check(
      "the page's src through the demo server has the item, with the reporter, approver and uploader the desk recorded",
      record?.reporter === nameOf('demo-reporter') &&
        record.approver === nameOf('demo-approver') &&
        record.uploader === nameOf('demo-uploader') &&
        !record.imported,
      JSON.stringify(record),
    );
    await page.reload();
    await settledElements(page);
    const list = page.locator('gov-news-list');
    const shown = await Promise.all(
      [item.title.th, nameOf('demo-reporter'), nameOf('demo-approver')].map((text) => list.getByText(text).count()),
    );
    tally.check(
      'after a reload, news.html shows the newly published item and its reporter and approver',
      shown.every((count) => count > 0),
      JSON.stringify(shown),
    );
    const violations = await page.evaluate(() => window.__violations);
    tally.check('no CSP or Trusted Types violation', violations.length === 0, violations.join('; '));
    await context.close();
  }
  lap('no JavaScript, XSS corpus, consent, calendar, search, Q&A, open data, README, autoloader, province, desk');
  console.log(`⏱ whole run: ${((performance.now() - runStarted) / 1000).toFixed(1)} s`);
} finally {
  await browser.close();
  await stack.close();
}
process.exitCode = tally.finish() ? 0 : 1;

/**
 * The demo's links page under its real strict CSP and Trusted Types: cookie consent and
 * display settings as a visitor meets them, and calendar.html's DGA theme. Part of
 * `node scripts/e2e-demo.mjs`; the element tests cover the same ground without the CSP.
 */

/** Every request the page makes, by address. */
function recordRequests(page) {
  const requests = [];
  page.on('request', (request) => requests.push(request.url()));
  return requests;
}

const elsewhere = (requests, origin) => requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:'));

async function bannerShown(page) {
  await page.waitForFunction(() => document.querySelector('gov-cookie-consent')?.getAttribute('state') !== 'loading');
  return page.evaluate(() =>
    Boolean(document.querySelector('gov-cookie-consent')?.shadowRoot?.querySelector('[part=banner]')),
  );
}

export async function checkConsentPages({ browser, origin, tally, recordViolations }) {
  console.log('links.html: cookie consent under the CSP (no third-party request before consent)');
  {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    // Nothing leaves the machine: the video host is answered locally, but every request to it is seen.
    await context.route('https://www.youtube-nocookie.com/**', (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<title>player</title>' }),
    );
    const page = await context.newPage();
    await page.addInitScript(recordViolations);
    const requests = recordRequests(page);
    await page.goto(`${origin}/links.html`);
    await page.waitForFunction(() => document.querySelector('gov-link-list')?.getAttribute('state') === 'ready');
    await page.waitForFunction(() =>
      document.querySelector('gov-cookie-consent')?.shadowRoot?.querySelector('[part=banner]'),
    );
    tally.check('the banner shows on a page with a video and a statistics script', await bannerShown(page));
    await page.locator('gov-link-list [part=play-button]').first().click();
    await page.waitForFunction(() =>
      document.querySelector('gov-cookie-consent')?.shadowRoot?.querySelector('dialog[open]'),
    );
    tally.check(
      'pressing play before consent opens the settings and loads nothing from another site',
      elsewhere(requests, origin).length === 0 && (await page.locator('gov-link-list iframe').count()) === 0,
      elsewhere(requests, origin).join(', '),
    );
    tally.check(
      'the statistics script has not run',
      !requests.some((url) => url.endsWith('/assets/statistics.js')) &&
        (await page.evaluate(() => document.documentElement.dataset.demoStatistics)) === undefined,
    );
    await page.keyboard.press('Escape');
    await page.locator('gov-cookie-consent [part=reject-button]').click();
    tally.check('rejecting is one click: the banner is gone', !(await bannerShown(page)));
    await page.reload();
    await page.waitForFunction(() => document.querySelector('gov-link-list')?.getAttribute('state') === 'ready');
    await page.waitForTimeout(200);
    tally.check(
      'after a reload: no banner, still nothing from another site, no statistics',
      !(await bannerShown(page)) &&
        elsewhere(requests, origin).length === 0 &&
        !requests.some((url) => url.endsWith('/assets/statistics.js')),
    );
    // Changed later, as the footer's "cookie settings" button does it.
    await page.evaluate(() =>
      document.body.dispatchEvent(new CustomEvent('gov-cookie-settings', { bubbles: true, composed: true })),
    );
    await page.locator('gov-cookie-consent input[name=statistics]').check();
    await page.locator('gov-cookie-consent input[name=media]').check();
    await page.locator('gov-cookie-consent [part=save-button]').click();
    await page.waitForFunction(() => document.documentElement.dataset.demoStatistics === 'on');
    tally.check(
      'consent given from the settings: the statistics script runs (through the govkit-consent policy)',
      requests.some((url) => url.endsWith('/assets/statistics.js')),
    );
    await page.locator('gov-link-list [part=play-button]').first().click();
    await page.waitForSelector('gov-link-list iframe[part=player]');
    tally.check(
      'with media consent the player loads from the no-cookie host',
      elsewhere(requests, origin).every((url) => url.startsWith('https://www.youtube-nocookie.com/embed/')) &&
        elsewhere(requests, origin).length > 0,
      elsewhere(requests, origin).join(', '),
    );
    const violations = await page.evaluate(() => window.__violations);
    tally.check('no CSP or Trusted Types violation', violations.length === 0, violations.join('; '));
    await context.close();
  }

  console.log('links.html: display settings, remembered and applied before the first paint');
  {
    const context = await browser.newContext({ viewport: { width: 320, height: 800 } });
    const page = await context.newPage();
    await page.addInitScript(recordViolations);
    await page.goto(`${origin}/links.html`);
    await page.locator('gov-display-settings summary').click();
    await page.locator('gov-display-settings #text-size-x-large').check();
    await page.locator('gov-display-settings #contrast-high').check();
    // The next page: the early script has applied the settings before any module ran.
    await page.addInitScript(() =>
      document.addEventListener('readystatechange', () => {
        if (document.readyState === 'interactive' && !window.__atParse)
          window.__atParse = {
            contrast: document.documentElement.dataset.govContrast,
            size: getComputedStyle(document.documentElement).fontSize,
          };
      }),
    );
    await page.reload();
    await page.waitForFunction(() => document.querySelector('gov-link-list')?.getAttribute('state') === 'ready');
    const atParse = await page.evaluate(() => window.__atParse);
    tally.check(
      'after a reload, high contrast and the largest text were on when the page was parsed',
      atParse?.contrast === 'high' && atParse?.size === '24px',
      JSON.stringify(atParse),
    );
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    tally.check('no sideways scrolling at 320 px with them', overflow <= 0, `${overflow}px too wide`);
    const colours = await page.evaluate(() => {
      const main = getComputedStyle(document.querySelector('main h1'));
      return `${main.color} on ${main.backgroundColor}`;
    });
    tally.check('the page’s own heading is white on black', colours === 'rgb(255, 255, 255) on rgb(0, 0, 0)', colours);
    const violations = await page.evaluate(() => window.__violations);
    tally.check('no CSP or Trusted Types violation', violations.length === 0, violations.join('; '));
    await context.close();
  }

  console.log('calendar.html: the DGA theme, its font served by the site');
  {
    const context = await browser.newContext();
    const page = await context.newPage();
    const requests = recordRequests(page);
    await page.goto(`${origin}/calendar.html`);
    await page.waitForFunction(() => document.querySelector('gov-event-calendar')?.getAttribute('state') === 'ready');
    const theme = await page.evaluate(async () => {
      await document.fonts.ready;
      const root = getComputedStyle(document.documentElement);
      return {
        accent: root.getPropertyValue('--gov-color-accent').trim(),
        family: root.fontFamily,
        anuphan: document.fonts.check('16px Anuphan', 'ปฏิทิน'),
      };
    });
    tally.check(
      'the kit’s accent is DGA’s #008858 and the page is set in Anuphan',
      theme.accent === '#008858' && theme.family.startsWith('Anuphan') && theme.anuphan,
      JSON.stringify(theme),
    );
    tally.check(
      'the font comes from the site (no font CDN)',
      requests.some((url) => url.startsWith(`${origin}/govkit/themes/fonts/anuphan-thai-`)) &&
        elsewhere(requests, origin).length === 0,
      elsewhere(requests, origin).join(', '),
    );
    await context.close();
  }
}

/**
 * Layout shift of chosen demo pages, as the e2e measures it (kit files 1.5 s late), without
 * the rest of the e2e: `node scripts/measure-shifts.mjs [--widths 320,1280,1350] [name-filter…]`.
 * Prints CLS per page and width, with what moved. Needs a build.
 */
import { mapLimit } from '@govkit-th/core';
import { launchChromium } from './lib/chromium.mjs';
import { startDemoStack } from './lib/demo-stack.mjs';
import { layoutShifts, shiftContext } from './lib/layout-shift.mjs';

const args = process.argv.slice(2);
const widthsAt = args.indexOf('--widths');
const widths = widthsAt >= 0 ? args.splice(widthsAt, 2)[1].split(',').map(Number) : [320, 1280];
const filters = args;
const stack = await startDemoStack();
const pages = stack.pages.filter(({ name }) => filters.length === 0 || filters.some((f) => name.includes(f)));
const browser = await launchChromium();
const parallel = Number(process.env.PARALLEL ?? 3);
for (const width of widths) {
  const context = await shiftContext(browser, { width });
  await stack.toInbox(context);
  await mapLimit(pages, parallel, async ({ name, url }) => {
    const page = await context.newPage();
    await page.goto(url);
    await page
      .waitForFunction(
        () =>
          [...document.querySelectorAll('*')]
            .filter((el) => el.localName.startsWith('gov-'))
            .every(
              (el) =>
                customElements.get(el.localName) && el.getAttribute('state') && el.getAttribute('state') !== 'loading',
            ),
        null,
        { timeout: 15000 },
      )
      .catch(() => {});
    await page.waitForTimeout(300);
    const { total, entries } = await layoutShifts(page);
    await page.close();
    const flag = total >= 0.005 ? 'FAIL' : total > 0 ? 'tiny' : 'ok';
    console.log(`${flag} ${width} ${name}: ${total.toFixed(4)}`);
    if (total > 0) for (const e of entries) console.log(`    ${e.value.toFixed(4)} ${e.sources.join(' | ')}`);
  });
  await context.close();
}
await browser.close();
await stack.close();
process.exit(0);

/**
 * Layout shift of chosen demo pages, as the e2e measures it (kit files 1.5 s late), without
 * the rest of the e2e: `node scripts/measure-shifts.mjs [--widths 320,1280,1350] [name-filter…]`.
 * Prints CLS per page and width, with what moved. Needs a build.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importDemoContent } from '../apps/demo-agency/desk-content.mjs';
import { startDemoServer } from '../apps/demo-agency/server.mjs';
import { startProvinceDemo, WRITTEN } from '../apps/demo-province/server.mjs';
import { launchChromium } from './lib/chromium.mjs';
import { layoutShifts, shiftContext } from './lib/layout-shift.mjs';

const args = process.argv.slice(2);
const widthsAt = args.indexOf('--widths');
const widths = widthsAt >= 0 ? args.splice(widthsAt, 2)[1].split(',').map(Number) : [320, 1280];
const filters = args;
const htmlPages = (dir, skip = /^(node_modules|data|assets|chrome)\//) =>
  readdirSync(dir, { recursive: true })
    .filter((name) => name.endsWith('.html') && !skip.test(name))
    .sort();
const siteDir = fileURLToPath(new URL('../apps/demo-agency/', import.meta.url));
const provinceDir = fileURLToPath(new URL('../apps/demo-province/', import.meta.url));
const agencyBackLink = {};
const desk = {};
const server = await startDemoServer({
  port: 0,
  host: '127.0.0.1',
  origins: agencyBackLink,
  deskOrigin: () => desk.url,
});
const origin = `http://127.0.0.1:${server.address().port}`;
const province = await startProvinceDemo({
  originHost: '127.0.0.1',
  ports: { province: 0, health: 0, inburi: 0 },
  agencyOrigin: origin,
});
agencyBackLink[WRITTEN.province] = province.origins.province;
const pages = [
  ...htmlPages(siteDir).map((name) => ({ name, url: `${origin}/${name}` })),
  ...htmlPages(provinceDir, /^(node_modules|data|assets|agencies)\//).map((name) => ({
    name: `province: ${name}`,
    url: `${province.origins.province}/${name}`,
  })),
  ...['health', 'inburi'].flatMap((agency) =>
    htmlPages(join(provinceDir, 'agencies', agency)).map((name) => ({
      name: `province agency ${agency}: ${name}`,
      url: `${province.origins[agency]}/${name}`,
    })),
  ),
].filter(({ name }) => filters.length === 0 || filters.some((f) => name.includes(f)));
const inboxFolder = mkdtempSync(join(tmpdir(), 'govkit-shifts-'));
await importDemoContent({ INBOX_DB: join(inboxFolder, 'inbox.sqlite') });
const { createInbox } = await import('@govkit-th/inbox');
const inbox = await createInbox({
  env: {},
  config: {
    port: 0,
    host: '127.0.0.1',
    dbPath: join(inboxFolder, 'inbox.sqlite'),
    origins: [origin],
    logLevel: 'silent',
    demo: true,
    scryptCost: 12,
  },
});
const inboxUrl = (await inbox.start()).url.replace(/\/$/, '');
desk.url = inboxUrl;
const browser = await launchChromium();
const parallel = Number(process.env.PARALLEL ?? 3);
for (const width of widths) {
  const context = await shiftContext(browser, { width });
  await context.route('http://localhost:8081/**', (route) =>
    route.continue({ url: inboxUrl + route.request().url().slice('http://localhost:8081'.length) }),
  );
  let next = 0;
  const worker = async () => {
    while (next < pages.length) {
      const { name, url } = pages[next++];
      const page = await context.newPage();
      await page.goto(url);
      await page
        .waitForFunction(
          () =>
            [...document.querySelectorAll('*')]
              .filter((el) => el.localName.startsWith('gov-'))
              .every(
                (el) =>
                  customElements.get(el.localName) &&
                  el.getAttribute('state') &&
                  el.getAttribute('state') !== 'loading',
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
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  await context.close();
}
await browser.close();
await inbox.close?.();
server.close();
await province.close?.();
rmSync(inboxFolder, { recursive: true, force: true });
process.exit(0);

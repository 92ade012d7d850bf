/**
 * The demo as `npm start` runs it, on free ports, for the scripts that look at it in a browser
 * (the e2e, measure-shifts): the demo agency's server; the demo province and its two small
 * agencies, each its own origin; and a real inbox (the built `@govkit-th/inbox`, SQLite in a
 * temp folder, the demo accounts on) whose publishing desk holds the demo data and answers the
 * pages' /content/ through the demo server. The pages call the inbox at http://localhost:8081
 * as written; `toInbox(context)` sends a browser context's requests there to this inbox.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importDemoContent } from '../../apps/demo-agency/desk-content.mjs';
import { startDemoServer } from '../../apps/demo-agency/server.mjs';
import { startProvinceDemo, WRITTEN } from '../../apps/demo-province/server.mjs';

/** The inbox's address as the demo's pages and data write it. */
export const DEMO_INBOX = 'http://localhost:8081';
export const siteDir = fileURLToPath(new URL('../../apps/demo-agency/', import.meta.url));
const provinceDir = fileURLToPath(new URL('../../apps/demo-province/', import.meta.url));

/** A site folder's pages, sorted, without its data, assets and chrome folders. */
export const htmlPages = (dir, skip = /^(node_modules|data|assets|chrome)\//) =>
  readdirSync(dir, { recursive: true })
    .filter((name) => name.endsWith('.html') && !skip.test(name))
    .sort();

/**
 * Starts the four demo sites and the inbox; resolves with their addresses, every page as
 * `{ name, url }` (the province's prefixed `province:`, the small agencies' `province agency
 * NAME:`), `toInbox` for browser contexts, and `close()`.
 */
export async function startDemoStack() {
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
  ];
  const inboxFolder = mkdtempSync(join(tmpdir(), 'govkit-demo-inbox-'));
  const inboxDb = join(inboxFolder, 'inbox.sqlite');
  // The demo data as the desk's published content, as `npm start` imports it.
  await importDemoContent({ INBOX_DB: inboxDb });
  const { createInbox } = await import('@govkit-th/inbox');
  const inbox = await createInbox({
    env: {},
    config: {
      port: 0,
      host: '127.0.0.1',
      dbPath: inboxDb,
      origins: [origin],
      logLevel: 'silent',
      demo: true,
      scryptCost: 12,
    },
  });
  const inboxUrl = (await inbox.start()).url.replace(/\/$/, '');
  desk.url = inboxUrl;
  const toInbox = (context) =>
    context.route(`${DEMO_INBOX}/**`, (route) =>
      route.continue({ url: inboxUrl + route.request().url().slice(DEMO_INBOX.length) }),
    );
  const close = async () => {
    server.close();
    for (const site of Object.values(province.servers)) {
      site.close();
      site.closeAllConnections();
    }
    await inbox.close();
    rmSync(inboxFolder, { recursive: true, force: true });
  };
  return { server, origin, province, pages, inbox, inboxUrl, inboxDb, toInbox, close };
}

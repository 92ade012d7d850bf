/**
 * `npm start`: serves the demo agency site (http://localhost:8080/, PORT overrides) and
 * runs the inbox beside it (http://localhost:8081/, INBOX_PORT overrides) so the demo's
 * forms really submit. The demo province site (http://localhost:8082/, PROVINCE_PORT) runs
 * beside them with its two small agencies (:8083 HEALTH_PORT, :8084 INBURI_PORT), each on
 * its own origin, its directory reading the three agencies' manifests across origins. `npm start` builds first; this file only serves. The demo loads the
 * built CDN bundle under its strict CSP, as a webmaster's site would.
 *
 * The pages' content (news, FAQ, contact, …) is the inbox's publishing desk: its first start
 * imports `apps/demo-agency/data/` (`desk-content.mjs`), and the demo server passes the
 * pages' `/content/…` requests to it, so what the demo accounts publish shows after a reload.
 *
 * `npm run dev` (`--dev`): the same demo through Vite's dev server for people changing the
 * kit: `/govkit/govkit.js` is the kit's TypeScript source, so an edit reloads the page with
 * no build. Vite's client needs what the strict CSP forbids, so dev pages go without it.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { importDemoContent } from '../apps/demo-agency/desk-content.mjs';
import { startDemoServer } from '../apps/demo-agency/server.mjs';
import { seedQuestions } from '../apps/demo-agency/seed-questions.mjs';
import { startProvinceDemo, WRITTEN } from '../apps/demo-province/server.mjs';

const port = Number(process.env.PORT ?? 8080);
const inboxPort = Number(process.env.INBOX_PORT ?? 8081);
const provincePorts = {
  province: Number(process.env.PROVINCE_PORT ?? 8082),
  health: Number(process.env.HEALTH_PORT ?? 8083),
  inburi: Number(process.env.INBURI_PORT ?? 8084),
};
const inboxBin = fileURLToPath(new URL('../packages/inbox/bin/govkit-inbox.js', import.meta.url));

let inbox;
if (existsSync(inboxBin)) {
  const inboxEnv = {
    ...process.env,
    INBOX_PORT: String(inboxPort),
    INBOX_DEMO: process.env.INBOX_DEMO ?? '1',
    INBOX_ORIGINS: process.env.INBOX_ORIGINS ?? `http://localhost:${port},http://127.0.0.1:${port}`,
    // the demo agency's name on the staff pages and as the source of published answers
    INBOX_AGENCY_TH: process.env.INBOX_AGENCY_TH ?? 'สำนักงานจังหวัดสิงห์บุรี',
    INBOX_AGENCY_EN: process.env.INBOX_AGENCY_EN ?? 'Sing Buri Provincial Office',
  };
  // The demo pages read the desk's /content/: its first start loads the demo's data files.
  const imported = await importDemoContent(inboxEnv).catch((error) => {
    console.error(`The demo data could not be imported into the publishing desk: ${error.message}`);
    return [];
  });
  if (imported.length) console.log(`Publishing desk: the demo data imported (${imported.length} types).`);
  inbox = spawn(process.execPath, [inboxBin], { stdio: 'inherit', env: inboxEnv });
  inbox.on('exit', (code, signal) => {
    if (signal !== 'SIGTERM')
      console.error(`The inbox stopped (${signal ?? code}); the demo's forms cannot submit until it runs again.`);
  });
}

const host = process.env.HOST ?? '0.0.0.0';
const provinceOrigin = `http://localhost:${provincePorts.province}`;
if (process.argv.includes('--dev')) await startDevServer();
else
  await startDemoServer({
    port,
    host,
    inboxOrigin: `http://localhost:${inboxPort}`,
    // The pages' /content/ is the publishing desk's, as an agency's reverse proxy would serve it.
    deskOrigin: inbox ? `http://localhost:${inboxPort}` : undefined,
    // The home page's footer links back to the province (order clause 2.2).
    origins: { [WRITTEN.province]: provinceOrigin },
  });
const province = await startProvinceDemo({ host, ports: provincePorts, agencyOrigin: `http://localhost:${port}` });
console.log(
  `\nGovKit TH demo agency site${process.argv.includes('--dev') ? ' (Vite dev server, kit from source)' : ''}: http://localhost:${port}/`,
);
console.log(
  `Demo province site (its agency directory, province-wide news): ${province.origins.province}/ ` +
    `(small agencies at ${province.origins.health}/ and ${province.origins.inburi}/)`,
);
if (inbox) {
  console.log(`Inbox (forms, opinions, staff pages): http://localhost:${inboxPort}/staff/`);
  console.log(
    `Publishing desk: the pages read http://localhost:${port}/content/… (the inbox's published content); ` +
      'sign in as demo-reporter, demo-approver and demo-uploader to publish (README: "The demo uses the desk").',
  );
}
console.log('Press Ctrl+C to stop.\n');

/** The demo through Vite's dev server, with `/govkit/` answered from the kit's source. */
async function startDevServer() {
  const { createServer } = await import('vite');
  const { lightdomCss, viteBase, writeIndex } = await import('../packages/components/scripts/build.mjs');
  await writeIndex();
  const entry = fileURLToPath(new URL('../packages/components/src/index.ts', import.meta.url));
  const kitFromSource = {
    name: 'govkit-from-source',
    configureServer(server) {
      server.middlewares.use(async (request, response, next) => {
        if (request.url === '/govkit/govkit.js') request.url = `/@fs${entry}`;
        if (request.url === '/govkit/autoloader.js')
          request.url = `/@fs${entry.replace(/index\.ts$/, 'autoloader.ts')}`;
        // The themes folder from source (its fonts/ are copied there by the package build).
        if (request.url?.startsWith('/govkit/themes/'))
          request.url = `/@fs${fileURLToPath(new URL('../packages/components/themes/', import.meta.url))}${request.url.slice('/govkit/themes/'.length)}`;
        if (request.url !== '/govkit/govkit-lightdom.css') return next();
        response.setHeader('content-type', 'text/css; charset=utf-8');
        response.end(await lightdomCss());
      });
    },
  };
  const server = await createServer({
    ...viteBase(),
    // Lit's development build, with its warnings, for people changing the kit.
    resolve: { conditions: ['source', 'module', 'browser', 'development'] },
    root: fileURLToPath(new URL('../apps/demo-agency/', import.meta.url)),
    logLevel: 'info',
    plugins: [kitFromSource],
    server: {
      port,
      host,
      strictPort: true,
      fs: { allow: [fileURLToPath(new URL('..', import.meta.url))] },
      // The publishing desk's content, as the demo server passes it on (proxyContent).
      proxy: { '/content/': `http://localhost:${inboxPort}` },
    },
  });
  await server.listen();
}

/**
 * With the demo accounts on (INBOX_DEMO=1, the default), the Q&A page gets sample answers once,
 * asked and answered through the inbox's own routes and staff pages.
 */
async function seedDemoQuestions() {
  const url = `http://localhost:${inboxPort}`;
  for (let tries = 0; tries < 100; tries += 1) {
    const healthy = await fetch(`${url}/healthz`).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const { DEMO_PASSWORD } = await import('@govkit-th/inbox');
  const login = (username) => ({ username, password: DEMO_PASSWORD });
  const published = await seedQuestions(url, {
    reporter: login('demo-reporter'),
    approver: login('demo-approver'),
    publisher: login('demo-publisher'),
  });
  if (published) console.log(`Q&A page: ${published} sample questions answered and published by the demo accounts.`);
}
if (inbox && (process.env.INBOX_DEMO ?? '1') === '1')
  seedDemoQuestions().catch((error) => console.error(`The demo's sample Q&A could not be seeded: ${error.message}`));

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    inbox?.kill('SIGTERM');
    process.exit(0);
  });
}

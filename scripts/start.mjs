/**
 * `npm start`: serves the demo agency site (http://localhost:8080/, PORT overrides) and
 * runs the inbox beside it (http://localhost:8081/, INBOX_PORT overrides) so the demo's
 * forms really submit. `npm start` builds first; this file only serves.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startDemoServer } from '../apps/demo-agency/server.mjs';

const port = Number(process.env.PORT ?? 8080);
const inboxPort = Number(process.env.INBOX_PORT ?? 8081);
const inboxBin = fileURLToPath(new URL('../packages/inbox/bin/govkit-inbox.js', import.meta.url));

let inbox;
if (existsSync(inboxBin)) {
  inbox = spawn(process.execPath, [inboxBin], {
    stdio: 'inherit',
    env: {
      ...process.env,
      INBOX_PORT: String(inboxPort),
      INBOX_DEMO: process.env.INBOX_DEMO ?? '1',
      INBOX_ORIGINS: process.env.INBOX_ORIGINS ?? `http://localhost:${port},http://127.0.0.1:${port}`,
      // the demo agency's name on the staff pages and as the source of published answers
      INBOX_AGENCY_TH: process.env.INBOX_AGENCY_TH ?? 'สำนักงานจังหวัดสิงห์บุรี',
      INBOX_AGENCY_EN: process.env.INBOX_AGENCY_EN ?? 'Sing Buri Provincial Office',
    },
  });
  inbox.on('exit', (code, signal) => {
    if (signal !== 'SIGTERM')
      console.error(`The inbox stopped (${signal ?? code}); the demo's forms cannot submit until it runs again.`);
  });
}

await startDemoServer({ port, host: process.env.HOST ?? '0.0.0.0', inboxOrigin: `http://localhost:${inboxPort}` });
console.log(`\nGovKit TH demo agency site: http://localhost:${port}/`);
if (inbox) console.log(`Inbox (forms, opinions, staff pages): http://localhost:${inboxPort}/staff/`);
console.log('Press Ctrl+C to stop.\n');

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    inbox?.kill('SIGTERM');
    process.exit(0);
  });
}

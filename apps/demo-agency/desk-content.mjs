/**
 * The demo's data files as the publishing desk's first content: `govkit-inbox import` loads
 * `apps/demo-agency/data/` into the inbox's database as published items (marked imported),
 * and the demo pages then read them at `/content/…` (see `proxyContent` in server.mjs).
 *
 * Only into an empty desk: the import overwrites an item with the same id, so importing
 * again at every start would undo what the demo accounts published or withdrew since.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';

const inboxBin = fileURLToPath(new URL('../../packages/inbox/bin/govkit-inbox.js', import.meta.url));
export const demoDataDir = fileURLToPath(new URL('data/', import.meta.url));

/**
 * Imports the demo data into the desk named by `env` (the inbox's environment: INBOX_DB or
 * DATABASE_URL, …) when it holds no content yet. Answers the import's own report lines, or
 * an empty list when the desk had content and was left as it is.
 */
export async function importDemoContent(inboxEnv = process.env) {
  // The source an imported item's record names when its file named none: the demo agency.
  const env = { INBOX_AGENCY_TH: 'สำนักงานจังหวัดสิงห์บุรี', INBOX_AGENCY_EN: 'Sing Buri Provincial Office', ...inboxEnv };
  const { loadConfig, openStore } = await import('@govkit-th/inbox');
  const store = await openStore(loadConfig({ env }));
  let empty;
  try {
    // A type gets a change stamp at its first import or publication, and keeps it.
    empty = (await store.contentStamps()).length === 0;
  } finally {
    await store.close();
  }
  if (!empty) return [];
  const { stdout } = await promisify(execFile)(process.execPath, [inboxBin, 'import', demoDataDir], { env });
  const lines = stdout.trim().split('\n');
  const skipped = lines.filter((line) => line.startsWith('Skipped'));
  if (skipped.length) throw new Error(`The desk skipped demo data files:\n${skipped.join('\n')}`);
  return lines;
}

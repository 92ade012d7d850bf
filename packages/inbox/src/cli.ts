import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { loadConfig, type InboxConfig } from './config.js';
import { isEmail } from './mail.js';
import { exportFolder, importFolder } from './content/io.js';
import { FormRegistry } from './forms.js';
import { createLogger } from './log.js';
import { sweepRetention } from './retention.js';
import { createInbox } from './server.js';
import { PASSWORD_MIN, ROLES, USERNAME, hashPassword } from './staff/auth.js';
import { openStore, type Role } from './store/index.js';

const HELP = `govkit-inbox: receives e-forms, opinions and questions for a GovKit TH agency site

Usage
  govkit-inbox [serve] [options]        run the inbox (default)
  govkit-inbox migrate [options]        bring the database schema up to date, then exit
  govkit-inbox retention [options]      erase the personal data of submissions past their
                                        form's retention (PDPA), audited, then exit
  govkit-inbox import <dir> [options]   load an agency's data files (e.g. apps/demo-agency/data)
                                        as published content, marked imported, then exit
  govkit-inbox export <dir> [options]   write the published content as static files (json,
                                        news.rss, news.atom, calendar.ics, govkit.json), then exit
  govkit-inbox add-user <username> --role <role> [--name "<display name>"] [--position "<ตำแหน่ง>"]
                      [--email <address>] [options]
                                        create a staff account; the password is read from
                                        INBOX_PASSWORD or the first line of standard input;
                                        --email: where the desk's notices go (optional)
  govkit-inbox --help | --version

Options (each also has an environment variable; flags win)
  --config <file>     JSON configuration file                      INBOX_CONFIG
  --port <n>          port (default 8081)                          INBOX_PORT
  --host <address>    address to listen on (default 127.0.0.1)     INBOX_HOST
  --db <file>         SQLite file (default .data/inbox.sqlite)     INBOX_DB
                      PostgreSQL instead, when DATABASE_URL is set DATABASE_URL
  --forms <dir>       folder of form definitions                   INBOX_FORMS_DIR
                      (default apps/demo-agency/data/forms in the repo)
  --origins <list>    comma-separated origins allowed to submit    INBOX_ORIGINS
                      (default http://localhost:8080)
  --demo              seed the demo accounts (never in production) INBOX_DEMO=1
  Also: INBOX_RATE_LIMIT (submissions a minute per address, 0 = off), INBOX_MAX_BODY
  (bytes, default 262144), INBOX_TRUST_PROXY (1 = one proxy, a hop count, or the
  proxies' addresses, comma-separated), INBOX_LOG_LEVEL (debug|info|warn|error|silent),
  INBOX_SECRET, INBOX_PUBLIC_URL, INBOX_DB_SCHEMA (PostgreSQL schema), INBOX_AGENCY_TH and
  INBOX_AGENCY_EN (the agency's name on the staff pages and the feed).

Roles: ${ROLES.join(', ')}. Demo accounts (INBOX_DEMO=1): demo-admin, demo-reporter,
demo-approver, demo-publisher, demo-uploader, demo-screener, all with the password
demo-password-2561.
`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    help: { type: 'boolean', short: 'h' },
    version: { type: 'boolean' },
    config: { type: 'string' },
    port: { type: 'string' },
    host: { type: 'string' },
    db: { type: 'string' },
    forms: { type: 'string' },
    origins: { type: 'string' },
    demo: { type: 'boolean' },
    role: { type: 'string' },
    name: { type: 'string' },
    position: { type: 'string' },
    email: { type: 'string' },
  },
});

if (values.help) {
  process.stdout.write(HELP);
  process.exit(0);
}
if (values.version) {
  const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  process.stdout.write(`${manifest.version}\n`);
  process.exit(0);
}

const overrides: Partial<InboxConfig> = {
  port: values.port !== undefined ? Number(values.port) : undefined,
  host: values.host,
  dbPath: values.db,
  formsDir: values.forms,
  origins: values.origins
    ?.split(',')
    .map((o) => o.trim())
    .filter(Boolean),
  demo: values.demo || undefined,
};
const [command = 'serve', ...rest] = positionals;

try {
  if (command === 'serve') await serve();
  else if (command === 'migrate') await migrate();
  else if (command === 'retention') await retention();
  else if (command === 'add-user') await addUser(rest[0]);
  else if (command === 'import') await importCommand(rest[0]);
  else if (command === 'export') await exportCommand(rest[0]);
  else {
    process.stderr.write(`Unknown command ${command}\n\n${HELP}`);
    process.exit(2);
  }
} catch (error) {
  process.stderr.write(
    `${JSON.stringify({ time: new Date().toISOString(), level: 'error', msg: (error as Error).message })}\n`,
  );
  process.exit(1);
}

async function serve(): Promise<void> {
  const inbox = await createInbox({ config: overrides, configFile: values.config });
  await inbox.start();
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, async () => {
      if (stopping) return;
      stopping = true;
      await inbox.close();
      process.exit(0);
    });
  }
}

async function migrate(): Promise<void> {
  const config = loadConfig({ file: values.config, overrides });
  const store = await openStore(config);
  process.stdout.write(`Database (${store.kind}) is at schema version ${await store.schemaVersion()}\n`);
  await store.close();
}

async function retention(): Promise<void> {
  const config = loadConfig({ file: values.config, overrides });
  const log = createLogger({ level: config.logLevel === 'silent' ? 'silent' : 'warn' });
  const store = await openStore(config);
  try {
    const forms = await FormRegistry.load(config.formsDir, log);
    const erased = await sweepRetention(store, forms, config);
    process.stdout.write(`Retention: erased the personal data of ${erased} submission(s)\n`);
  } finally {
    await store.close();
  }
}

async function importCommand(dir: string | undefined): Promise<void> {
  if (!dir) throw new Error('import needs a folder: govkit-inbox import apps/demo-agency/data');
  const config = loadConfig({ file: values.config, overrides });
  const store = await openStore(config);
  try {
    const report = await importFolder(store, config, resolve(dir));
    for (const { type, count } of report.imported) process.stdout.write(`Imported ${type}: ${count}\n`);
    for (const { file, reason } of report.skipped) process.stdout.write(`Skipped ${file}: ${reason}\n`);
  } finally {
    await store.close();
  }
}

async function exportCommand(dir: string | undefined): Promise<void> {
  if (!dir) throw new Error('export needs a folder: govkit-inbox export site/data');
  const config = loadConfig({ file: values.config, overrides });
  const store = await openStore(config);
  try {
    const written = await exportFolder(store, config, resolve(dir));
    process.stdout.write(`Wrote ${written.length} file(s) to ${resolve(dir)}: ${written.join(', ')}\n`);
  } finally {
    await store.close();
  }
}

function isRole(value: string | undefined): value is Role {
  return (ROLES as readonly string[]).includes(value ?? '');
}

async function addUser(username: string | undefined): Promise<void> {
  if (!username || !USERNAME.test(username))
    throw new Error('add-user needs a username: lower-case letters, digits, . _ - (2–64)');
  const role = values.role;
  if (!isRole(role)) throw new Error(`add-user needs --role, one of ${ROLES.join(', ')}`);
  const password = process.env.INBOX_PASSWORD ?? readFileSync(0, 'utf8').split(/\r?\n/)[0];
  if (!password || password.length < PASSWORD_MIN)
    throw new Error(`The password needs at least ${PASSWORD_MIN} characters`);
  const email = values.email?.trim();
  if (email !== undefined && !isEmail(email))
    throw new Error(`--email needs an address with a dotted domain, like name@agency.go.th (got "${email}")`);
  const config = loadConfig({ file: values.config, overrides });
  const store = await openStore(config);
  const at = new Date().toISOString();
  const created = await store.createStaff(
    {
      id: randomUUID(),
      username,
      displayName: values.name ?? username,
      role,
      position: values.position,
      ...(email ? { email } : {}),
      passwordHash: await hashPassword(password, config.scryptCost),
      at,
    },
    {
      id: randomUUID(),
      at,
      actor: '(command line)',
      action: 'account.create',
      target: username,
      detail: { role, email: Boolean(email) },
    },
  );
  await store.close();
  if (!created) throw new Error(`An account named ${username} exists already`);
  process.stdout.write(`Created ${username} (${role})\n`);
}

import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { after, describe, test } from 'node:test';
import { loadConfig } from '../dist/config.js';
import { StaffClient, formsDir } from '../test-support/harness.js';
import { createInbox } from '../dist/server.js';
import { openStore } from '../dist/store/index.js';

const run = promisify(execFile);
const bin = fileURLToPath(new URL('../bin/govkit-inbox.js', import.meta.url));

const made = [];
function tempDir(prefix) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}
after(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('configuration', () => {
  test('defaults: port 8081, SQLite in the repo, the demo origin, the demo forms folder', () => {
    const config = loadConfig({ env: {} });
    assert.equal(config.port, 8081);
    assert.equal(config.databaseUrl, undefined);
    assert.match(config.dbPath, /\.data\/inbox\.sqlite$/);
    assert.deepEqual(config.origins, ['http://localhost:8080']);
    assert.match(config.formsDir, /apps\/demo-agency\/data\/forms$/);
    assert.equal(config.maxBodyBytes, 256 * 1024);
    assert.equal(config.demo, false);
  });

  test('the environment overrides the file, which overrides the defaults', () => {
    const dir = tempDir('govkit-inbox-config-');
    const file = join(dir, 'inbox.json');
    writeFileSync(
      file,
      JSON.stringify({
        port: 9000,
        dbPath: 'data/x.sqlite',
        origins: ['https://www.singburi.go.th'],
        agencyName: { th: 'สำนักงานจังหวัดสิงห์บุรี', en: 'Sing Buri Provincial Office' },
      }),
    );
    const fromFile = loadConfig({ env: {}, file });
    assert.equal(fromFile.port, 9000);
    assert.equal(fromFile.dbPath, join(dir, 'data', 'x.sqlite'), 'relative to the file');
    assert.equal(fromFile.agencyName.en, 'Sing Buri Provincial Office');
    const fromEnv = loadConfig({
      env: {
        INBOX_CONFIG: file,
        INBOX_PORT: '9100',
        INBOX_ORIGINS: 'https://a.go.th, https://b.go.th',
        INBOX_DEMO: '1',
        INBOX_RATE_LIMIT: '0',
        DATABASE_URL: 'postgres://x@y/z',
      },
    });
    assert.equal(fromEnv.port, 9100);
    assert.deepEqual(fromEnv.origins, ['https://a.go.th', 'https://b.go.th']);
    assert.equal(fromEnv.demo, true);
    assert.equal(fromEnv.rateLimit.submissions.perMinute, 0);
    assert.equal(fromEnv.databaseUrl, 'postgres://x@y/z');
    const named = loadConfig({
      env: { INBOX_CONFIG: file, INBOX_AGENCY_TH: 'เทศบาลเมืองสิงห์บุรี', INBOX_TRUST_PROXY: '10.0.0.1, 10.0.0.2' },
    });
    assert.deepEqual(named.agencyName, { th: 'เทศบาลเมืองสิงห์บุรี', en: 'Sing Buri Provincial Office' });
    assert.deepEqual(named.trustProxy, ['10.0.0.1', '10.0.0.2']);
    assert.equal(loadConfig({ env: { INBOX_TRUST_PROXY: '2' } }).trustProxy, 2);
    assert.throws(() => loadConfig({ env: { INBOX_TRUST_PROXY: 'proxy.example' } }), /trustProxy/);
  });

  test('a bad setting stops the start with a clear message', () => {
    assert.throws(() => loadConfig({ env: { INBOX_PORT: 'eighty' } }), /port must be/);
    assert.throws(() => loadConfig({ env: { INBOX_ORIGINS: 'https://a.go.th/path' } }), /origin/);
  });

  test('govkit-inbox --help names the commands and the environment', async () => {
    const { stdout } = await run(process.execPath, [bin, '--help']);
    for (const word of [
      'add-user',
      'migrate',
      'INBOX_PORT',
      'DATABASE_URL',
      'INBOX_DB',
      'INBOX_ORIGINS',
      'INBOX_FORMS_DIR',
      'INBOX_DEMO',
      'demo-password-2561',
    ]) {
      assert.ok(stdout.includes(word), word);
    }
  });

  test('govkit-inbox add-user creates an account that can sign in', async () => {
    const dir = tempDir('govkit-inbox-cli-');
    const env = { PATH: process.env.PATH, INBOX_DB: join(dir, 'inbox.sqlite'), INBOX_PASSWORD: 'first-admin-password' };
    const { stdout } = await run(
      process.execPath,
      [bin, 'add-user', 'first.admin', '--role', 'admin', '--name', 'ผู้ดูแลคนแรก'],
      { env },
    );
    assert.match(stdout, /Created first\.admin \(admin\)/);
    await assert.rejects(
      run(process.execPath, [bin, 'add-user', 'first.admin', '--role', 'admin'], { env }),
      /exists already/,
    );
    // --email: the desk's notices go there; an address that cannot be answered is refused.
    await assert.rejects(
      run(process.execPath, [bin, 'add-user', 'somying', '--role', 'approver', '--email', 'somying@example'], { env }),
      /--email needs an address with a dotted domain/,
    );
    await run(
      process.execPath,
      [bin, 'add-user', 'somying', '--role', 'approver', '--email', 'somying@singburi.go.th'],
      {
        env,
      },
    );
    const store = await openStore({ dbPath: env.INBOX_DB });
    try {
      assert.equal((await store.staffByUsername('somying'))?.email, 'somying@singburi.go.th');
    } finally {
      await store.close();
    }
    const inbox = await createInbox({
      env: {},
      config: { port: 0, dbPath: env.INBOX_DB, formsDir, logLevel: 'silent' },
    });
    const { url } = await inbox.start();
    try {
      const client = new StaffClient(url);
      assert.equal((await client.signIn('first.admin', 'first-admin-password')).status, 303);
      assert.equal((await client.get('/staff/accounts')).status, 200);
    } finally {
      await inbox.close();
    }
  });

  test('logs are JSON lines without bodies or addresses in clear', async () => {
    const lines = [];
    const { createLogger } = await import('../dist/log.js');
    const dir = tempDir('govkit-inbox-log-');
    const inbox = await createInbox({
      env: {},
      config: { port: 0, dbPath: join(dir, 'inbox.sqlite'), formsDir, logLevel: 'info', scryptCost: 12 },
      logger: createLogger({ level: 'info', write: (line) => lines.push(line) }),
    });
    const { url } = await inbox.start();
    try {
      const response = await fetch(`${url}/opinions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': 'log-test-1' },
        body: JSON.stringify({
          formId: 'opinion',
          formVersion: '1',
          submittedAt: '2025-11-26T09:30:00+07:00',
          data: { topic: 'ความลับ', message: 'เบอร์ 0812345678', name: 'นายลับ', consent: true },
        }),
      });
      assert.equal(response.status, 201);
    } finally {
      await inbox.close();
    }
    const entries = lines.map((line) => JSON.parse(line));
    const request = entries.find((e) => e.msg === 'request' && e.route === '/opinions');
    assert.equal(request.status, 201);
    assert.equal(request.formId, 'opinion');
    assert.match(request.ip, /^[A-Za-z0-9_-]{16}$/);
    const all = entries
      .filter((e) => e.msg !== 'inbox listening')
      .map((e) => JSON.stringify(e))
      .join('');
    for (const secret of ['ความลับ', '0812345678', 'นายลับ', '127.0.0.1', 'log-test-1'])
      assert.ok(!all.includes(secret), secret);
  });
});

import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { describe, test } from 'node:test';
import { openStore } from '../dist/store/index.js';
import { databaseFor, databases, envelope, formsDir, validRequest } from '../test-support/harness.js';

const bin = fileURLToPath(new URL('../bin/govkit-inbox.js', import.meta.url));

/** Starts the real command in its own process; resolves once it listens. */
function startProcess(env) {
  const child = spawn(process.execPath, [bin], {
    env: {
      PATH: process.env.PATH,
      INBOX_PORT: '0',
      INBOX_FORMS_DIR: formsDir,
      INBOX_RATE_LIMIT: '0',
      INBOX_LOG_LEVEL: 'info',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout });
    lines.on('line', (line) => {
      try {
        const entry = JSON.parse(line);
        if (entry.msg === 'inbox listening') resolve({ child, url: entry.url });
      } catch {
        // not a log line
      }
    });
    child.once('exit', (code) => reject(new Error(`inbox exited early (${code})`)));
  });
}

async function send(url, key, body) {
  const response = await fetch(`${url}/forms/info-request/submissions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': key },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
}

for (const db of databases()) {
  describe(`durability (${db})`, () => {
    test(
      'SIGKILL under load: every 201 survives the restart, and nothing is stored twice',
      { timeout: 120_000 },
      async (t) => {
        const database = await databaseFor(db);
        const env =
          db === 'sqlite'
            ? { INBOX_DB: database.config.dbPath }
            : { DATABASE_URL: database.config.databaseUrl, INBOX_DB_SCHEMA: database.config.databaseSchema };
        try {
          let { child, url } = await startProcess(env);
          /** @type {Map<string, { body: any, status: number | 'failed', receipt?: string }>} */
          const attempts = new Map();
          let acknowledged = 0;
          let killed = false;
          const killedAt = new Promise((resolve) => {
            const worker = async () => {
              while (!killed) {
                const key = randomUUID();
                const body = envelope('info-request', { ...validRequest, subject: `คำขอ ${key}` });
                const attempt = { body, status: /** @type {number | 'failed'} */ ('failed') };
                attempts.set(key, attempt);
                try {
                  const response = await send(url, key, body);
                  attempt.status = response.status;
                  attempt.receipt = response.body.receipt;
                  if (response.status === 201 && ++acknowledged === 400 && !killed) {
                    killed = true;
                    child.kill('SIGKILL');
                    resolve(undefined);
                  }
                } catch {
                  attempt.status = 'failed';
                }
              }
            };
            Promise.all(Array.from({ length: 32 }, worker));
          });
          await killedAt;
          await new Promise((resolve) =>
            child.exitCode !== null || child.signalCode !== null ? resolve(undefined) : child.once('exit', resolve),
          );
          await new Promise((resolve) => setTimeout(resolve, 200));

          const confirmed = [...attempts].filter(([, a]) => a.status === 201);
          const unanswered = [...attempts].filter(([, a]) => a.status === 'failed');
          t.diagnostic(
            `${attempts.size} sent, ${confirmed.length} confirmed (201), ${unanswered.length} cut off by SIGKILL`,
          );
          assert.ok(confirmed.length >= 400, `${confirmed.length} confirmed before the kill`);
          assert.ok(
            [...attempts.values()].every((a) => a.status === 201 || a.status === 'failed'),
            'only 201s or dropped connections',
          );

          ({ child, url } = await startProcess(env));
          try {
            for (const [key, attempt] of confirmed) {
              const again = await send(url, key, attempt.body);
              assert.equal(again.status, 200, `a confirmed submission (${key}) is still there`);
              assert.equal(again.body.receipt, attempt.receipt);
            }
            // A request cut off by the kill either made it (200, its receipt) or not (201 now): never twice.
            for (const [key, attempt] of unanswered) {
              const again = await send(url, key, attempt.body);
              assert.ok([200, 201].includes(again.status));
            }
          } finally {
            child.kill('SIGTERM');
            await new Promise((resolve) => child.once('exit', resolve));
          }
          const store = await openStore({
            dbPath: database.config.dbPath,
            ...(db === 'postgres' ? database.config : {}),
          });
          try {
            assert.equal(await store.countSubmissions(), attempts.size, 'one row per key: none lost, none twice');
          } finally {
            await store.close();
          }
        } finally {
          await database.drop();
        }
      },
    );
  });
}

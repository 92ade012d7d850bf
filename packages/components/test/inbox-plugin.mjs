/**
 * The form elements' tests send to the real inbox (`@govkit-th/inbox`), started here for
 * the test run, each on a free port with SQLite in a temp folder:
 *
 * - `main`: the test forms (`fixtures/gov-eform/*.json`) and the built-in opinion and
 *   question forms, no rate limit;
 * - `strict`: the same forms with stricter rules than the page's copy (as when a form
 *   was tightened on the server after the page loaded), so the server refuses what the
 *   browser let through;
 * - `limited`: the test forms behind a rate limit of one submission a second, for a real
 *   `429` with `Retry-After`;
 * - `foreign`: the same forms, but its CORS allows only another site's origin, so the
 *   browser itself refuses its answers (as when an inbox's INBOX_ORIGINS is wrong).
 * - `closed`: a port nothing listens on, for a real network failure.
 *
 * Tests read the addresses from `GET /__inbox` and what an inbox stored from
 * `GET /__inbox/submissions?inbox=main&formId=…` (straight from its database).
 *
 * The server command `inbox-answer-question` (`executeServerCommand`) answers a question
 * the way an agency does, through the inbox's own staff pages over HTTP: a reporter signs
 * in and drafts the answer, an approver (another person) approves it, a publisher
 * publishes it, each with their session cookie and CSRF token, so the question then
 * appears in `GET /questions/published.json`.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomUUID } from 'node:crypto';
import { answerQuestion, signInStaff } from '../../../scripts/lib/staff-client.mjs';

const testForms = fileURLToPath(new URL('./fixtures/gov-eform/', import.meta.url));

/** A port that was free a moment ago and that nothing listens on. */
async function closedPort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function copyForms(target, tighten = (definition) => definition) {
  mkdirSync(target);
  for (const name of readdirSync(testForms).filter((file) => file.endsWith('.json'))) {
    const definition = JSON.parse(readFileSync(join(testForms, name), 'utf8'));
    writeFileSync(join(target, name), JSON.stringify(tighten(definition)));
  }
}

/** The strict inbox's rules: a national id starting with 3, details of at most 20 characters, opinions of at most 40. */
function strictForms(target, opinionSubmissionSchema) {
  copyForms(target, (definition) => {
    const { properties } = definition.schema;
    properties.nationalId = { ...properties.nationalId, pattern: '^3' };
    properties.details = { ...properties.details, maxLength: 20 };
    return definition;
  });
  const opinion = {
    id: 'opinion',
    version: '1',
    title: 'ความคิดเห็น (สั้น)',
    schema: {
      ...opinionSubmissionSchema,
      $id: undefined,
      properties: { ...opinionSubmissionSchema.properties, message: { type: 'string', minLength: 1, maxLength: 40 } },
    },
    pages: [{ id: 'opinion', title: 'ความคิดเห็น', fields: [{ name: 'message', label: 'ความคิดเห็น' }] }],
  };
  writeFileSync(join(target, 'opinion.json'), JSON.stringify(opinion));
}

async function loadInbox() {
  try {
    return { ...(await import('@govkit-th/inbox')), ...(await import('@govkit-th/schemas')) };
  } catch (error) {
    throw new Error(
      `The form tests need the inbox and the built schemas: run \`npx turbo run build\` first (${error.message})`,
    );
  }
}

/** The staff of the test agency: one account per role of the Q&A workflow. */
const QA_STAFF = [
  { username: 'qa-reporter', role: 'reporter', displayName: 'นางสาวสมใจ ใจดี' },
  { username: 'qa-approver', role: 'approver', displayName: 'นายสมชาย รักษ์งาน' },
  { username: 'qa-publisher', role: 'publisher', displayName: 'นางสมศรี เผยแพร่' },
];
const QA_PASSWORD = 'singburi-qa-2569';

export function inboxPlugin() {
  const inboxes = new Map();
  let folder;
  let closed;

  async function start(name, origin, config) {
    const { createInbox } = await loadInbox();
    const inbox = await createInbox({
      env: {},
      config: {
        port: 0,
        host: '127.0.0.1',
        dbPath: join(folder, `${name}.sqlite`),
        origins: [origin],
        logLevel: 'silent',
        scryptCost: 12,
        rateLimit: { submissions: { perMinute: 0, burst: 1 }, signIn: { perMinute: 600, burst: 100 } },
        ...config,
      },
    });
    const { url } = await inbox.start();
    inboxes.set(name, { inbox, url });
  }

  async function submissions(params) {
    const { inbox } = inboxes.get(params.get('inbox') ?? 'main') ?? {};
    if (!inbox) return undefined;
    const key = params.get('key');
    if (key) return (await inbox.store.submissionByKey(key)) ?? null;
    return inbox.store.exportSubmissions({ formId: params.get('formId') ?? undefined, limit: 1000 });
  }

  const staffReady = new Map();

  /** Adds the Q&A staff accounts to an inbox once, through its store (as its admin screen does). */
  async function qaStaff(inbox) {
    if (!staffReady.has(inbox)) {
      staffReady.set(
        inbox,
        (async () => {
          const { hashPassword } = await loadInbox();
          const passwordHash = await hashPassword(QA_PASSWORD, 12);
          const at = new Date().toISOString();
          for (const account of QA_STAFF)
            await inbox.store.createStaff({ id: randomUUID(), ...account, passwordHash, at });
        })(),
      );
    }
    return staffReady.get(inbox);
  }

  const qaStaffLogins = Object.fromEntries(
    QA_STAFF.map(({ username, role }) => [role, { username, password: QA_PASSWORD }]),
  );

  /** Reporter drafts, approver approves, publisher publishes: the question under `receipt` goes public. */
  async function answerByReceipt({ inbox: name = 'main', receipt, question, answer, category }) {
    const { inbox, url } = inboxes.get(name) ?? {};
    if (!inbox) throw new Error(`no inbox ${name}`);
    await qaStaff(inbox);
    const { rows } = await inbox.store.listQuestions({ limit: 1000 });
    const asked = rows.find((row) => row.receipt === receipt);
    if (!asked) throw new Error(`no question under receipt ${receipt}`);
    await answerQuestion(
      asked.id,
      { question: question ?? asked.data.question, category, text: answer },
      await signInStaff(url, qaStaffLogins),
    );
    return { id: `q-${asked.id}`, status: (await inbox.store.question(asked.id))?.answer?.status };
  }

  return {
    name: 'govkit-inbox',
    async executeCommand({ command, payload }) {
      if (command === 'inbox-answer-question') return answerByReceipt(payload);
      return undefined;
    },
    async serverStart({ config }) {
      const origin = `${config.protocol ?? 'http:'}//${config.hostname}:${config.port}`;
      const { opinionSubmissionSchema } = await loadInbox();
      folder = mkdtempSync(join(tmpdir(), 'govkit-wtr-inbox-'));
      copyForms(join(folder, 'forms'));
      strictForms(join(folder, 'strict-forms'), opinionSubmissionSchema);
      await start('main', origin, { formsDir: join(folder, 'forms') });
      await start('strict', origin, { formsDir: join(folder, 'strict-forms') });
      await start('limited', origin, {
        formsDir: join(folder, 'forms'),
        rateLimit: { submissions: { perMinute: 60, burst: 1 }, signIn: { perMinute: 600, burst: 100 } },
      });
      await start('foreign', 'https://www.example.go.th', { formsDir: join(folder, 'forms') });
      closed = `http://127.0.0.1:${await closedPort()}`;
    },
    async serverStop() {
      await Promise.all([...inboxes.values()].map(({ inbox }) => inbox.close()));
      inboxes.clear();
      if (folder) rmSync(folder, { recursive: true, force: true });
    },
    async serve(context) {
      if (context.path === '/__inbox') {
        const urls = Object.fromEntries([...inboxes].map(([name, { url }]) => [name, url]));
        return { body: JSON.stringify({ ...urls, closed }), type: 'application/json' };
      }
      if (context.path === '/__inbox/submissions') {
        const found = await submissions(new URLSearchParams(context.querystring));
        if (found === undefined) return { body: '{"error":"no such inbox"}', type: 'application/json' };
        return { body: JSON.stringify(found), type: 'application/json' };
      }
      return undefined;
    },
  };
}

import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import { randomBytes, randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { loadConfig, mailConfigured, type InboxConfig } from './config.js';
import { FormRegistry } from './forms.js';
import { GroupCommitter } from './group-commit.js';
import { clientAddress, fastifyTrustProxy } from './http/client-address.js';
import { publicRoutes } from './http/public.js';
import { createLogger, hashAddress, type Logger } from './log.js';
import { mailNotifier, type MailTransport } from './mail.js';
import { allNotifiers, safeNotifier, type Notifier } from './notify.js';
import { RateLimiter } from './rate-limit.js';
import { startRetention } from './retention.js';
import { hashPassword } from './staff/auth.js';
import { staffPages } from './staff/plugin.js';
import { openStore, type Role, type Store, type StoredResult, type SubmissionRecord } from './store/index.js';
import { SubmissionReceiver } from './submissions.js';

/** The documented demo accounts (INBOX_DEMO=1): one per role, one password. */
export const DEMO_PASSWORD = 'demo-password-2561';
export const DEMO_ACCOUNTS: { username: string; role: Role; displayName: string; position?: string }[] = [
  { username: 'demo-admin', role: 'admin', displayName: 'ผู้ดูแลระบบ (สาธิต)' },
  {
    username: 'demo-reporter',
    role: 'reporter',
    displayName: 'นางสาวสมใจ ใจดี',
    position: 'นักประชาสัมพันธ์ชำนาญการ',
  },
  {
    username: 'demo-approver',
    role: 'approver',
    displayName: 'นายสมชาย รักษ์งาน',
    position: 'หัวหน้าสำนักงานจังหวัดสิงห์บุรี',
  },
  { username: 'demo-publisher', role: 'publisher', displayName: 'นางสมศรี เผยแพร่' },
  {
    username: 'demo-uploader',
    role: 'uploader',
    displayName: 'นายธนากร ใจซื่อ',
    position: 'นักวิชาการคอมพิวเตอร์ชำนาญการ',
  },
  {
    username: 'demo-screener',
    role: 'screener',
    displayName: 'นายวิทยา ครองธรรม',
    position: 'ผู้บริหารเทคโนโลยีสารสนเทศระดับสูงของจังหวัด (CIO จังหวัด)',
  },
];

export interface Inbox {
  config: InboxConfig;
  store: Store;
  forms: FormRegistry;
  committer: GroupCommitter<SubmissionRecord, StoredResult>;
  server: Server;
  app: FastifyInstance;
  start(): Promise<{ url: string; port: number }>;
  close(): Promise<void>;
}

export interface InboxOptions {
  config?: Partial<InboxConfig>;
  env?: NodeJS.ProcessEnv;
  configFile?: string;
  logger?: Logger;
  /** Called when an item waits for someone and when an answer is published (default: nothing). */
  notify?: Partial<Notifier>;
  /** Sends the notification e-mails instead of the `smtp` server (tests). */
  mailTransport?: MailTransport;
}

/**
 * Builds the inbox: configuration, database (migrated), forms, the HTTP server (Fastify).
 * `start()` listens; `close()` stops taking requests, lets the last batch commit, closes
 * the database.
 */
export async function createInbox({
  config: overrides = {},
  env = process.env,
  configFile,
  logger,
  notify,
  mailTransport,
}: InboxOptions = {}): Promise<Inbox> {
  const config = loadConfig({ env, file: configFile, overrides });
  const log = logger ?? createLogger({ level: config.logLevel });
  const secret = config.secret ?? randomBytes(32).toString('base64url');

  const store = await openStore(config);
  if (store.kind === 'postgres' && (await store.setting('synchronous_commit')) === 'off') {
    log.warn(
      'synchronous_commit is off: a 201 may be lost in a crash; turn it on for the durability the contract promises',
    );
  }
  if (config.demo) await seedDemo(store, config, log);
  else if ((await store.countStaff()) === 0) {
    log.info('no staff accounts yet: create one with `govkit-inbox add-user <username> --role admin`');
  }

  const forms = await FormRegistry.load(config.formsDir, log);
  const committer = new GroupCommitter<SubmissionRecord, StoredResult>((records) => store.insertSubmissions(records), {
    maxBatch: config.maxBatch,
    maxInFlight: store.kind === 'sqlite' ? 1 : Math.max(1, Math.floor(config.poolSize / 2)),
  });
  const receiver = new SubmissionReceiver({ forms, committer, store, config, logger: log });
  const submitLimiter = new RateLimiter(config.rateLimit.submissions);
  const retention = startRetention({ store, forms, config, logger: log });
  const sweeper = setInterval(() => {
    submitLimiter.sweep();
    store.deleteExpiredSessions(new Date().toISOString()).catch(() => {});
  }, 60_000);
  sweeper.unref();

  let server: Server | undefined;
  const app = Fastify<Server>({
    logger: false,
    trustProxy: fastifyTrustProxy(config.trustProxy),
    bodyLimit: config.maxBodyBytes,
    routerOptions: { maxParamLength: 1024 },
    return503OnClosing: true,
    serverFactory: (handler) => {
      server = createServer(
        {
          maxHeaderSize: config.maxHeaderBytes,
          requestTimeout: 30_000,
          headersTimeout: 10_000,
          keepAliveTimeout: 5_000,
        },
        handler,
      );
      return server;
    },
    clientErrorHandler: (error: NodeJS.ErrnoException, socket: Socket) => {
      if (socket.writable && !socket.destroyed) {
        const status = error.code === 'HPE_HEADER_OVERFLOW' ? '431 Request Header Fields Too Large' : '400 Bad Request';
        socket.end(`HTTP/1.1 ${status}\r\nconnection: close\r\ncontent-length: 0\r\n\r\n`);
      } else socket.destroy();
    },
  });
  // The address hash is made when something reads it (a log line, the staff pages), not
  // for every submission: an HMAC per request is measurable at 2,000 requests a second.
  app.decorateRequest('ipHash', {
    getter(this: FastifyRequest) {
      return hashAddress(secret, clientAddress(this));
    },
  });
  // One access-log line a request, only when info lines are kept (the fields cost CPU too).
  if (log.enabled?.('info') ?? true) {
    app.addHook('onResponse', (request, reply, done) => {
      const state = request.publicState;
      const name = request.routeOptions.config?.name ?? (request.url.startsWith('/staff') ? '/staff' : '(unknown)');
      log.info('request', {
        method: request.method,
        route: name,
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime * 1000) / 1000,
        ip: request.ipHash,
        ...(state?.formId ? { formId: state.formId } : {}),
        ...(state?.outcome ? { outcome: state.outcome } : {}),
      });
      done();
    });
  }
  app.decorate('inboxLog', log);

  await publicRoutes(app, { config, store, forms, receiver, submitLimiter });
  let listening: string | undefined;
  // E-mail when a mail server is configured, beside any hook the integrator passed.
  const mail =
    mailConfigured(config) || mailTransport
      ? mailNotifier({
          config,
          store,
          logger: log,
          baseUrl: () => config.publicUrl ?? listening,
          transport: mailTransport,
        })
      : undefined;
  const notifier = safeNotifier(allNotifiers(notify, mail), log);
  await app.register(staffPages, { prefix: '/staff', store, forms, config, logger: log, secret, notify: notifier });
  await app.ready();

  let closing: Promise<void> | undefined;
  return {
    config,
    store,
    forms,
    committer,
    server: server!,
    app,
    async start() {
      const address = await app
        .listen({ port: config.port, host: config.host })
        .then(() => app.server.address() as AddressInfo);
      const url = `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`;
      listening = url;
      log.info('inbox listening', {
        url,
        database: store.kind,
        ...(store.kind === 'sqlite' ? { file: config.dbPath } : {}),
        origins: config.origins,
        demo: config.demo,
        mail: mailConfigured(config),
      });
      return { url, port: address.port };
    },
    close() {
      closing ??= (async () => {
        clearInterval(sweeper);
        retention.stop();
        const force = setTimeout(() => app.server.closeAllConnections?.(), 5_000);
        force.unref();
        app.server.closeIdleConnections?.();
        await app.close();
        await committer.drain();
        await retention.idle();
        await store.close();
        clearTimeout(force);
      })();
      return closing;
    },
  };
}

declare module 'fastify' {
  interface FastifyRequest {
    /** A keyed hash of the client's address (see log.ts), made when read. */
    readonly ipHash: string;
  }
  interface FastifyInstance {
    inboxLog: Logger;
  }
}

/** The demo accounts, created once (existing ones are left as they are). */
async function seedDemo(store: Store, config: InboxConfig, log: Logger): Promise<void> {
  const at = new Date().toISOString();
  for (const account of DEMO_ACCOUNTS) {
    if (await store.staffByUsername(account.username)) continue;
    await store.createStaff(
      { id: randomUUID(), ...account, passwordHash: await hashPassword(DEMO_PASSWORD, config.scryptCost), at },
      {
        id: randomUUID(),
        at,
        actor: '(system)',
        action: 'account.create',
        target: account.username,
        detail: { role: account.role, demo: true },
      },
    );
  }
  log.warn(
    `demo accounts are on (INBOX_DEMO=1): ${DEMO_ACCOUNTS.map((a) => a.username).join(', ')}; never use with real data`,
  );
}

import { existsSync, readFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageDir = fileURLToPath(new URL('..', import.meta.url));

export interface RateLimit {
  perMinute: number;
  burst: number;
}

/** The mail server notifications go through (nodemailer's SMTP transport). Mail is off unless `url` or `host` is set. */
export interface SmtpSettings {
  /** `smtp://user:pass@host:587` or `smtps://…:465`; wins over host/port/user/pass. */
  url?: string;
  host?: string;
  port?: number;
  /** TLS from the start (port 465); otherwise STARTTLS when the server offers it. */
  secure?: boolean;
  user?: string;
  pass?: string;
  /** The sender: `"สำนักงานจังหวัดสิงห์บุรี" <no-reply@singburi.go.th>`. Needed when mail is on. */
  from?: string;
  /** How long to wait for the server to connect, greet or answer before giving up. */
  timeoutMs: number;
  /**
   * After a failure the mail server may recover from (no answer, or a 4xx reply), the waits
   * before each next try; a 5xx reply (the address refused) is never tried again.
   */
  retryDelaysMs: number[];
}

export interface InboxConfig {
  port: number;
  host: string;
  /** PostgreSQL when set; SQLite otherwise. */
  databaseUrl?: string;
  /** PostgreSQL schema (search_path); tests use one each. */
  databaseSchema?: string;
  /** PostgreSQL connections. */
  poolSize: number;
  /** SQLite file. */
  dbPath: string;
  /** Folder of form definitions (*.json). */
  formsDir: string;
  /** Origins allowed by CORS to submit. */
  origins: string[];
  maxBodyBytes: number;
  maxHeaderBytes: number;
  /** Deepest nesting of a submission's JSON. */
  maxDepth: number;
  rateLimit: { submissions: RateLimit; signIn: RateLimit };
  /**
   * Which proxies stand in front: `false` none (the socket's address is the client's);
   * a number of hops, or the proxies' addresses/CIDR ranges. The client is the right-most
   * address in X-Forwarded-For that is not a trusted proxy (`true` means one hop).
   */
  trustProxy: boolean | number | string[];
  /** Seed the demo accounts. */
  demo: boolean;
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  /** Absolute lifetime of a staff session. */
  sessionHours: number;
  sessionIdleMinutes: number;
  secureCookies: 'auto' | boolean;
  /** The kit's CDN folder, served at /govkit/. */
  kitDir: string;
  agencyName: { th: string; en: string };
  /**
   * The rest of the agency's block in `/content/govkit.json` (province, website, kind…), when
   * no `govkit.json` was imported.
   */
  agency: Record<string, unknown>;
  /** The inbox's public address, for links in the Atom feed and in notification e-mails. */
  publicUrl?: string;
  /** E-mail notifications (issue 12, item 6); off unless a server is named. */
  smtp: SmtpSettings;
  /** The agency page with the Q&A board (`gov-qa-board`), linked from the mail that tells an asker the answer is out. */
  qaPageUrl?: string;
  /** Keys the sign-in form token and the hashes of addresses in logs. */
  secret?: string;
  /** Submissions per group commit. */
  maxBatch: number;
  /** log2 of scrypt's N (OWASP: 2^17). */
  scryptCost: number;
  /** Wrong passwords in a row before an account is locked, then for twice as long each time. */
  signInBackoff: { threshold: number; baseMs: number; maxMs: number };
  /** Days a form's submissions are kept before the retention sweep erases them (beside a form's own `retentionDays`). */
  retentionDays: Record<string, number>;
}

/** The repository root when run from inside the GovKit TH repo (a package.json with workspaces). */
export function findRepoRoot(from = process.cwd()): string | undefined {
  let dir = resolve(from);
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      try {
        if (JSON.parse(readFileSync(manifest, 'utf8')).workspaces) return dir;
      } catch {
        // not JSON: keep looking
      }
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

export function defaults(cwd = process.cwd()): InboxConfig {
  const root = findRepoRoot(cwd) ?? cwd;
  return {
    port: 8081,
    host: '127.0.0.1',
    databaseUrl: undefined,
    databaseSchema: undefined,
    poolSize: 10,
    dbPath: join(root, '.data', 'inbox.sqlite'),
    formsDir: join(root, 'apps', 'demo-agency', 'data', 'forms'),
    origins: ['http://localhost:8080'],
    maxBodyBytes: 256 * 1024,
    maxHeaderBytes: 16 * 1024,
    maxDepth: 32,
    rateLimit: { submissions: { perMinute: 60, burst: 30 }, signIn: { perMinute: 5, burst: 10 } },
    trustProxy: false,
    demo: false,
    logLevel: 'info',
    sessionHours: 8,
    sessionIdleMinutes: 60,
    secureCookies: 'auto',
    kitDir: join(packageDir, '..', 'components', 'dist', 'cdn'),
    agencyName: { th: 'หน่วยงาน', en: 'Agency' },
    agency: {},
    publicUrl: undefined,
    smtp: { timeoutMs: 10_000, retryDelaysMs: [60_000, 600_000, 3_600_000] },
    qaPageUrl: undefined,
    secret: undefined,
    maxBatch: 512,
    scryptCost: 17,
    signInBackoff: { threshold: 5, baseMs: 60_000, maxMs: 3_600_000 },
    retentionDays: {},
  };
}

const ENV: Record<string, [keyof InboxConfig, (value: string) => unknown]> = {
  INBOX_PORT: ['port', Number],
  INBOX_HOST: ['host', String],
  DATABASE_URL: ['databaseUrl', String],
  INBOX_DB_SCHEMA: ['databaseSchema', String],
  INBOX_DB: ['dbPath', (v) => resolve(v)],
  INBOX_FORMS_DIR: ['formsDir', (v) => resolve(v)],
  INBOX_ORIGINS: ['origins', list],
  INBOX_MAX_BODY: ['maxBodyBytes', Number],
  INBOX_TRUST_PROXY: ['trustProxy', proxies],
  INBOX_AGENCY_TH: ['agencyName', (v) => ({ th: v })],
  INBOX_AGENCY_EN: ['agencyName', (v) => ({ en: v })],
  INBOX_DEMO: ['demo', flag],
  INBOX_LOG_LEVEL: ['logLevel', String],
  INBOX_SECRET: ['secret', String],
  INBOX_PUBLIC_URL: ['publicUrl', String],
  INBOX_QA_PAGE_URL: ['qaPageUrl', String],
  INBOX_SMTP_URL: ['smtp', (v) => ({ url: v })],
  INBOX_SMTP_HOST: ['smtp', (v) => ({ host: v })],
  INBOX_SMTP_PORT: ['smtp', (v) => ({ port: Number(v) })],
  INBOX_SMTP_SECURE: ['smtp', (v) => ({ secure: flag(v) })],
  INBOX_SMTP_USER: ['smtp', (v) => ({ user: v })],
  INBOX_SMTP_PASS: ['smtp', (v) => ({ pass: v })],
  INBOX_SMTP_FROM: ['smtp', (v) => ({ from: v })],
  INBOX_SMTP_TIMEOUT_MS: ['smtp', (v) => ({ timeoutMs: Number(v) })],
  INBOX_SMTP_RETRY_MS: ['smtp', (v) => ({ retryDelaysMs: v === 'none' ? [] : v.split(',').map(Number) })],
};

/** Whether e-mail notifications are on: a mail server is named. */
export function mailConfigured(config: Pick<InboxConfig, 'smtp'>): boolean {
  return Boolean(config.smtp.url || config.smtp.host);
}

/**
 * Configuration, later sources winning: defaults, the JSON file (`--config` or
 * `INBOX_CONFIG`; its relative paths are relative to the file), the environment, then
 * `overrides` (command-line flags, or a test's settings).
 */
export function loadConfig({
  env = process.env,
  file,
  overrides = {},
  cwd = process.cwd(),
}: { env?: NodeJS.ProcessEnv; file?: string; overrides?: Partial<InboxConfig>; cwd?: string } = {}): InboxConfig {
  const config = defaults(cwd);
  const path = file ?? env.INBOX_CONFIG;
  if (path) {
    const absolute = resolve(cwd, path);
    const fromFile = JSON.parse(readFileSync(absolute, 'utf8'));
    for (const key of ['dbPath', 'formsDir', 'kitDir']) {
      if (typeof fromFile[key] === 'string' && !isAbsolute(fromFile[key]))
        fromFile[key] = resolve(dirname(absolute), fromFile[key]);
    }
    merge(config, fromFile);
  }
  for (const [name, [key, parse]] of Object.entries(ENV)) {
    const value = env[name];
    if (value !== undefined && value !== '') merge(config, { [key]: parse(value) });
  }
  if (env.INBOX_RATE_LIMIT !== undefined && env.INBOX_RATE_LIMIT !== '') {
    const perMinute = Number(env.INBOX_RATE_LIMIT);
    config.rateLimit = {
      ...config.rateLimit,
      submissions: { perMinute, burst: Math.max(1, Math.ceil(perMinute / 2)) },
    };
  }
  merge(config, overrides);
  check(config);
  return config;
}

function merge<T extends object>(target: T, source: object): T {
  const into = target as Record<string, unknown>;
  for (const [key, value] of Object.entries(source)) {
    if (value === undefined) continue;
    const current = into[key];
    if (
      value &&
      typeof value === 'object' &&
      !Array.isArray(value) &&
      current &&
      typeof current === 'object' &&
      !Array.isArray(current)
    ) {
      into[key] = merge({ ...current }, value);
    } else into[key] = value;
  }
  return target;
}

function check(config: InboxConfig): void {
  const problems: string[] = [];
  if (!Number.isInteger(config.port) || config.port < 0 || config.port > 65535) problems.push('port must be 0–65535');
  if (!Number.isInteger(config.maxBodyBytes) || config.maxBodyBytes < 1024)
    problems.push('maxBodyBytes must be at least 1024');
  if (config.databaseSchema && !/^[a-z_][a-z0-9_]{0,62}$/.test(config.databaseSchema))
    problems.push('databaseSchema must be a plain lower-case name');
  if (!['debug', 'info', 'warn', 'error', 'silent'].includes(config.logLevel))
    problems.push('logLevel must be debug, info, warn, error or silent');
  if (!Array.isArray(config.origins)) problems.push('origins must be a list');
  for (const origin of config.origins ?? []) {
    if (origin !== '*' && !/^https?:\/\/[^/\s]+$/.test(origin))
      problems.push(`origin ${origin} must look like https://www.example.go.th (no path)`);
  }
  for (const [name, limit] of Object.entries(config.rateLimit) as [string, RateLimit][]) {
    if (!(limit.perMinute >= 0) || !(limit.burst >= 1))
      problems.push(`rateLimit.${name} needs perMinute ≥ 0 and burst ≥ 1`);
  }
  if (Array.isArray(config.trustProxy) && config.trustProxy.some((entry) => !isIP(entry.split('/')[0]))) {
    problems.push("trustProxy must list the proxies' IP addresses (or CIDR ranges)");
  }
  for (const [form, days] of Object.entries(config.retentionDays)) {
    if (!(Number.isFinite(days) && days > 0)) problems.push(`retentionDays.${form} must be a number of days above 0`);
  }
  problems.push(...smtpProblems(config));
  if (problems.length) throw new Error(`Configuration: ${problems.join('; ')}`);
}

function smtpProblems(config: InboxConfig): string[] {
  const { smtp } = config;
  const problems: string[] = [];
  if (smtp.url && !/^smtps?:\/\/[^\s/]+/.test(smtp.url)) problems.push('smtp.url must look like smtp://host:587');
  if (smtp.port !== undefined && !(Number.isInteger(smtp.port) && smtp.port > 0 && smtp.port <= 65535))
    problems.push('smtp.port must be 1–65535');
  if (!(Number.isFinite(smtp.timeoutMs) && smtp.timeoutMs > 0)) problems.push('smtp.timeoutMs must be above 0');
  if (!(Array.isArray(smtp.retryDelaysMs) && smtp.retryDelaysMs.every((ms) => Number.isFinite(ms) && ms >= 0)))
    problems.push('smtp.retryDelaysMs must be a list of waits in milliseconds (INBOX_SMTP_RETRY_MS=60000,600000)');
  if (mailConfigured(config) && !smtp.from) problems.push('smtp.from (the sender address) is needed when mail is on');
  for (const key of ['publicUrl', 'qaPageUrl'] as const) {
    const value = config[key];
    if (value !== undefined && !/^https?:\/\/[^\s]+$/.test(value)) problems.push(`${key} must be an http(s) address`);
  }
  return problems;
}

/** `1`/`true` (one proxy), a hop count, or a comma-separated list of proxy addresses. */
function proxies(value: string): boolean | number | string[] {
  if (/^\d+$/.test(value)) return Number(value);
  if (['0', 'false', 'no', 'off'].includes(value.toLowerCase())) return false;
  if (flag(value)) return true;
  return list(value);
}

function list(value: string): string[] {
  return value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

function flag(value: string): boolean {
  return ['1', 'true', 'yes', 'on'].includes(value.toLowerCase());
}

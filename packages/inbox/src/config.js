import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageDir = fileURLToPath(new URL('..', import.meta.url));

/**
 * @typedef {object} InboxConfig
 * @property {number} port
 * @property {string} host
 * @property {string} [databaseUrl] PostgreSQL when set; SQLite otherwise
 * @property {string} [databaseSchema] PostgreSQL schema (search_path); tests use one each
 * @property {number} poolSize PostgreSQL connections
 * @property {string} dbPath SQLite file
 * @property {string} formsDir folder of form definitions (*.json)
 * @property {string[]} origins origins allowed by CORS to submit
 * @property {number} maxBodyBytes
 * @property {number} maxHeaderBytes
 * @property {number} maxDepth deepest nesting of a submission's JSON
 * @property {{ submissions: RateLimit, signIn: RateLimit }} rateLimit
 * @property {boolean} trustProxy take the client address from X-Forwarded-For
 * @property {boolean} demo seed the demo accounts
 * @property {'debug'|'info'|'warn'|'error'|'silent'} logLevel
 * @property {number} sessionHours absolute lifetime of a staff session
 * @property {number} sessionIdleMinutes
 * @property {'auto'|boolean} secureCookies
 * @property {string} kitDir the kit's CDN folder, served at /govkit/
 * @property {{ th: string, en: string }} agencyName
 * @property {string} [publicUrl] the inbox's public address, for links in the Atom feed
 * @property {string} [secret] keys the sign-in form token and the hashes of addresses in logs
 * @property {number} maxBatch submissions per group commit
 * @property {number} scryptCost log2 of scrypt's N
 * @typedef {{ perMinute: number, burst: number }} RateLimit
 */

/** The repository root when run from inside the GovKit TH repo (a package.json with workspaces). */
export function findRepoRoot(from = process.cwd()) {
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

/** @returns {InboxConfig} */
export function defaults(cwd = process.cwd()) {
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
    publicUrl: undefined,
    secret: undefined,
    maxBatch: 512,
    scryptCost: 15,
  };
}

/** @type {Record<string, [string, (value: string) => unknown]>} */
const ENV = {
  INBOX_PORT: ['port', Number],
  INBOX_HOST: ['host', String],
  DATABASE_URL: ['databaseUrl', String],
  INBOX_DB_SCHEMA: ['databaseSchema', String],
  INBOX_DB: ['dbPath', (v) => resolve(v)],
  INBOX_FORMS_DIR: ['formsDir', (v) => resolve(v)],
  INBOX_ORIGINS: ['origins', list],
  INBOX_MAX_BODY: ['maxBodyBytes', Number],
  INBOX_TRUST_PROXY: ['trustProxy', flag],
  INBOX_DEMO: ['demo', flag],
  INBOX_LOG_LEVEL: ['logLevel', String],
  INBOX_SECRET: ['secret', String],
  INBOX_PUBLIC_URL: ['publicUrl', String],
};

/**
 * Configuration, later sources winning: defaults, the JSON file (`--config` or
 * `INBOX_CONFIG`; its relative paths are relative to the file), the environment, then
 * `overrides` (command-line flags, or a test's settings).
 * @param {{ env?: NodeJS.ProcessEnv, file?: string, overrides?: Partial<InboxConfig>, cwd?: string }} [options]
 * @returns {InboxConfig}
 */
export function loadConfig({ env = process.env, file, overrides = {}, cwd = process.cwd() } = {}) {
  const config = defaults(cwd);
  const path = file ?? env.INBOX_CONFIG;
  if (path) {
    const absolute = resolve(cwd, path);
    const fromFile = JSON.parse(readFileSync(absolute, 'utf8'));
    for (const key of ['dbPath', 'formsDir', 'kitDir']) {
      if (typeof fromFile[key] === 'string' && !isAbsolute(fromFile[key])) fromFile[key] = resolve(dirname(absolute), fromFile[key]);
    }
    merge(config, fromFile);
  }
  for (const [name, [key, parse]] of Object.entries(ENV)) {
    if (env[name] !== undefined && env[name] !== '') config[key] = parse(env[name]);
  }
  if (env.INBOX_RATE_LIMIT !== undefined && env.INBOX_RATE_LIMIT !== '') {
    const perMinute = Number(env.INBOX_RATE_LIMIT);
    config.rateLimit = { ...config.rateLimit, submissions: { perMinute, burst: Math.max(1, Math.ceil(perMinute / 2)) } };
  }
  merge(config, overrides);
  check(config);
  return config;
}

function merge(target, source) {
  for (const [key, value] of Object.entries(source)) {
    if (value === undefined) continue;
    if (value && typeof value === 'object' && !Array.isArray(value) && target[key] && typeof target[key] === 'object') {
      target[key] = merge({ ...target[key] }, value);
    } else target[key] = value;
  }
  return target;
}

function check(config) {
  const problems = [];
  if (!Number.isInteger(config.port) || config.port < 0 || config.port > 65535) problems.push('port must be 0–65535');
  if (!Number.isInteger(config.maxBodyBytes) || config.maxBodyBytes < 1024) problems.push('maxBodyBytes must be at least 1024');
  if (config.databaseSchema && !/^[a-z_][a-z0-9_]{0,62}$/.test(config.databaseSchema)) problems.push('databaseSchema must be a plain lower-case name');
  if (!['debug', 'info', 'warn', 'error', 'silent'].includes(config.logLevel)) problems.push('logLevel must be debug, info, warn, error or silent');
  if (!Array.isArray(config.origins)) problems.push('origins must be a list');
  for (const origin of config.origins ?? []) {
    if (origin !== '*' && !/^https?:\/\/[^/\s]+$/.test(origin)) problems.push(`origin ${origin} must look like https://www.example.go.th (no path)`);
  }
  for (const [name, limit] of Object.entries(config.rateLimit)) {
    if (!(limit.perMinute >= 0) || !(limit.burst >= 1)) problems.push(`rateLimit.${name} needs perMinute ≥ 0 and burst ≥ 1`);
  }
  if (problems.length) throw new Error(`Configuration: ${problems.join('; ')}`);
}

function list(value) {
  return value.split(',').map((item) => item.trim()).filter(Boolean);
}

function flag(value) {
  return ['1', 'true', 'yes', 'on'].includes(value.toLowerCase());
}

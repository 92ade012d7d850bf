/**
 * Shared by the tests (kept outside test/ so `node --test test/` does not run it as a
 * test file). Every test file runs its cases once per database: SQLite always,
 * PostgreSQL too when DATABASE_URL is set, each test server in its own SQLite file or
 * PostgreSQL schema.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { createInbox } from '../dist/server.js';

export const formsDir = fileURLToPath(new URL('../test/fixtures/forms/', import.meta.url));

/** @returns {('sqlite'|'postgres')[]} */
export function databases() {
  return process.env.DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite'];
}

/** A place for one test server's data: a temp SQLite file, or a fresh PostgreSQL schema. */
export async function databaseFor(db) {
  const dir = mkdtempSync(join(tmpdir(), 'govkit-inbox-test-'));
  if (db === 'sqlite') {
    return {
      config: { dbPath: join(dir, 'inbox.sqlite') },
      dir,
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const schema = `t_${randomUUID().replaceAll('-', '').slice(0, 20)}`;
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  await client.query(`CREATE SCHEMA ${schema}`);
  await client.end();
  return {
    config: { databaseUrl: process.env.DATABASE_URL, databaseSchema: schema, poolSize: 6 },
    dir,
    drop: async () => {
      const dropper = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await dropper.connect();
      await dropper.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await dropper.end();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** An inbox on a free port with the test forms, quiet logs, fast scrypt and no rate limit unless asked. */
export async function startInbox(db, overrides = {}, options = {}) {
  const database = await databaseFor(db);
  const inbox = await createInbox({
    ...options,
    env: {},
    config: {
      port: 0,
      formsDir,
      logLevel: 'silent',
      scryptCost: 12,
      rateLimit: { submissions: { perMinute: 0, burst: 1 }, signIn: { perMinute: 600, burst: 100 } },
      ...database.config,
      ...overrides,
    },
  });
  const { url } = await inbox.start();
  return {
    url,
    inbox,
    store: inbox.store,
    database,
    async close() {
      await inbox.close();
      await database.drop();
    },
  };
}

export function envelope(formId, data, extra = {}) {
  return { formId, formVersion: '2', submittedAt: '2025-11-26T09:30:00+07:00', data, ...extra };
}

export const validRequest = {
  fullName: 'นางสาวสมหญิง ใจงาม',
  nationalId: '1103700012345',
  email: 'somying@example.go.th',
  subject: 'ขอสำเนาประกาศจังหวัด',
  detail: 'ขอสำเนาประกาศจังหวัดสิงห์บุรี เรื่องการใช้ที่สาธารณะ',
  deliveryMethod: 'email',
  consent: true,
};

/**
 * An OIA request (Official Information Act section 11) for the demo agency's form
 * `oia-request`, version 2026-1 (apps/demo-agency/data/forms): every kind of answer filled
 * in (an address, a group of documents, several choices, an e-mail for the reply).
 */
export const oiaRequest = {
  fullName: 'นางสาวสมหญิง ใจงาม',
  nationalId: '1103700012345',
  address: {
    line: '99/1 หมู่ 3 ถนนวิไลจิตต์',
    subdistrict: 'บางพุทรา',
    district: 'เมืองสิงห์บุรี',
    province: 'สิงห์บุรี',
    postcode: '16000',
  },
  phone: '0812345678',
  information: 'รายงานผลการจัดซื้อจัดจ้างโครงการซ่อมถนน ปีงบประมาณ 2567',
  documents: [
    { title: 'ประกาศผู้ชนะการเสนอราคา', reference: 'สห 0023/2567', date: '2024-03-15' },
    { title: 'สัญญาจ้าง', reference: '12/2567' },
  ],
  copyFormat: ['inspect', 'pdf'],
  receive: 'email',
  email: 'somying@example.go.th',
};

/** Sends answers to the demo OIA form `oia-request` 2026-1. */
export function sendOiaRequest(url, data = oiaRequest) {
  return post(url, '/forms/oia-request/submissions', envelope('oia-request', data, { formVersion: '2026-1' }));
}

/**
 * POSTs JSON to the inbox.
 * @returns {Promise<{ status: number, body: any, headers: Headers }>}
 */
export async function post(url, path, body, { key = randomUUID(), headers = {} } = {}) {
  const response = await fetch(url + path, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(key === null ? {} : { 'idempotency-key': key }),
      ...headers,
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = text;
  }
  return { status: response.status, body: parsed, headers: response.headers };
}

/** A browser-like staff session: cookies kept, CSRF token taken from the pages. */
export class StaffClient {
  constructor(url) {
    this.url = url;
    /** @type {Map<string, string>} */
    this.cookies = new Map();
    this.csrf = '';
  }

  keep(response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const index = pair.indexOf('=');
      const name = pair.slice(0, index);
      const value = pair.slice(index + 1);
      if (value === '' || /max-age=0/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  cookieHeader() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  async get(path, headers = {}) {
    const response = await fetch(this.url + path, {
      headers: { cookie: this.cookieHeader(), ...headers },
      redirect: 'manual',
    });
    this.keep(response);
    const text = await response.text();
    const token = /name="_csrf" value="([^"]+)"/.exec(text)?.[1];
    if (token) this.csrf = token;
    return { status: response.status, text, headers: response.headers };
  }

  /** Posts a form; `_csrf` is added from the last page unless `fields` sets it. */
  async post(path, fields = {}, headers = {}) {
    const body = new URLSearchParams({ _csrf: this.csrf, ...fields });
    const response = await fetch(this.url + path, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: this.cookieHeader(), ...headers },
      body,
      redirect: 'manual',
    });
    this.keep(response);
    const text = await response.text();
    return { status: response.status, text, headers: response.headers };
  }

  async signIn(username, password) {
    await this.get('/staff/sign-in');
    const result = await this.post('/staff/sign-in', { username, password });
    if (result.status === 303) await this.get('/staff/password');
    return result;
  }
}

/** Adds a staff account straight through the store (the UI path is tested on its own). */
export async function addStaff(store, username, role, password = 'correct-horse-2561', position = undefined) {
  const { hashPassword } = await import('../dist/staff/auth.js');
  const at = new Date().toISOString();
  await store.createStaff({
    id: randomUUID(),
    username,
    displayName: `${username} ทดสอบ`,
    role,
    passwordHash: await hashPassword(password, 12),
    at,
    position,
  });
  return password;
}

/**
 * Stores records straight through the store (old data, a question without consent) and
 * writes onto each the uuid and receipt the store gave it (found back by its receipt).
 */
export async function insertRecords(store, records) {
  const results = await store.insertSubmissions(records);
  for (const [i, result] of results.entries()) {
    if (result.status !== 'created') continue;
    Object.assign(records[i], { receipt: result.receipt, id: (await store.submissionByReceipt(result.receipt)).id });
  }
  return records;
}

import { createHash, createHmac, randomBytes, scrypt as scryptCallback, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';

const scrypt = /** @type {(password: string, salt: Buffer, keylen: number, options: object) => Promise<Buffer>} */ (
  promisify(scryptCallback)
);
const KEY_LENGTH = 64;

/** Staff roles (order clause 3): who drafts, who approves, who publishes; admin does all. */
export const ROLES = ['reporter', 'approver', 'publisher', 'admin'];

/** What each permission needs. Admin holds every one. */
export const PERMISSIONS = {
  'submissions.read': ['reporter', 'approver', 'admin'],
  'questions.read': ['reporter', 'approver', 'publisher', 'admin'],
  'answers.draft': ['reporter', 'admin'],
  'answers.approve': ['approver', 'admin'],
  'answers.publish': ['publisher', 'admin'],
  'audit.read': ['approver', 'admin'],
  'accounts.manage': ['admin'],
};

/** @param {{ role: string } | undefined} staff @param {keyof PERMISSIONS} permission */
export function can(staff, permission) {
  return Boolean(staff && PERMISSIONS[permission]?.includes(staff.role));
}

export const USERNAME = /^[a-z0-9][a-z0-9._-]{1,63}$/;
export const PASSWORD_MIN = 12;

/**
 * scrypt from node:crypto, run on libuv's thread pool (it does not block the event loop),
 * stored as `scrypt$<log2 N>$<r>$<p>$<salt>$<hash>` so the cost can rise later without
 * breaking old hashes.
 */
export async function hashPassword(password, cost = 15) {
  const salt = randomBytes(16);
  const N = 2 ** cost;
  const hash = await scrypt(password.normalize('NFC'), salt, KEY_LENGTH, { N, r: 8, p: 1, maxmem: 256 * N * 8 });
  return `scrypt$${cost}$8$1$${salt.toString('base64url')}$${hash.toString('base64url')}`;
}

/** Compares in constant time. Unknown accounts are checked against a dummy hash, so timing does not tell which usernames exist. */
export async function verifyPassword(password, stored) {
  const parts = String(stored ?? DUMMY_HASH).split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [, cost, r, p, salt, hash] = parts;
  const N = 2 ** Number(cost);
  const expected = Buffer.from(hash, 'base64url');
  const actual = await scrypt(String(password).normalize('NFC'), Buffer.from(salt, 'base64url'), expected.length, {
    N, r: Number(r), p: Number(p), maxmem: 256 * N * Number(r),
  });
  return actual.length === expected.length && timingSafeEqual(actual, expected) && stored !== undefined;
}

const DUMMY_HASH = `scrypt$15$8$1$${Buffer.alloc(16).toString('base64url')}$${Buffer.alloc(KEY_LENGTH).toString('base64url')}`;

export function newToken(bytes = 32) {
  return randomBytes(bytes).toString('base64url');
}

/** Sessions are stored by the SHA-256 of their token: a copy of the database opens no session. */
export function tokenHash(token) {
  return createHash('sha256').update(token).digest('base64url');
}

export function sameToken(a, b) {
  if (typeof a !== 'string' || typeof b !== 'string') return false;
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** The sign-in form's CSRF token: keyed to a pre-session cookie, before there is a session. */
export function signInToken(secret, preSession) {
  return createHmac('sha256', secret).update(`sign-in:${preSession}`).digest('base64url');
}

export function parseCookies(header) {
  /** @type {Record<string, string>} */
  const cookies = {};
  for (const part of String(header ?? '').split(';')) {
    const index = part.indexOf('=');
    if (index < 1) continue;
    const name = part.slice(0, index).trim();
    if (!(name in cookies)) cookies[name] = part.slice(index + 1).trim();
  }
  return cookies;
}

/**
 * @param {string} name @param {string} value
 * @param {{ maxAge?: number, secure: boolean, httpOnly?: boolean, path?: string }} options
 */
export function cookie(name, value, { maxAge, secure, httpOnly = true, path = '/staff' }) {
  return [
    `${name}=${value}`,
    `Path=${path}`,
    'SameSite=Strict',
    ...(httpOnly ? ['HttpOnly'] : []),
    ...(secure ? ['Secure'] : []),
    ...(maxAge !== undefined ? [`Max-Age=${maxAge}`] : []),
  ].join('; ');
}

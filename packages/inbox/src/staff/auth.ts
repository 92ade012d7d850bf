import { createHash, createHmac, randomBytes, scrypt as scryptCallback, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';

import type { Role } from '../store/index.js';

const scrypt = promisify(scryptCallback) as (
  password: string,
  salt: Buffer,
  keylen: number,
  options: object,
) => Promise<Buffer>;
const KEY_LENGTH = 64;

/**
 * Staff roles (order clause 3): who drafts (reporter), who approves (approver), who uploads
 * content (uploader, the order's ผู้อัปโหลด) or publishes answers (publisher), who screens
 * urgent items (screener, clause 4: the Governor's office or the province CIO); admin holds
 * every permission but, like everyone, takes at most one step of one item.
 */
export const ROLES: readonly Role[] = ['reporter', 'approver', 'uploader', 'screener', 'publisher', 'admin'];

/** What each permission needs. Admin holds every one. */
export const PERMISSIONS: Record<string, readonly Role[]> = {
  'submissions.read': ['reporter', 'approver', 'admin'],
  'questions.read': ['reporter', 'approver', 'publisher', 'uploader', 'admin'],
  'answers.draft': ['reporter', 'admin'],
  'answers.approve': ['approver', 'admin'],
  'answers.publish': ['publisher', 'uploader', 'admin'],
  'content.read': ['reporter', 'approver', 'uploader', 'screener', 'publisher', 'admin'],
  'content.save': ['reporter', 'admin'],
  'content.approve': ['approver', 'admin'],
  'content.screen': ['screener', 'admin'],
  'content.publish': ['uploader', 'admin'],
  'content.withdraw-request': ['reporter', 'approver', 'uploader', 'admin'],
  'audit.read': ['approver', 'admin'],
  'accounts.manage': ['admin'],
  'submissions.erase': ['admin'],
};
export type Permission = keyof typeof PERMISSIONS;

export function can(staff: { role: Role } | undefined, permission: Permission): boolean {
  return Boolean(staff && PERMISSIONS[permission]?.includes(staff.role));
}

export const USERNAME = /^[a-z0-9][a-z0-9._-]{1,63}$/;
export const PASSWORD_MIN = 12;

/**
 * scrypt from node:crypto, run on libuv's thread pool (it does not block the event loop),
 * stored as `scrypt$<log2 N>$<r>$<p>$<salt>$<hash>` so the cost can rise later without
 * breaking old hashes.
 */
export async function hashPassword(password: string, cost = 17): Promise<string> {
  const salt = randomBytes(16);
  const N = 2 ** cost;
  const hash = await scrypt(password.normalize('NFC'), salt, KEY_LENGTH, { N, r: 8, p: 1, maxmem: 256 * N * 8 });
  return `scrypt$${cost}$8$1$${salt.toString('base64url')}$${hash.toString('base64url')}`;
}

/**
 * Compares in constant time. Unknown accounts are checked against a dummy hash of the
 * configured cost, so timing does not tell which usernames exist: `cost` has no default,
 * so no caller can fall back to another cost than the configured one.
 */
export async function verifyPassword(password: string, stored: string | undefined, cost: number): Promise<boolean> {
  const parts = String(stored ?? dummyHash(cost)).split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [, storedCost, r, p, salt = '', hash = ''] = parts;
  const N = 2 ** Number(storedCost);
  const expected = Buffer.from(hash, 'base64url');
  const actual = await scrypt(String(password).normalize('NFC'), Buffer.from(salt, 'base64url'), expected.length, {
    N,
    r: Number(r),
    p: Number(p),
    maxmem: 256 * N * Number(r),
  });
  return actual.length === expected.length && timingSafeEqual(actual, expected) && stored !== undefined;
}

/** What an unknown (or locked) account is checked against: a hash of the same shape as a real one at `cost`. */
export function dummyHash(cost: number): string {
  return `scrypt$${cost}$8$1$${Buffer.alloc(16).toString('base64url')}$${Buffer.alloc(KEY_LENGTH).toString('base64url')}`;
}

export function newToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/** Sessions are stored by the SHA-256 of their token: a copy of the database opens no session. */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

export function sameToken(a: unknown, b: unknown): boolean {
  if (typeof a !== 'string' || typeof b !== 'string') return false;
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** The sign-in form's CSRF token: keyed to a pre-session cookie, before there is a session. */
export function signInToken(secret: string, preSession: string): string {
  return createHmac('sha256', secret).update(`sign-in:${preSession}`).digest('base64url');
}

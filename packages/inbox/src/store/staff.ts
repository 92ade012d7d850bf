import { insertAudit } from './audit.js';
import type { Driver, Row } from './driver.js';
import type { AuditEntry, Role, Session, Staff } from './types.js';

export interface NewStaff {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  passwordHash: string;
  at: string;
  position?: string;
  email?: string;
  lang?: 'th' | 'en';
}

export interface StaffChanges {
  displayName?: string;
  role?: Role;
  position?: string;
  /** An empty string removes the address. */
  email?: string;
  lang?: 'th' | 'en';
  active?: boolean;
  passwordHash?: string;
  at: string;
  /** The session to keep when a password change ends the others. */
  keepSession?: string;
}

export function createStaff(driver: Driver, account: NewStaff, audit?: AuditEntry): Promise<boolean> {
  return driver.transaction(async (tx) => {
    const { changes } = await tx.run(
      `INSERT INTO staff (id, username, display_name, role, password_hash, active, created_at, updated_at, position, email, lang)
       VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?) ON CONFLICT (username) DO NOTHING`,
      [
        account.id,
        account.username,
        account.displayName,
        account.role,
        account.passwordHash,
        account.at,
        account.at,
        account.position ?? null,
        account.email || null,
        account.lang ?? null,
      ],
    );
    if (changes === 1 && audit) await insertAudit(tx, audit);
    return changes === 1;
  });
}

export async function staffByUsername(driver: Driver, username: string): Promise<Staff | undefined> {
  const row = await driver.get('SELECT * FROM staff WHERE username = ?', [username]);
  return row && staffFromRow(row);
}

export async function staffById(driver: Driver, id: string): Promise<Staff | undefined> {
  const row = await driver.get('SELECT * FROM staff WHERE id = ?', [id]);
  return row && staffFromRow(row);
}

export async function listStaff(driver: Driver): Promise<Staff[]> {
  return (await driver.all('SELECT * FROM staff ORDER BY username')).map(staffFromRow);
}

export async function countStaff(driver: Driver): Promise<number> {
  return Number((await driver.get('SELECT COUNT(*) AS n FROM staff'))?.n ?? 0);
}

/**
 * Changes an account: any of displayName, role, active, passwordHash. Disabling an
 * account or changing its password ends its sessions (and a new password lifts a lockout).
 */
export function updateStaff(driver: Driver, id: string, changes: StaffChanges, audit?: AuditEntry): Promise<boolean> {
  return driver.transaction(async (tx) => {
    const sets: string[] = [];
    const params: unknown[] = [];
    for (const [field, column] of [
      ['displayName', 'display_name'],
      ['role', 'role'],
      ['position', 'position'],
      ['passwordHash', 'password_hash'],
      ['email', 'email'],
      ['lang', 'lang'],
    ] as const) {
      if (changes[field] !== undefined) {
        sets.push(`${column} = ?`);
        params.push(changes[field] === '' ? null : changes[field]);
      }
    }
    if (changes.active !== undefined) {
      sets.push('active = ?');
      params.push(changes.active ? 1 : 0);
    }
    if (changes.passwordHash !== undefined) sets.push('failed_sign_ins = 0, locked_until = NULL');
    sets.push('updated_at = ?');
    params.push(changes.at);
    const { changes: count } = await tx.run(`UPDATE staff SET ${sets.join(', ')} WHERE id = ?`, [...params, id]);
    if (count === 1 && (changes.passwordHash !== undefined || changes.active === false)) {
      await tx.run('DELETE FROM sessions WHERE staff_id = ? AND id_hash <> ?', [id, changes.keepSession ?? '']);
    }
    if (count === 1 && audit) await insertAudit(tx, audit);
    return count === 1;
  });
}

/** From `threshold` failures on, each further failure locks the account for twice as long, up to `maxMs`. */
export interface Backoff {
  threshold: number;
  baseMs: number;
  maxMs: number;
}

export function lockMs(failures: number, backoff: Backoff): number {
  if (failures < backoff.threshold) return 0;
  return Math.min(backoff.maxMs, backoff.baseMs * 2 ** Math.min(30, failures - backoff.threshold));
}

/** Counts a wrong password and locks the account per `backoff`; returns the failure count and the lock's end. */
export function recordFailedSignIn(
  driver: Driver,
  id: string,
  at: string,
  backoff: Backoff,
  audit: AuditEntry,
): Promise<{ failures: number; lockedUntil?: string }> {
  return driver.transaction(async (tx) => {
    await tx.run('UPDATE staff SET failed_sign_ins = failed_sign_ins + 1 WHERE id = ?', [id]);
    const row = await tx.get('SELECT failed_sign_ins FROM staff WHERE id = ?', [id]);
    const failures = Number(row?.failed_sign_ins ?? 0);
    const ms = lockMs(failures, backoff);
    const lockedUntil = ms > 0 ? new Date(Date.parse(at) + ms).toISOString() : undefined;
    if (lockedUntil) await tx.run('UPDATE staff SET locked_until = ? WHERE id = ?', [lockedUntil, id]);
    await insertAudit(tx, { ...audit, detail: { ...audit.detail, failures, ...(lockedUntil ? { lockedUntil } : {}) } });
    return { failures, lockedUntil };
  });
}

export async function clearFailedSignIns(driver: Driver, id: string): Promise<void> {
  await driver.run('UPDATE staff SET failed_sign_ins = 0, locked_until = NULL WHERE id = ?', [id]);
}

/** Accounts with repeated failed sign-ins since their last success: the staff-visible alert. */
export async function accountsUnderAttack(
  driver: Driver,
  threshold: number,
): Promise<{ username: string; failures: number; lockedUntil?: string }[]> {
  const rows = await driver.all(
    'SELECT username, failed_sign_ins, locked_until FROM staff WHERE failed_sign_ins >= ? ORDER BY username',
    [threshold],
  );
  return rows.map((row) => ({
    username: row.username,
    failures: Number(row.failed_sign_ins),
    lockedUntil: row.locked_until ?? undefined,
  }));
}

export async function createSession(driver: Driver, session: Session & { staffId: string }): Promise<void> {
  await driver.run(
    'INSERT INTO sessions (id_hash, staff_id, csrf_token, created_at, last_seen_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)',
    [session.idHash, session.staffId, session.csrfToken, session.createdAt, session.createdAt, session.expiresAt],
  );
}

/** The session and its account, if the session exists, has not expired and the account is active. */
export async function session(
  driver: Driver,
  idHash: string,
  now: string,
): Promise<{ session: Session; staff: Staff } | undefined> {
  const row = await driver.get(
    `SELECT se.id_hash, se.csrf_token, se.created_at AS session_created_at, se.last_seen_at, se.expires_at, st.*
     FROM sessions se JOIN staff st ON st.id = se.staff_id
     WHERE se.id_hash = ? AND se.expires_at > ? AND st.active = 1`,
    [idHash, now],
  );
  if (!row) return undefined;
  return {
    session: {
      idHash: row.id_hash,
      csrfToken: row.csrf_token,
      createdAt: row.session_created_at,
      lastSeenAt: row.last_seen_at,
      expiresAt: row.expires_at,
    },
    staff: staffFromRow(row),
  };
}

export async function touchSession(
  driver: Driver,
  idHash: string,
  lastSeenAt: string,
  expiresAt: string,
): Promise<void> {
  await driver.run('UPDATE sessions SET last_seen_at = ?, expires_at = ? WHERE id_hash = ?', [
    lastSeenAt,
    expiresAt,
    idHash,
  ]);
}

export function deleteSession(driver: Driver, idHash: string, audit?: AuditEntry): Promise<void> {
  return driver.transaction(async (tx) => {
    await tx.run('DELETE FROM sessions WHERE id_hash = ?', [idHash]);
    if (audit) await insertAudit(tx, audit);
  });
}

export async function deleteExpiredSessions(driver: Driver, now: string): Promise<number> {
  return (await driver.run('DELETE FROM sessions WHERE expires_at <= ?', [now])).changes;
}

function staffFromRow(row: Row): Staff {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    passwordHash: row.password_hash,
    active: Number(row.active) === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    failedSignIns: Number(row.failed_sign_ins ?? 0),
    ...(row.locked_until ? { lockedUntil: row.locked_until } : {}),
    ...(row.position ? { position: row.position } : {}),
    ...(row.email ? { email: row.email } : {}),
    ...(row.lang === 'en' || row.lang === 'th' ? { lang: row.lang } : {}),
  };
}

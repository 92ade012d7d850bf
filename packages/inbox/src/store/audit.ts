import type { Driver, Row } from './driver.js';
import type { AuditEntry } from './types.js';

/** The audit log: who did what, when. Written in the same transaction as the action it records. */
export async function insertAudit(driver: Driver, entry: AuditEntry): Promise<void> {
  await driver.run(
    'INSERT INTO audit_log (id, at, actor_id, actor, role, action, target, detail, ip_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    [
      entry.id,
      entry.at,
      entry.actorId ?? null,
      entry.actor,
      entry.role ?? null,
      entry.action,
      entry.target ?? null,
      entry.detail === undefined ? null : JSON.stringify(entry.detail),
      entry.ipHash ?? null,
    ],
  );
}

export interface AuditFilter {
  actor?: string;
  action?: string;
  since?: string;
  limit?: number;
  offset?: number;
}

export async function listAudit(
  driver: Driver,
  filter: AuditFilter = {},
): Promise<{ rows: AuditEntry[]; total: number }> {
  const clauses: string[] = [];
  const params: unknown[] = [];
  if (filter.actor) {
    clauses.push('actor = ?');
    params.push(filter.actor);
  }
  if (filter.action) {
    clauses.push('action = ?');
    params.push(filter.action);
  }
  if (filter.since) {
    clauses.push('at >= ?');
    params.push(filter.since);
  }
  const where = clauses.length ? `WHERE ${clauses.join(' AND ')}` : '';
  const rows = await driver.all(`SELECT * FROM audit_log ${where} ORDER BY at DESC, id DESC LIMIT ? OFFSET ?`, [
    ...params,
    filter.limit ?? 100,
    filter.offset ?? 0,
  ]);
  const count = await driver.get(`SELECT COUNT(*) AS n FROM audit_log ${where}`, params);
  return { rows: rows.map(auditFromRow), total: Number(count?.n ?? 0) };
}

function auditFromRow(row: Row): AuditEntry {
  return {
    id: row.id,
    at: row.at,
    actorId: row.actor_id ?? undefined,
    actor: row.actor,
    role: row.role ?? undefined,
    action: row.action,
    target: row.target ?? undefined,
    detail: row.detail ? JSON.parse(row.detail) : undefined,
    ipHash: row.ip_hash ?? undefined,
  };
}

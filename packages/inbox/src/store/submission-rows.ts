import type { Driver, Row } from './driver.js';
import type { PublicIds } from './public-ids.js';
import type { Submission } from './types.js';

/**
 * How a submission row is found by its public uuid and read back with it: a row stored
 * before migration 5 keeps the uuid and receipt it was given (`legacy_id`,
 * `legacy_receipt`); a newer one's are worked out from its integer key (`seq`).
 */
export function byPublicId(ids: PublicIds, id: string, table = ''): { where: string; param: unknown } {
  const key = ids.keyOf(id);
  return key === undefined
    ? { where: `${table}legacy_id = ?`, param: id }
    : { where: `${table}seq = ? AND ${table}legacy_id IS NULL`, param: key };
}

/** The integer key of a stored submission, or undefined. */
export async function keyOfPublicId(driver: Driver, ids: PublicIds, id: string): Promise<number | undefined> {
  const { where, param } = byPublicId(ids, id);
  const row = await driver.get(`SELECT seq FROM submissions WHERE ${where}`, [param]);
  return row ? Number(row.seq) : undefined;
}

/** A row's public uuid. */
export function publicId(ids: PublicIds, row: Row): string {
  return row.legacy_id ?? ids.id(Number(row.seq));
}

/** A row's receipt number. */
export function receiptOf(ids: PublicIds, row: Row): string {
  return row.legacy_receipt ?? ids.receipt(Number(row.seq), row.received_at);
}

export function submissionFromRow(ids: PublicIds, row: Row): Submission {
  return {
    id: publicId(ids, row),
    receipt: receiptOf(ids, row),
    kind: row.kind,
    formId: row.form_id,
    formVersion: row.form_version,
    schemaVersion: row.schema_version,
    submittedAt: row.submitted_at,
    receivedAt: row.received_at,
    ...(row.erased_at ? { erasedAt: row.erased_at } : {}),
    data: row.data !== undefined ? JSON.parse(row.data) : {},
  };
}

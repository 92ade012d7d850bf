import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as answers from './answers.js';
import * as audit from './audit.js';
import * as content from './content.js';
import type { Driver } from './driver.js';
import { PublicIds } from './public-ids.js';
import * as staff from './staff.js';
import * as submissions from './submissions.js';
import type { AuditEntry } from './types.js';

const migrationsDir = fileURLToPath(new URL('../../migrations/', import.meta.url));

/**
 * The numbered SQL files in `migrations/`, in order: `001_initial.sql` → version 1. A
 * version the two databases cannot share has one file each: `005_x.sqlite.sql`, `005_x.postgres.sql`.
 */
export function migrations(kind: Driver['kind'] = 'sqlite'): { version: number; name: string; sql: string }[] {
  return readdirSync(migrationsDir)
    .filter((name) => /^\d+_[\w-]+(\.(sqlite|postgres))?\.sql$/.test(name))
    .filter((name) => !/\.(sqlite|postgres)\.sql$/.test(name) || name.endsWith(`.${kind}.sql`))
    .sort()
    .map((name) => ({ version: Number.parseInt(name, 10), name, sql: readFileSync(migrationsDir + name, 'utf8') }));
}

type Rest<F> = F extends (driver: Driver, ...rest: infer A) => infer R ? (...args: A) => R : never;
type RestIds<F> = F extends (driver: Driver, ids: PublicIds, ...rest: infer A) => infer R ? (...args: A) => R : never;

/**
 * The data-access layer, one module per record type (`submissions`, `staff` with
 * sessions, `answers`, `content` (the publishing desk), `audit`) over one driver; this class binds them to it. Every
 * method is async and takes plain, cloneable values (SQLite's store lives on a writer
 * thread and is reached by message). Staff actions take an audit entry and write it in
 * the same transaction, so an action and its record stand or fall together.
 */
export class Store {
  private publicIds?: PublicIds;

  constructor(readonly driver: Driver) {}

  /** The permutation between integer keys and public uuids/receipts; loaded by `migrate`. */
  private get ids(): PublicIds {
    if (!this.publicIds) throw new Error('The store is not open: call migrate() first');
    return this.publicIds;
  }

  get kind(): 'sqlite' | 'postgres' {
    return this.driver.kind;
  }

  /** Applies the migrations not yet applied, each in its own transaction; returns their names. */
  async migrate(): Promise<string[]> {
    await this.driver.exec(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
    );
    const applied: string[] = [];
    for (const migration of migrations(this.driver.kind)) {
      const done = await this.driver.transaction(async (tx) => {
        await tx.lockForMigration();
        if (await tx.get('SELECT version FROM schema_migrations WHERE version = ?', [migration.version])) return false;
        await tx.exec(migration.sql);
        await tx.run('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', [
          migration.version,
          migration.name,
          new Date().toISOString(),
        ]);
        return true;
      });
      if (done) applied.push(migration.name);
    }
    this.publicIds = new PublicIds(await this.secret('public-ids'));
    return applied;
  }

  /** A 32-byte secret kept in the database, made on first use (the first of two racing starts wins). */
  private async secret(name: string): Promise<Buffer> {
    await this.driver.run('INSERT INTO inbox_secrets (name, value) VALUES (?, ?) ON CONFLICT (name) DO NOTHING', [
      name,
      randomBytes(32).toString('hex'),
    ]);
    const row = await this.driver.get('SELECT value FROM inbox_secrets WHERE name = ?', [name]);
    return Buffer.from(String(row?.value), 'hex');
  }

  async schemaVersion(): Promise<number> {
    return Number((await this.driver.get('SELECT MAX(version) AS version FROM schema_migrations'))?.version ?? 0);
  }

  async ping(): Promise<boolean> {
    return Number((await this.driver.get('SELECT 1 AS ok'))?.ok) === 1;
  }

  async setting(name: string): Promise<string | undefined> {
    return this.driver.setting?.(name);
  }

  /**
   * After an erasure: no copy of the erased data left in the database files. SQLite:
   * VACUUM (and the log emptied). PostgreSQL: VACUUM FULL of the table, which writes it,
   * its TOAST table and its indexes anew; a plain VACUUM only marks the old row versions
   * free, their bytes stay in the file until reused. FULL locks the table while it runs
   * (submissions wait, none is lost). The server's write-ahead log and backups keep old
   * row images until they are recycled: no SQL reaches them (README, PDPA).
   */
  async compact(): Promise<void> {
    const driver = this.driver as Driver & { compact?: () => void };
    if (driver.compact) driver.compact();
    else await this.driver.exec('VACUUM FULL submissions');
  }

  async addAudit(entry: AuditEntry): Promise<void> {
    await audit.insertAudit(this.driver, entry);
  }

  listAudit: Rest<typeof audit.listAudit> = (...args) => audit.listAudit(this.driver, ...args);

  insertSubmissions: RestIds<typeof submissions.insertSubmissions> = (...args) =>
    submissions.insertSubmissions(this.driver, this.ids, ...args);
  submissionByKey: RestIds<typeof submissions.submissionByKey> = (...args) =>
    submissions.submissionByKey(this.driver, this.ids, ...args);
  listSubmissions: RestIds<typeof submissions.listSubmissions> = (...args) =>
    submissions.listSubmissions(this.driver, this.ids, ...args);
  exportSubmissions: RestIds<typeof submissions.exportSubmissions> = (...args) =>
    submissions.exportSubmissions(this.driver, this.ids, ...args);
  submission: RestIds<typeof submissions.submission> = (...args) =>
    submissions.submission(this.driver, this.ids, ...args);
  formCounts: Rest<typeof submissions.formCounts> = () => submissions.formCounts(this.driver);
  countSubmissions: Rest<typeof submissions.countSubmissions> = () => submissions.countSubmissions(this.driver);
  submissionsMentioning: RestIds<typeof submissions.submissionsMentioning> = (...args) =>
    submissions.submissionsMentioning(this.driver, this.ids, ...args);
  eraseSubmissions: RestIds<typeof submissions.eraseSubmissions> = (...args) =>
    submissions.eraseSubmissions(this.driver, this.ids, ...args);
  expiredSubmissions: RestIds<typeof submissions.expiredSubmissions> = (...args) =>
    submissions.expiredSubmissions(this.driver, this.ids, ...args);
  submissionByReceipt: RestIds<typeof submissions.submissionByReceipt> = (...args) =>
    submissions.submissionByReceipt(this.driver, this.ids, ...args);

  createStaff: Rest<typeof staff.createStaff> = (...args) => staff.createStaff(this.driver, ...args);
  staffByUsername: Rest<typeof staff.staffByUsername> = (...args) => staff.staffByUsername(this.driver, ...args);
  staffById: Rest<typeof staff.staffById> = (...args) => staff.staffById(this.driver, ...args);
  listStaff: Rest<typeof staff.listStaff> = () => staff.listStaff(this.driver);
  countStaff: Rest<typeof staff.countStaff> = () => staff.countStaff(this.driver);
  updateStaff: Rest<typeof staff.updateStaff> = (...args) => staff.updateStaff(this.driver, ...args);
  recordFailedSignIn: Rest<typeof staff.recordFailedSignIn> = (...args) =>
    staff.recordFailedSignIn(this.driver, ...args);
  clearFailedSignIns: Rest<typeof staff.clearFailedSignIns> = (...args) =>
    staff.clearFailedSignIns(this.driver, ...args);
  accountsUnderAttack: Rest<typeof staff.accountsUnderAttack> = (...args) =>
    staff.accountsUnderAttack(this.driver, ...args);
  createSession: Rest<typeof staff.createSession> = (...args) => staff.createSession(this.driver, ...args);
  session: Rest<typeof staff.session> = (...args) => staff.session(this.driver, ...args);
  touchSession: Rest<typeof staff.touchSession> = (...args) => staff.touchSession(this.driver, ...args);
  deleteSession: Rest<typeof staff.deleteSession> = (...args) => staff.deleteSession(this.driver, ...args);
  deleteExpiredSessions: Rest<typeof staff.deleteExpiredSessions> = (...args) =>
    staff.deleteExpiredSessions(this.driver, ...args);

  listQuestions: RestIds<typeof answers.listQuestions> = (...args) =>
    answers.listQuestions(this.driver, this.ids, ...args);
  questionCounts: Rest<typeof answers.questionCounts> = () => answers.questionCounts(this.driver);
  question: RestIds<typeof answers.question> = (...args) => answers.question(this.driver, this.ids, ...args);
  saveAnswer: RestIds<typeof answers.saveAnswer> = (...args) => answers.saveAnswer(this.driver, this.ids, ...args);
  approveAnswer: RestIds<typeof answers.approveAnswer> = (...args) =>
    answers.approveAnswer(this.driver, this.ids, ...args);
  publishAnswer: RestIds<typeof answers.publishAnswer> = (...args) =>
    answers.publishAnswer(this.driver, this.ids, ...args);
  unpublishAnswer: RestIds<typeof answers.unpublishAnswer> = (...args) =>
    answers.unpublishAnswer(this.driver, this.ids, ...args);
  publishedQuestions: RestIds<typeof answers.publishedQuestions> = (...args) =>
    answers.publishedQuestions(this.driver, this.ids, ...args);

  contentItem: Rest<typeof content.contentItem> = (...args) => content.contentItem(this.driver, ...args);
  listContent: Rest<typeof content.listContent> = (...args) => content.listContent(this.driver, ...args);
  contentCounts: Rest<typeof content.contentCounts> = () => content.contentCounts(this.driver);
  saveContent: Rest<typeof content.saveContent> = (...args) => content.saveContent(this.driver, ...args);
  contentStep: Rest<typeof content.contentStep> = (...args) => content.contentStep(this.driver, ...args);
  publishedContent: Rest<typeof content.publishedContent> = (...args) => content.publishedContent(this.driver, ...args);
  contentStamps: Rest<typeof content.contentStamps> = () => content.contentStamps(this.driver);
  contentEnvelope: Rest<typeof content.contentEnvelope> = (...args) => content.contentEnvelope(this.driver, ...args);
  importContent: Rest<typeof content.importContent> = (...args) => content.importContent(this.driver, ...args);

  async close(): Promise<void> {
    await this.driver.close();
  }
}

/** The names of the store's methods: what the SQLite writer thread answers to. */
export function storeMethods(): string[] {
  const bound = Object.keys(new Store({} as Driver)).filter((name) => name !== 'driver' && name !== 'publicIds');
  const own = Object.getOwnPropertyNames(Store.prototype).filter(
    (name) => !['constructor', 'kind', 'ids', 'secret'].includes(name),
  );
  return [...own, ...bound];
}

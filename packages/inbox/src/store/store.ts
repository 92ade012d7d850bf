import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as answers from './answers.js';
import * as audit from './audit.js';
import * as content from './content.js';
import type { Driver } from './driver.js';
import * as staff from './staff.js';
import * as submissions from './submissions.js';
import type { AuditEntry, SubmissionRecord } from './types.js';

const migrationsDir = fileURLToPath(new URL('../../migrations/', import.meta.url));

/** The numbered SQL files in `migrations/`, in order: `001_initial.sql` → version 1. */
export function migrations(): { version: number; name: string; sql: string }[] {
  return readdirSync(migrationsDir)
    .filter((name) => /^\d+_[\w-]+\.sql$/.test(name))
    .sort()
    .map((name) => ({ version: Number.parseInt(name, 10), name, sql: readFileSync(migrationsDir + name, 'utf8') }));
}

type Rest<F> = F extends (driver: Driver, ...rest: infer A) => infer R ? (...args: A) => R : never;

/**
 * The data-access layer, one module per record type (`submissions`, `staff` with
 * sessions, `answers`, `content` (the publishing desk), `audit`) over one driver; this class binds them to it. Every
 * method is async and takes plain, cloneable values (SQLite's store lives on a writer
 * thread and is reached by message). Staff actions take an audit entry and write it in
 * the same transaction, so an action and its record stand or fall together.
 */
export class Store {
  constructor(readonly driver: Driver) {}

  get kind(): 'sqlite' | 'postgres' {
    return this.driver.kind;
  }

  /** Applies the migrations not yet applied, each in its own transaction; returns their names. */
  async migrate(): Promise<string[]> {
    await this.driver.exec(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
    );
    const applied: string[] = [];
    for (const migration of migrations()) {
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
    return applied;
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

  insertSubmissions: Rest<typeof submissions.insertSubmissions> = (records: SubmissionRecord[]) =>
    submissions.insertSubmissions(this.driver, records);
  submissionByKey: Rest<typeof submissions.submissionByKey> = (...args) =>
    submissions.submissionByKey(this.driver, ...args);
  listSubmissions: Rest<typeof submissions.listSubmissions> = (...args) =>
    submissions.listSubmissions(this.driver, ...args);
  exportSubmissions: Rest<typeof submissions.exportSubmissions> = (...args) =>
    submissions.exportSubmissions(this.driver, ...args);
  submission: Rest<typeof submissions.submission> = (...args) => submissions.submission(this.driver, ...args);
  formCounts: Rest<typeof submissions.formCounts> = () => submissions.formCounts(this.driver);
  countSubmissions: Rest<typeof submissions.countSubmissions> = () => submissions.countSubmissions(this.driver);
  submissionsMentioning: Rest<typeof submissions.submissionsMentioning> = (...args) =>
    submissions.submissionsMentioning(this.driver, ...args);
  eraseSubmissions: Rest<typeof submissions.eraseSubmissions> = (...args) =>
    submissions.eraseSubmissions(this.driver, ...args);
  expiredSubmissions: Rest<typeof submissions.expiredSubmissions> = (...args) =>
    submissions.expiredSubmissions(this.driver, ...args);

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

  listQuestions: Rest<typeof answers.listQuestions> = (...args) => answers.listQuestions(this.driver, ...args);
  questionCounts: Rest<typeof answers.questionCounts> = () => answers.questionCounts(this.driver);
  question: Rest<typeof answers.question> = (...args) => answers.question(this.driver, ...args);
  saveAnswer: Rest<typeof answers.saveAnswer> = (...args) => answers.saveAnswer(this.driver, ...args);
  approveAnswer: Rest<typeof answers.approveAnswer> = (...args) => answers.approveAnswer(this.driver, ...args);
  publishAnswer: Rest<typeof answers.publishAnswer> = (...args) => answers.publishAnswer(this.driver, ...args);
  unpublishAnswer: Rest<typeof answers.unpublishAnswer> = (...args) => answers.unpublishAnswer(this.driver, ...args);
  publishedQuestions: Rest<typeof answers.publishedQuestions> = (...args) =>
    answers.publishedQuestions(this.driver, ...args);

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
  const bound = Object.keys(new Store({} as Driver)).filter((name) => name !== 'driver');
  const own = Object.getOwnPropertyNames(Store.prototype).filter((name) => name !== 'constructor' && name !== 'kind');
  return [...own, ...bound];
}

import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * The SQLite driver: one better-sqlite3 connection, WAL journal, `synchronous=FULL`, so
 * a COMMIT returns only after the write-ahead log is on disk. Its calls are synchronous;
 * the store awaits them all the same, so one store serves both databases. It runs in the
 * writer worker (see `sqlite-worker.js`), never on the thread that answers HTTP.
 */
export class SqliteDriver {
  kind = 'sqlite';

  /** @param {string} path a file, or ':memory:' */
  constructor(path) {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 5000');
    // Checkpoints run on their own thread (sqlite-checkpointer.js), not inside a commit;
    // the log is cut back to 64 MB whenever it restarts.
    this.db.pragma('wal_autocheckpoint = 0');
    this.db.pragma('journal_size_limit = 67108864');
    /** @type {Map<string, import('better-sqlite3').Statement>} */
    this.statements = new Map();
    this.inTransaction = false;
  }

  statement(sql) {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      if (this.statements.size > 500) this.statements.clear();
      this.statements.set(sql, statement);
    }
    return statement;
  }

  /** @returns {any[]} */
  all(sql, params = []) {
    return this.statement(sql).all(params.map(bindable));
  }

  /** @returns {any} */
  get(sql, params = []) {
    return this.statement(sql).get(params.map(bindable));
  }

  run(sql, params = []) {
    return { changes: this.statement(sql).run(params.map(bindable)).changes };
  }

  exec(sql) {
    this.db.exec(sql);
  }

  /**
   * Runs `work` in one IMMEDIATE transaction. The worker handles one message at a time
   * and every call here completes synchronously, so nothing else can interleave.
   * @template T @param {(tx: SqliteDriver) => Promise<T>} work
   */
  async transaction(work) {
    if (this.inTransaction) return work(this);
    this.db.exec('BEGIN IMMEDIATE');
    this.inTransaction = true;
    try {
      const result = await work(this);
      this.db.exec('COMMIT');
      return result;
    } catch (error) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      throw error;
    } finally {
      this.inTransaction = false;
    }
  }

  /** SQLite's IMMEDIATE transaction already holds the only write lock. */
  async lockForMigration() {}

  close() {
    this.db.close();
  }
}

function bindable(value) {
  if (value === undefined) return null;
  if (typeof value === 'boolean') return value ? 1 : 0;
  return value;
}

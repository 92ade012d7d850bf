import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { bindable, type Driver, type Row } from './driver.js';

/**
 * The SQLite driver: one better-sqlite3 connection, WAL journal, `synchronous=FULL`, so
 * a COMMIT returns only after the write-ahead log is on disk. Its calls are synchronous;
 * the store awaits them all the same, so one store serves both databases. It runs in the
 * writer worker (see `sqlite-worker.ts`), never on the thread that answers HTTP.
 */
export class SqliteDriver implements Driver {
  readonly kind = 'sqlite' as const;
  readonly db: Database.Database;
  private readonly statements = new Map<string, Database.Statement>();
  private inTransaction = false;

  /** @param path a file, or ':memory:' */
  constructor(path: string) {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 5000');
    // Deleted personal data is overwritten, not left in free pages (PDPA erasure).
    this.db.pragma('secure_delete = ON');
    // Checkpoints run on their own thread (sqlite-checkpointer.ts), not inside a commit;
    // the log is cut back to 64 MB whenever it restarts.
    this.db.pragma('wal_autocheckpoint = 0');
    this.db.pragma('journal_size_limit = 67108864');
  }

  private statement(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      if (this.statements.size > 500) this.statements.clear();
      this.statements.set(sql, statement);
    }
    return statement;
  }

  all(sql: string, params: unknown[] = []): Row[] {
    return this.statement(sql).all(params.map(bindable)) as Row[];
  }

  get(sql: string, params: unknown[] = []): Row | undefined {
    return this.statement(sql).get(params.map(bindable)) as Row | undefined;
  }

  run(sql: string, params: unknown[] = []): { changes: number } {
    return { changes: this.statement(sql).run(params.map(bindable)).changes };
  }

  exec(sql: string): void {
    this.db.exec(sql);
  }

  /**
   * Runs `work` in one IMMEDIATE transaction. The worker handles one message at a time
   * and every call here completes synchronously, so nothing else can interleave.
   */
  async transaction<T>(work: (tx: Driver) => Promise<T>): Promise<T> {
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
  lockForMigration(): void {}

  /** Copies the log into the file and rebuilds it, so nothing deleted survives in either. */
  compact(): void {
    this.truncateLog();
    this.db.exec('VACUUM');
    this.truncateLog();
  }

  /**
   * A TRUNCATE checkpoint, until it completes. While another connection runs a checkpoint
   * (the checkpointer thread's passive pass, a few times a second) SQLite answers "busy" at
   * once, without waiting, and leaves the log as it was: the erased personal data would stay
   * in the `-wal` file until the next checkpoint (a PDPA erasure test found the marker there
   * once). So a busy answer is tried again, for up to two seconds.
   */
  private truncateLog(): void {
    const pause = new Int32Array(new SharedArrayBuffer(4));
    for (let attempt = 0; attempt < 200; attempt++) {
      const [result] = this.db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
      if (!result?.busy) return;
      Atomics.wait(pause, 0, 0, 10);
    }
    throw new Error('The database log could not be emptied: another connection kept a checkpoint running');
  }

  close(): void {
    this.db.close();
  }
}

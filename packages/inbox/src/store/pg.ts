import pg from 'pg';
import { bindable, type Driver, type Row } from './driver.js';

/**
 * The PostgreSQL driver, used when `DATABASE_URL` is set. The store's SQL is written with
 * `?` placeholders (SQLite's); they are numbered here (`$1`, `$2`…), once per statement.
 * Durability: COMMIT waits for the WAL flush as long as `synchronous_commit` is on (the
 * default); the inbox warns at start when it is not.
 */
export class PgDriver implements Driver {
  readonly kind = 'postgres' as const;

  constructor(
    private readonly pool: pg.Pool,
    private readonly client?: pg.PoolClient,
  ) {}

  static open({ url, schema, poolSize = 10 }: { url: string; schema?: string; poolSize?: number }): PgDriver {
    const pool = new pg.Pool({
      connectionString: url,
      max: poolSize,
      ...(schema ? { options: `-c search_path=${schema}` } : {}),
    });
    pool.on('error', () => {}); // an idle client lost its connection: the pool replaces it
    return new PgDriver(pool);
  }

  private query(sql: string, params: unknown[] = []): Promise<pg.QueryResult> {
    return (this.client ?? this.pool).query(numbered(sql), params.map(bindable));
  }

  async all(sql: string, params?: unknown[]): Promise<Row[]> {
    return (await this.query(sql, params)).rows;
  }

  async get(sql: string, params?: unknown[]): Promise<Row | undefined> {
    return (await this.query(sql, params)).rows[0];
  }

  async run(sql: string, params?: unknown[]): Promise<{ changes: number }> {
    return { changes: (await this.query(sql, params)).rowCount ?? 0 };
  }

  async exec(sql: string): Promise<void> {
    await (this.client ?? this.pool).query(sql);
  }

  async transaction<T>(work: (tx: Driver) => Promise<T>): Promise<T> {
    if (this.client) return work(this);
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(new PgDriver(this.pool, client));
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  }

  /** Two inboxes starting at once must not both migrate. */
  async lockForMigration(): Promise<void> {
    await this.query("SELECT pg_advisory_xact_lock(hashtext('govkit-inbox-migrations'))");
  }

  async setting(name: string): Promise<string | undefined> {
    return (await this.get('SELECT current_setting(?) AS value', [name]))?.value;
  }

  close(): Promise<void> {
    return this.pool.end();
  }
}

const cache = new Map<string, string>();

/** `?` → `$n`. The store's SQL has no `?` inside string literals. */
function numbered(sql: string): string {
  let converted = cache.get(sql);
  if (converted === undefined) {
    let n = 0;
    converted = sql.replace(/\?/g, () => `$${++n}`);
    if (cache.size > 500) cache.clear();
    cache.set(sql, converted);
  }
  return converted;
}

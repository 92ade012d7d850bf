import pg from 'pg';

/**
 * The PostgreSQL driver, used when `DATABASE_URL` is set. The store's SQL is written with
 * `?` placeholders (SQLite's); they are numbered here (`$1`, `$2`…), once per statement.
 * Durability: COMMIT waits for the WAL flush as long as `synchronous_commit` is on (the
 * default); the inbox warns at start when it is not.
 */
export class PgDriver {
  kind = 'postgres';

  /** @param {{ url: string, schema?: string, poolSize?: number }} options */
  constructor({ url, schema, poolSize = 10 }) {
    this.pool = new pg.Pool({
      connectionString: url,
      max: poolSize,
      ...(schema ? { options: `-c search_path=${schema}` } : {}),
    });
    this.pool.on('error', () => {}); // an idle client lost its connection: the pool replaces it
    this.client = undefined;
  }

  /** A driver bound to one client, for a transaction. */
  static bound(pool, client) {
    const driver = Object.create(PgDriver.prototype);
    driver.pool = pool;
    driver.client = client;
    return driver;
  }

  query(sql, params = []) {
    return (this.client ?? this.pool).query(numbered(sql), params.map(bindable));
  }

  /** @returns {Promise<any[]>} */
  async all(sql, params) {
    return (await this.query(sql, params)).rows;
  }

  /** @returns {Promise<any>} */
  async get(sql, params) {
    return (await this.query(sql, params)).rows[0];
  }

  async run(sql, params) {
    return { changes: (await this.query(sql, params)).rowCount ?? 0 };
  }

  async exec(sql) {
    await (this.client ?? this.pool).query(sql);
  }

  /** @template T @param {(tx: PgDriver) => Promise<T>} work */
  async transaction(work) {
    if (this.client) return work(this);
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(PgDriver.bound(this.pool, client));
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
  async lockForMigration() {
    await this.query("SELECT pg_advisory_xact_lock(hashtext('govkit-inbox-migrations'))");
  }

  async setting(name) {
    return (await this.get(`SELECT current_setting('${name}') AS value`))?.value;
  }

  close() {
    return this.pool.end();
  }
}

const cache = new Map();

/** `?` → `$n`. The store's SQL has no `?` inside string literals. */
function numbered(sql) {
  let converted = cache.get(sql);
  if (converted === undefined) {
    let n = 0;
    converted = sql.replace(/\?/g, () => `$${++n}`);
    if (cache.size > 500) cache.clear();
    cache.set(sql, converted);
  }
  return converted;
}

function bindable(value) {
  if (value === undefined) return null;
  if (typeof value === 'boolean') return value ? 1 : 0;
  return value;
}

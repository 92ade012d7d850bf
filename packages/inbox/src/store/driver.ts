/** What the record modules need from a database: the same SQL runs on SQLite and PostgreSQL (`?` placeholders). */
// A row's columns are whatever the SQL selected; each module maps them to typed records.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Row = Record<string, any>;
export type Awaitable<T> = T | Promise<T>;

export interface Driver {
  readonly kind: 'sqlite' | 'postgres';
  all(sql: string, params?: unknown[]): Awaitable<Row[]>;
  get(sql: string, params?: unknown[]): Awaitable<Row | undefined>;
  run(sql: string, params?: unknown[]): Awaitable<{ changes: number }>;
  exec(sql: string): Awaitable<void>;
  transaction<T>(work: (tx: Driver) => Promise<T>): Promise<T>;
  lockForMigration(): Awaitable<void>;
  setting?(name: string): Promise<string | undefined>;
  close(): Awaitable<void>;
}

/** Undefined is NULL and booleans are 0/1 on both databases. */
export function bindable(value: unknown): unknown {
  if (value === undefined) return null;
  if (typeof value === 'boolean') return value ? 1 : 0;
  return value;
}

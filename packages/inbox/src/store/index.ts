import { Worker } from 'node:worker_threads';
import { PgDriver } from './pg.js';
import { Store, storeMethods } from './store.js';

export { Store, migrations } from './store.js';
export type * from './types.js';

export interface StoreOptions {
  databaseUrl?: string;
  databaseSchema?: string;
  dbPath: string;
  poolSize?: number;
}

/**
 * Opens the configured database and brings its schema up to date. PostgreSQL when a
 * database URL is given, SQLite otherwise. Both come back with the same async interface
 * (the methods of `Store`); SQLite's runs on its own writer thread.
 */
export async function openStore(options: StoreOptions): Promise<Store> {
  const store = options.databaseUrl
    ? new Store(PgDriver.open({ url: options.databaseUrl, schema: options.databaseSchema, poolSize: options.poolSize }))
    : sqliteOnWorker(options.dbPath);
  try {
    await store.migrate();
  } catch (error) {
    await store.close().catch(() => {});
    throw error;
  }
  return store;
}

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

/** A stand-in for `Store` whose every method is a message to the writer thread. */
function sqliteOnWorker(path: string): Store {
  const worker = new Worker(new URL('./sqlite-worker.js', import.meta.url), { workerData: { path } });
  let checkpointer: Worker | undefined;
  const pending = new Map<number, Pending>();
  let nextId = 1;
  let failure: Error | undefined;

  const call = (method: string, args: unknown[]): Promise<unknown> =>
    new Promise((resolve, reject) => {
      if (failure) return reject(failure);
      const id = nextId++;
      pending.set(id, { resolve, reject });
      worker.postMessage({ id, method, args });
    });

  const startCheckpointer = (): void => {
    if (checkpointer || path === ':memory:') return;
    checkpointer = new Worker(new URL('./sqlite-checkpointer.js', import.meta.url), { workerData: { path } });
    checkpointer.on('error', () => {}); // checkpoints are housekeeping: the writer keeps the data safe without them
    checkpointer.on('message', (message) => {
      if (message === 'restart') call('checkpoint', []).catch(() => {});
    });
    checkpointer.unref();
  };

  worker.on(
    'message',
    ({ id, result, error }: { id: number; result?: unknown; error?: { message: string; code?: string } }) => {
      const waiting = pending.get(id);
      if (!waiting) return;
      pending.delete(id);
      if (error) waiting.reject(Object.assign(new Error(error.message), { code: error.code }));
      else waiting.resolve(result);
    },
  );
  worker.on('error', (error) => {
    failure = error;
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
  });
  worker.on('exit', () => {
    failure ??= new Error('The SQLite writer thread stopped');
    for (const waiting of pending.values()) waiting.reject(failure);
    pending.clear();
  });

  const proxy = Object.create(Store.prototype) as Record<string, unknown>;
  for (const method of storeMethods()) proxy[method] = (...args: unknown[]) => call(method, args);
  Object.defineProperty(proxy, 'kind', { value: 'sqlite' });
  // The checkpointer opens the file only after the writer has made it (and set WAL mode).
  proxy.migrate = async () => {
    const applied = await call('migrate', []);
    startCheckpointer();
    return applied;
  };
  proxy.close = async () => {
    if (checkpointer) {
      const running = checkpointer;
      const stopped = new Promise((resolve) => {
        running.on('message', (message) => message === 'closed' && resolve(undefined));
        running.once('exit', resolve);
      });
      running.postMessage('close');
      await stopped;
      await running.terminate();
    }
    if (failure) return;
    await call('close', []);
    await worker.terminate();
  };
  return proxy as unknown as Store;
}

import { Worker } from 'node:worker_threads';
import { PgDriver } from './pg.js';
import { Store } from './store.js';

export { Store, migrations } from './store.js';

/**
 * Opens the configured database and brings its schema up to date. PostgreSQL when a
 * database URL is given, SQLite otherwise. Both come back with the same async interface
 * (the methods of `Store`); SQLite's runs on its own writer thread.
 * @param {{ databaseUrl?: string, databaseSchema?: string, dbPath: string, poolSize?: number }} options
 * @returns {Promise<Store>}
 */
export async function openStore(options) {
  const store = options.databaseUrl
    ? new Store(new PgDriver({ url: options.databaseUrl, schema: options.databaseSchema, poolSize: options.poolSize }))
    : sqliteOnWorker(options.dbPath);
  try {
    await store.migrate();
  } catch (error) {
    await store.close().catch(() => {});
    throw error;
  }
  return store;
}

/**
 * A stand-in for `Store` whose every method is a message to the writer thread.
 * @param {string} path
 * @returns {Store}
 */
function sqliteOnWorker(path) {
  const worker = new Worker(new URL('./sqlite-worker.js', import.meta.url), { workerData: { path } });
  /** @type {Worker | undefined} */
  let checkpointer;
  const startCheckpointer = () => {
    if (checkpointer || path === ':memory:') return;
    checkpointer = new Worker(new URL('./sqlite-checkpointer.js', import.meta.url), { workerData: { path } });
    checkpointer.on('error', () => {}); // checkpoints are housekeeping: the writer keeps the data safe without them
    checkpointer.on('message', (message) => {
      if (message === 'restart') call('checkpoint', []).catch(() => {});
    });
    checkpointer.unref();
  };
  /** @type {Map<number, { resolve: (value: unknown) => void, reject: (error: Error) => void }>} */
  const pending = new Map();
  let nextId = 1;
  let failure;

  worker.on('message', ({ id, result, error }) => {
    const call = pending.get(id);
    if (!call) return;
    pending.delete(id);
    if (error) call.reject(Object.assign(new Error(error.message), { code: error.code }));
    else call.resolve(result);
  });
  worker.on('error', (error) => {
    failure = error;
    for (const call of pending.values()) call.reject(error);
    pending.clear();
  });
  worker.on('exit', () => {
    failure ??= new Error('The SQLite writer thread stopped');
    for (const call of pending.values()) call.reject(failure);
    pending.clear();
  });

  const call = (method, args) =>
    new Promise((resolve, reject) => {
      if (failure) return reject(failure);
      const id = nextId++;
      pending.set(id, { resolve, reject });
      worker.postMessage({ id, method, args });
    });

  const methods = Object.getOwnPropertyNames(Store.prototype).filter((name) => name !== 'constructor' && name !== 'kind');
  const proxy = Object.create(Store.prototype);
  for (const method of methods) proxy[method] = (...args) => call(method, args);
  Object.defineProperty(proxy, 'kind', { value: 'sqlite' });
  // The checkpointer opens the file only after the writer has made it (and set WAL mode).
  proxy.migrate = async (...args) => {
    const applied = await call('migrate', args);
    startCheckpointer();
    return applied;
  };
  proxy.close = async () => {
    if (checkpointer) {
      const stopped = new Promise((resolve) => {
        checkpointer.on('message', (message) => message === 'closed' && resolve(undefined));
        checkpointer.once('exit', resolve);
      });
      checkpointer.postMessage('close');
      await stopped;
      await checkpointer.terminate();
    }
    if (failure) return;
    await call('close', []);
    await worker.terminate();
  };
  return proxy;
}

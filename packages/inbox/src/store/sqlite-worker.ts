/**
 * The SQLite writer thread. It owns the only connection and runs the store's methods one
 * message at a time, so a COMMIT's fsync never blocks the thread that answers HTTP: while
 * one batch of submissions is being made durable, the next batch gathers (group commit).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { SqliteDriver } from './sqlite.js';
import { Store, storeMethods } from './store.js';

const port = parentPort!;
const driver = new SqliteDriver((workerData as { path: string }).path);
const store = new Store(driver) as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
const methods = new Set(storeMethods());
let queue: Promise<void> = Promise.resolve();

port.on('message', (message: { id: number; method: string; args: unknown[] }) => {
  queue = queue.then(() => handle(message));
});

async function handle({ id, method, args }: { id: number; method: string; args: unknown[] }): Promise<void> {
  try {
    if (method === 'checkpoint') {
      // Asked for by the checkpointer thread when the log has grown long; see there.
      driver.db.pragma('wal_checkpoint(RESTART)');
      port.postMessage({ id, result: undefined });
      return;
    }
    if (method === 'close') {
      driver.close();
      port.postMessage({ id, result: undefined });
      port.close();
      return;
    }
    const run = methods.has(method) ? store[method] : undefined;
    if (typeof run !== 'function') throw new Error(`No store method ${method}`);
    const result = await run.apply(store, args);
    port.postMessage({ id, result });
  } catch (error) {
    const failure = error as { message?: string; code?: string };
    port.postMessage({ id, error: { message: failure.message, code: failure.code } });
  }
}

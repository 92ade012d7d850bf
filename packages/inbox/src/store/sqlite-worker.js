/**
 * The SQLite writer thread. It owns the only connection and runs the store's methods one
 * message at a time, so a COMMIT's fsync never blocks the thread that answers HTTP: while
 * one batch of submissions is being made durable, the next batch gathers (group commit).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { SqliteDriver } from './sqlite.js';
import { Store } from './store.js';

const store = new Store(new SqliteDriver(workerData.path));
let queue = Promise.resolve();

parentPort.on('message', (message) => {
  queue = queue.then(() => handle(message));
});

async function handle({ id, method, args }) {
  try {
    if (method === 'checkpoint') {
      // Asked for by the checkpointer thread when the log has grown long; see there.
      /** @type {SqliteDriver} */ (store.driver).db.pragma('wal_checkpoint(RESTART)');
      parentPort.postMessage({ id, result: undefined });
      return;
    }
    if (method === 'close') {
      store.driver.close();
      parentPort.postMessage({ id, result: undefined });
      parentPort.close();
      return;
    }
    if (typeof store[method] !== 'function' || method.startsWith('_') || method === 'constructor') {
      throw new Error(`No store method ${method}`);
    }
    const result = await store[method](...args);
    parentPort.postMessage({ id, result });
  } catch (error) {
    parentPort.postMessage({ id, error: { message: error.message, code: error.code } });
  }
}

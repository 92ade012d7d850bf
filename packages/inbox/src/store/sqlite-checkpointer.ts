/**
 * Moves SQLite's WAL checkpoints off the commit path. Left to itself, SQLite checkpoints
 * inside whichever COMMIT pushes the log past 1,000 pages: that commit then copies the
 * log into the database and fsyncs it, and every submission in its batch waits (tens of
 * milliseconds, the p99). The writer turns automatic checkpoints off; this thread, with a
 * connection of its own, runs a PASSIVE checkpoint a few times a second, which never
 * takes the write lock, so commits go on while it copies. Under steady load the log never
 * drains on its own (new frames arrive during every pass), so once it is longer than
 * `restartFrames` this thread asks for a restart: the writer, between two batches, runs a
 * RESTART checkpoint that copies only the last few frames (the passive passes did the
 * rest), and the log starts over from the beginning of its file.
 */
import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';

const port = parentPort!;
const options = workerData as { path: string; restartFrames?: number; intervalMs?: number };
const db = new Database(options.path);
db.pragma('busy_timeout = 1000');
const restartFrames = options.restartFrames ?? 4096;
let askedAt = 0;
const timer = setInterval(() => {
  try {
    const [{ log }] = db.pragma('wal_checkpoint(PASSIVE)') as { log: number }[];
    if (log > restartFrames && Date.now() - askedAt > 1000) {
      askedAt = Date.now();
      port.postMessage('restart');
    }
  } catch {
    // busy or closing: the next round tries again
  }
}, options.intervalMs ?? 250);

port.on('message', (message) => {
  if (message !== 'close') return;
  clearInterval(timer);
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch {
    // the writer checkpoints when it closes last
  }
  db.close();
  port.postMessage('closed');
  port.close();
});

/**
 * The disk's own fsync latency, as the baseline for the inbox's p99: appends what a
 * group commit appends to the write-ahead log at the fixed rate (32 KB every 5 ms: about
 * 10 submissions of 3.2 KB, 200 commits a second) and times each `fdatasync`, with no
 * server running. A submission is answered only after its commit's fsync, so every
 * submission that arrives during a stall waits for it: at 2,000 a second, each 50 ms stall
 * holds about 100, and two in a 10-second run put 1% of them over 20 ms, whatever the
 * inbox does.
 */
import { closeSync, fdatasyncSync, openSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/** fdatasync latencies in ms for `seconds`, in a file in `folder` (removed after). */
export async function diskSyncs(folder, seconds, { bytes = 32 * 1024, everyMs = 5 } = {}) {
  const path = join(folder, 'disk-baseline.bin');
  const fd = openSync(path, 'w');
  const chunk = Buffer.alloc(bytes, 0x61);
  const times = [];
  try {
    const end = Date.now() + seconds * 1000;
    while (Date.now() < end) {
      writeSync(fd, chunk);
      const start = performance.now();
      fdatasyncSync(fd);
      const took = performance.now() - start;
      times.push(took);
      if (took < everyMs) await new Promise((resolve) => setTimeout(resolve, everyMs - took));
    }
  } finally {
    closeSync(fd);
    rmSync(path, { force: true });
  }
  return times;
}

/** A table row for the bench: p50, p99, max and the stalls over `stallMs`. */
export function diskRow(times, seconds, stallMs = 20) {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q) => Math.round(sorted[Math.floor(q * (sorted.length - 1))] * 10) / 10;
  return {
    target: 'disk alone (fdatasync of 32 KB every 5 ms)',
    load: `${sorted.length} syncs in ${seconds} s`,
    'p50 ms': at(0.5),
    'p99 ms': at(0.99),
    'max ms': Math.round(sorted.at(-1) * 10) / 10,
    stalls: `${sorted.filter((ms) => ms > stallMs).length} over ${stallMs} ms`,
  };
}

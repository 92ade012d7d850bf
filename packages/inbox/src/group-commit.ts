/**
 * Group commit: submissions that arrive while the database is busy wait in a queue, and
 * each flush writes the whole queue in one transaction, so one fsync makes many
 * submissions durable. A request is answered only when the batch holding it has
 * committed; a failed batch fails every request in it (none is stored: it is one
 * transaction), and the client may safely retry with the same Idempotency-Key.
 *
 * SQLite has one writer, so one batch is in flight at a time; PostgreSQL takes several
 * at once on separate connections.
 */
export class GroupCommitter<R, T> {
  readonly maxBatch: number;
  readonly maxInFlight: number;
  private queue: { record: R; resolve: (result: T) => void; reject: (error: unknown) => void }[] = [];
  private inFlight = 0;
  private scheduled = false;
  readonly stats = { batches: 0, records: 0, largest: 0 };
  private readonly running = new Set<Promise<void>>();

  /** @param write stores a batch in one transaction; one result per record, in order */
  constructor(
    private readonly write: (records: R[]) => Promise<T[]>,
    { maxBatch = 512, maxInFlight = 1 }: { maxBatch?: number; maxInFlight?: number } = {},
  ) {
    this.maxBatch = maxBatch;
    this.maxInFlight = maxInFlight;
  }

  /** Queues one record; resolves with its result once its batch has committed. */
  submit(record: R): Promise<T> {
    return new Promise((resolve, reject) => {
      this.queue.push({ record, resolve, reject });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.scheduled || this.inFlight >= this.maxInFlight || this.queue.length === 0) return;
    this.scheduled = true;
    // After this turn's I/O callbacks: every request whose body arrived in this turn joins the batch.
    setImmediate(() => {
      this.scheduled = false;
      this.flush();
    });
  }

  private flush(): void {
    while (this.inFlight < this.maxInFlight && this.queue.length > 0) {
      const batch = this.queue.splice(0, this.maxBatch);
      this.inFlight++;
      this.stats.batches++;
      this.stats.records += batch.length;
      this.stats.largest = Math.max(this.stats.largest, batch.length);
      const run = this.write(batch.map((item) => item.record))
        .then(
          (results) => batch.forEach((item, index) => item.resolve(results[index] as T)),
          (error) => batch.forEach((item) => item.reject(error)),
        )
        .finally(() => {
          this.inFlight--;
          this.running.delete(run);
          this.schedule();
        });
      this.running.add(run);
    }
  }

  /** Resolves when every queued record has been written (for a graceful stop). */
  async drain(): Promise<void> {
    while (this.queue.length > 0 || this.running.size > 0) {
      this.flush();
      await Promise.allSettled([...this.running]);
      if (this.running.size === 0 && this.queue.length > 0) await new Promise((resolve) => setImmediate(resolve));
    }
  }
}

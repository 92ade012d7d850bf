/**
 * One answer per key for the whole page, however many elements ask: two elements reading the
 * same agency's `govkit.json` (the province's directory and its news view) share one request.
 * A request in flight is shared too. A failure is not kept (the next ask tries again), and an
 * answer is kept `maxAge` milliseconds, so a retry a minute later reads the site afresh.
 */
const answers = new Map<string, { at: number; value: Promise<unknown> }>();

export function pageCached<T>(key: string, load: () => Promise<T>, maxAge = 60_000): Promise<T> {
  const kept = answers.get(key);
  if (kept && Date.now() - kept.at < maxAge) return kept.value as Promise<T>;
  const value = load();
  const entry = { at: Date.now(), value };
  answers.set(key, entry);
  value.catch(() => {
    if (answers.get(key) === entry) answers.delete(key);
  });
  return value;
}

/** Forgets every kept answer (tests; a page that knows its sources changed). */
export function clearPageCache(): void {
  answers.clear();
}

/**
 * `promise`, or a rejection with the signal's reason as soon as `signal` aborts: a caller may
 * stop waiting for a shared request without cancelling it for the others.
 */
export function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason as Error);
  return new Promise<T>((resolve, reject) => {
    const stop = () => reject(signal.reason as Error);
    signal.addEventListener('abort', stop, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', stop));
  });
}

/** Runs tasks with at most `max` of them at once; the others wait their turn, in order. */
export type Limiter = <T>(task: () => Promise<T>) => Promise<T>;

/**
 * A concurrency cap shared by every task given to it: what an element uses so its requests to
 * other sites (the province's agencies, an agency's data files) never crowd a small server.
 */
export function limiter(max: number): Limiter {
  const cap = Math.max(1, Math.floor(max) || 1);
  let active = 0;
  const waiting: Array<() => void> = [];
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (active >= cap) await new Promise<void>((resolve) => waiting.push(resolve));
    else active += 1;
    try {
      return await task();
    } finally {
      // The slot passes straight to the next task waiting, or is given back.
      const next = waiting.shift();
      if (next) next();
      else active -= 1;
    }
  };
}

/** `work` over every value, at most `max` at a time; the results keep the values' order. */
export function mapLimit<T, R>(values: readonly T[], max: number, work: (value: T) => Promise<R>): Promise<R[]> {
  const limit = limiter(max);
  return Promise.all(values.map((value) => limit(() => work(value))));
}

/**
 * Loads a module once, on first call, and shares the promise. A failed download is
 * forgotten, so the error state's retry button fetches it again instead of repeating
 * the old failure.
 */
export function lazyImport<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () =>
    (pending ??= load().catch((error: unknown) => {
      pending = undefined;
      throw error;
    }));
}

/** A link that did not answer: where it points, the page it is on, and what happened. */
export interface DeadLink {
  url: string;
  from: string;
  detail: string;
}

/**
 * Asks each link with HEAD (GET when a server refuses HEAD), a few at a time, each with
 * its own time-out; a status of 400 or more, a network error or the time-out is dead.
 */
export async function checkLinks(
  links: Map<string, string>,
  timeoutMs: number,
  progress?: (done: number, total: number) => void,
  concurrency = 8,
): Promise<DeadLink[]> {
  const queue = [...links];
  const dead: DeadLink[] = [];
  let done = 0;
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const [url, from] = next;
      const detail = await ask(url, timeoutMs);
      if (detail) dead.push({ url, from, detail });
      done += 1;
      progress?.(done, links.size);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, links.size) }, worker));
  return dead.sort((a, b) => a.url.localeCompare(b.url));
}

async function ask(url: string, timeoutMs: number): Promise<string | undefined> {
  try {
    let response = await fetch(url, { method: 'HEAD', redirect: 'follow', signal: AbortSignal.timeout(timeoutMs) });
    if (response.status === 405 || response.status === 501)
      response = await fetch(url, { method: 'GET', redirect: 'follow', signal: AbortSignal.timeout(timeoutMs) });
    void response.body?.cancel();
    return response.status >= 400 ? `HTTP ${response.status}` : undefined;
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    const name = (error as Error).name;
    return name === 'TimeoutError' ? `time-out ${timeoutMs / 1000} s` : (cause ?? (error as Error).message);
  }
}

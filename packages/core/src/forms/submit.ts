/**
 * Sends a form to an inbox as DESIGN.md's contract says: `POST` JSON with an
 * `Idempotency-Key`, retried with exponential back-off on network failures, `5xx`,
 * `409` (still processing) and `429`, honouring `Retry-After`, a bounded number of times.
 */
import type { Lang, LocalizedText, SubmissionBody, SubmissionProblem, SubmissionReceipt } from '@govkit-th/schemas';

/** One problem the receiver found, at a JSON pointer into `data` (or into the body). */
export type ServerProblem = Pick<SubmissionProblem, 'path' | 'message'>;

export type SubmitOutcome =
  | ({ kind: 'receipt' } & SubmissionReceipt)
  | { kind: 'invalid'; errors: ServerProblem[] }
  /** `422`: the key was already used with another body. */
  | { kind: 'key-conflict' }
  | {
      kind: 'failed';
      reason: 'network' | 'server' | 'busy' | 'rejected' | 'refused';
      status?: number;
      retryAfter?: number;
    };

export interface RetryInfo {
  /** The attempt that failed, from 1. */
  attempt: number;
  /** Milliseconds until the next attempt. */
  delay: number;
  status?: number;
  /** `true` when the delay came from the receiver's `Retry-After`. */
  fromRetryAfter: boolean;
}

export interface SubmitOptions {
  endpoint: string;
  body: SubmissionBody;
  idempotencyKey: string;
  /** The language the receiver's messages (`400` problems) should be in. */
  lang?: Lang;
  /** Attempts in all, the first included (default 5). */
  attempts?: number;
  /** The first back-off delay in ms; it doubles each time (default 1000). */
  baseDelay?: number;
  /** The longest back-off delay in ms (default 30 000). */
  maxDelay?: number;
  /** A `Retry-After` longer than this (ms) is not waited for: the person is told to come back (default 120 000). */
  maxRetryAfter?: number;
  /** Per-attempt time-out in ms (default 30 000). */
  timeout?: number;
  onRetry?(info: RetryInfo): void;
  /** Waits between attempts; tests pass their own. */
  sleep?(ms: number): Promise<void>;
}

/**
 * A version 7 UUID (RFC 9562): the time in milliseconds, then 74 random bits; works outside
 * secure contexts too, unlike `crypto.randomUUID`. Time first so that keys made one after
 * another sort one after another: the inbox's unique index on the key then grows at its
 * right edge, one page a commit, instead of one random page a submission (a quarter of
 * the writer's work with random keys). It tells the inbox nothing the body's
 * `submittedAt` does not.
 */
export function newIdempotencyKey(now = Date.now()): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  for (let index = 5, time = now; index >= 0; index--, time = Math.floor(time / 256)) bytes[index] = time % 256;
  bytes[6] = (bytes[6] & 0x0f) | 0x70;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** `Retry-After` in ms: delta-seconds or an HTTP date; `undefined` when absent or unreadable. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

const RETRYABLE = (status: number) => status >= 500 || status === 409 || status === 429;

async function readJson(response: Response): Promise<Record<string, unknown> | undefined> {
  try {
    const value: unknown = await response.json();
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function problemsOf(body: Record<string, unknown> | undefined): ServerProblem[] | undefined {
  const errors = body?.errors;
  if (!Array.isArray(errors)) return undefined;
  const problems = errors
    .filter((error): error is Record<string, unknown> => !!error && typeof error === 'object')
    .map((error) => ({ path: typeof error.path === 'string' ? error.path : '', message: String(error.message ?? '') }));
  return problems.length > 0 ? problems : undefined;
}

/** Addresses the page's Content-Security-Policy refused to connect to (from violation events). */
const blockedByPolicy = new Set<string>();
if (typeof document !== 'undefined') {
  document.addEventListener('securitypolicyviolation', (event) => {
    if (event.effectiveDirective === 'connect-src') blockedByPolicy.add(originOf(event.blockedURI));
  });
}

function originOf(url: string): string {
  try {
    return new URL(url, location.href).origin;
  } catch {
    return url;
  }
}

/**
 * A failed `fetch` says only "TypeError" whether the person is offline or the browser
 * itself refused the request: the page's CSP has no `connect-src` for the receiver (a
 * violation event names it), or the receiver's CORS settings do not name this site (a
 * `no-cors` probe then does reach it). Telling "check your internet" to someone whose
 * internet works sends them the wrong way.
 */
async function refusedByPolicy(endpoint: string): Promise<boolean> {
  // Violation events are queued as tasks: let them arrive before looking.
  await new Promise((resolve) => setTimeout(resolve, 0));
  return blockedByPolicy.has(originOf(endpoint));
}

async function refusedByCors(endpoint: string): Promise<boolean> {
  if (typeof navigator !== 'undefined' && navigator.onLine === false) return false;
  try {
    await fetch(endpoint, { method: 'HEAD', mode: 'no-cors', cache: 'no-store' });
    return true;
  } catch {
    return false;
  }
}

/** Posts one submission, retrying what is worth retrying; never throws. */
export async function submitForm(options: SubmitOptions): Promise<SubmitOutcome> {
  const attempts = Math.max(1, options.attempts ?? 5);
  const baseDelay = options.baseDelay ?? 1000;
  const maxDelay = options.maxDelay ?? 30_000;
  const maxRetryAfter = options.maxRetryAfter ?? 120_000;
  const sleep = options.sleep ?? defaultSleep;
  const payload = JSON.stringify(options.body);
  let last: SubmitOutcome = { kind: 'failed', reason: 'network' };

  for (let attempt = 1; attempt <= attempts; attempt += 1) {
    let status: number | undefined;
    let retryAfter: number | undefined;
    const request = new AbortController();
    const timer = setTimeout(
      () => request.abort(new DOMException('timed out', 'TimeoutError')),
      options.timeout ?? 30_000,
    );
    try {
      const response = await fetch(options.endpoint, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          Accept: 'application/json',
          ...(options.lang ? { 'Accept-Language': options.lang } : {}),
          // A structured-field string, as the IETF Idempotency-Key draft writes it.
          'Idempotency-Key': `"${options.idempotencyKey}"`,
        },
        body: payload,
        signal: request.signal,
      });
      status = response.status;
      const body = await readJson(response);
      if (response.ok) {
        if (typeof body?.receipt === 'string' || typeof body?.receipt === 'number') {
          return {
            kind: 'receipt',
            receipt: String(body.receipt),
            receivedAt: typeof body.receivedAt === 'string' ? body.receivedAt : new Date().toISOString(),
            // The inbox's copy of the form's privacy notice; the receipt view shows it only if it is text.
            ...(body.privacyNotice ? { privacyNotice: body.privacyNotice as LocalizedText } : {}),
          };
        }
        return { kind: 'failed', reason: 'server', status };
      }
      if (status === 400) {
        const errors = problemsOf(body);
        return errors ? { kind: 'invalid', errors } : { kind: 'failed', reason: 'rejected', status };
      }
      if (status === 422) return { kind: 'key-conflict' };
      if (!RETRYABLE(status)) return { kind: 'failed', reason: 'rejected', status };
      retryAfter = parseRetryAfter(response.headers.get('Retry-After'));
      last = {
        kind: 'failed',
        reason: status === 429 || status === 503 || status === 409 ? 'busy' : 'server',
        status,
        retryAfter,
      };
    } catch {
      last = { kind: 'failed', reason: 'network' };
      // The page's CSP stops it: retrying cannot help.
      if (await refusedByPolicy(options.endpoint)) return { kind: 'failed', reason: 'refused' };
    } finally {
      clearTimeout(timer);
    }

    if (attempt === attempts) break;
    if (retryAfter !== undefined && retryAfter > maxRetryAfter) return last;
    const backOff = Math.min(maxDelay, baseDelay * 2 ** (attempt - 1));
    // A little jitter keeps many browsers from retrying in step after an outage.
    const delay = retryAfter ?? Math.round(backOff * (0.8 + Math.random() * 0.4));
    options.onRetry?.({ attempt, delay, status, fromRetryAfter: retryAfter !== undefined });
    await sleep(delay);
  }
  // Every attempt failed to connect: the receiver may be up and its CORS settings wrong.
  if (last.kind === 'failed' && last.reason === 'network' && (await refusedByCors(options.endpoint)))
    return { kind: 'failed', reason: 'refused' };
  return last;
}

/**
 * The real inboxes the test run started (`test/inbox-plugin.mjs`), as the form tests see
 * them: their addresses, and what each one stored.
 */
import type { SubmissionReceipt } from '@govkit-th/schemas';

export interface TestInboxes {
  /** The test forms and the built-in opinion and question forms. */
  main: string;
  /** The same forms with stricter rules than the page's copy. */
  strict: string;
  /** One submission a second: a real `429` with `Retry-After`. */
  limited: string;
  /** Its CORS names another site only: the browser refuses its answers. */
  foreign: string;
  /** Nothing listens there: a real network failure. */
  closed: string;
}

export type InboxName = Exclude<keyof TestInboxes, 'closed'>;

export interface StoredSubmission {
  receipt: string;
  formId: string;
  formVersion: string;
  submittedAt: string;
  receivedAt: string;
  data: Record<string, unknown>;
}

/** A receipt as the inbox makes it: the Bangkok date and ten Crockford base-32 characters. */
export const RECEIPT = /^\d{8}-[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/;

let addresses: Promise<TestInboxes> | undefined;

export function testInboxes(): Promise<TestInboxes> {
  addresses ??= fetch('/__inbox').then((response) => response.json() as Promise<TestInboxes>);
  return addresses;
}

/** Everything an inbox stored for one form, oldest first, read from its database. */
export async function storedSubmissions(formId: string, inbox: InboxName = 'main'): Promise<StoredSubmission[]> {
  const query = new URLSearchParams({ inbox, formId });
  return (await fetch(`/__inbox/submissions?${query}`)).json() as Promise<StoredSubmission[]>;
}

/** The receipt an inbox gave for an idempotency key, or `null` when it has none. */
export async function storedReceipt(key: string, inbox: InboxName = 'main'): Promise<SubmissionReceipt | null> {
  const query = new URLSearchParams({ inbox, key });
  return (await fetch(`/__inbox/submissions?${query}`)).json() as Promise<SubmissionReceipt | null>;
}

/**
 * A faulty network in front of the real inbox: every request reaches the server, and the
 * answers to the first `lost` POSTs are lost on the way back, as when a connection drops
 * after the server has done its work. `keys` lists each POST's Idempotency-Key in order.
 * Use it with `withFetch(network.handler, …)`.
 */
export function losingAnswers(lost: number) {
  const realFetch = window.fetch.bind(window);
  const keys: string[] = [];
  const handler = async (url: string, init?: RequestInit): Promise<Response> => {
    if (init?.method !== 'POST') return realFetch(url, init);
    keys.push((new Headers(init.headers).get('Idempotency-Key') ?? '').replace(/^"(.*)"$/, '$1'));
    const response = await realFetch(url, init);
    if (keys.length <= lost) throw new TypeError('Failed to fetch');
    return response;
  };
  return { handler, keys };
}

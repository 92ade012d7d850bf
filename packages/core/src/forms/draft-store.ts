import type { Answers } from './paths.js';

/** A submission under way: the key made when the person pressed submit, and what it was made for. */
export interface PendingSubmission {
  idempotencyKey: string;
  submittedAt: string;
  /** The answers the key was made for: a changed answer after a `422` earns a new key. */
  data: Answers;
}

/** What is kept on the device for one form (by form id and version). */
export interface Draft {
  formId: string;
  version: string;
  /** `false` when the person chose not to keep answers on this device: nothing else is stored. */
  keep: boolean;
  answers?: Answers;
  /** The page the person was on (a page id, or `check`). */
  page?: string;
  savedAt: string;
  pending?: PendingSubmission;
}

const DB_NAME = 'govkit-th-forms';
const STORE = 'drafts';

export function draftKey(formId: string, version: string): string {
  return `${formId}@${version}`;
}

let database: Promise<IDBDatabase | undefined> | undefined;
/** Used when IndexedDB is missing or refused (some private windows): drafts last as long as the page. */
const memory = new Map<string, Draft>();

function open(): Promise<IDBDatabase | undefined> {
  database ??= new Promise((resolve) => {
    try {
      const request = indexedDB.open(DB_NAME, 1);
      request.onupgradeneeded = () => request.result.createObjectStore(STORE);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => resolve(undefined);
      request.onblocked = () => resolve(undefined);
    } catch {
      resolve(undefined);
    }
  });
  return database;
}

function run<T>(mode: IDBTransactionMode, body: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  return open().then(
    (db) =>
      new Promise<T>((resolve, reject) => {
        if (!db) {
          reject(new Error('IndexedDB is not available'));
          return;
        }
        const transaction = db.transaction(STORE, mode);
        const request = body(transaction.objectStore(STORE));
        transaction.oncomplete = () => resolve(request.result);
        transaction.onerror = () => reject(transaction.error);
        transaction.onabort = () => reject(transaction.error);
      }),
  );
}

/** Reads the draft of a form; `undefined` when there is none. */
export async function readDraft(formId: string, version: string): Promise<Draft | undefined> {
  const key = draftKey(formId, version);
  try {
    return ((await run('readonly', (store) => store.get(key))) as Draft | undefined) ?? memory.get(key);
  } catch {
    return memory.get(key);
  }
}

/** Writes the draft of a form, replacing the last one. */
export async function writeDraft(draft: Draft): Promise<void> {
  const key = draftKey(draft.formId, draft.version);
  try {
    await run('readwrite', (store) => store.put(draft, key));
    memory.delete(key);
  } catch {
    memory.set(key, draft);
  }
}

/** Removes everything kept for a form. */
export async function deleteDraft(formId: string, version: string): Promise<void> {
  const key = draftKey(formId, version);
  memory.delete(key);
  try {
    await run('readwrite', (store) => store.delete(key));
  } catch {
    // Nothing was stored.
  }
}

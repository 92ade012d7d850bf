import type { ReactiveController, ReactiveControllerHost } from 'lit';

import { GovDataError, type DataErrorKind, type DataProblem } from './errors.js';

export { GovDataError };
export type { DataErrorKind, DataProblem };

export type DataState = 'loading' | 'ready' | 'empty' | 'error';

/** A body fetched by the controller: its text, final URL and content type. */
export interface FetchedText {
  body: string;
  url: string;
  contentType: string;
}

/** What `prepare` may use: a fetch with the controller's size cap, time-out and cancelling. */
export interface PrepareTools {
  /**
   * Fetches a further file the data needs (e.g. a site map's page titles), under the same
   * rules as `src`: the 10 MB cap, the element's time-out, and cancelled by a newer `src` or `data`.
   */
  fetchText(url: string, accept?: string): Promise<FetchedText>;
}

/** What an element tells the controller about its content type. */
export interface DataSource<T> {
  /**
   * Turns a fetched body into data; JSON by default. Throw (or reject) for a malformed
   * body. May be async, so a parser for other formats can be loaded only when needed.
   */
  parse?(text: string, info: { contentType: string; url: string }): unknown;
  /** Turns the fetched bytes into text (e.g. in the encoding a feed declares); UTF-8 by default. */
  decode?(bytes: Uint8Array, info: { contentType: string }): string;
  /** Checks the data; an empty list means valid. Messages in the reader's language. */
  validate(data: unknown): Promise<DataProblem[]>;
  /** Optional clean-up after validation (sorting, defaults). */
  normalise?(data: T, info: { baseUrl: string }): T;
  isEmpty(data: T): boolean;
  /** Work to finish before the first render of data (e.g. loading the HTML sanitiser, a further file). */
  prepare?(data: T, tools: PrepareTools): Promise<unknown> | void;
  /** The `Accept` header sent with `src` requests. */
  accept?: string;
}

export interface DataHost extends ReactiveControllerHost, HTMLElement {
  state: DataState;
  timeout: number;
}

const MAX_BYTES = 10 * 1024 * 1024;

/**
 * Lets the browser paint and answer input between two pieces of work (parsing, the schema
 * check, the first render), so they are short tasks instead of one long one that keeps a
 * phone from responding (Lighthouse's Total Blocking Time). `scheduler.yield` where there is
 * one (it keeps this work ahead of other tasks), else a new task.
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Data set from JavaScript is taken as the JSON it stands for, as if it had come from
 * `src`: `undefined` fields vanish instead of failing the schema, and a `Date` becomes its
 * ISO string. The element keeps this copy; the caller's object is never changed.
 */
function asJson(data: unknown): unknown {
  try {
    return data === undefined ? undefined : JSON.parse(JSON.stringify(data));
  } catch (cause) {
    throw new GovDataError('invalid', `The data cannot be written as JSON: ${(cause as Error).message}`, { cause });
  }
}

/**
 * Brings an element's data from `src` or the `data` property to a rendered state:
 * fetch with a time-out and abort (a newer request always wins), parse, validate,
 * normalise, then `ready` or `empty`, or `error` with a reason. Fires `gov-load` and
 * `gov-error` on the host.
 */
export class DataController<T> implements ReactiveController {
  value?: T;
  error?: GovDataError;
  /** The state, which only this controller changes; the host reflects it. */
  state: DataState = 'loading';
  /** The URL relative links in the data resolve against. */
  baseUrl = document.baseURI;
  private generation = 0;
  private request?: AbortController;
  private lastInput?: { kind: 'src'; url: string } | { kind: 'data'; data: unknown };

  constructor(
    private readonly host: DataHost,
    private readonly source: DataSource<T>,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    // A request cut off by leaving the page is not a failure: forget it, and start it
    // again if the element comes back.
    if (this.state === 'loading') this.generation += 1;
    this.request?.abort();
  }

  hostConnected(): void {
    // Re-attached while a request had been cut off by a disconnect: start it again.
    if (this.state === 'loading' && this.lastInput) this.retry();
  }

  /** Loads `url`, cancelling any request still under way. */
  async load(url: string): Promise<void> {
    const generation = this.begin({ kind: 'src', url });
    const request = this.request!;
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      request.abort();
    }, this.host.timeout);
    try {
      const text = await this.fetchText(url, request.signal);
      if (generation !== this.generation) return;
      let raw: unknown;
      try {
        raw = this.source.parse ? await this.source.parse(text.body, text) : JSON.parse(text.body);
      } catch (cause) {
        const reason = (cause as { reason?: unknown })?.reason;
        throw new GovDataError('parse', `Could not parse ${url}: ${(cause as Error)?.message ?? cause}`, {
          cause,
          reason: typeof reason === 'string' ? reason : undefined,
        });
      }
      if (generation !== this.generation) return;
      await this.settle(raw, text.url, generation);
    } catch (cause) {
      if (generation !== this.generation) return;
      this.fail(this.toDataError(cause, url, timedOut));
    } finally {
      clearTimeout(timer);
    }
  }

  /** Accepts data set from JavaScript, cancelling any request still under way. */
  async accept(data: unknown): Promise<void> {
    const generation = this.begin({ kind: 'data', data });
    try {
      await this.settle(asJson(data), document.baseURI, generation);
    } catch (cause) {
      if (generation === this.generation) this.fail(this.toDataError(cause, 'data', false));
    }
  }

  /**
   * Judges the data again as `ready` or `empty`, for content whose emptiness changes with
   * time (banners within their dates). Nothing happens while loading or in error.
   */
  recheck(): void {
    if (this.value === undefined || (this.state !== 'ready' && this.state !== 'empty')) return;
    const state = this.source.isEmpty(this.value) ? 'empty' : 'ready';
    if (state !== this.state) this.setState(state);
  }

  /** Tries the last source again (the error state's retry button). */
  retry(): void {
    const input = this.lastInput;
    if (!input) return;
    void (input.kind === 'src' ? this.load(input.url) : this.accept(input.data));
  }

  /** Starts a new load: the previous one, and any file its `prepare` still fetches, is cancelled. */
  private begin(input: NonNullable<DataController<T>['lastInput']>): number {
    this.request?.abort();
    this.request = new AbortController();
    this.lastInput = input;
    this.generation += 1;
    this.setState('loading');
    return this.generation;
  }

  private async fetchText(url: string, signal: AbortSignal, accept = this.source.accept): Promise<FetchedText> {
    const response = await fetch(url, {
      signal,
      credentials: 'same-origin',
      headers: { Accept: accept ?? 'application/json' },
    });
    if (!response.ok) {
      throw new GovDataError('http', `${url} answered ${response.status}`, { status: response.status });
    }
    const declared = Number(response.headers.get('content-length') ?? 0);
    if (declared > MAX_BYTES) throw new GovDataError('too-large', `${url} is ${declared} bytes`);
    const contentType = response.headers.get('content-type') ?? '';
    const body = this.source.decode
      ? this.source.decode(new Uint8Array(await response.arrayBuffer()), { contentType })
      : await response.text();
    if (body.length > MAX_BYTES) throw new GovDataError('too-large', `${url} is ${body.length} characters`);
    return { body, url: response.url || new URL(url, document.baseURI).href, contentType };
  }

  private async settle(raw: unknown, baseUrl: string, generation: number): Promise<void> {
    await yieldToMain();
    if (generation !== this.generation) return;
    const problems = await this.source.validate(raw);
    if (generation !== this.generation) return;
    if (problems.length > 0) {
      throw new GovDataError('invalid', problems.map((p) => `${p.path || '/'}: ${p.message}`).join('; '), { problems });
    }
    const data = this.source.normalise ? this.source.normalise(raw as T, { baseUrl }) : (raw as T);
    if (this.source.prepare)
      await this.source.prepare(data, { fetchText: (url, accept) => this.fetchMore(url, accept) });
    // The render that follows is a task of its own.
    await yieldToMain();
    if (generation !== this.generation) return;
    this.value = data;
    this.baseUrl = baseUrl;
    this.error = undefined;
    this.setState(this.source.isEmpty(data) ? 'empty' : 'ready');
    this.host.dispatchEvent(new CustomEvent('gov-load', { detail: data, bubbles: true, composed: true }));
  }

  /** A further file for `prepare`: cancelled with the load it belongs to, and timed out like `src`. */
  private fetchMore(url: string, accept?: string): Promise<FetchedText> {
    const signal = AbortSignal.any([this.request!.signal, AbortSignal.timeout(this.host.timeout)]);
    return this.fetchText(new URL(url, document.baseURI).href, signal, accept);
  }

  private fail(error: GovDataError): void {
    this.error = error;
    this.value = undefined;
    this.setState('error');
    console.error(`[govkit] <${this.host.localName}>: ${error.message}`);
    this.host.dispatchEvent(new CustomEvent('gov-error', { detail: { error }, bubbles: true, composed: true }));
  }

  private toDataError(cause: unknown, url: string, timedOut: boolean): GovDataError {
    if (cause instanceof GovDataError) return cause;
    if (timedOut) return new GovDataError('timeout', `${url} took longer than ${this.host.timeout} ms`, { cause });
    if (cause instanceof TypeError || (cause instanceof DOMException && cause.name === 'AbortError')) {
      return new GovDataError('network', `Could not fetch ${url}: ${cause.message}`, { cause });
    }
    return new GovDataError('invalid', `Could not use ${url}: ${(cause as Error)?.message ?? String(cause)}`, {
      cause,
    });
  }

  private setState(state: DataState): void {
    this.state = state;
    this.host.state = state;
    this.host.requestUpdate();
  }
}

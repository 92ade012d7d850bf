/**
 * The kit's events, typed for `addEventListener`. Every element fires `gov-load` and
 * `gov-error`; the form elements add `gov-submit` and `gov-receipt`. All bubble and cross
 * shadow roots (`composed`), so a page can listen on `document`.
 *
 * On a GovKit element the `gov-load` detail is that element's own data type
 * (`faq.addEventListener('gov-load', (e) => e.detail.items)`); on `document` or any other
 * element it is `unknown`, since any element may have fired it.
 */
import type { GovDataError } from './data-controller.js';
import type { LocalizedText } from '@govkit-th/schemas';
import type { Answers } from './forms/paths.js';

/** `gov-load`: the element accepted its data (validated and normalised) and rendered it. */
export type GovLoadEvent<T = unknown> = CustomEvent<T>;

/** `gov-error`: loading, parsing or validating failed; the element shows its error state. */
export type GovErrorEvent = CustomEvent<{ error: GovDataError }>;

/** `gov-submit` (cancelable): the person pressed send and the answers passed every check. */
export type GovSubmitEvent = CustomEvent<{
  formId: string;
  formVersion: string;
  data: Answers;
  idempotencyKey: string;
}>;

/** `gov-receipt`: the receiver confirmed the submission. */
export type GovReceiptEvent = CustomEvent<{
  formId: string;
  receipt: string;
  receivedAt: string;
  /** The form's privacy notice, as the receiver sent it back with the receipt (when it did). */
  privacyNotice?: LocalizedText;
}>;

/** The events of an element whose data is `T`. */
export interface GovEventMap<T = unknown> {
  'gov-load': GovLoadEvent<T>;
  'gov-error': GovErrorEvent;
  'gov-submit': GovSubmitEvent;
  'gov-receipt': GovReceiptEvent;
}

declare global {
  // Through GlobalEventHandlersEventMap they reach HTMLElementEventMap, DocumentEventMap and WindowEventMap.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging adds GovEventMap's members
  interface GlobalEventHandlersEventMap extends GovEventMap {}
}

type Listener<E, This> = ((this: This, event: E) => unknown) | { handleEvent(event: E): unknown };

/** `addEventListener` / `removeEventListener`: the kit's events first, then the DOM's own overloads. */
interface ListenerMethod<T, This, Options> {
  <K extends keyof GovEventMap<T>>(
    type: K,
    listener: Listener<GovEventMap<T>[K], This>,
    options?: boolean | Options,
  ): void;
  <K extends keyof HTMLElementEventMap>(
    type: K,
    listener: Listener<HTMLElementEventMap[K], This>,
    options?: boolean | Options,
  ): void;
  (type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | Options): void;
}

declare module './gov-element.js' {
  // On an element, `gov-load` carries that element's own data type.
  interface GovElement<T> {
    addEventListener: ListenerMethod<T, this, AddEventListenerOptions>;
    removeEventListener: ListenerMethod<T, this, EventListenerOptions>;
  }
}

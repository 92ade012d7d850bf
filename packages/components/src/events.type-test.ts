/**
 * Type-level tests of the kit's events, checked by `tsc --noEmit` (npm test's type-check):
 * this file runs nowhere, it only has to compile. `@ts-expect-error` lines must fail to compile.
 */
import type { FaqData } from '@govkit-th/schemas';
import type { GovErrorEvent, GovLoadEvent, GovReceiptEvent, GovSubmitEvent } from '@govkit-th/core';
import type { GovFaq } from './gov-faq/define.js';
import type { GovEform } from './gov-eform/define.js';
import type { GovEmbedRequestEvent, GovLinkList } from './gov-link-list/define.js';

type Equal<A, B> = (<X>() => X extends A ? 1 : 2) extends <X>() => X extends B ? 1 : 2 ? true : false;
const check = <T extends true>(proof?: T) => proof;

// In the DOM's own event maps, so `addEventListener` knows them everywhere.
check<Equal<HTMLElementEventMap['gov-load'], GovLoadEvent>>();
check<Equal<HTMLElementEventMap['gov-error'], GovErrorEvent>>();
check<Equal<DocumentEventMap['gov-submit'], GovSubmitEvent>>();
check<Equal<WindowEventMap['gov-receipt'], GovReceiptEvent>>();
check<Equal<DocumentEventMap['gov-embed-request'], GovEmbedRequestEvent>>();

export function listen(faq: GovFaq, form: GovEform, anywhere: HTMLElement): void {
  faq.addEventListener('gov-load', (event) => {
    check<Equal<typeof event.detail, FaqData>>();
    return event.detail.items.length;
  });
  faq.addEventListener('gov-error', (event) => event.detail.error.kind);
  form.addEventListener('gov-submit', (event) => {
    event.preventDefault();
    return event.detail.idempotencyKey.length + event.detail.formId.length;
  });
  form.addEventListener('gov-receipt', (event) => event.detail.receipt.toUpperCase());
  // The DOM's own events keep their types.
  faq.addEventListener('keydown', (event) => event.key);
  faq.addEventListener('something-else', (event) => event.type);
  // On an element that could be any of them, the data's type is not known.
  anywhere.addEventListener('gov-load', (event) => check<Equal<typeof event.detail, unknown>>() ?? event.type);
  document.addEventListener('gov-error', (event) => event.detail.error.message);
  // @ts-expect-error the FAQ's items are a list, not text
  faq.addEventListener('gov-load', (event) => event.detail.items.toUpperCase());
  // @ts-expect-error gov-error's detail holds the error, not a message
  faq.addEventListener('gov-error', (event) => event.detail.message);
}

/** A consent manager holds back a video player until the person agrees (gov-link-list's hook). */
export function holdPlayers(list: GovLinkList): void {
  list.addEventListener('gov-embed-request', (event) => {
    event.preventDefault();
    void list.showPlayer(event.detail.videoId);
  });
  // @ts-expect-error the request names the video by its id, not its address
  list.addEventListener('gov-embed-request', (event) => event.detail.url);
}

import type { ReactiveControllerHost } from 'lit';
import type { Lang, SubmissionReceipt } from '@govkit-th/schemas';
import type { GroupInstance, Instance } from '../model/types.js';
import type { Answers } from '../paths.js';

/** The element a form lives in: Lit's host plus what the form reads from it. */
export interface FormHost extends ReactiveControllerHost, HTMLElement {
  readonly lang: Lang;
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** The URL submissions are posted to, when the element's attribute sets one. */
  readonly endpoint?: string;
  /** The first retry delay in ms (doubles each time). */
  readonly retryDelay: number;
  /** Hand the answers to the page in `gov-submit` and post nothing (a staff page saves them itself). */
  readonly handoff?: boolean;
}

export interface FormSessionOptions {
  /** Where to post when the host's `endpoint` is not set (the data's `endpoint`). */
  endpoint?: string;
  /** Answers to open the form with (an existing document being edited); they win over a draft kept on the device. */
  prefill?: Answers;
}

/** Where the person is: a page (by index), the check-your-answers page, or the receipt. */
export type Step = number | 'check' | 'receipt';

/** The receiver's `201` answer: defined once, in `@govkit-th/schemas`. */
export type Receipt = SubmissionReceipt;

/** A message waiting to be put into words in the reader's language. */
export interface Message {
  key: string;
  params?: Record<string, string | number>;
  /** A date-time to show with the message, formatted by the view. */
  time?: string;
}

export interface SummaryEntry {
  /** The id of the control the link moves focus to; none for problems no field can show. */
  target?: string;
  problem: { key?: string; message: string; keyword: string; limit?: string; pointer: string };
  instance?: Instance;
  /** The group item the field sits in (the innermost one), named in the summary. */
  item?: { group: GroupInstance; index: number };
}

import type { ReactiveController } from 'lit';
import type { EformDefinition } from '@govkit-th/schemas';
import { loadSanitizer } from '../sanitize.js';
import { FormModel } from './form-model.js';
import type { Evaluation } from './model/types.js';
import { getAt, type Answers, type Segment } from './paths.js';
import { AnswerFile } from './session/answer-file.js';
import { Answering } from './session/answering.js';
import { DraftKeeper } from './session/drafts.js';
import { FocusMover } from './session/focus.js';
import { Navigation } from './session/navigation.js';
import { FormProblems } from './session/problems.js';
import { Submission } from './session/submission.js';
import type { FormHost, FormSessionOptions, Message, Step } from './session/types.js';

export type { FormHost, FormSessionOptions, Message, Receipt, Step, SummaryEntry } from './session/types.js';

/**
 * One person's work on one form, as a Lit reactive controller of the form element: the
 * answers and the page they are on, with one part for each job (answering, navigation,
 * problems, the draft, the answers file, the submission, focus). Every change asks the
 * host to render (`host.requestUpdate()`); focus moves after that render (`hostUpdated`).
 * The view (`renderForm`) reads it and calls its parts.
 */
export class FormSession implements ReactiveController {
  answers: Answers = {};
  step: Step = 0;
  /** The polite announcement of what an action did (an item added, a year converted). */
  status?: Message;

  readonly focus: FocusMover;
  readonly problems = new FormProblems(this);
  readonly answering = new Answering(this);
  readonly navigation = new Navigation(this);
  readonly drafts = new DraftKeeper(this);
  readonly file = new AnswerFile(this);
  readonly submission = new Submission(this);

  /** Counts changes to the answers: the evaluation is worked out again only when it moves. */
  private revision = 0;
  private memo?: { key: string; value: Evaluation };

  private constructor(
    readonly host: FormHost,
    readonly model: FormModel,
    private readonly options: FormSessionOptions,
  ) {
    this.focus = new FocusMover(host);
  }

  /** Prepares a form: compiles it and brings back the person's draft, if any. Attach it with `host.addController`. */
  static async open(
    host: FormHost,
    definition: EformDefinition,
    options: FormSessionOptions = {},
  ): Promise<FormSession> {
    const model = await FormModel.create(definition);
    // An HTML field previews what the website shows: the elements' sanitiser comes with the form.
    if (model.hasRichText()) await loadSanitizer();
    const session = new FormSession(host, model, options);
    await session.drafts.restore();
    if (options.prefill) session.startFromPrefill();
    return session;
  }

  hostUpdated(): void {
    this.focus.afterRender();
  }

  hostDisconnected(): void {
    // A form taken off the page does not take focus when it comes back.
    this.focus.cancel();
  }

  get definition(): EformDefinition {
    return this.model.definition;
  }

  get checkAnswers(): boolean {
    return this.definition.checkAnswers !== false;
  }

  /** Where to post: the host's `endpoint`, else the data's; read when the person presses submit. */
  endpoint(): string | undefined {
    return this.host.endpoint || this.options.endpoint;
  }

  /** The answers worked out for the current language (memoised until they change). */
  evaluation(): Evaluation {
    const key = `${this.revision}|${this.host.lang}`;
    if (this.memo?.key !== key) this.memo = { key, value: this.model.evaluate(this.answers, this.host.lang) };
    return this.memo.value;
  }

  value(path: readonly Segment[]): unknown {
    return getAt(this.answers, path);
  }

  /** The answers changed: work them out again and save the draft. */
  changed(): void {
    this.revision += 1;
    this.drafts.save();
  }

  /** Replaces every answer (pre-filling from the page, an opened file); only this form's fields are kept. */
  replaceAnswers(answers: Answers): void {
    this.answers = this.model.pick(answers);
    this.problems.clear();
    this.changed();
    this.host.requestUpdate();
  }

  /**
   * Opens on the page's answers (an item being edited) rather than a draft: a draft kept on
   * the device under the same form id may be of another item.
   */
  private startFromPrefill(): void {
    this.answers = this.model.pick(this.options.prefill ?? {});
    this.problems.clear();
    this.drafts.restoredAt = undefined;
    this.submission.pending = undefined;
    this.step = this.navigation.first();
    this.revision += 1;
  }

  /** New answers from the page (another item to edit): the form starts again from them. */
  prefill(answers: Answers): void {
    if (answers === this.options.prefill) return;
    this.options.prefill = answers;
    this.startFromPrefill();
    this.drafts.save();
    this.host.requestUpdate();
  }

  /** Clears the answers (back to the page's, when it gave some), the draft and any pending submission, and starts at the first page. */
  async startAgain(): Promise<void> {
    this.answers = this.options.prefill ? this.model.pick(this.options.prefill) : {};
    this.problems.clear();
    this.problems.general = [];
    this.problems.summary = false;
    this.submission.reset();
    this.drafts.restoredAt = undefined;
    this.navigation.returnToCheck = false;
    this.revision += 1;
    this.host.requestUpdate();
    await this.drafts.clear();
    this.drafts.status = { key: 'form-started-again' };
    this.navigation.moveTo(this.navigation.first());
  }
}

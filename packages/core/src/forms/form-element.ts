import { html, nothing, type PropertyValues } from 'lit';
import { loadValidator, type EformDefinition, type LocalizedText } from '@govkit-th/schemas';
import type { DataProblem, DataSource } from '../data-controller.js';
import { GovElement } from '../gov-element.js';
import { heading } from '../templates.js';
import { formStyles } from './form-styles.js';
import type { FormSession } from './form-session.js';
import type { Answers } from './paths.js';
import { loadFormMachinery, type FormMachinery } from './load.js';

/** What every form element's data may say about sending and printing. */
export interface FormElementData {
  /** Where submissions are posted; the element's `endpoint` attribute overrides it. */
  endpoint?: string;
  /** The agency's name, printed at the top of the print view. */
  agency?: LocalizedText;
}

/**
 * The base of the kit's form elements (`gov-eform`, `gov-opinion-box`): the `endpoint`,
 * `agency` and `retry-delay` properties, one session per data object (answers, draft,
 * submission), the heading and introduction above the form, the `step` attribute, and
 * the answers API. The machinery (`loadFormMachinery()`) loads when data arrives.
 * A subclass says how its data is checked, which form it runs, and what heads it.
 *
 * @fires gov-submit - The person pressed send and every check passed; cancelable. `detail`: `formId`, `formVersion`, `data`, `idempotencyKey`.
 * @fires gov-receipt - The receiver confirmed the submission. `detail`: `formId`, `receipt`, `receivedAt`.
 */
export abstract class GovFormElement<T extends FormElementData> extends GovElement<T> {
  static override styles = [...GovElement.styles, formStyles];

  static override properties = {
    ...GovElement.properties,
    endpoint: { type: String },
    agency: { type: String },
    retryDelay: { type: Number, attribute: 'retry-delay' },
    handoff: { type: Boolean, reflect: true },
  };

  /** The URL submissions are posted to; overrides the data's `endpoint`. */
  declare endpoint?: string;
  /** The agency's name for the print view; overrides the data's `agency`. */
  declare agency?: string;
  /** The first delay (ms) before resending after a network failure or a busy receiver; it doubles each time. */
  declare retryDelay: number;

  /** Hand the answers to the page in `gov-submit` instead of posting them (a staff page saves them itself). */
  declare handoff: boolean;
  private prefilled?: Answers;

  /** `all`: keep, save, open and print; `keep`: only the "do not keep on this device" choice. */
  protected readonly tools: 'all' | 'keep' = 'all';

  private readonly sessions = new WeakMap<T, FormSession>();
  private machinery?: FormMachinery;
  private attached?: FormSession;

  constructor() {
    super();
    this.retryDelay = 1000;
    this.handoff = false;
  }

  /** Checks the data: its schema, and whatever a schema cannot say. Messages in the reader's language. */
  protected abstract checkData(data: unknown): Promise<DataProblem[]>;
  /** The form the machinery runs for this data. */
  protected abstract formDefinition(data: T): EformDefinition;
  /** The form's title: the heading above it and the title of the print view. */
  protected abstract formTitle(data: T): string;
  /** A paragraph above the form, left out on the receipt. */
  protected abstract formIntro(data: T): LocalizedText | undefined;

  /** `true` when there is nothing to fill in (the `empty` state). */
  protected isEmptyForm(_data: T): boolean {
    return false;
  }

  protected dataSource(): DataSource<T> {
    void loadValidator();
    void loadFormMachinery();
    return {
      validate: (data) => this.checkData(data),
      isEmpty: (data) => this.isEmptyForm(data),
      prepare: async (data) => {
        this.machinery = await loadFormMachinery();
        const session = await this.machinery.FormSession.open(this, this.formDefinition(data), {
          endpoint: data.endpoint,
          prefill: this.prefill,
        });
        this.sessions.set(data, session);
      },
    };
  }

  /** The person's work on the current data. */
  protected get session(): FormSession | undefined {
    return this.data ? this.sessions.get(this.data) : undefined;
  }

  /** Only the session of the current data is a controller of this element: new data replaces it. */
  private attach(session: FormSession | undefined): void {
    if (session === this.attached) return;
    if (this.attached) this.removeController(this.attached);
    this.attached = session;
    if (session) this.addController(session);
  }

  /** Where the person is: a page id, `check` or `receipt`; reflected as the `step` attribute. */
  get step(): string | undefined {
    const session = this.session;
    if (!session || this.state !== 'ready') return undefined;
    return typeof session.step === 'number' ? session.definition.pages[session.step]?.id : session.step;
  }

  /** A copy of the answers as typed so far. Set it to pre-fill the form (only its own fields are kept). */
  get answers(): Answers {
    return structuredClone(this.session?.answers ?? {});
  }
  set answers(value: Answers) {
    this.session?.replaceAnswers(value);
  }

  /**
   * Answers the form opens with (an existing document being edited); they win over a draft
   * kept on the device. Set on an open form, the form starts again from them.
   */
  get prefill(): Answers | undefined {
    return this.prefilled;
  }
  set prefill(value: Answers | undefined) {
    this.prefilled = value;
    if (value) this.session?.prefill(value);
  }

  /** Clears the answers, the draft and any unfinished submission, and goes back to the first page. */
  async startAgain(): Promise<void> {
    await this.session?.startAgain();
  }

  /** Resolves when every change so far is saved on the device. */
  whenDraftSaved(): Promise<void> {
    return this.session?.drafts.flush() ?? Promise.resolve();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.attach(this.state === 'ready' ? this.session : undefined);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const step = this.step;
    if (step) this.setAttribute('step', step);
    else this.removeAttribute('step');
  }

  protected renderReady(data: T): unknown {
    const session = this.sessions.get(data);
    if (!session || !this.machinery) return nothing;
    const title = this.formTitle(data);
    const intro = this.formIntro(data);
    return html`${heading(this.headingLevel, title)}
      ${intro && session.step !== 'receipt' ? html`<p class="intro">${this.text(intro)}</p>` : nothing}
      ${this.machinery.renderForm(session, {
        t: (key, params) => this.t(key, params),
        text: (value) => this.text(value),
        lang: this.lang,
        numerals: this.numerals,
        headingLevel: this.headingLevel,
        title,
        agency: this.agency || this.text(data.agency) || undefined,
        base: this.dataController.baseUrl,
        tools: this.tools,
      })}`;
  }
}

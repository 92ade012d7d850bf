import { html, nothing, type PropertyValues } from 'lit';
import { GovElement, heading, type DataSource } from '@govkit-th/core';
import { formStrings, formStyles, loadFormMachinery, type Answers, type FormMachinery, type FormSession, type FormViewContext } from '@govkit-th/core/forms';
import { eformDefinitionSchema, loadValidator, validate, type EformDefinition } from '@govkit-th/schemas';
import { eformStyles } from './gov-eform.styles.js';

/**
 * An online form (order 1.3(3)) filled in on the page, one topic per page: Thai and
 * English labels, Thai formats (national ID with checksum, phone, postcode), conditional
 * questions, "add another" groups, a check-your-answers page, drafts kept on the device,
 * save/open as a JSON file, a print view, and idempotent submission with a receipt.
 * The definition is a JSON Schema (2020-12) for the answers plus a layout of pages.
 *
 * @tagname gov-eform
 * @summary A multi-page online form with drafts, print, save and an idempotent submit.
 *
 * @slot - Fallback content (how to apply without JavaScript), shown before the element upgrades and when loading fails.
 *
 * @csspart heading - The form's title.
 * @csspart page - The form of the current page.
 * @csspart progress - "Step 2 of 4".
 * @csspart back - The back button.
 * @csspart field - One question (label, hint, error message and control).
 * @csspart group - A repeatable group of questions.
 * @csspart group-item - One item of a repeatable group.
 * @csspart error-summary - The box listing every problem on the page.
 * @csspart error-message - A field's error message.
 * @csspart continue - The continue (or send) button of a page.
 * @csspart check - The check-your-answers page.
 * @csspart answers - A list of answers on the check page and in the print view.
 * @csspart submit - The send button on the check page.
 * @csspart send-status - The polite status line while sending.
 * @csspart send-error - Why sending failed.
 * @csspart receipt - The receipt after sending.
 * @csspart notice - The notice that a draft was brought back.
 * @csspart tools - Keep/save/open/print tools.
 * @csspart draft-status - The polite "draft saved" line.
 * @csspart save-file - The save-as-file button.
 * @csspart print - The print button.
 * @csspart print-view - What is printed (hidden on screen).
 * @csspart status - The loading or empty status line.
 * @csspart error - The error message box when the definition cannot be used.
 * @csspart retry-button - The retry button in the error state.
 *
 * @cssprop --gov-color-accent - Buttons, links and the receipt frame.
 * @cssprop --gov-color-error - Error messages, the error summary and invalid fields.
 * @cssprop --gov-color-focus - The focus outline.
 * @cssprop --gov-color-input-border - Borders of text inputs.
 *
 * @fires gov-load - The definition is ready; `detail` is the definition.
 * @fires gov-error - Loading or checking the definition failed; `detail.error` says why.
 * @fires gov-submit - The person pressed send and the answers are valid; `detail` is `{ formId, formVersion, data, idempotencyKey }`. Cancel it to send the answers yourself.
 * @fires gov-receipt - The receiver confirmed; `detail` is `{ formId, receipt, receivedAt }`.
 */
export class GovEform extends GovElement<EformDefinition> {
  static override styles = [...GovElement.styles, formStyles, eformStyles];

  static override strings = {
    th: {
      ...formStrings.th,
      empty: 'แบบฟอร์มนี้ยังไม่มีคำถาม',
    },
    en: {
      ...formStrings.en,
      empty: 'This form has no questions yet.',
    },
  };

  static override properties = {
    ...GovElement.properties,
    endpoint: { type: String },
    agency: { type: String },
    retryDelay: { type: Number, attribute: 'retry-delay' },
  };

  /** The URL submissions are posted to; overrides the definition's `endpoint`. */
  declare endpoint?: string;
  /** The agency's name for the print view; overrides the definition's `agency`. */
  declare agency?: string;
  /** The first delay (ms) before resending after a network failure or a busy receiver; it doubles each time. */
  declare retryDelay: number;

  private readonly sessions = new WeakMap<EformDefinition, FormSession>();
  private machinery?: FormMachinery;

  constructor() {
    super();
    this.retryDelay = 1000;
  }

  protected dataSource(): DataSource<EformDefinition> {
    void loadValidator();
    void loadFormMachinery();
    return {
      validate: async (data) => {
        const problems = await validate(eformDefinitionSchema, data, this.lang);
        if (problems.length > 0) return problems;
        const { checkDefinition } = await loadFormMachinery();
        return checkDefinition(data as EformDefinition, (key, params) => this.t(key, params));
      },
      isEmpty: (data) => data.pages.length === 0,
      prepare: async (data) => {
        this.machinery = await loadFormMachinery();
        const session = await this.machinery.FormSession.open(this, data, {
          endpoint: () => this.endpoint || data.endpoint,
          retryDelay: () => this.retryDelay,
        });
        this.sessions.set(data, session);
      },
    };
  }

  /** The person's work on the current definition. */
  protected get session(): FormSession | undefined {
    return this.data ? this.sessions.get(this.data) : undefined;
  }

  /** Where the person is: a page id, `check` or `receipt`; reflected as the `step` attribute. */
  get step(): string | undefined {
    const session = this.session;
    if (!session || this.state !== 'ready') return undefined;
    return typeof session.step === 'number' ? this.data!.pages[session.step]?.id : session.step;
  }

  /** A copy of the answers as typed so far. Set it to pre-fill the form (only its own fields are kept). */
  get answers(): Answers {
    return structuredClone(this.session?.answers ?? {});
  }
  set answers(value: Answers) {
    this.session?.replaceAnswers(value);
  }

  /** Clears the answers, the draft and any unfinished submission, and goes back to the first page. */
  async startAgain(): Promise<void> {
    await this.session?.startAgain();
  }

  /** Resolves when every change so far is saved on the device. */
  whenDraftSaved(): Promise<void> {
    return this.session?.flushDraft() ?? Promise.resolve();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const step = this.step;
    if (step) this.setAttribute('step', step);
    else this.removeAttribute('step');
  }

  private viewContext(data: EformDefinition): FormViewContext {
    return {
      t: (key, params) => this.t(key, params),
      text: (value) => this.text(value),
      lang: this.lang,
      numerals: this.numerals,
      headingLevel: this.headingLevel,
      title: this.text(data.title),
      agency: this.agency || this.text(data.agency) || undefined,
      base: this.dataController.baseUrl,
    };
  }

  protected renderReady(data: EformDefinition): unknown {
    const session = this.sessions.get(data);
    if (!session || !this.machinery) return nothing;
    return html`${heading(this.headingLevel, this.text(data.title))}
      ${data.description && session.step !== 'receipt' ? html`<p class="intro">${this.text(data.description)}</p>` : nothing}
      ${this.machinery.renderForm(session, this.viewContext(data))}`;
  }

  protected override renderEmpty(data: EformDefinition): unknown {
    return html`${heading(this.headingLevel, this.text(data.title))}
      <p class="status" role="status" part="status empty">${this.t('empty')}</p>`;
  }
}

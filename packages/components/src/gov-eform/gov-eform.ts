import { formStrings, GovFormElement, loadFormMachinery } from '@govkit-th/core/forms';
import { eformDefinitionSchema, validate, type EformDefinition } from '@govkit-th/schemas';

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
 * @prop {string} step - Where the person is: a page id, `check` or `receipt` (read-only); reflected as the `step` attribute.
 * @prop {Answers} answers - A copy of the answers as typed so far. Set it to pre-fill the form (only its own fields are kept).
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
 * @csspart privacy-notice - The form's privacy notice on the page that sends, and on the receipt (the inbox's copy, else the definition's).
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
 * @fires gov-load - The definition is ready; `detail` is the definition.
 * @fires gov-error - Loading or checking the definition failed; `detail.error` says why.
 * @fires gov-submit - The person pressed send and the answers are valid; `detail` is `{ formId, formVersion, data, idempotencyKey }`. Cancel it to send the answers yourself.
 * @fires gov-receipt - The receiver confirmed; `detail` is `{ formId, receipt, receivedAt }`, and `privacyNotice` when the receiver sent one.
 */
export class GovEform extends GovFormElement<EformDefinition> {
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

  /**
   * The URL submissions are posted to; overrides the definition's `endpoint`.
   * @attr endpoint
   */
  declare endpoint?: string;
  /**
   * The agency's name for the print view; overrides the definition's `agency`.
   * @attr agency
   */
  declare agency?: string;
  /**
   * The first delay (ms) before resending after a network failure or a busy receiver; it doubles each time.
   * @attr retry-delay
   * @default 1000
   */
  declare retryDelay: number;

  protected async checkData(data: unknown) {
    const problems = await validate(eformDefinitionSchema, data, this.lang);
    if (problems.length > 0) return problems;
    const { checkDefinition } = await loadFormMachinery();
    return checkDefinition(data as EformDefinition, (key, params) => this.t(key, params));
  }

  protected formDefinition(data: EformDefinition): EformDefinition {
    return data;
  }

  protected formTitle(data: EformDefinition): string {
    return this.text(data.title);
  }

  protected formIntro(data: EformDefinition) {
    return data.description;
  }

  protected override isEmptyForm(data: EformDefinition): boolean {
    return data.pages.length === 0;
  }
}

import { interpolate, lookup, type Lang } from '@govkit-th/core';
import { formStrings, GovFormElement } from '@govkit-th/core/forms';
import {
  opinionBoxSchema,
  opinionSubmissionSchema,
  validate,
  type EformDefinition,
  type EformField,
  type LocalizedText,
  type OpinionBoxData,
} from '@govkit-th/schemas';
import { opinionBoxStyles } from './gov-opinion-box.styles.js';

/** The form id opinions are sent under (`POST /opinions`). */
export const OPINION_FORM_ID = 'opinion';
const OPINION_FORM_VERSION = '1';

/**
 * A channel for public opinion and suggestions (order 1.4(3)): a topic from the agency's
 * list, the message, an optional name and contact, and consent with a link to the privacy
 * notice. Validated as the person types, kept as a draft on the device (unless they say
 * not to), sent once with an idempotency key to the inbox's `POST /opinions`, answered
 * with a receipt. No CAPTCHA.
 *
 * @tagname gov-opinion-box
 * @summary A short public-opinion form with drafts and an idempotent submit.
 *
 * @prop {string} step - `form`, or `receipt` once sent (read-only); reflected as the `step` attribute.
 * @prop {Answers} answers - A copy of the answers as typed so far. Set it to pre-fill the form (only its own fields are kept).
 *
 * @slot - Fallback content (another way to send an opinion), shown before the element upgrades and when loading fails.
 *
 * @csspart heading - The title.
 * @csspart page - The form.
 * @csspart field - One question.
 * @csspart error-summary - The box listing every problem.
 * @csspart error-message - A field's error message.
 * @csspart continue - The send button.
 * @csspart send-status - The polite status line while sending.
 * @csspart send-error - Why sending failed.
 * @csspart receipt - The receipt after sending.
 * @csspart notice - The notice that a draft was brought back.
 * @csspart tools - The "do not keep on this device" choice.
 * @csspart draft-status - The polite "draft saved" line.
 * @csspart print-view - What is printed (hidden on screen).
 * @csspart status - The loading status line.
 * @csspart error - The error message box when the data cannot be used.
 * @csspart retry-button - The retry button in the error state.
 *
 * @fires gov-load - The data is ready; `detail` is the data.
 * @fires gov-error - Loading or checking the data failed; `detail.error` says why.
 * @fires gov-submit - The person pressed send and the answers are valid; `detail` is `{ formId, formVersion, data, idempotencyKey }`. Cancel it to send the opinion yourself.
 * @fires gov-receipt - The receiver confirmed; `detail` is `{ formId, receipt, receivedAt }`.
 */
export class GovOpinionBox extends GovFormElement<OpinionBoxData> {
  static override styles = [...GovFormElement.styles, opinionBoxStyles];

  static override strings = {
    th: {
      ...formStrings.th,
      title: 'แสดงความคิดเห็นและข้อเสนอแนะ',
      'page-title': 'ความคิดเห็นของท่าน',
      'topic-label': 'เรื่องที่ต้องการแสดงความคิดเห็น',
      'message-label': 'ความคิดเห็นหรือข้อเสนอแนะ',
      'message-hint': 'เล่าสิ่งที่พบหรือสิ่งที่อยากให้ปรับปรุง พร้อมสถานที่และเวลาถ้ามี ไม่เกิน {max}\u00a0ตัวอักษร',
      'name-label': 'ชื่อ',
      'name-hint': 'ส่งโดยไม่ระบุชื่อได้',
      'contact-label': 'อีเมลหรือหมายเลขโทรศัพท์',
      'contact-hint': 'ใส่เมื่อต้องการให้หน่วยงานติดต่อกลับ',
      'consent-required': 'กรุณายืนยันความยินยอมก่อนส่ง',
      'topic-required': 'เลือกเรื่องที่ต้องการแสดงความคิดเห็น',
      'message-required': 'เขียนความคิดเห็นหรือข้อเสนอแนะ',
      'privacy-link': 'อ่านประกาศความเป็นส่วนตัว',
      'form-submit': 'ส่งความคิดเห็น',
      'form-receipt-title': 'ได้รับความคิดเห็นของท่านแล้ว',
      'form-receipt-keep': 'ขอบคุณที่แสดงความคิดเห็น กรุณาจดเลขที่รับไว้หากต้องการติดตามผล ร่างที่เก็บไว้ในอุปกรณ์นี้ถูกลบแล้ว',
      'form-new': 'แสดงความคิดเห็นอีกเรื่อง',
    },
    en: {
      ...formStrings.en,
      title: 'Opinions and suggestions',
      'page-title': 'Your opinion',
      'topic-label': 'What is it about?',
      'message-label': 'Your opinion or suggestion',
      'message-hint':
        'Say what you found or what should be improved, with the place and time if any; up to {max}\u00a0characters.',
      'name-label': 'Name',
      'name-hint': 'You may send without your name',
      'contact-label': 'Email address or phone number',
      'contact-hint': 'Give one if you would like the agency to reply',
      'consent-required': 'Please confirm your consent before sending',
      'topic-required': 'Choose what your opinion is about',
      'message-required': 'Write your opinion or suggestion',
      'privacy-link': 'Read the privacy notice',
      'form-submit': 'Send your opinion',
      'form-receipt-title': 'We have your opinion',
      'form-receipt-keep':
        'Thank you. Keep the receipt number if you want to follow up. The draft kept on this device has been removed.',
      'form-new': 'Send another opinion',
    },
  };

  /**
   * The inbox's `POST /opinions` URL; overrides the data's `endpoint`.
   * @attr endpoint
   */
  declare endpoint?: string;
  /**
   * The agency's name for the print view; overrides the data's `agency`.
   * @attr agency
   */
  declare agency?: string;
  /**
   * The first delay (ms) before resending after a network failure or a busy receiver; it doubles each time.
   * @attr retry-delay
   * @default 1000
   */
  declare retryDelay: number;

  protected override readonly tools = 'keep';

  protected checkData(data: unknown) {
    return validate(opinionBoxSchema, data, this.lang);
  }

  protected formTitle(data: OpinionBoxData): string {
    return this.text(data.title) || this.t('title');
  }

  protected formIntro(data: OpinionBoxData) {
    return data.intro;
  }

  /** `form`, or `receipt` once sent; reflected as the `step` attribute. */
  override get step(): string | undefined {
    const step = super.step;
    return step && step !== 'receipt' ? 'form' : step;
  }

  /** A message in both languages, so the form reads right whichever the page switches to. */
  private both(key: string, params?: Record<string, string | number>): LocalizedText {
    const elementStrings = GovOpinionBox.strings;
    const fill = (lang: Lang) =>
      interpolate(lookup(lang, key, { tag: this.localName, element: this, elementStrings }), params);
    return { th: fill('th'), en: fill('en') };
  }

  /** The opinion form as an e-form definition, so it runs on the same machinery. */
  protected formDefinition(data: OpinionBoxData): EformDefinition {
    const maxLength = data.maxLength ?? 3000;
    const topicIds = data.topics.map((topic) => topic.id);
    const fields: EformField[] = [];
    if (topicIds.length > 0) {
      fields.push({
        name: 'topic',
        label: this.both('topic-label'),
        options: data.topics.map((topic) => ({ value: topic.id, label: topic.label })),
        messages: { required: this.both('topic-required') },
      });
    }
    fields.push(
      {
        name: 'message',
        label: this.both('message-label'),
        hint: this.both('message-hint', { max: maxLength }),
        widget: 'textarea',
        rows: 8,
        messages: { required: this.both('message-required') },
      },
      { name: 'name', label: this.both('name-label'), hint: this.both('name-hint'), autocomplete: 'name' },
      {
        name: 'contact',
        label: this.both('contact-label'),
        hint: this.both('contact-hint'),
        format: 'email-or-th-phone',
        autocomplete: 'email',
      },
      {
        name: 'consent',
        label: data.consent,
        widget: 'checkbox',
        link: { href: data.privacyNotice.href, label: data.privacyNotice.label ?? this.both('privacy-link') },
        messages: { required: this.both('consent-required'), const: this.both('consent-required') },
      },
    );
    const properties = opinionSubmissionSchema.properties;
    return {
      id: OPINION_FORM_ID,
      version: OPINION_FORM_VERSION,
      title: data.title ?? this.both('title'),
      schema: {
        type: 'object',
        required: topicIds.length > 0 ? ['topic', 'message', 'consent'] : ['message', 'consent'],
        properties: {
          ...(topicIds.length > 0 ? { topic: { enum: topicIds } } : {}),
          message: { ...properties.message, maxLength },
          name: properties.name,
          contact: properties.contact,
          consent: properties.consent,
        },
        additionalProperties: false,
      },
      pages: [{ id: 'opinion', title: this.both('page-title'), fields }],
      checkAnswers: false,
    };
  }
}

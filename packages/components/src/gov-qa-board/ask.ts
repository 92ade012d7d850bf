import { html, nothing, type TemplateResult } from 'lit';
import { heading, headingLevel, interpolate, lookup, type Catalogues, type Lang } from '@govkit-th/core';
import {
  formStrings,
  formStyles,
  loadFormMachinery,
  type FormHost,
  type FormSession,
  type FormViewContext,
} from '@govkit-th/core/forms';
import {
  questionSubmissionSchema,
  type EformDefinition,
  type EformField,
  type LocalizedText,
} from '@govkit-th/schemas';

/**
 * The "ask a question" form, in a chunk of its own: its words, the forms' styles and
 * strings, and the forms machinery load only when a board has an `endpoint`, so a board
 * that only shows answers never downloads them.
 */

/** The form id questions are sent under (`POST /questions`). */
export const QUESTION_FORM_ID = 'question';
const QUESTION_FORM_VERSION = '1';
const QUESTION_MAX_LENGTH = questionSubmissionSchema.properties.question.maxLength;

const th = {
  ...formStrings.th,
  'ask-title': 'ถามคำถาม',
  'ask-intro': 'คำถามและคำตอบจะขึ้นบนกระดานนี้เมื่อเจ้าหน้าที่ตอบและผู้มีอำนาจอนุมัติให้เผยแพร่แล้ว',
  'ask-page-title': 'คำถามของท่าน',
  'question-label': 'คำถาม',
  'question-hint': 'ถามเรื่องที่อยู่ในความรับผิดชอบของหน่วยงาน ไม่เกิน {max}\u00a0ตัวอักษร ไม่ต้องใส่ข้อมูลส่วนตัวในคำถาม',
  'question-required': 'เขียนคำถามที่ต้องการถาม',
  'category-choice-label': 'หมวดของคำถาม',
  'name-label': 'ชื่อ',
  'name-hint': 'ไม่เผยแพร่ ส่งโดยไม่ระบุชื่อได้',
  'contact-label': 'อีเมลหรือหมายเลขโทรศัพท์',
  'contact-hint': 'ไม่เผยแพร่ ใส่เมื่อต้องการให้หน่วยงานแจ้งเมื่อตอบแล้ว',
  consent: 'ข้าพเจ้ายินยอมให้หน่วยงานเก็บข้อมูลที่กรอกไว้เพื่อตอบคำถามนี้ และเผยแพร่คำถามที่เจ้าหน้าที่เรียบเรียงใหม่พร้อมคำตอบโดยไม่ระบุชื่อผู้ถาม',
  'consent-required': 'กรุณายืนยันความยินยอมก่อนส่งคำถาม',
  'privacy-link': 'อ่านประกาศความเป็นส่วนตัว',
  'form-submit': 'ส่งคำถาม',
  'form-receipt-title': 'ได้รับคำถามของท่านแล้ว',
  'form-receipt-keep':
    'เจ้าหน้าที่จะเรียบเรียงคำถามและตอบบนกระดานถาม-ตอบนี้เมื่อผู้มีอำนาจอนุมัติแล้ว กรุณาจดเลขที่รับไว้เพื่อติดตามผล ร่างที่เก็บไว้ในอุปกรณ์นี้ถูกลบแล้ว',
  'form-new': 'ถามคำถามอื่น',
};

const en = {
  ...formStrings.en,
  'ask-title': 'Ask a question',
  'ask-intro':
    'The question and its answer appear on this board once staff have answered it and the answer is approved.',
  'ask-page-title': 'Your question',
  'question-label': 'Question',
  'question-hint':
    'Ask about something the agency is responsible for, in up to {max}\u00a0characters. Leave personal details out of the question.',
  'question-required': 'Write the question you want to ask',
  'category-choice-label': 'Category of the question',
  'name-label': 'Name',
  'name-hint': 'Not published; you may ask without your name',
  'contact-label': 'Email address or phone number',
  'contact-hint': 'Not published; give one if you would like to hear when it is answered',
  consent:
    'I agree that the agency keeps what I have written to answer this question, and publishes the question as its staff rewrite it, with the answer, without my name.',
  'consent-required': 'Please confirm your consent before sending your question',
  'privacy-link': 'Read the privacy notice',
  'form-submit': 'Send the question',
  'form-receipt-title': 'We have your question',
  'form-receipt-keep':
    'Staff will rewrite the question and answer it on this board once the answer is approved. Keep the receipt number to follow it up. The draft kept on this device has been removed.',
  'form-new': 'Ask another question',
} satisfies Record<keyof typeof th, string>;

/** What the form needs from the board. */
export interface AskOptions {
  /** The board's items: their categories are offered as a choice (none: not asked). */
  items: readonly { category?: LocalizedText }[];
  /** The privacy notice's address, linked from the consent. */
  privacyNotice?: string;
}

/** What the view needs from the board; `headingLevel` is the board's own. */
export type AskView = Omit<FormViewContext, 'tools'>;

/** The ask form of one board: its session (answers, draft, submit) and its view. */
export interface AskForm {
  session: FormSession;
  render(view: AskView): TemplateResult;
}

type CatalogueOwner = { strings: Partial<Catalogues> };

/**
 * Opens the question form on the forms machinery, with the person's draft brought back:
 * the form's words join the board's catalogue (the board's own keys win, and the page's
 * overrides still apply), and the session becomes a controller of the board.
 */
export async function openAskForm(host: FormHost, options: AskOptions): Promise<AskForm> {
  const owner = host.constructor as unknown as CatalogueOwner;
  owner.strings = { th: { ...th, ...owner.strings.th }, en: { ...en, ...owner.strings.en } };
  const machinery = await loadFormMachinery();
  const session = await machinery.FormSession.open(host, questionForm(host, options));
  host.addController(session);
  return {
    session,
    render(view) {
      adoptFormStyles(host);
      const level = headingLevel(view.headingLevel, 1);
      const title = view.t('ask-title');
      return html`<section class="ask" part="ask" aria-labelledby="ask-title">
        ${heading(level, title, 'ask-title', { part: '' })}
        ${session.step === 'receipt' ? nothing : html`<p class="ask-intro">${view.t('ask-intro')}</p>`}
        ${machinery.renderForm(session, { ...view, headingLevel: level, title, tools: 'keep' })}
      </section>`;
    },
  };
}

/** The forms' styles join the board's shadow root (constructable sheets: CSP-safe). */
function adoptFormStyles(host: FormHost): void {
  const root = host.renderRoot as ShadowRoot;
  const sheet = formStyles.styleSheet;
  if (sheet && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

/** A message in both languages, through the board's catalogue and the page's overrides. */
function both(host: FormHost, key: string, params?: Record<string, string | number>): LocalizedText {
  const elementStrings = (host.constructor as unknown as { strings: Partial<Catalogues> }).strings;
  const fill = (lang: Lang) =>
    interpolate(lookup(lang, key, { tag: host.localName, element: host, elementStrings }), params);
  return { th: fill('th'), en: fill('en') };
}

/** The question form as an e-form definition, on the inbox's own question schema. */
export function questionForm(host: FormHost, { items, privacyNotice }: AskOptions): EformDefinition {
  const categories = categoriesOf(items);
  const properties = questionSubmissionSchema.properties;
  const fields: EformField[] = [
    {
      name: 'question',
      label: both(host, 'question-label'),
      hint: both(host, 'question-hint', { max: QUESTION_MAX_LENGTH }),
      widget: 'textarea',
      rows: 6,
      messages: { required: both(host, 'question-required') },
    },
  ];
  const categoryValues = categories.map(categoryValue);
  if (categories.length > 0) {
    fields.push({
      name: 'category',
      label: both(host, 'category-choice-label'),
      options: categories.map((label, index) => ({ value: categoryValues[index]!, label })),
    });
  }
  fields.push(
    { name: 'name', label: both(host, 'name-label'), hint: both(host, 'name-hint'), autocomplete: 'name' },
    {
      name: 'contact',
      label: both(host, 'contact-label'),
      hint: both(host, 'contact-hint'),
      format: 'email-or-th-phone',
      autocomplete: 'email',
    },
    {
      name: 'consent',
      label: both(host, 'consent'),
      widget: 'checkbox',
      ...(privacyNotice ? { link: { href: privacyNotice, label: both(host, 'privacy-link') } } : {}),
      messages: { required: both(host, 'consent-required'), const: both(host, 'consent-required') },
    },
  );
  return {
    id: QUESTION_FORM_ID,
    version: QUESTION_FORM_VERSION,
    title: both(host, 'ask-title'),
    schema: {
      type: 'object',
      required: ['question', 'consent'],
      properties: {
        question: properties.question,
        ...(categories.length > 0 ? { category: { ...properties.category, enum: categoryValues } } : {}),
        name: properties.name,
        contact: properties.contact,
        consent: properties.consent,
      },
      additionalProperties: false,
    },
    pages: [{ id: 'ask', title: both(host, 'ask-page-title'), fields }],
    checkAnswers: false,
  };
}

/** The categories of the items, in both languages, once each (by their Thai text), in order. */
function categoriesOf(items: AskOptions['items']): LocalizedText[] {
  const seen = new Map<string, LocalizedText>();
  for (const { category } of items) {
    const value = category && categoryValue(category);
    if (value && !seen.has(value)) seen.set(value, category);
  }
  return [...seen.values()];
}

/** What is sent for a category: its Thai text (staff file questions in Thai). */
function categoryValue(category: LocalizedText): string {
  return typeof category === 'string' ? category : (category.th ?? category.en ?? '');
}

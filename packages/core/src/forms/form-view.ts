import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { EformOption, LocalizedText } from '@govkit-th/schemas';
import { digitsIn, formatBytes, formatDate, formatNumber, machineDate, type Numerals } from '../dates.js';
import { interpolate } from '../i18n.js';
import type { Lang } from '../lang.js';
import { heading, link } from '../templates.js';
import { sentValue, type FieldInstance, type GroupInstance, type Instance } from './form-model.js';
import type { FormSession, Message, SummaryEntry } from './form-session.js';
import { thaiFormatInput } from './thai-formats.js';

/** What the view needs from the element: words, language and headings. */
export interface FormViewContext {
  t(key: string, params?: Record<string, string | number>): string;
  text(value: LocalizedText | undefined | null): string;
  lang: Lang;
  numerals: Numerals;
  /** The level of the form's title; pages and sections use the next level. */
  headingLevel: number;
  title: string;
  agency?: string;
  /** Where relative links in the definition resolve. */
  base?: string;
  /** `all` (default): keep, save, open and print; `keep`: only the "do not keep on this device" choice. */
  tools?: 'all' | 'keep';
}

/** A heading inside the form (no `part`), which focus can be moved to (for page changes). */
const sectionHeading = (level: number, content: unknown, id?: string, focusable = false) =>
  heading(level, content, id, { part: '', focusable });

function timeOfDay(iso: string, context: FormViewContext): string {
  const formatter = new Intl.DateTimeFormat(context.lang === 'th' ? 'th-TH-u-nu-latn' : 'en-GB', {
    hour: '2-digit',
    minute: '2-digit',
  });
  return digitsIn(formatter.format(new Date(iso)), context.numerals);
}

function dateTime(iso: string, context: FormViewContext): TemplateResult | string {
  const shown = formatDate(iso, context.lang, { numerals: context.numerals, withTime: true });
  const machine = machineDate(iso);
  return shown && machine ? html`<time datetime=${machine}>${shown}</time>` : iso;
}

function message(entry: Message | undefined, context: FormViewContext): string {
  if (!entry) return '';
  const params = { ...entry.params };
  if (entry.time)
    params.time =
      entry.key === 'form-draft-saved'
        ? timeOfDay(entry.time, context)
        : (formatDate(entry.time, context.lang, { numerals: context.numerals, withTime: true }) ?? entry.time);
  return context.t(entry.key, params);
}

/** The field or group of the definition an instance shows. */
const itemOf = (instance: Instance) => (instance.kind === 'field' ? instance.info.field : instance.info.group);

/** A problem in words: the field's own message if the definition gives one, else the general one. */
function problemText(
  problem: SummaryEntry['problem'],
  instance: Instance | undefined,
  context: FormViewContext,
): string {
  const own = instance?.kind === 'field' ? instance.info.field.messages?.[problem.keyword] : undefined;
  if (own) return interpolate(context.text(own), { limit: problem.limit ?? '' });
  return problem.key ? context.t(problem.key) : problem.message;
}

/** In the error summary a general message needs the question it is about ("ชื่อและนามสกุล: ต้องระบุข้อมูลนี้"). */
function summaryText(
  problem: SummaryEntry['problem'],
  instance: Instance | undefined,
  context: FormViewContext,
): string {
  const text = problemText(problem, instance, context);
  if (!instance || (instance.kind === 'field' && instance.info.field.messages?.[problem.keyword])) return text;
  return context.t('form-summary-item', { label: context.text(itemOf(instance).label), message: text });
}

function optionLabel(options: EformOption[], value: unknown, context: FormViewContext): string {
  const option = options.find((candidate) => candidate.value === value);
  return option ? context.text(option.label) : String(value);
}

const notAnswered = (context: FormViewContext) =>
  html`<span class="not-answered">${context.t('form-not-answered')}</span>`;

/** The heading of one item of a group: the definition's `itemLabel` or "รายการที่ {n}". */
function itemTitle(group: GroupInstance, index: number, context: FormViewContext): string {
  const { itemLabel } = group.info.group;
  return itemLabel ? interpolate(context.text(itemLabel), { n: index + 1 }) : context.t('form-item', { n: index + 1 });
}

/** An answer as the check page and the print view show it. */
function answerText(instance: FieldInstance, session: FormSession, context: FormViewContext): unknown {
  const { info } = instance;
  const value = session.value(instance.path);
  if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0))
    return notAnswered(context);
  switch (info.widget) {
    case 'select':
    case 'radios':
      return optionLabel(info.options, value, context);
    case 'checkboxes':
      return Array.isArray(value)
        ? html`<ul class="answer-list">${value.map((item) => html`<li>${optionLabel(info.options, item, context)}</li>`)}</ul>`
        : String(value);
    case 'checkbox':
      return value === true ? context.t('form-checked') : notAnswered(context);
    case 'date':
      return formatDate(String(value), context.lang, { numerals: context.numerals }) ?? String(value);
    case 'file': {
      const file = value as { name?: string; size?: number };
      return `${file.name ?? ''} (${formatBytes(Number(file.size ?? 0), context.lang, context.numerals)})`;
    }
    case 'number': {
      const number = sentValue(info, value);
      return typeof number === 'number'
        ? formatNumber(number, context.lang, context.numerals, { useGrouping: false })
        : String(value);
    }
    default:
      return String(value);
  }
}

// ---- fields ------------------------------------------------------------------------------

interface FieldParts {
  /** `field` or `group`, with `field-error` while an error shows. */
  classes: string;
  describedBy: string | typeof nothing;
  invalid: 'true' | typeof nothing;
  above: TemplateResult;
}

/** The hint, link and error message every field (and group) shows above its control, and the ids that describe it. */
function fieldParts(
  instance: Instance,
  session: FormSession,
  context: FormViewContext,
  extra: string[] = [],
): FieldParts {
  const { hint } = itemOf(instance);
  const fieldLink = instance.kind === 'field' ? instance.info.field.link : undefined;
  const problem = session.visibleProblem(instance);
  const hintId = hint ? `${instance.id}-hint` : undefined;
  const errorId = problem ? `${instance.id}-error` : undefined;
  const describedBy = [hintId, ...extra, errorId].filter(Boolean).join(' ');
  const above = html`${hint ? html`<p class="hint" id=${hintId!}>${context.text(hint)}</p>` : nothing}
    ${fieldLink ? html`<p class="hint field-link">${link(fieldLink.href, context.text(fieldLink.label), { base: context.base })}</p>` : nothing}
    ${
      problem
        ? html`<p class="error-message" id=${errorId!} part="error-message">
          <span class="visually-hidden">${context.t('form-error-prefix')}</span> ${problemText(problem, instance, context)}
        </p>`
        : nothing
    }`;
  return {
    classes: `${instance.kind}${problem ? ' field-error' : ''}`,
    describedBy: describedBy || nothing,
    invalid: problem ? 'true' : nothing,
    above,
  };
}

function labelText(instance: FieldInstance, context: FormViewContext): TemplateResult {
  const optional = !instance.info.required && instance.info.widget !== 'checkbox';
  return html`${context.text(instance.info.field.label)}${optional ? html` <span class="optional">${context.t('form-optional')}</span>` : nothing}`;
}

const inputTypes: Record<string, string> = { email: 'email', tel: 'tel' };

/** Radios or checkboxes in a fieldset, each choice with its own hint. */
function renderChoices(
  instance: FieldInstance,
  session: FormSession,
  context: FormViewContext,
  value: unknown,
): TemplateResult {
  const { info, id } = instance;
  const parts = fieldParts(instance, session, context);
  const multiple = info.widget === 'checkboxes';
  const chosen = multiple ? (Array.isArray(value) ? value : []) : [value];
  return html`<fieldset class=${parts.classes} part="field" aria-describedby=${parts.describedBy}>
    <legend class="label">${labelText(instance, context)}</legend>
    ${parts.above}
    <div class="choices">
      ${info.options.map((option, index) => {
        const optionId = `${id}-${index}`;
        const toggle = (event: Event) => {
          if (!multiple) return session.setAnswer(instance, option.value);
          const on = (event.target as HTMLInputElement).checked;
          const current = Array.isArray(session.value(instance.path))
            ? (session.value(instance.path) as unknown[])
            : [];
          session.setAnswer(
            instance,
            on
              ? info.options.map((o) => o.value).filter((v) => v === option.value || current.includes(v))
              : current.filter((v) => v !== option.value),
          );
        };
        return html`<div class="choice">
          <input type=${multiple ? 'checkbox' : 'radio'} id=${optionId} name=${id} .checked=${live(chosen.includes(option.value))}
            aria-invalid=${parts.invalid} aria-describedby=${option.hint ? `${optionId}-hint` : nothing}
            @change=${toggle} @blur=${() => session.leave(instance)} />
          <label for=${optionId}>${context.text(option.label)}</label>
          ${option.hint ? html`<p class="hint choice-hint" id=${`${optionId}-hint`}>${context.text(option.hint)}</p>` : nothing}
        </div>`;
      })}
    </div>
  </fieldset>`;
}

/** One question: its label, then hint, link and error, then its control; a single checkbox has its label after the box. */
function renderField(instance: FieldInstance, session: FormSession, context: FormViewContext): TemplateResult {
  const { info, id } = instance;
  const { widget, field } = info;
  const value = session.value(instance.path);
  if (widget === 'radios' || widget === 'checkboxes') return renderChoices(instance, session, context, value);
  const set = (next: unknown) => session.setAnswer(instance, next);
  const leave = () => session.leave(instance);
  const text = typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value);
  const file =
    widget === 'file' && value && typeof value === 'object' ? (value as { name?: string; size?: number }) : undefined;
  const date =
    widget === 'date' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)
      ? formatDate(value, context.lang, { numerals: context.numerals })
      : undefined;
  const noteId = `${id}-note`;
  const chosenId = `${id}-chosen`;
  const parts = fieldParts(instance, session, context, [widget === 'file' ? noteId : '', file || date ? chosenId : '']);

  if (widget === 'checkbox') {
    return html`<div class=${parts.classes} part="field">
      ${parts.above}
      <div class="choice">
        <input type="checkbox" id=${id} .checked=${live(value === true)} aria-describedby=${parts.describedBy}
          aria-invalid=${parts.invalid} @change=${(event: Event) => set((event.target as HTMLInputElement).checked || undefined)} @blur=${leave} />
        <label for=${id}>${labelText(instance, context)}</label>
      </div>
    </div>`;
  }

  let control: TemplateResult;
  let after: TemplateResult | typeof nothing = nothing;
  switch (widget) {
    case 'select': {
      const selected = info.options.findIndex((option) => option.value === value);
      control = html`<select id=${id} aria-describedby=${parts.describedBy} aria-invalid=${parts.invalid} autocomplete=${field.autocomplete ?? nothing}
        @change=${(event: Event) => {
          const index = Number((event.target as HTMLSelectElement).value);
          set(Number.isInteger(index) && index >= 0 ? info.options[index].value : undefined);
        }} @blur=${leave}>
        <option value="" ?selected=${selected < 0}>${context.t('form-choose')}</option>
        ${info.options.map((option, index) => html`<option value=${String(index)} ?selected=${index === selected}>${context.text(option.label)}</option>`)}
      </select>`;
      break;
    }
    case 'date':
      control = html`<input type="date" id=${id} class="input-date" .value=${live(typeof value === 'string' ? value : '')}
        aria-describedby=${parts.describedBy} aria-invalid=${parts.invalid} autocomplete=${field.autocomplete ?? nothing}
        @input=${(event: Event) => set((event.target as HTMLInputElement).value || undefined)}
        @change=${(event: Event) => session.fixBuddhistYear(instance, (event.target as HTMLInputElement).value)} @blur=${leave} />`;
      if (date) after = html`<p class="hint date-chosen" id=${chosenId}>${context.t('form-date-chosen', { date })}</p>`;
      break;
    case 'file':
      control = html`<p class="hint" id=${noteId}>${context.t('form-file-note')}</p>
        ${fileChooser(id, context.t('form-file-choose'), {
          accept: field.accept,
          describedBy: parts.describedBy,
          onBlur: leave,
          onChange: (input) => {
            const chosen = input.files?.[0];
            set(
              chosen
                ? { name: chosen.name, size: chosen.size, type: chosen.type || 'application/octet-stream' }
                : undefined,
            );
          },
        })}`;
      if (file)
        after = html`<p class="file-chosen" id=${chosenId}>${context.t('form-file-chosen', { name: file.name ?? '', size: formatBytes(Number(file.size ?? 0), context.lang, context.numerals) })}</p>`;
      break;
    default: {
      const format = info.format ? thaiFormatInput(info.format) : undefined;
      const number = widget === 'number';
      const inputmode =
        field.inputmode ??
        format?.inputmode ??
        (number ? (info.schema.type === 'integer' ? 'numeric' : 'decimal') : undefined);
      const autocomplete = field.autocomplete ?? format?.autocomplete ?? inputTypes[widget];
      const onInput = (event: Event) => set((event.target as HTMLInputElement).value);
      control =
        widget === 'textarea'
          ? html`<textarea id=${id} rows=${field.rows ?? 5} .value=${live(text)} aria-describedby=${parts.describedBy}
              aria-invalid=${parts.invalid} autocomplete=${autocomplete ?? nothing} @input=${onInput} @blur=${leave}></textarea>`
          : html`<input id=${id} type=${format?.type ?? inputTypes[widget] ?? 'text'} .value=${live(text)} class=${info.format || number ? 'input-short' : 'input'}
              inputmode=${inputmode ?? nothing} autocomplete=${autocomplete ?? nothing} spellcheck=${info.format || number || widget === 'email' ? 'false' : nothing}
              aria-describedby=${parts.describedBy} aria-invalid=${parts.invalid} @input=${onInput} @blur=${leave} />`;
    }
  }
  return html`<div class=${parts.classes} part="field">
    <label class="label" for=${id} id="${id}-label">${labelText(instance, context)}</label>
    ${parts.above} ${control} ${after}
  </div>`;
}

function renderGroup(instance: GroupInstance, session: FormSession, context: FormViewContext): TemplateResult {
  const { info, id } = instance;
  const parts = fieldParts(instance, session, context);
  const count = instance.items.length;
  return html`<fieldset class=${parts.classes} part="group" aria-describedby=${parts.describedBy}>
    <legend class="label">${context.text(info.group.label)}</legend>
    ${parts.above}
    ${count === 0 ? html`<p class="hint">${context.t('form-no-items')}</p>` : nothing}
    ${instance.items.map(
      (fields, index) => html`<fieldset class="group-item" part="group-item">
        <legend>${itemTitle(instance, index, context)}</legend>
        ${fields.map((field) => renderField(field, session, context))}
        ${
          count > info.minItems
            ? html`<button type="button" class="secondary small" @click=${() => session.removeItem(instance, index)}>
              ${context.t('form-remove-item', { n: index + 1 })}
            </button>`
            : nothing
        }
      </fieldset>`,
    )}
    ${
      count < info.maxItems
        ? html`<button type="button" class="secondary" id=${`${id}-add`} @click=${() => session.addItem(instance)}>${context.t('form-add-another')}</button>`
        : nothing
    }
  </fieldset>`;
}

// ---- the page, the check page, the receipt ---------------------------------------------------

/** GOV.UK's error summary: takes focus; each link moves focus to its field in our own root. */
function renderErrorSummary(session: FormSession, context: FormViewContext): TemplateResult | typeof nothing {
  if (!session.summary) return nothing;
  const entries = session.summaryEntries();
  if (entries.length === 0) return nothing;
  return html`<div class="error-summary" id="error-summary" part="error-summary" tabindex="-1" role="alert" aria-labelledby="error-summary-title">
    ${sectionHeading(context.headingLevel + 1, context.t('form-error-summary-title'), 'error-summary-title')}
    <ul>
      ${entries.map(({ target, problem, instance }) =>
        target
          ? html`<li>
              <a href=${`#${target}`} @click=${(event: Event) => {
                event.preventDefault();
                session.focusField(target);
              }}>${summaryText(problem, instance, context)}</a>
            </li>`
          : html`<li>${summaryText(problem, instance, context)}</li>`,
      )}
    </ul>
  </div>`;
}

function progress(session: FormSession, context: FormViewContext): TemplateResult | typeof nothing {
  const visible = session.evaluation().visiblePages;
  const total = visible.length + (session.checkAnswers ? 1 : 0);
  if (total <= 1) return nothing;
  const current = session.step === 'check' ? total : visible.indexOf(session.step as number) + 1;
  return html`<p class="progress" part="progress">
    ${context.t('form-step', { current: digitsIn(String(current), context.numerals), total: digitsIn(String(total), context.numerals) })}
  </p>`;
}

/** A page of questions, or the check-your-answers page: back, error summary, title, content and the button that moves on or sends. */
function renderStep(session: FormSession, context: FormViewContext): TemplateResult {
  const { step, definition } = session;
  const check = step === 'check';
  const visible = session.evaluation().visiblePages;
  const page = check ? undefined : session.model.pages[step as number].page;
  const first = !check && visible[0] === step;
  const sends = check || (visible[visible.length - 1] === step && !session.checkAnswers);
  // A one-page form sent from its page needs no page heading: the form's title says it all.
  const single = first && sends;
  const title = page ? context.text(page.title) : context.t('form-check-title');
  const submit = (event: Event) => {
    event.preventDefault();
    session.continue();
  };
  return html`${first ? nothing : html`<button type="button" class="back" part="back" @click=${() => session.back()}>${context.t('form-back')}</button>`}
    ${renderErrorSummary(session, context)}
    <form novalidate part=${check ? 'check' : 'page'} @submit=${submit} aria-labelledby=${single ? nothing : 'page-title'} aria-label=${single ? title : nothing}>
      ${progress(session, context)}
      ${single ? nothing : sectionHeading(context.headingLevel + 1, title, 'page-title', true)}
      ${
        page
          ? html`${page.description ? html`<p class="page-description">${context.text(page.description)}</p>` : nothing}
          ${(session.evaluation().instances.get(step as number) ?? []).map((instance) =>
            instance.kind === 'group'
              ? renderGroup(instance, session, context)
              : renderField(instance, session, context),
          )}`
          : html`<p>${context.t('form-check-intro')}</p>
            ${renderAnswers(session, context, true)}`
      }
      ${sends && definition.declaration ? html`<p class="declaration">${context.text(definition.declaration)}</p>` : nothing}
      ${
        sends && session.sendError
          ? html`<div class="send-error" id="send-error" part="send-error" role="alert" tabindex="-1">
            <p class="error-title">${context.t('form-send-failed-title')}</p>
            <p>${message(session.sendError, context)}</p>
          </div>`
          : nothing
      }
      ${check ? nothing : html`<p class="action-status" role="status" part="action-status">${message(session.status, context)}</p>`}
      <div class="actions">
        <button type="submit" part=${check ? 'submit' : 'continue'} ?disabled=${session.sending}>
          ${sends ? context.text(definition.submitLabel) || context.t('form-submit') : context.t('form-continue')}
        </button>
      </div>
      ${sends ? html`<p class="send-status" role="status" part="send-status">${message(session.sendStatus, context)}</p>` : nothing}
    </form>`;
}

/** The items of a group that hold an answer (blank ones are not sent), with their numbers. */
function filled(group: GroupInstance, session: FormSession): Array<{ fields: FieldInstance[]; index: number }> {
  return group.items
    .map((fields, index) => ({ fields, index }))
    .filter(({ fields }) => fields.some((field) => sentValue(field.info, session.value(field.path)) !== undefined));
}

/** The answers of every visible page: the check page (with "change" links) and the print view. */
function renderAnswers(session: FormSession, context: FormViewContext, withChange: boolean): TemplateResult {
  const evaluation = session.evaluation();
  const changeLink = (instance: Instance, label: string) =>
    withChange
      ? html`<dd class="change">
          <a href=${`#${session.focusId(instance)}`} @click=${(event: Event) => {
            event.preventDefault();
            session.change(instance);
          }}>${context.t('form-change')}<span class="visually-hidden"> ${label}</span></a>
        </dd>`
      : nothing;
  /** A group's answer: its filled items, each with its fields. */
  const items = (group: GroupInstance) => {
    const answered = filled(group, session);
    return answered.length === 0
      ? notAnswered(context)
      : html`<ol class="answer-items">
          ${answered.map(
            ({ fields, index }) => html`<li>
              <span class="item-title">${itemTitle(group, index, context)}</span>
              <ul class="answer-list">
                ${fields.map((field) => html`<li>${context.text(field.info.field.label)}: ${answerText(field, session, context)}</li>`)}
              </ul>
            </li>`,
          )}
        </ol>`;
  };
  return html`${evaluation.visiblePages.map((pageIndex) => {
    const page = session.model.pages[pageIndex].page;
    const id = withChange ? `answers-${page.id}` : undefined;
    return html`<section class="answers-page" aria-labelledby=${id ?? nothing}>
      ${sectionHeading(context.headingLevel + 2, context.text(page.title), id)}
      <dl class="answers" part="answers">
        ${(evaluation.instances.get(pageIndex) ?? []).map((instance) => {
          const label = context.text(itemOf(instance).label);
          const field = instance.kind === 'field';
          return html`<div class="answer-row">
            <dt>${label}</dt>
            <dd class=${field ? 'value' : nothing}>${field ? answerText(instance, session, context) : items(instance)}</dd>
            ${changeLink(instance, label)}
          </div>`;
        })}
      </dl>
    </section>`;
  })}`;
}

function renderReceipt(session: FormSession, context: FormViewContext): TemplateResult {
  const receipt = session.receipt!;
  return html`<section class="receipt" part="receipt" aria-labelledby="receipt-title">
    ${sectionHeading(context.headingLevel + 1, context.t('form-receipt-title'), 'receipt-title', true)}
    <dl class="receipt-details">
      <div><dt>${context.t('form-receipt-number')}</dt><dd class="receipt-number">${digitsIn(receipt.receipt, context.numerals)}</dd></div>
      <div><dt>${context.t('form-receipt-time')}</dt><dd>${dateTime(receipt.receivedAt, context)}</dd></div>
    </dl>
    ${session.definition.receiptMessage ? html`<p>${context.text(session.definition.receiptMessage)}</p>` : nothing}
    <p>${context.t('form-receipt-keep')}</p>
    <div class="actions">
      <button type="button" class="secondary" @click=${() => window.print()}>${context.t('form-print-receipt')}</button>
      <button type="button" class="secondary" @click=${() => void session.startAgain()}>${context.t('form-new')}</button>
    </div>
  </section>`;
}

/** Keeping, saving, opening and printing answers. */
function renderTools(session: FormSession, context: FormViewContext): TemplateResult {
  return html`<section class="tools" part="tools" aria-labelledby="tools-title">
    ${sectionHeading(context.headingLevel + 1, context.t(context.tools === 'keep' ? 'form-tools-keep' : 'form-tools'), 'tools-title')}
    <p class="draft-status" role="status" part="draft-status">${message(session.draftStatus, context)}</p>
    <div class="choice">
      <input type="checkbox" id="keep-off" .checked=${live(!session.keep)} aria-describedby="keep-off-hint"
        @change=${(event: Event) => void session.setKeep(!(event.target as HTMLInputElement).checked)} />
      <label for="keep-off">${context.t('form-keep-off')}</label>
    </div>
    <p class="hint" id="keep-off-hint">${context.t('form-keep-off-hint')}</p>
    ${context.tools === 'keep' ? nothing : renderFileTools(session, context)}
  </section>`;
}

/**
 * A file picker whose button speaks the page's language: the native input's own button and
 * "No file chosen" follow the browser's language, so the input is hidden (`<id>-file`) and a
 * real button with the field's id opens it. The field's label (`<id>-label`) labels the button.
 */
function fileChooser(
  id: string,
  choose: string,
  options: {
    accept?: string;
    describedBy?: string | typeof nothing;
    onChange: (input: HTMLInputElement) => void;
    onBlur?: () => void;
  },
): TemplateResult {
  return html`<input type="file" id="${id}-file" hidden accept=${options.accept ?? nothing}
      @change=${(event: Event) => options.onChange(event.target as HTMLInputElement)} />
    <button type="button" class="secondary file-button" id=${id} aria-labelledby="${id}-label ${id}"
      aria-describedby=${options.describedBy ?? nothing} @blur=${options.onBlur ?? nothing}
      @click=${(event: Event) => ((event.currentTarget as HTMLElement).previousElementSibling as HTMLInputElement).click()}>${choose}</button>`;
}

function renderFileTools(session: FormSession, context: FormViewContext): TemplateResult {
  return html`<div class="tool-buttons">
      <button type="button" class="secondary" part="save-file" @click=${() => session.saveFile()}>${context.t('form-save-file')}</button>
      <button type="button" class="secondary" part="print" @click=${() => window.print()}>${context.t('form-print')}</button>
    </div>
    <div class="field">
      <label class="label" for="open-file" id="open-file-label">${context.t('form-open-file')}</label>
      <p class="hint" id="open-file-hint">${context.t('form-open-file-hint')}</p>
      ${fileChooser('open-file', context.t('form-file-choose'), {
        accept: '.json,application/json',
        describedBy: 'open-file-hint file-status',
        onChange: (input) => {
          const file = input.files?.[0];
          if (file) void session.openFile(file).then(() => (input.value = ''));
        },
      })}
      <p class=${session.fileStatus?.error ? 'file-status error-message' : 'file-status'} id="file-status" role="status" part="file-status">
        ${message(session.fileStatus, context)}
      </p>
    </div>`;
}

/** What paper shows: the agency, the form, every answer, the receipt if any, and the date. Hidden on screen. */
function renderPrintView(session: FormSession, context: FormViewContext): TemplateResult {
  const now = new Date().toISOString();
  return html`<section class="print-view" part="print-view">
    ${context.agency ? html`<p class="print-agency">${context.agency}</p>` : nothing}
    <p class="print-title">${context.title}</p>
    ${
      session.receipt
        ? html`<p class="print-receipt">${context.t('form-receipt-number')} ${digitsIn(session.receipt.receipt, context.numerals)} · ${context.t('form-receipt-time')}
          ${dateTime(session.receipt.receivedAt, context)}</p>`
        : nothing
    }
    ${renderAnswers(session, context, false)}
    <p class="print-date">${context.t('form-printed-on')} ${dateTime(now, context)}</p>
  </section>`;
}

/**
 * The whole form for a session: the restored-draft notice, the current page (or the check
 * page, or the receipt), the tools, and the print view. Elements put their own heading above.
 */
export function renderForm(session: FormSession, context: FormViewContext): TemplateResult {
  const step = session.step;
  const body = step === 'receipt' ? renderReceipt(session, context) : renderStep(session, context);
  return html`<div class="form-screen">
      ${
        session.restoredAt && step !== 'receipt'
          ? html`<div class="notice" part="notice">
            <p>${message({ key: 'form-draft-restored', time: session.restoredAt }, context)}</p>
            <button type="button" class="secondary small" @click=${() => void session.startAgain()}>${context.t('form-start-again')}</button>
          </div>`
          : nothing
      }
      ${body} ${step !== 'receipt' ? renderTools(session, context) : nothing}
    </div>
    ${renderPrintView(session, context)}`;
}

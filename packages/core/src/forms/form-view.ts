import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { EformOption, LocalizedText } from '@govkit-th/schemas';
import { formatDate, formatNumber, machineDate, toThaiDigits, type Numerals } from '../dates.js';
import type { Lang } from '../lang.js';
import { link } from '../templates.js';
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

/** A heading at a level, which focus can be moved to (for page changes). */
function heading(level: number, content: unknown, id?: string, focusable = false): TemplateResult {
  const tabindex = focusable ? '-1' : nothing;
  switch (Math.min(6, Math.max(2, level))) {
    case 3:
      return html`<h3 id=${id ?? nothing} tabindex=${tabindex}>${content}</h3>`;
    case 4:
      return html`<h4 id=${id ?? nothing} tabindex=${tabindex}>${content}</h4>`;
    case 5:
      return html`<h5 id=${id ?? nothing} tabindex=${tabindex}>${content}</h5>`;
    case 6:
      return html`<h6 id=${id ?? nothing} tabindex=${tabindex}>${content}</h6>`;
    default:
      return html`<h2 id=${id ?? nothing} tabindex=${tabindex}>${content}</h2>`;
  }
}

function digits(text: string, numerals: Numerals): string {
  return numerals === 'thai' ? toThaiDigits(text) : text;
}

function timeOfDay(iso: string, context: FormViewContext): string {
  const formatter = new Intl.DateTimeFormat(context.lang === 'th' ? 'th-TH-u-nu-latn' : 'en-GB', { hour: '2-digit', minute: '2-digit' });
  return digits(formatter.format(new Date(iso)), context.numerals);
}

function dateTime(iso: string, context: FormViewContext): TemplateResult | string {
  const shown = formatDate(iso, context.lang, { numerals: context.numerals, withTime: true });
  const machine = machineDate(iso);
  return shown && machine ? html`<time datetime=${machine}>${shown}</time>` : iso;
}

function message(entry: Message | undefined, context: FormViewContext): string {
  if (!entry) return '';
  const params = { ...entry.params };
  if (entry.time) params.time = entry.key === 'form-draft-saved' ? timeOfDay(entry.time, context) : formatDate(entry.time, context.lang, { numerals: context.numerals, withTime: true }) ?? entry.time;
  return context.t(entry.key, params);
}

function fileSize(bytes: number, context: FormViewContext): string {
  if (bytes < 1024) return formatNumber(bytes, context.lang, context.numerals, { style: 'unit', unit: 'byte', unitDisplay: 'short' });
  const kilobytes = bytes / 1024;
  return kilobytes < 1024
    ? formatNumber(Math.round(kilobytes), context.lang, context.numerals, { style: 'unit', unit: 'kilobyte', unitDisplay: 'short' })
    : formatNumber(Math.round((kilobytes / 1024) * 10) / 10, context.lang, context.numerals, { style: 'unit', unit: 'megabyte', unitDisplay: 'short' });
}

/** A problem in words: the field's own message if the definition gives one, else the general one. */
function problemText(problem: SummaryEntry['problem'], instance: Instance | undefined, context: FormViewContext): string {
  const own = instance?.kind === 'field' ? instance.info.field.messages?.[problem.keyword] : undefined;
  if (own) return context.text(own).replace(/\{limit\}/g, problem.limit ?? '');
  return problem.key ? context.t(problem.key) : problem.message;
}

/** In the error summary a general message needs the question it is about ("ชื่อและนามสกุล: ต้องระบุข้อมูลนี้"). */
function summaryText(problem: SummaryEntry['problem'], instance: Instance | undefined, context: FormViewContext): string {
  const text = problemText(problem, instance, context);
  if (!instance || (instance.kind === 'field' && instance.info.field.messages?.[problem.keyword])) return text;
  const label = context.text(instance.kind === 'field' ? instance.info.field.label : instance.info.group.label);
  return context.t('form-summary-item', { label, message: text });
}

function optionLabel(options: EformOption[], value: unknown, context: FormViewContext): string {
  const option = options.find((candidate) => candidate.value === value);
  return option ? context.text(option.label) : String(value);
}

/** An answer as the check page and the print view show it. */
function answerText(instance: FieldInstance, session: FormSession, context: FormViewContext): unknown {
  const { info } = instance;
  const value = session.value(instance.path);
  const blank = html`<span class="not-answered">${context.t('form-not-answered')}</span>`;
  if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) return blank;
  switch (info.widget) {
    case 'select':
    case 'radios':
      return optionLabel(info.options, value, context);
    case 'checkboxes':
      return Array.isArray(value)
        ? html`<ul class="answer-list">${value.map((item) => html`<li>${optionLabel(info.options, item, context)}</li>`)}</ul>`
        : String(value);
    case 'checkbox':
      return value === true ? context.t('form-checked') : blank;
    case 'date':
      return formatDate(String(value), context.lang, { numerals: context.numerals }) ?? String(value);
    case 'file': {
      const file = value as { name?: string; size?: number };
      return `${file.name ?? ''} (${fileSize(Number(file.size ?? 0), context)})`;
    }
    case 'number': {
      const number = sentValue(info, value);
      return typeof number === 'number' ? formatNumber(number, context.lang, context.numerals, { useGrouping: false }) : String(value);
    }
    default:
      return String(value);
  }
}

// ---- fields ------------------------------------------------------------------------------

interface FieldParts {
  describedBy: string | typeof nothing;
  invalid: 'true' | typeof nothing;
  above: TemplateResult;
}

/** The hint, link and error message every field shows above its control, and the ids that describe it. */
function fieldParts(instance: FieldInstance, session: FormSession, context: FormViewContext, extra: string[] = []): FieldParts {
  const { field } = instance.info;
  const problem = session.visibleProblem(instance);
  const hintId = field.hint ? `${instance.id}-hint` : undefined;
  const errorId = problem ? `${instance.id}-error` : undefined;
  const describedBy = [hintId, ...extra, errorId].filter(Boolean).join(' ');
  const above = html`${field.hint ? html`<p class="hint" id=${hintId!}>${context.text(field.hint)}</p>` : nothing}
    ${field.link ? html`<p class="hint field-link">${link(field.link.href, context.text(field.link.label), { base: context.base })}</p>` : nothing}
    ${problem
      ? html`<p class="error-message" id=${errorId!} part="error-message">
          <span class="visually-hidden">${context.t('form-error-prefix')}</span> ${problemText(problem, instance, context)}
        </p>`
      : nothing}`;
  return { describedBy: describedBy || nothing, invalid: problem ? 'true' : nothing, above };
}

function labelText(instance: FieldInstance, context: FormViewContext): TemplateResult {
  const optional = !instance.info.required && instance.info.widget !== 'checkbox';
  return html`${context.text(instance.info.field.label)}${optional ? html` <span class="optional">${context.t('form-optional')}</span>` : nothing}`;
}

const inputTypes: Record<string, string> = { email: 'email', tel: 'tel', text: 'text', number: 'text' };

function renderField(instance: FieldInstance, session: FormSession, context: FormViewContext): TemplateResult {
  const { info, id } = instance;
  const value = session.value(instance.path);
  const set = (next: unknown) => session.setAnswer(instance, next);
  const leave = () => session.leave(instance);
  const hasError = session.visibleProblem(instance) !== undefined;
  const classes = `field${hasError ? ' field-error' : ''}`;

  switch (info.widget) {
    case 'radios':
    case 'checkboxes': {
      const parts = fieldParts(instance, session, context);
      const multiple = info.widget === 'checkboxes';
      const chosen = multiple ? (Array.isArray(value) ? value : []) : [value];
      return html`<fieldset class=${classes} part="field" aria-describedby=${parts.describedBy}>
        <legend class="label">${labelText(instance, context)}</legend>
        ${parts.above}
        <div class="choices">
          ${info.options.map((option, index) => {
            const optionId = `${id}-${index}`;
            const checked = chosen.includes(option.value);
            const toggle = (event: Event) => {
              const on = (event.target as HTMLInputElement).checked;
              if (!multiple) set(option.value);
              else {
                const current = Array.isArray(session.value(instance.path)) ? (session.value(instance.path) as unknown[]) : [];
                const next = on ? info.options.map((o) => o.value).filter((v) => v === option.value || current.includes(v)) : current.filter((v) => v !== option.value);
                set(next);
              }
            };
            return html`<div class="choice">
              <input type=${multiple ? 'checkbox' : 'radio'} id=${optionId} name=${id} .checked=${live(checked)}
                aria-invalid=${parts.invalid} aria-describedby=${option.hint ? `${optionId}-hint` : nothing}
                @change=${toggle} @blur=${leave} />
              <label for=${optionId}>${context.text(option.label)}</label>
              ${option.hint ? html`<p class="hint choice-hint" id=${`${optionId}-hint`}>${context.text(option.hint)}</p>` : nothing}
            </div>`;
          })}
        </div>
      </fieldset>`;
    }
    case 'checkbox': {
      const parts = fieldParts(instance, session, context);
      return html`<div class=${classes} part="field">
        ${parts.above}
        <div class="choice">
          <input type="checkbox" id=${id} .checked=${live(value === true)} aria-describedby=${parts.describedBy}
            aria-invalid=${parts.invalid} @change=${(event: Event) => set((event.target as HTMLInputElement).checked ? true : undefined)} @blur=${leave} />
          <label for=${id}>${labelText(instance, context)}</label>
        </div>
      </div>`;
    }
    case 'select': {
      const parts = fieldParts(instance, session, context);
      const selected = info.options.findIndex((option) => option.value === value);
      return html`<div class=${classes} part="field">
        <label class="label" for=${id}>${labelText(instance, context)}</label>
        ${parts.above}
        <select id=${id} aria-describedby=${parts.describedBy} aria-invalid=${parts.invalid} autocomplete=${info.field.autocomplete ?? nothing}
          @change=${(event: Event) => {
            const index = Number((event.target as HTMLSelectElement).value);
            set(Number.isInteger(index) && index >= 0 ? info.options[index].value : undefined);
          }} @blur=${leave}>
          <option value="" ?selected=${selected < 0}>${context.t('form-choose')}</option>
          ${info.options.map((option, index) => html`<option value=${String(index)} ?selected=${index === selected}>${context.text(option.label)}</option>`)}
        </select>
      </div>`;
    }
    case 'date': {
      const shown = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDate(value, context.lang, { numerals: context.numerals }) : undefined;
      const chosenId = `${id}-chosen`;
      const parts = fieldParts(instance, session, context, shown ? [chosenId] : []);
      return html`<div class=${classes} part="field">
        <label class="label" for=${id}>${labelText(instance, context)}</label>
        ${parts.above}
        <input type="date" id=${id} class="input-date" .value=${live(typeof value === 'string' ? value : '')}
          aria-describedby=${parts.describedBy} aria-invalid=${parts.invalid} autocomplete=${info.field.autocomplete ?? nothing}
          @input=${(event: Event) => set((event.target as HTMLInputElement).value || undefined)}
          @change=${(event: Event) => session.fixBuddhistYear(instance, (event.target as HTMLInputElement).value)} @blur=${leave} />
        ${shown ? html`<p class="hint date-chosen" id=${chosenId}>${context.t('form-date-chosen', { date: shown })}</p>` : nothing}
      </div>`;
    }
    case 'file': {
      const file = value && typeof value === 'object' ? (value as { name?: string; size?: number }) : undefined;
      const noteId = `${id}-note`;
      const chosenId = `${id}-chosen`;
      const parts = fieldParts(instance, session, context, file ? [noteId, chosenId] : [noteId]);
      return html`<div class=${classes} part="field">
        <label class="label" for=${id}>${labelText(instance, context)}</label>
        ${parts.above}
        <p class="hint" id=${noteId}>${context.t('form-file-note')}</p>
        <input type="file" id=${id} accept=${info.field.accept ?? nothing} aria-describedby=${parts.describedBy} aria-invalid=${parts.invalid}
          @change=${(event: Event) => {
            const chosen = (event.target as HTMLInputElement).files?.[0];
            set(chosen ? { name: chosen.name, size: chosen.size, type: chosen.type || 'application/octet-stream' } : undefined);
          }} @blur=${leave} />
        ${file
          ? html`<p class="file-chosen" id=${chosenId}>${context.t('form-file-chosen', { name: file.name ?? '', size: fileSize(Number(file.size ?? 0), context) })}</p>`
          : nothing}
      </div>`;
    }
    default: {
      const parts = fieldParts(instance, session, context);
      const format = info.format ? thaiFormatInput(info.format) : undefined;
      const type = info.widget === 'textarea' ? 'textarea' : format?.type ?? inputTypes[info.widget] ?? 'text';
      const inputmode = info.field.inputmode ?? format?.inputmode ?? (info.widget === 'number' ? (info.schema.type === 'integer' ? 'numeric' : 'decimal') : undefined);
      const autocomplete = info.field.autocomplete ?? format?.autocomplete ?? (info.widget === 'email' ? 'email' : info.widget === 'tel' ? 'tel' : undefined);
      const spellcheck = info.format || info.widget === 'email' || info.widget === 'number' ? 'false' : nothing;
      const text = typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value);
      const onInput = (event: Event) => set((event.target as HTMLInputElement).value);
      return html`<div class=${classes} part="field">
        <label class="label" for=${id}>${labelText(instance, context)}</label>
        ${parts.above}
        ${type === 'textarea'
          ? html`<textarea id=${id} rows=${info.field.rows ?? 5} .value=${live(text)} aria-describedby=${parts.describedBy}
              aria-invalid=${parts.invalid} autocomplete=${autocomplete ?? nothing} @input=${onInput} @blur=${leave}></textarea>`
          : html`<input id=${id} type=${type} .value=${live(text)} class=${info.format || info.widget === 'number' ? 'input-short' : 'input'}
              inputmode=${inputmode ?? nothing} autocomplete=${autocomplete ?? nothing} spellcheck=${spellcheck}
              aria-describedby=${parts.describedBy} aria-invalid=${parts.invalid} @input=${onInput} @blur=${leave} />`}
      </div>`;
    }
  }
}

function renderGroup(instance: GroupInstance, session: FormSession, context: FormViewContext): TemplateResult {
  const { info, id } = instance;
  const problem = session.visibleProblem(instance);
  const hintId = info.group.hint ? `${id}-hint` : undefined;
  const errorId = problem ? `${id}-error` : undefined;
  const count = instance.items.length;
  const itemTitle = (index: number) =>
    info.group.itemLabel ? context.text(info.group.itemLabel).replace(/\{n\}/g, String(index + 1)) : context.t('form-item', { n: index + 1 });
  return html`<fieldset class="group${problem ? ' field-error' : ''}" part="group" aria-describedby=${[hintId, errorId].filter(Boolean).join(' ') || nothing}>
    <legend class="label">${context.text(info.group.label)}</legend>
    ${info.group.hint ? html`<p class="hint" id=${hintId!}>${context.text(info.group.hint)}</p>` : nothing}
    ${problem
      ? html`<p class="error-message" id=${errorId!} part="error-message">
          <span class="visually-hidden">${context.t('form-error-prefix')}</span> ${problemText(problem, instance, context)}
        </p>`
      : nothing}
    ${count === 0 ? html`<p class="hint">${context.t('form-no-items')}</p>` : nothing}
    ${instance.items.map(
      (fields, index) => html`<fieldset class="group-item" part="group-item">
        <legend>${itemTitle(index)}</legend>
        ${fields.map((field) => renderField(field, session, context))}
        ${count > info.minItems
          ? html`<button type="button" class="secondary small" @click=${() => session.removeItem(instance, index)}>
              ${context.t('form-remove-item', { n: index + 1 })}
            </button>`
          : nothing}
      </fieldset>`,
    )}
    ${count < info.maxItems
      ? html`<button type="button" class="secondary" id=${`${id}-add`} @click=${() => session.addItem(instance)}>${context.t('form-add-another')}</button>`
      : nothing}
  </fieldset>`;
}

function renderInstance(instance: Instance, session: FormSession, context: FormViewContext): TemplateResult {
  return instance.kind === 'group' ? renderGroup(instance, session, context) : renderField(instance, session, context);
}

// ---- the page, the check page, the receipt ---------------------------------------------------

/** GOV.UK's error summary: takes focus; each link moves focus to its field in our own root. */
function renderErrorSummary(session: FormSession, context: FormViewContext): TemplateResult | typeof nothing {
  if (!session.summary) return nothing;
  const entries = session.summaryEntries();
  if (entries.length === 0) return nothing;
  return html`<div class="error-summary" id="error-summary" part="error-summary" tabindex="-1" role="alert" aria-labelledby="error-summary-title">
    ${heading(context.headingLevel + 1, context.t('form-error-summary-title'), 'error-summary-title')}
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
    ${context.t('form-step', { current: digits(String(current), context.numerals), total: digits(String(total), context.numerals) })}
  </p>`;
}

function renderPage(pageIndex: number, session: FormSession, context: FormViewContext): TemplateResult {
  const { page } = session.model.pages[pageIndex];
  const visible = session.evaluation().visiblePages;
  const first = visible[0] === pageIndex;
  const last = visible[visible.length - 1] === pageIndex;
  const sendsHere = last && !session.checkAnswers;
  const submit = (event: Event) => {
    event.preventDefault();
    session.continue();
  };
  // A one-page form sent from its page needs no page heading: the form's title says it all.
  const single = first && sendsHere;
  return html`${!first ? html`<button type="button" class="back" part="back" @click=${() => session.back()}>${context.t('form-back')}</button>` : nothing}
    ${renderErrorSummary(session, context)}
    <form novalidate part="page" @submit=${submit} aria-labelledby=${single ? nothing : 'page-title'} aria-label=${single ? context.text(page.title) : nothing}>
      ${progress(session, context)}
      ${single ? nothing : heading(context.headingLevel + 1, context.text(page.title), 'page-title', true)}
      ${page.description ? html`<p class="page-description">${context.text(page.description)}</p>` : nothing}
      ${(session.evaluation().instances.get(pageIndex) ?? []).map((instance) => renderInstance(instance, session, context))}
      ${sendsHere && session.definition.declaration ? html`<p class="declaration">${context.text(session.definition.declaration)}</p>` : nothing}
      ${sendsHere ? renderSendProblems(session, context) : nothing}
      <p class="action-status" role="status" part="action-status">${message(session.status, context)}</p>
      <div class="actions">
        <button type="submit" part="continue" ?disabled=${session.sending}>
          ${sendsHere ? context.text(session.definition.submitLabel) || context.t('form-submit') : context.t('form-continue')}
        </button>
      </div>
      ${sendsHere ? renderSendStatus(session, context) : nothing}
    </form>`;
}

function renderSendProblems(session: FormSession, context: FormViewContext): TemplateResult | typeof nothing {
  if (!session.sendError) return nothing;
  return html`<div class="send-error" id="send-error" part="send-error" role="alert" tabindex="-1">
    <p class="error-title">${context.t('form-send-failed-title')}</p>
    <p>${message(session.sendError, context)}</p>
  </div>`;
}

function renderSendStatus(session: FormSession, context: FormViewContext): TemplateResult {
  return html`<p class="send-status" role="status" part="send-status">${message(session.sendStatus, context)}</p>`;
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
  const row = (instance: FieldInstance) => {
    const label = context.text(instance.info.field.label);
    return html`<div class="answer-row"><dt>${label}</dt><dd class="value">${answerText(instance, session, context)}</dd>${changeLink(instance, label)}</div>`;
  };
  const itemTitle = (group: GroupInstance, index: number) =>
    group.info.group.itemLabel ? context.text(group.info.group.itemLabel).replace(/\{n\}/g, String(index + 1)) : context.t('form-item', { n: index + 1 });
  return html`${evaluation.visiblePages.map((pageIndex) => {
    const page = session.model.pages[pageIndex].page;
    return html`<section class="answers-page" aria-labelledby=${withChange ? `answers-${page.id}` : nothing}>
      ${heading(context.headingLevel + 2, context.text(page.title), withChange ? `answers-${page.id}` : undefined)}
      <dl class="answers" part="answers">
        ${(evaluation.instances.get(pageIndex) ?? []).map((instance) => {
          if (instance.kind === 'field') return row(instance);
          const label = context.text(instance.info.group.label);
          return html`<div class="answer-row">
            <dt>${label}</dt>
            <dd>
              ${filled(instance, session).length === 0
                ? html`<span class="not-answered">${context.t('form-not-answered')}</span>`
                : html`<ol class="answer-items">
                    ${filled(instance, session).map(
                      ({ fields, index }) => html`<li>
                        <span class="item-title">${itemTitle(instance, index)}</span>
                        <ul class="answer-list">
                          ${fields.map((field) => html`<li>${context.text(field.info.field.label)}: ${answerText(field, session, context)}</li>`)}
                        </ul>
                      </li>`,
                    )}
                  </ol>`}
            </dd>
            ${changeLink(instance, label)}
          </div>`;
        })}
      </dl>
    </section>`;
  })}`;
}

function renderCheck(session: FormSession, context: FormViewContext): TemplateResult {
  const submit = (event: Event) => {
    event.preventDefault();
    void session.submit();
  };
  return html`<button type="button" class="back" part="back" @click=${() => session.back()}>${context.t('form-back')}</button>
    ${renderErrorSummary(session, context)}
    <form novalidate part="check" @submit=${submit} aria-labelledby="page-title">
      ${progress(session, context)}
      ${heading(context.headingLevel + 1, context.t('form-check-title'), 'page-title', true)}
      <p>${context.t('form-check-intro')}</p>
      ${renderAnswers(session, context, true)}
      ${session.definition.declaration ? html`<p class="declaration">${context.text(session.definition.declaration)}</p>` : nothing}
      ${renderSendProblems(session, context)}
      <div class="actions">
        <button type="submit" part="submit" ?disabled=${session.sending}>${context.text(session.definition.submitLabel) || context.t('form-submit')}</button>
      </div>
      ${renderSendStatus(session, context)}
    </form>`;
}

function renderReceipt(session: FormSession, context: FormViewContext): TemplateResult {
  const receipt = session.receipt!;
  return html`<section class="receipt" part="receipt" aria-labelledby="receipt-title">
    ${heading(context.headingLevel + 1, context.t('form-receipt-title'), 'receipt-title', true)}
    <dl class="receipt-details">
      <div><dt>${context.t('form-receipt-number')}</dt><dd class="receipt-number">${digits(receipt.receipt, context.numerals)}</dd></div>
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
    ${heading(context.headingLevel + 1, context.t(context.tools === 'keep' ? 'form-tools-keep' : 'form-tools'), 'tools-title')}
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

function renderFileTools(session: FormSession, context: FormViewContext): TemplateResult {
  return html`<div class="tool-buttons">
      <button type="button" class="secondary" part="save-file" @click=${() => session.saveFile()}>${context.t('form-save-file')}</button>
      <button type="button" class="secondary" part="print" @click=${() => window.print()}>${context.t('form-print')}</button>
    </div>
    <div class="field">
      <label class="label" for="open-file">${context.t('form-open-file')}</label>
      <p class="hint" id="open-file-hint">${context.t('form-open-file-hint')}</p>
      <input type="file" id="open-file" accept=".json,application/json" aria-describedby="open-file-hint file-status"
        @change=${(event: Event) => {
          const input = event.target as HTMLInputElement;
          const file = input.files?.[0];
          if (file) void session.openFile(file).then(() => (input.value = ''));
        }} />
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
    ${session.receipt
      ? html`<p class="print-receipt">${context.t('form-receipt-number')} ${digits(session.receipt.receipt, context.numerals)} · ${context.t('form-receipt-time')}
          ${dateTime(session.receipt.receivedAt, context)}</p>`
      : nothing}
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
  const body = step === 'receipt' ? renderReceipt(session, context) : step === 'check' ? renderCheck(session, context) : renderPage(step, session, context);
  return html`<div class="form-screen">
      ${session.restoredAt && step !== 'receipt'
        ? html`<div class="notice" part="notice">
            <p>${message({ key: 'form-draft-restored', time: session.restoredAt }, context)}</p>
            <button type="button" class="secondary small" @click=${() => void session.startAgain()}>${context.t('form-start-again')}</button>
          </div>`
        : nothing}
      ${body} ${step !== 'receipt' ? renderTools(session, context) : nothing}
    </div>
    ${renderPrintView(session, context)}`;
}

import { stepRefusal } from '../../content/rules.js';
import { contentType, type ContentType } from '../../content/types.js';
import type { ContentItem, ContentStep, StepRecord } from '../../store/index.js';
import { can, type Permission } from '../auth.js';
import { localized, type SignedIn } from '../context.js';
import { SafeHtml, html, time } from '../html.js';
import { editorSection } from './content-editor.js';

/** Which permission each step needs; the order's rules then decide for the person. */
export const STEP_PERMISSION: Record<ContentStep, Permission> = {
  approve: 'content.approve',
  screen: 'content.screen',
  publish: 'content.publish',
  'withdraw-request': 'content.withdraw-request',
  withdraw: 'content.approve',
};

/** The steps that apply to an item where it stands (the others are not shown at all). */
function applicableSteps(item: ContentItem): ContentStep[] {
  const steps: ContentStep[] = [];
  if (item.state === 'draft') steps.push('approve');
  if (item.state === 'approved' && item.urgent && !item.screened) steps.push('screen');
  if (item.state === 'approved') steps.push('publish');
  if (item.published && !item.withdrawal) steps.push('withdraw-request');
  if (item.published && item.withdrawal) steps.push('withdraw');
  return steps;
}

/** Why this person cannot take this step now, in words; undefined when they can. */
export function stepBlocked(ctx: SignedIn, item: ContentItem, step: ContentStep): string | undefined {
  const { t } = ctx;
  if (!can(ctx.staff, STEP_PERMISSION[step])) return t('step-not-your-role', { role: t(`role-${ctx.staff.role}`) });
  const refused = stepRefusal(item, step, ctx.staff.id);
  if (!refused) return undefined;
  if (refused.reason === 'same-person') return t(`step-took-${refused.took}`);
  return t(`step-refused-${refused.reason}`);
}

/** A title to recognise an item by in lists: its title, question or name, else its id. */
export function itemTitle(item: ContentItem, lang: 'th' | 'en'): string {
  const draft = item.draft;
  return localized(draft.title ?? draft.question ?? draft.name, lang) ?? item.id;
}

function record(ctx: SignedIn, label: string, step: StepRecord | undefined): SafeHtml {
  const { t, lang } = ctx;
  return html`<dt>${t(label)}</dt><dd>${
    step
      ? html`${step.name}${step.position ? html` (${step.position})` : ''}, ${time(step.at, lang)}`
      : t('record-none')
  }</dd>`;
}

export function stateBadge(ctx: SignedIn, item: ContentItem): SafeHtml {
  const { t } = ctx;
  return html`<span class="status">${t(`content-state-${item.state}`)}</span>${
    item.published && item.state !== 'published' ? html` <span class="status">${t('content-still-served')}</span>` : ''
  }${item.urgent ? html` <span class="status urgent">${t(item.screened ? 'content-screened' : 'content-urgent')}</span>` : ''}${
    item.withdrawal ? html` <span class="status">${t('content-withdrawal-pending')}</span>` : ''
  }`;
}

/** One item: its state, who did what, the draft beside the published version, the steps and the editor. */
export function itemPage(
  ctx: SignedIn,
  type: ContentType,
  item: ContentItem | undefined,
  id: string,
  problem?: SafeHtml,
): SafeHtml {
  const { t, lang } = ctx;
  const version = item?.version ?? 0;
  const csrf = html`<input type="hidden" name="_csrf" value="${ctx.session.csrfToken}"><input type="hidden" name="version" value="${version}">`;
  const steps = item
    ? applicableSteps(item).map((step) => {
        const blocked = stepBlocked(ctx, item, step);
        return blocked
          ? html`<div class="step"><button type="button" disabled aria-describedby="why-${step}">${t(`step-${step}`)}</button><p id="why-${step}" class="reason">${blocked}</p></div>`
          : html`<form method="post" action="/staff/content/${type.name}/${item.id}/${step}">${csrf}<button type="submit"${step.startsWith('withdraw') ? html` class="secondary"` : ''}>${t(`step-${step}`)}</button></form>`;
      })
    : [];
  const done = ctx.query.done;
  return html`<h1>${t(`content-type-${type.name}`)}: ${item ? itemTitle(item, lang) : t('content-new')}</h1>
${done ? html`<p class="notice" role="status">${t(`content-done-${done}`)}</p>` : ''}
${problem ?? ''}
${item ? html`<p>${t('col-status')}: ${stateBadge(ctx, item)} · ${t('content-version', { version: item.version })}${item.imported ? html` · ${t('content-imported')}` : ''}</p>` : ''}
<h2>${t('record-heading')}</h2>
<dl class="meta">
  ${record(ctx, 'record-reporter', item?.reported)}
  ${record(ctx, 'record-approver', item?.approved)}
  ${item?.urgent ? record(ctx, 'record-screener', item?.screened) : ''}
  ${record(ctx, 'record-uploader', item?.uploaded)}
  ${item?.withdrawal ? record(ctx, 'record-withdrawal', item.withdrawal) : ''}
</dl>
${steps.length ? html`<div class="actions">${steps}</div>` : ''}
${
  item
    ? html`<div class="side-by-side">
<section aria-labelledby="draft-h"><h2 id="draft-h">${t('content-draft')}</h2><pre>${JSON.stringify(item.draft, null, 2)}</pre></section>
<section class="as-published" aria-labelledby="published-h"><h2 id="published-h">${t('content-published')}</h2>${
        item.published
          ? html`<pre>${JSON.stringify(item.published, null, 2)}</pre>`
          : html`<p>${t('content-not-published')}</p>`
      }</section></div>`
    : ''
}
${can(ctx.staff, 'content.save') ? editor(ctx, type, item, id, csrf) : ''}
<p><a href="/staff/content/${type.name}">${t('back-to-list')}</a></p>`;
}

/**
 * The editor: the kit's own e-form made from the type's schema (its script saves through
 * the JSON route), and the JSON textarea under "advanced", which is also what works
 * without JavaScript. A failed JSON post opens it again with what was typed.
 */
function editor(ctx: SignedIn, type: ContentType, item: ContentItem | undefined, id: string, csrf: SafeHtml): SafeHtml {
  const { t } = ctx;
  const start = item?.draft ?? templateFor(type, id);
  const draftText = ctx.form?.json ?? JSON.stringify(start, null, 2);
  const form = editorSection(ctx, type, item, id, start);
  const json = html`<form method="post" action="/staff/content/${type.name}">${csrf}
<label for="json">${t('content-json')}</label>
<textarea id="json" name="json" class="json" rows="20" spellcheck="false" required>${draftText}</textarea>
<p><button type="submit">${t('save-draft')}</button></p></form>`;
  return html`<h2>${t('content-edit')}</h2>
<p>${t('content-edit-note')}</p>
${
  form
    ? html`${form}<details class="advanced"${ctx.form?.json !== undefined ? html` open` : ''}><summary>${t('editor-advanced')}</summary>${json}</details>`
    : json
}`;
}

/** A starting point for a new item: the id for entries, the required fields the reporter fills in. */
function templateFor(type: ContentType, id: string): Record<string, unknown> {
  const named = contentType(type.name)!;
  if (named.name === 'news')
    return { id, title: { th: '', en: '' }, summary: { th: '' }, publishedAt: new Date().toISOString().slice(0, 10) };
  if (named.list || named.keyed) return { id };
  return {};
}

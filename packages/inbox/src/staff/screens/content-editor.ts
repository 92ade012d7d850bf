import { dataToAnswers, definitionFromSchema, type SchemaFormOptions } from '@govkit-th/schemas/schema-form';
import { existsSync } from 'node:fs';
import type { EformDefinition } from '@govkit-th/schemas';
import type { ContentType, Entry } from '../../content/types.js';
import type { ContentItem } from '../../store/index.js';
import { can } from '../auth.js';
import type { SignedIn } from '../context.js';
import { SafeHtml, html } from '../html.js';

/** The scripts the editor needs: the kit's CDN bundle (gov-eform) and the page's own module. */
export const EDITOR_HEAD = html`<link rel="stylesheet" href="/govkit/govkit-lightdom.css">
<script type="module" src="/govkit/govkit.js"></script>
<script type="module" src="/staff/assets/content-editor.js"></script>`;

/** The editor needs the kit's bundle; without it (a bare install) the JSON editor alone is offered. */
export function editorAvailable(ctx: SignedIn): boolean {
  return can(ctx.staff, 'content.save') && existsSync(`${ctx.deps.config.kitDir}/govkit.js`);
}

/** What the browser's editor script reads from the page (a JSON data block: nothing in it runs). */
export interface EditorData {
  type: string;
  version: number;
  saveUrl: string;
  itemUrl: string;
  /** The schema the form is made from, for `answersToData` in the browser. */
  schema: object;
  options: SchemaFormOptions;
  definition: EformDefinition;
  prefill: Record<string, unknown>;
  /** An existing item's id, which the form does not offer to change. */
  id?: string;
  messages: Record<string, string>;
}

/**
 * The schema of what one item is: a list type's entry (a news item, an alert) as a schema
 * of its own, keeping the document's `$id` so the form's labels and `common.json` refs are
 * found; the whole schema for a document type.
 */
export function itemSchema(type: ContentType): object {
  if (!type.list) return type.schema;
  const root = type.schema as Record<string, unknown>;
  const list = (root.properties as Record<string, { items: object }>)[type.list]!;
  return { $schema: root.$schema, $id: root.$id, title: root.title, ...list.items };
}

/**
 * The form's options: one draft key per item; the fields the system writes are left out, and
 * so is an existing item's id, which names the item (its URL, its record): an id typed anew
 * would address another item, so the script puts the item's own id back instead.
 */
export function formOptions(type: ContentType, id: string): SchemaFormOptions {
  const key = `edit-${type.name}-${id || 'new'}`
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .slice(0, 64);
  const omit = [
    '$schema',
    'publication',
    ...(type.name === 'alerts' ? ['screening'] : []),
    // Only the item's own id: an e-form's pages have ids of their own, which are edited.
    ...(fixedId(type, id) ? ['/id'] : []),
  ];
  return { id: key, omit };
}

/** The id an existing list or keyed item keeps whatever the form says; undefined for a new one. */
function fixedId(type: ContentType, id: string): string | undefined {
  return (type.list || type.keyed) && id ? id : undefined;
}

/** The keys of the desk's catalogue the script shows, in the page's language. */
const MESSAGE_KEYS = [
  'editor-saving',
  'editor-saved',
  'editor-invalid',
  'editor-conflict',
  'editor-refused',
  'editor-failed',
] as const;

/**
 * The e-form editor for one item: `gov-eform` in hand-off mode, the form made from the
 * type's JSON Schema and filled with the item's draft; the page's script saves what it
 * hands over through the JSON save route. Undefined when the schema gives no usable form,
 * and then the JSON editor alone is offered.
 */
export function editorSection(
  ctx: SignedIn,
  type: ContentType,
  item: ContentItem | undefined,
  id: string,
  start: Entry,
): SafeHtml | undefined {
  const { t, lang } = ctx;
  if (!editorAvailable(ctx)) return undefined;
  const schema = itemSchema(type);
  const options = formOptions(type, id);
  let data: EditorData;
  try {
    data = {
      type: type.name,
      version: item?.version ?? 0,
      saveUrl: `/staff/content/${type.name}`,
      itemUrl: `/staff/content/${type.name}/`,
      schema,
      options,
      definition: definitionFromSchema(schema, options),
      prefill: dataToAnswers(schema, start, options),
      id: fixedId(type, id),
      messages: Object.fromEntries(MESSAGE_KEYS.map((key) => [key, t(key)])),
    };
  } catch (error) {
    ctx.deps.logger.warn('no generated form for a content type', { type: type.name, error: (error as Error).message });
    return undefined;
  }
  // `<` written as \u003c: the block cannot be closed early, and it stays valid JSON.
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  return html`<div id="editor-status" class="editor-status" role="status" aria-live="polite"></div>
<div id="editor-problems" class="error" role="alert" hidden></div>
<gov-eform id="content-editor" handoff lang="${lang}" heading-level="3"><p class="notice">${t('editor-no-script')}</p></gov-eform>
<script type="application/json" id="content-editor-data">${new SafeHtml(json)}</script>`;
}

/**
 * `@govkit-th/schemas/schema-form`: staff forms generated from the content schemas.
 *
 * `definitionFromSchema()` turns a kit content schema into an e-form definition that
 * `gov-eform` renders; `dataToAnswers()` fills it from a document and `answersToData()`
 * turns what it submits back into the document. Pure functions (no DOM), so the browser's
 * staff pages and the inbox read the same mapping. Its own entry point: no element loads it.
 *
 * The form's answers differ from the document in five places, each undone by `answersToData`:
 * localised text is always `{ th, en }` (a Thai and an English field), a list of plain
 * strings is one text per line, a string-or-object (`source`) is `{ text }` or the object,
 * a part no form can lay out (an e-form's own JSON Schema, a condition, a list of fields and
 * groups) is its JSON as text, and `publication` and `$schema` are left out (the system
 * writes them).
 */
import { commonSchema, SCHEMA_LINE, schemaFileName, type LocalizedText } from './common.js';
import type { EformDefinition, EformField, EformGroup, EformOption, EformPage } from './eform.js';
import { choiceLabels, propertyLabels, schemaLabels, type FieldLabel, type LabelMap } from './schema-form-labels.js';

export type { FieldLabel, LabelMap } from './schema-form-labels.js';

type Schema = Record<string, unknown>;
type Json = Record<string, unknown>;

export interface SchemaFormOptions {
  /** The form's id (part of the draft's key): default `edit-<type>`; give one per item to keep drafts apart. */
  id?: string;
  /** Default: the schemas' line, so a draft of an older schema is not mixed in. */
  version?: string;
  /** Default: the schema's title, with a Thai one from the labels. */
  title?: LocalizedText;
  /** Labels by path (`items/answer`), added to and overriding the kit's maps. */
  labels?: LabelMap;
  /**
   * Properties left out wherever they appear; a name after `/` only at the document's top
   * (`/id`: an item's own id, not the ids of its pages or entries). Default: `$schema` and `publication`.
   */
  omit?: string[];
  /** How deep a schema that refers to itself (a sitemap's `children`) is opened, in lists. Default 4, the e-form's limit. */
  maxDepth?: number;
  /** Show the check-your-answers page before handing over. Default `false`. */
  checkAnswers?: boolean;
}

/** How one place of the document becomes answers and back. */
type Plan =
  | { kind: 'value' }
  | { kind: 'localized'; emptyAs?: '' }
  | { kind: 'lines' }
  | { kind: 'json' }
  | ObjectPlan
  | { kind: 'list'; item: Plan }
  | { kind: 'either'; object: ObjectPlan };

interface ObjectPlan {
  kind: 'object';
  properties: PropertyPlan[];
  /** The document itself: `{}` rather than nothing. */
  keepEmpty?: boolean;
}

interface PropertyPlan {
  name: string;
  plan: Plan;
}

/** What a part of the schema gives: its plan, the schema of its answers, and its fields (names relative to the item). */
interface Part<P extends Plan = Plan> {
  plan: P;
  schema: Schema;
  fields: Array<EformField | EformGroup>;
}

interface Context {
  root: Schema;
  file: string;
  labels: LabelMap;
  omit: Set<string>;
  maxDepth: number;
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
const LOCALIZED = 'common.json#/$defs/localizedText';
const DATE_HINT = {
  th: 'ปี ค.ศ.-เดือน-วัน เช่น 2026-05-16 หรือวันและเวลา เช่น 2026-05-16T09:30:00+07:00',
  en: 'Year-month-day, e.g. 2026-05-16, or a date and time, e.g. 2026-05-16T09:30:00+07:00',
};

const isObject = (value: unknown): value is Schema => !!value && typeof value === 'object' && !Array.isArray(value);

const JSON_HINT = {
  th: 'เขียนเป็น JSON (สำหรับผู้ดูแลระบบ) ระบบตรวจสอบเมื่อบันทึก',
  en: 'Written as JSON (for administrators); checked when saved',
};

/** Follows `$ref`s into `common.json` and the schema's own `$defs`; keywords beside a `$ref` win. */
function resolve(node: unknown, root: Schema): Schema {
  let current: Schema = isObject(node) ? node : {};
  for (let depth = 0; depth < 8 && typeof current.$ref === 'string'; depth += 1) {
    const { $ref, ...siblings } = current;
    const ref = $ref as string;
    const defs = (ref.startsWith('common.json#') ? commonSchema : ref.startsWith('#') ? root : undefined) as
      { $defs?: Record<string, unknown> } | undefined;
    const target = defs?.$defs?.[ref.slice(ref.lastIndexOf('/') + 1)];
    if (!isObject(target)) break;
    current = { ...target, ...siblings };
  }
  return current;
}

/** A copy with every `$ref` replaced by what it names: the answers' schema stands alone. */
function inline(node: unknown, root: Schema): unknown {
  if (Array.isArray(node)) return node.map((child) => inline(child, root));
  if (!isObject(node)) return node;
  const resolved = resolve(node, root);
  return Object.fromEntries(Object.entries(resolved).map(([key, child]) => [key, inline(child, root)]));
}

function isLocalized(node: unknown, root: Schema): boolean {
  if (!isObject(node)) return false;
  if (node.$ref === LOCALIZED) return true;
  return typeof node.$ref === 'string' && isLocalized(resolve({ $ref: node.$ref }, root), root);
}

/** `localizedText`, or `localizedText` or `""` (a decorative picture's `alt`). */
function localizedKind(node: Schema, root: Schema): { emptyAs?: '' } | undefined {
  if (isLocalized(node, root)) return {};
  const branches = Array.isArray(node.anyOf) ? node.anyOf : [];
  if (branches.length === 2 && branches.some((branch) => isLocalized(branch, root))) {
    const other = branches.find((branch) => !isLocalized(branch, root)) as Schema;
    if (other.const === '') return { emptyAs: '' };
  }
  return undefined;
}

const schemaType = (schema: Schema) =>
  (Array.isArray(schema.type) ? schema.type[0] : schema.type) as string | undefined;

function labelOf(path: string[], ctx: Context, schema: Schema): FieldLabel & { fromSchema?: boolean } {
  const key = path.join('/');
  const name = path[path.length - 1] ?? '';
  const found = ctx.labels[key] ?? schemaLabels[ctx.file]?.[key] ?? propertyLabels[name];
  if (found) return found;
  const words = typeof schema.title === 'string' ? schema.title : name.replace(/([a-z])([A-Z])/g, '$1 $2');
  return { th: words, en: words.charAt(0).toUpperCase() + words.slice(1), fromSchema: true };
}

/** The map's hint; the schema's (English) description only where the maps have no label at all. */
function hintOf(label: FieldLabel & { fromSchema?: boolean }, schema: Schema): LocalizedText | undefined {
  if (label.hint) return label.hint;
  return label.fromSchema && typeof schema.description === 'string' ? { en: schema.description } : undefined;
}

const named = (prefix: string, name: string) => (prefix ? `${prefix}/${name}` : name);

/** Appends a suffix to both languages of a label (`ชื่อเรื่อง (ภาษาไทย)`). */
function suffixed(label: FieldLabel, th: string, en: string): { th: string; en: string } {
  return { th: `${label.th}${th}`, en: `${label.en}${en}` };
}

/** The widget of a plain value, from its schema (a `url` of common.json has no format to say so). */
function valueField(node: Schema, schema: Schema, name: string, label: FieldLabel, path: string[]): EformField {
  const field: EformField = { name, label: { th: label.th, en: label.en } };
  const hint = hintOf(label, schema);
  if (hint) field.hint = hint;
  const type = schemaType(schema);
  const options = choicesOf(schema, path);
  if (options) field.options = options;
  if (label.html) field.widget = 'richtext';
  else if (label.long) field.widget = 'textarea';
  else if (node.$ref === 'common.json#/$defs/url' || schema.format === 'uri') field.widget = 'url';
  else if (node.$ref === 'common.json#/$defs/phone') field.widget = 'tel';
  // Long free text (an id or a URL may be long too, but is one line).
  else if (type === 'string' && !options && !schema.pattern && Number(schema.maxLength) > 2048)
    field.widget = 'textarea';
  if (schema.format === 'date-time' || node.$ref === 'common.json#/$defs/dateOrDateTime') field.hint ??= DATE_HINT;
  return field;
}

/** Choices of an `enum` (and yes/no for a boolean), labelled from the map or by their value. */
function choicesOf(schema: Schema, path: string[]): EformOption[] | undefined {
  const source = schemaType(schema) === 'array' && isObject(schema.items) ? schema.items : schema;
  const name = path[path.length - 1] ?? '';
  const values = Array.isArray(source.enum)
    ? source.enum
    : schemaType(source) === 'boolean'
      ? [true, false]
      : undefined;
  if (!values) return undefined;
  const labels =
    choiceLabels[path.join('/')] ?? choiceLabels[schemaType(source) === 'boolean' ? 'boolean' : name] ?? {};
  return values.map((value) => {
    const label = labels[String(value)];
    return { value: value as string, label: label ? { th: label.th, en: label.en } : String(value) };
  });
}

/** A part of the schema under `path`, its fields named from `prefix` (relative to the group item it is in). */
function partOf(
  node: unknown,
  path: string[],
  prefix: string,
  required: boolean,
  ctx: Context,
  depth: number,
): Part | undefined {
  const raw = isObject(node) ? node : {};
  const schema = resolve(raw, ctx.root);
  const label = labelOf(path, ctx, schema);
  const localized = localizedKind(raw, ctx.root) ?? localizedKind(schema, ctx.root);
  if (localized) return localizedPart(localized, label, prefix, required, schema);
  const type = schemaType(schema);
  if (label.json || isFreeForm(schema)) return jsonPart(prefix, label, required);
  if (type === 'object' && isObject(schema.properties)) {
    const object = objectPart(schema, path, prefix, ctx, depth);
    return object.fields.length > 0 ? object : undefined;
  }
  if (type === 'array') return arrayPart(schema, path, prefix, label, ctx, depth);
  const either = eitherPart(schema, path, prefix, ctx, depth);
  if (either) return either;
  return {
    plan: { kind: 'value' },
    schema: inline(raw, ctx.root) as Schema,
    fields: [valueField(raw, schema, prefix, label, path)],
  };
}

/** An object of any keys (a condition, a map of messages): nothing a form can lay out as fields. */
function isFreeForm(schema: Schema): boolean {
  return schemaType(schema) === 'object' && !isObject(schema.properties);
}

/** A list of items told apart by `if`/`then`/`else` (an e-form's fields and groups): no one layout fits them all. */
function isUnion(items: Schema): boolean {
  return schemaType(items) === undefined && 'if' in items;
}

/** A part edited as its JSON text: the save checks it against the schema, and refuses it with the path. */
function jsonPart(prefix: string, label: FieldLabel, required: boolean): Part {
  const field: EformField = {
    name: prefix,
    label: { th: label.th, en: label.en },
    widget: 'textarea',
    rows: 12,
    hint: label.hint ?? JSON_HINT,
  };
  return { plan: { kind: 'json' }, schema: { type: 'string', ...(required ? { minLength: 1 } : {}) }, fields: [field] };
}

function localizedPart(
  kind: { emptyAs?: '' },
  label: FieldLabel,
  prefix: string,
  required: boolean,
  schema: Schema,
): Part {
  const text = { type: 'string', minLength: 1 };
  const widget = label.html ? 'richtext' : label.long ? 'textarea' : undefined;
  const hint = hintOf(label, schema);
  const field = (lang: 'th' | 'en', th: string, en: string): EformField => ({
    name: `${prefix}/${lang}`,
    label: suffixed(label, th, en),
    ...(widget ? { widget } : {}),
    ...(hint && lang === 'th' ? { hint } : {}),
  });
  return {
    plan: { kind: 'localized', ...kind },
    schema: {
      type: 'object',
      properties: { th: text, en: text },
      // Thai first: a required text needs its Thai; an English-only one stays possible where it may be left out.
      ...(required && kind.emptyAs === undefined ? { required: ['th'] } : { minProperties: 1 }),
      additionalProperties: false,
    },
    fields: [field('th', ' (ภาษาไทย)', ' (Thai)'), field('en', ' (ภาษาอังกฤษ)', ' (English)')],
  };
}

/** An object: each property's part, named under `prefix`; its rules kept, but not read as show/hide by the form. */
function objectPart(schema: Schema, path: string[], prefix: string, ctx: Context, depth: number): Part<ObjectPlan> {
  const required = Array.isArray(schema.required) ? (schema.required as string[]) : [];
  const properties: Record<string, unknown> = {};
  const plans: PropertyPlan[] = [];
  const fields: Array<EformField | EformGroup> = [];
  for (const [name, child] of Object.entries(schema.properties as Schema)) {
    if (ctx.omit.has(name) || (path.length === 0 && ctx.omit.has(`/${name}`)) || !NAME.test(name)) continue;
    const part = partOf(child, [...path, name], named(prefix, name), required.includes(name), ctx, depth);
    if (!part) continue;
    properties[name] = part.schema;
    plans.push({ name, plan: part.plan });
    fields.push(...part.fields);
  }
  const answers: Schema = { type: 'object', properties };
  const kept = required.filter((name) => name in properties && !isOptionalEmpty(plans, name));
  if (kept.length > 0) answers.required = kept;
  const rules = ['allOf', 'anyOf', 'oneOf', 'if', 'then', 'else']
    .filter((key) => key in schema)
    .map((key) => [key, inline(schema[key], ctx.root)]);
  // The form reads a top-level `if`/`then` as "show this field only when…"; the kit's rules
  // make fields required, not hidden, so they go one level down, where only the validator reads them.
  if (rules.length > 0) answers.allOf = [{ allOf: [Object.fromEntries(rules)] }];
  if (isObject(schema['x-messages'])) answers['x-messages'] = schema['x-messages'];
  return { plan: { kind: 'object', properties: plans }, schema: answers, fields };
}

/** A required `alt` that may be `""`: left blank, it is `""`, so the form does not ask for it. */
function isOptionalEmpty(plans: PropertyPlan[], name: string): boolean {
  const plan = plans.find((entry) => entry.name === name)?.plan;
  return plan?.kind === 'localized' && plan.emptyAs === '';
}

function arrayPart(
  schema: Schema,
  path: string[],
  prefix: string,
  label: FieldLabel,
  ctx: Context,
  depth: number,
): Part | undefined {
  const limits = Object.fromEntries(
    ['minItems', 'maxItems', 'uniqueItems'].filter((key) => key in schema).map((key) => [key, schema[key]]),
  );
  const rawItems = isObject(schema.items) ? schema.items : {};
  const items = resolve(rawItems, ctx.root);
  if (isUnion(items) || isFreeForm(items)) return jsonPart(prefix, label, false);
  const localized = localizedKind(rawItems, ctx.root);
  if (localized || (schemaType(items) === 'object' && isObject(items.properties))) {
    if (depth >= ctx.maxDepth) return undefined;
    const item = localized
      ? localizedPart(localized, label, '', true, items)
      : objectPart(items, path, '', ctx, depth + 1);
    if (item.fields.length === 0) return undefined;
    const group: EformGroup = {
      name: prefix,
      widget: 'group',
      label: { th: label.th, en: label.en },
      itemLabel: label.item ?? { th: `${label.th} ที่ {n}`, en: `${label.en} {n}` },
      fields: item.fields.map((field) => (localized ? { ...field, name: field.name.replace(/^\//, '') } : field)),
    };
    const hint = hintOf(label, schema);
    if (hint) group.hint = hint;
    return {
      plan: { kind: 'list', item: item.plan },
      schema: { type: 'array', ...limits, items: item.schema },
      fields: [group],
    };
  }
  if (Array.isArray(items.enum)) {
    return {
      plan: { kind: 'value' },
      schema: inline(schema, ctx.root) as Schema,
      fields: [valueField(schema, schema, prefix, label, path)],
    };
  }
  // A list of plain strings (e-mail addresses, keywords): one per line.
  const field: EformField = { name: prefix, label: { th: label.th, en: label.en }, widget: 'textarea', rows: 4 };
  field.hint = label.hint ?? { th: 'บรรทัดละหนึ่งรายการ', en: 'One per line' };
  return { plan: { kind: 'lines' }, schema: { type: 'string' }, fields: [field] };
}

/** A string or an object (a document's `source`): a text field, or the object's fields. */
function eitherPart(schema: Schema, path: string[], prefix: string, ctx: Context, depth: number): Part | undefined {
  const branches = (Array.isArray(schema.anyOf) ? schema.anyOf : []).map((branch) => resolve(branch, ctx.root));
  const text = branches.find((branch) => schemaType(branch) === 'string');
  const object = branches.find((branch) => schemaType(branch) === 'object' && isObject(branch.properties));
  if (branches.length !== 2 || !text || !object) return undefined;
  const objectSchema = { ...object, required: [] };
  const inner = objectPart(objectSchema, path, prefix, ctx, depth);
  const textLabel = labelOf([...path, 'text'], ctx, text);
  const textField: EformField = { name: named(prefix, 'text'), label: { th: textLabel.th, en: textLabel.en } };
  const objectRequired = Array.isArray(object.required) ? object.required : [];
  return {
    plan: { kind: 'either', object: inner.plan },
    schema: {
      type: 'object',
      properties: { text: inline(text, ctx.root), ...(inner.schema.properties as Schema) },
      anyOf: [{ required: ['text'] }, { required: objectRequired }],
    },
    fields: [textField, ...inner.fields],
  };
}

/** The whole document's analysis (cached per schema and options). */
const analysed = new WeakMap<object, Map<string, Part<ObjectPlan>>>();

function analyse(schema: object, options: SchemaFormOptions) {
  const key = JSON.stringify([options.labels ?? null, options.omit ?? null, options.maxDepth ?? null]);
  const cached = analysed.get(schema)?.get(key);
  if (cached) return cached;
  const root = schema as Schema;
  const ctx: Context = {
    root,
    file: schemaFileName(schema) ?? '',
    labels: options.labels ?? {},
    omit: new Set(options.omit ?? ['$schema', 'publication']),
    maxDepth: options.maxDepth ?? 4,
  };
  const part = objectPart(resolve(root, root), [], '', ctx, 0);
  part.plan.keepEmpty = true;
  if (!analysed.has(schema)) analysed.set(schema, new Map());
  analysed.get(schema)!.set(key, part);
  return part;
}

/** Top-level plain fields on a first page; each top-level object or list on a page of its own. */
function pagesOf(part: Part, root: Schema, ctx: { file: string; labels: LabelMap }): EformPage[] {
  const general: EformPage = { id: 'general', title: { th: 'ข้อมูลทั่วไป', en: 'General' }, fields: [] };
  const pages: EformPage[] = [general];
  const properties = isObject(root.properties) ? root.properties : {};
  for (const field of part.fields) {
    const top = field.name.split('/')[0];
    const schema = resolve(properties[top], root);
    const own =
      field.widget === 'group' || (schemaType(schema) === 'object' && !localizedKind(properties[top] as Schema, root));
    if (!own) {
      general.fields.push(field);
      continue;
    }
    let page = pages.find((entry) => entry.id === top);
    if (!page) {
      const label = ctx.labels[top] ?? schemaLabels[ctx.file]?.[top] ?? propertyLabels[top] ?? { th: top, en: top };
      page = { id: top.replace(/^_+/, '') || 'part', title: { th: label.th, en: label.en }, fields: [] };
      pages.push(page);
    }
    page.fields.push(field);
  }
  return pages.filter((page) => page.fields.length > 0);
}

/**
 * An e-form definition for editing a document of a kit content schema: valid against
 * `eformDefinitionSchema`, its `schema` the answers' schema (see the module's note).
 */
export function definitionFromSchema(schema: object, options: SchemaFormOptions = {}): EformDefinition {
  const root = schema as Schema;
  const file = schemaFileName(schema) ?? '';
  const part = analyse(schema, options);
  const type = file.replace(/\.json$/, '') || 'content';
  const title = typeof root.title === 'string' ? root.title : type;
  return {
    id: options.id ?? `edit-${type}`.toLowerCase().replace(/[^a-z0-9-]/g, '-'),
    version: options.version ?? SCHEMA_LINE,
    title: options.title ?? { th: formTitles[type] ?? title, en: title },
    schema: {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      ...part.schema,
      type: 'object',
      properties: part.schema.properties as Schema,
    },
    pages: pagesOf(part, root, { file, labels: options.labels ?? {} }),
    checkAnswers: options.checkAnswers ?? false,
    submitLabel: { th: 'บันทึก', en: 'Save' },
  };
}

/** Thai titles of the forms, by content type. */
const formTitles: Record<string, string> = {
  alerts: 'ประกาศเตือนภัย',
  banners: 'แบนเนอร์',
  cio: 'ผู้บริหารเทคโนโลยีสารสนเทศระดับสูง (CIO)',
  contact: 'ข้อมูลการติดต่อ',
  documents: 'เอกสารเผยแพร่',
  eform: 'แบบฟอร์มออนไลน์',
  events: 'ปฏิทินกิจกรรม',
  faq: 'คำถามที่พบบ่อย',
  links: 'ลิงก์ที่เกี่ยวข้อง',
  news: 'ข่าวประชาสัมพันธ์',
  'open-data': 'ชุดข้อมูลเปิด',
  profile: 'ข้อมูลหน่วยงาน',
  'service-guide': 'คู่มือการให้บริการ',
  'service-list': 'บริการออนไลน์ (e-Service)',
  sitemap: 'แผนผังเว็บไซต์',
};

function toAnswer(plan: Plan, value: unknown): unknown {
  if (value === undefined) return undefined;
  switch (plan.kind) {
    case 'localized':
      if (typeof value === 'string') return value === '' ? undefined : { th: value };
      return isObject(value) ? { ...value } : undefined;
    case 'lines':
      return Array.isArray(value) ? value.join('\n') : value;
    case 'json':
      return JSON.stringify(value, null, 2);
    case 'list':
      return Array.isArray(value) ? value.map((item) => toAnswer(plan.item, item) ?? {}) : undefined;
    case 'either':
      return typeof value === 'string' ? { text: value } : toAnswer(plan.object, value);
    case 'object': {
      if (!isObject(value)) return undefined;
      const answers: Json = {};
      for (const { name, plan: inner } of plan.properties) {
        const answer = toAnswer(inner, value[name]);
        if (answer !== undefined) answers[name] = answer;
      }
      return answers;
    }
    default:
      return value;
  }
}

function fromAnswer(plan: Plan, answer: unknown): unknown {
  switch (plan.kind) {
    case 'localized': {
      const text = isObject(answer) ? answer : {};
      const th = typeof text.th === 'string' && text.th !== '' ? text.th : undefined;
      const en = typeof text.en === 'string' && text.en !== '' ? text.en : undefined;
      // Thai alone is written as a plain string, as the kit's data files do.
      if (th !== undefined && en === undefined) return th;
      if (th === undefined && en === undefined) return plan.emptyAs;
      return { ...(th !== undefined ? { th } : {}), ...(en !== undefined ? { en } : {}) };
    }
    case 'lines': {
      const lines =
        typeof answer === 'string'
          ? answer
              .split('\n')
              .map((line) => line.trim())
              .filter(Boolean)
          : [];
      return lines.length > 0 ? lines : undefined;
    }
    case 'json':
      return fromJson(answer);
    case 'list': {
      const items = (Array.isArray(answer) ? answer : [])
        .map((item) => fromAnswer(plan.item, item))
        .filter((item) => item !== undefined);
      return items.length > 0 ? items : undefined;
    }
    case 'either':
      if (isObject(answer) && typeof answer.text === 'string' && answer.text !== '') return answer.text;
      return fromAnswer(plan.object, answer);
    case 'object': {
      const answers = isObject(answer) ? answer : {};
      const data: Json = {};
      let answered = false;
      for (const { name, plan: inner } of plan.properties) {
        const value = fromAnswer(inner, answers[name]);
        if (value === undefined) continue;
        data[name] = value;
        // A blank decorative `alt` ("") alone does not make a picture.
        answered ||= !(inner.kind === 'localized' && value === inner.emptyAs);
      }
      return answered || plan.keepEmpty ? data : undefined;
    }
    default:
      return answer === '' || answer === null ? undefined : answer;
  }
}

/**
 * A JSON part's value: its text parsed; text that is not JSON is kept as text, so the
 * document's schema refuses it at its path and the person sees where (nothing is lost).
 */
function fromJson(answer: unknown): unknown {
  if (typeof answer !== 'string') return answer === null ? undefined : answer;
  if (answer.trim() === '') return undefined;
  try {
    return JSON.parse(answer) as unknown;
  } catch {
    return answer;
  }
}

/** The answers that fill the generated form from an existing document (`publication` and `$schema` are left out). */
export function dataToAnswers(schema: object, data: unknown, options: SchemaFormOptions = {}): Json {
  return (toAnswer(analyse(schema, options).plan, data) as Json | undefined) ?? {};
}

/** The document the submitted answers describe (without `publication`; the system writes it). */
export function answersToData(schema: object, answers: unknown, options: SchemaFormOptions = {}): Json {
  const plan = analyse(schema, options).plan;
  // A list left empty at the top of the document (`items`) is written as `[]` when the schema requires it.
  const data = (fromAnswer(plan, answers) as Json | undefined) ?? {};
  const required = Array.isArray((schema as Schema).required) ? ((schema as Schema).required as string[]) : [];
  for (const { name, plan: inner } of plan.properties) {
    if (inner.kind === 'list' && required.includes(name) && data[name] === undefined) data[name] = [];
  }
  return data;
}

import {
  compile,
  type CompiledValidator,
  type EformDefinition,
  type EformField,
  type EformGroup,
  type EformOption,
  type EformPage,
  type EformWidget,
  type Lang,
} from '@govkit-th/schemas';
import {
  asciiDigits,
  checkThaiFormat,
  isThaiFormat,
  normaliseThaiFormat,
  type ThaiFormatName,
} from './thai-formats.js';
import { cloneJson, getAt, nameToPath, setAt, toPointer, type Answers, type Segment } from './paths.js';

export type Schema = Record<string, unknown>;

/** A field of the definition with what its schema says about it. */
export interface FieldInfo {
  kind: 'field';
  field: EformField;
  widget: EformWidget;
  schema: Schema;
  options: EformOption[];
  /** Named in its parent's `required`. */
  required: boolean;
  format?: ThaiFormatName;
  pageIndex: number;
}

export interface GroupInfo {
  kind: 'group';
  group: EformGroup;
  schema: Schema;
  itemSchema: Schema;
  fields: FieldInfo[];
  minItems: number;
  maxItems: number;
  required: boolean;
  pageIndex: number;
}

export interface PageInfo {
  page: EformPage;
  items: Array<FieldInfo | GroupInfo>;
}

/** One field as shown: where its answer lives (raw answers) and its element id. */
export interface FieldInstance {
  kind: 'field';
  info: FieldInfo;
  path: Segment[];
  pointer: string;
  id: string;
}

export interface GroupInstance {
  kind: 'group';
  info: GroupInfo;
  path: Segment[];
  pointer: string;
  id: string;
  /** One list of visible fields per item. */
  items: FieldInstance[][];
}

export type Instance = FieldInstance | GroupInstance;

/** An instance and, for a group, the fields of every item: every place that can show an error. */
export function withItems(instance: Instance): Instance[] {
  return instance.kind === 'group' ? [instance, ...instance.items.flat()] : [instance];
}

/** A broken rule on a field: the validator's localised message, or a catalogue key for Thai formats. */
export interface FieldProblem {
  pointer: string;
  keyword: string;
  message: string;
  /** A key in the form strings (Thai format checks), used instead of `message`. */
  key?: string;
  limit?: string;
}

/** Everything the form shows and sends, worked out from the raw answers. */
export interface Evaluation {
  /** The answers as sent: hidden fields left out, blank group items dropped, Thai formats normalised. */
  data: Answers;
  visiblePages: number[];
  /** Visible fields and groups per page index. */
  instances: Map<number, Instance[]>;
  /** The first problem of each field or group, by the pointer of its raw answer. */
  problems: Map<string, FieldProblem>;
  /** Problems no field can show (they go to the error summary only). */
  general: FieldProblem[];
  /** Per group pointer: the raw index of each item sent (blank items are not sent). */
  itemIndexes: Map<string, number[]>;
}

interface Conditional {
  test: Schema;
  whenTrue: boolean;
}

export const isObject = (value: unknown): value is Schema =>
  !!value && typeof value === 'object' && !Array.isArray(value);

/**
 * The fields an `if`/`then`/`else` reveals: a property named in `then.required` is shown
 * only while `if` holds, one in `else.required` only while it does not. Looked for at the
 * top of an object schema and inside its `allOf`.
 */
function conditionalNames(schema: Schema): Map<string, Conditional[]> {
  const names = new Map<string, Conditional[]>();
  const branches = [schema, ...(Array.isArray(schema.allOf) ? schema.allOf.filter(isObject) : [])];
  for (const branch of branches) {
    if (!isObject(branch.if)) continue;
    for (const [key, whenTrue] of [
      ['then', true],
      ['else', false],
    ] as const) {
      const target = branch[key];
      if (!isObject(target) || !Array.isArray(target.required)) continue;
      for (const name of target.required) {
        if (typeof name === 'string') names.set(name, [...(names.get(name) ?? []), { test: branch.if, whenTrue }]);
      }
    }
  }
  return names;
}

/** Resolves a local `$ref` (`#/$defs/…`, chains too) so a field sees its enum, type and limits. */
export function resolve(schema: unknown, root: Schema): Schema {
  let current = schema;
  for (
    let depth = 0;
    depth < 8 && isObject(current) && typeof current.$ref === 'string' && current.$ref.startsWith('#/');
    depth += 1
  ) {
    const { $ref, ...siblings } = current;
    const target = getAt(
      root,
      $ref
        .slice(2)
        .split('/')
        .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~')),
    );
    if (!isObject(target)) break;
    // The target's own `$ref` (a chain) is followed next; keywords beside a `$ref` win.
    current = { ...target, ...siblings };
  }
  return isObject(current) ? current : {};
}

/** The schema of the property at `path` under `schema`, and whether its parent requires it. */
export function propertySchema(schema: Schema, path: string[], root: Schema): { schema?: Schema; required: boolean } {
  let current = resolve(schema, root);
  let required = false;
  for (const segment of path) {
    const properties = current.properties;
    if (!isObject(properties) || !(segment in properties)) return { required: false };
    required = Array.isArray(current.required) && current.required.includes(segment);
    current = resolve(properties[segment], root);
  }
  return { schema: current, required };
}

function schemaType(schema: Schema): string | undefined {
  return Array.isArray(schema.type)
    ? (schema.type.find((type) => type !== 'null') as string | undefined)
    : (schema.type as string | undefined);
}

function optionsFrom(field: EformField, schema: Schema): EformOption[] {
  if (field.options) return field.options;
  const source = schemaType(schema) === 'array' && isObject(schema.items) ? schema.items : schema;
  if (Array.isArray(source.enum)) return source.enum.map((value) => ({ value: value as string, label: String(value) }));
  const choices = Array.isArray(source.oneOf) ? source.oneOf : Array.isArray(source.anyOf) ? source.anyOf : [];
  return choices
    .filter((choice): choice is Schema => isObject(choice) && 'const' in choice)
    .map((choice) => ({
      value: choice.const as string,
      label: typeof choice.title === 'string' ? choice.title : String(choice.const),
    }));
}

function inferWidget(field: EformField, schema: Schema, options: EformOption[]): EformWidget {
  if (field.widget && field.widget !== ('group' as string)) return field.widget;
  const type = schemaType(schema);
  if (type === 'array') return 'checkboxes';
  if (options.length > 0) return options.length > 5 ? 'select' : 'radios';
  if (type === 'boolean') return 'checkbox';
  if (type === 'number' || type === 'integer') return 'number';
  if (schema.format === 'date') return 'date';
  if (schema.format === 'email') return 'email';
  if (field.format === 'th-phone') return 'tel';
  return 'text';
}

function fieldInfo(field: EformField, parent: Schema, root: Schema, pageIndex: number): FieldInfo {
  const { schema = {}, required } = propertySchema(parent, nameToPath(field.name), root);
  const options = optionsFrom(field, schema);
  const format = isThaiFormat(field.format)
    ? field.format
    : isThaiFormat(schema.format)
      ? (schema.format as ThaiFormatName)
      : undefined;
  return {
    kind: 'field',
    field,
    widget: inferWidget(field, schema, options),
    schema,
    options,
    required,
    format,
    pageIndex,
  };
}

const EMPTY = undefined;

/** What a raw answer becomes in the data that is validated and sent. */
export function sentValue(info: FieldInfo, raw: unknown): unknown {
  switch (info.widget) {
    case 'checkboxes':
      return Array.isArray(raw) && raw.length > 0 ? raw : EMPTY;
    case 'checkbox':
      return raw === true ? true : EMPTY;
    case 'select':
    case 'radios':
      return raw === '' || raw === null ? EMPTY : raw;
    case 'file':
      return isObject(raw) && typeof raw.name === 'string' ? raw : EMPTY;
    case 'number': {
      if (typeof raw === 'number') return raw;
      if (typeof raw !== 'string' || raw.trim() === '') return EMPTY;
      const text = asciiDigits(raw).trim().replace(/[,\s]/g, '');
      return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : raw.trim();
    }
    default: {
      if (typeof raw !== 'string') return raw === null ? EMPTY : raw;
      const text = raw.trim();
      if (text === '') return EMPTY;
      return info.format ? normaliseThaiFormat(info.format, text) : text;
    }
  }
}

/** A DOM id for a raw answer's place: `f-address-postcode`, `f-items-0-title`. */
export function fieldId(path: readonly Segment[]): string {
  return `f-${path.join('-')}`;
}

/**
 * A form definition made ready to use: every field's schema and widget worked out, and
 * every condition compiled, so evaluating answers is synchronous (fast enough for every
 * keystroke).
 */
export class FormModel {
  readonly pages: PageInfo[];
  private readonly root: Schema;
  private readonly rootConditionals: Map<string, Conditional[]>;
  private readonly itemConditionals = new Map<GroupInfo, Map<string, Conditional[]>>();
  private readonly conditions = new Map<object, CompiledValidator>();

  private constructor(
    readonly definition: EformDefinition,
    private readonly validator: CompiledValidator,
  ) {
    this.root = definition.schema;
    this.rootConditionals = conditionalNames(this.root);
    this.pages = definition.pages.map((page, pageIndex) => ({
      page,
      items: page.fields.map((item) =>
        this.isGroup(item) ? this.groupInfo(item, pageIndex) : fieldInfo(item, this.root, this.root, pageIndex),
      ),
    }));
  }

  /** Compiles the answers' schema and every condition (the validator loads on first use). */
  static async create(definition: EformDefinition): Promise<FormModel> {
    const validator = await compile(definition.schema);
    const model = new FormModel(definition, validator);
    await model.compileConditions();
    return model;
  }

  private isGroup(item: EformField | EformGroup): item is EformGroup {
    return (item as EformGroup).widget === 'group';
  }

  private groupInfo(group: EformGroup, pageIndex: number): GroupInfo {
    const { schema = {}, required } = propertySchema(this.root, nameToPath(group.name), this.root);
    const itemSchema = resolve(schema.items, this.root);
    const info: GroupInfo = {
      kind: 'group',
      group,
      schema,
      itemSchema,
      fields: group.fields.map((field) => fieldInfo(field, itemSchema, this.root, pageIndex)),
      minItems: typeof schema.minItems === 'number' ? schema.minItems : 0,
      maxItems: typeof schema.maxItems === 'number' ? schema.maxItems : 50,
      required,
      pageIndex,
    };
    this.itemConditionals.set(info, conditionalNames(itemSchema));
    return info;
  }

  private async compileConditions(): Promise<void> {
    const schemas: object[] = [];
    const collect = (conditionals: Map<string, Conditional[]>) =>
      conditionals.forEach((list) => list.forEach((c) => schemas.push(c.test)));
    collect(this.rootConditionals);
    this.itemConditionals.forEach(collect);
    for (const { page, items } of this.pages) {
      if (page.visibleWhen) schemas.push(page.visibleWhen);
      for (const item of items) {
        const fields = item.kind === 'group' ? [item.group, ...item.group.fields] : [item.field];
        fields.forEach((field) => field.visibleWhen && schemas.push(field.visibleWhen));
      }
    }
    for (const schema of new Set(schemas)) {
      // A copy: the validator marks the schemas it reads, and these also sit inside the answers' schema.
      this.conditions.set(schema, await compile(cloneJson(schema)));
    }
  }

  private holds(condition: object | undefined, data: unknown): boolean {
    if (!condition) return true;
    const validator = this.conditions.get(condition);
    return validator ? validator(data ?? {}, 'en').length === 0 : true;
  }

  private revealed(conditionals: Map<string, Conditional[]>, name: string, data: unknown): boolean {
    const list = conditionals.get(nameToPath(name)[0]);
    return !list || list.some((conditional) => this.holds(conditional.test, data) === conditional.whenTrue);
  }

  /** Works out the data to send, what is visible and what is wrong, from the raw answers. */
  evaluate(answers: Answers, lang: Lang): Evaluation {
    // Visibility depends on answers and answers on visibility (a hidden field's answer is
    // not sent): settle it from "everything visible" down, a few rounds at most.
    let pass = this.collect(answers, undefined);
    for (let round = 0; round < 3; round += 1) {
      const next = this.collect(answers, pass.data);
      const settled = next.signature === pass.signature;
      pass = next;
      if (settled) break;
    }
    const { problems, general } = this.problems(pass, lang);
    return {
      data: pass.data,
      visiblePages: pass.visiblePages,
      instances: pass.instances,
      problems,
      general,
      itemIndexes: pass.itemIndexes,
    };
  }

  /** Only this form's fields from some answers (an opened file), normalised. */
  pick(answers: Answers): Answers {
    return this.collect(answers, undefined).data;
  }

  /** The visible field or group that shows a problem reported at `pointer` in the sent data. */
  locate(pointer: string, evaluation: Evaluation): Instance | undefined {
    return this.owner(this.toRawPointer(pointer, evaluation.itemIndexes), this.owners(evaluation.instances));
  }

  private owners(instances: Map<number, Instance[]>): Map<string, Instance> {
    const owners = new Map<string, Instance>();
    for (const list of instances.values()) {
      for (const instance of list) withItems(instance).forEach((owner) => owners.set(owner.pointer, owner));
    }
    return owners;
  }

  private collect(answers: Answers, snapshot: Answers | undefined) {
    const data: Answers = {};
    const instances = new Map<number, Instance[]>();
    const visiblePages: number[] = [];
    const formatProblems: FieldProblem[] = [];
    /** Effective group item index → raw index, per group pointer. */
    const itemIndexes = new Map<string, number[]>();
    const shown: string[] = [];
    const see = (condition: object | undefined, scope: unknown) =>
      snapshot === undefined || this.holds(condition, scope);

    this.pages.forEach(({ page, items }, pageIndex) => {
      if (!see(page.visibleWhen, snapshot)) return;
      const pageInstances: Instance[] = [];
      for (const info of items) {
        const name = info.kind === 'group' ? info.group.name : info.field.name;
        const condition = info.kind === 'group' ? info.group.visibleWhen : info.field.visibleWhen;
        if (
          snapshot !== undefined &&
          !(this.holds(condition, snapshot) && this.revealed(this.rootConditionals, name, snapshot))
        )
          continue;
        const path = nameToPath(name);
        if (info.kind === 'field') {
          pageInstances.push(this.fieldInstance(info, path, answers, data, path, formatProblems));
          continue;
        }
        const raw = getAt(answers, path);
        const rawItems: unknown[] = Array.isArray(raw) ? raw : [{}];
        const conditionals = this.itemConditionals.get(info)!;
        const groupInstance: GroupInstance = {
          kind: 'group',
          info,
          path,
          pointer: toPointer(path),
          id: fieldId(path),
          items: [],
        };
        const sent: Answers[] = [];
        const indexes: number[] = [];
        rawItems.forEach((_item, rawIndex) => {
          const itemPath = [...path, rawIndex];
          // Inside an item, conditions read the item's own answers, all of them.
          const itemSnapshot = snapshot === undefined ? undefined : this.itemAnswers(info, answers, itemPath);
          const itemData: Answers = {};
          const fields: FieldInstance[] = [];
          for (const field of info.fields) {
            if (
              itemSnapshot !== undefined &&
              !(
                this.holds(field.field.visibleWhen, itemSnapshot) &&
                this.revealed(conditionals, field.field.name, itemSnapshot)
              )
            )
              continue;
            const relative = nameToPath(field.field.name);
            fields.push(
              this.fieldInstance(field, [...itemPath, ...relative], answers, itemData, relative, formatProblems),
            );
          }
          groupInstance.items.push(fields);
          // A blank item is not sent: "add another" pressed once too often is not an error.
          if (Object.keys(itemData).length > 0) {
            sent.push(itemData);
            indexes.push(rawIndex);
          }
        });
        if (sent.length > 0) setAt(data, path, sent);
        itemIndexes.set(groupInstance.pointer, indexes);
        pageInstances.push(groupInstance);
      }
      if (pageInstances.length === 0) return;
      visiblePages.push(pageIndex);
      instances.set(pageIndex, pageInstances);
      pageInstances.forEach((instance) =>
        shown.push(
          instance.kind === 'group' ? `${instance.pointer}[${instance.items.map((i) => i.length)}]` : instance.pointer,
        ),
      );
    });
    return { data, instances, visiblePages, formatProblems, itemIndexes, signature: shown.join(',') };
  }

  private itemAnswers(info: GroupInfo, answers: Answers, itemPath: Segment[]): Answers {
    const item: Answers = {};
    for (const field of info.fields) {
      const value = sentValue(field, getAt(answers, [...itemPath, ...nameToPath(field.field.name)]));
      if (value !== undefined) setAt(item, nameToPath(field.field.name), value);
    }
    return item;
  }

  private fieldInstance(
    info: FieldInfo,
    path: Segment[],
    answers: Answers,
    target: Answers,
    targetPath: Segment[],
    formatProblems: FieldProblem[],
  ): FieldInstance {
    const pointer = toPointer(path);
    const raw = getAt(answers, path);
    const value = sentValue(info, raw);
    if (value !== undefined) setAt(target, targetPath, value);
    if (info.format && typeof value === 'string') {
      const key = checkThaiFormat(info.format, typeof raw === 'string' ? raw : value);
      if (key) formatProblems.push({ pointer, keyword: 'format', message: '', key });
    }
    return { kind: 'field', info, path, pointer, id: fieldId(path) };
  }

  private problems(pass: ReturnType<FormModel['collect']>, lang: Lang) {
    const owners = this.owners(pass.instances);
    const problems = new Map<string, FieldProblem>();
    const general: FieldProblem[] = [];
    const place = (problem: FieldProblem) => {
      const owner = this.owner(this.toRawPointer(problem.pointer, pass.itemIndexes), owners);
      if (!owner) general.push(problem);
      else if (!problems.has(owner.pointer)) problems.set(owner.pointer, { ...problem, pointer: owner.pointer });
    };
    for (const problem of this.validator(pass.data, lang)) place({ ...problem, pointer: problem.path });
    // Thai formats come after the schema: the schema's own message (e.g. "required") wins.
    pass.formatProblems.forEach(place);
    return { problems, general };
  }

  /** A pointer into the sent data → the same place in the raw answers (blank group items are skipped when sending). */
  private toRawPointer(pointer: string, itemIndexes: Map<string, number[]>): string {
    for (const [groupPointer, indexes] of itemIndexes) {
      const prefix = `${groupPointer}/`;
      if (!pointer.startsWith(prefix)) continue;
      const [index, ...rest] = pointer.slice(prefix.length).split('/');
      if (!/^\d+$/.test(index) || indexes[Number(index)] === undefined) return pointer;
      return [`${groupPointer}/${indexes[Number(index)]}`, ...rest].join('/');
    }
    return pointer;
  }

  /** The field that shows a problem: the one at the pointer, else its nearest ancestor, else its first descendant. */
  private owner(pointer: string, owners: Map<string, Instance>): Instance | undefined {
    for (let current = pointer; ; current = current.slice(0, current.lastIndexOf('/'))) {
      const owner = owners.get(current);
      if (owner) return owner;
      if (current === '') break;
    }
    for (const [key, owner] of owners) if (key.startsWith(`${pointer}/`)) return owner;
    return undefined;
  }
}

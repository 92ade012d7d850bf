import {
  compile,
  type CompiledValidator,
  type EformDefinition,
  type EformField,
  type EformGroup,
  type Lang,
} from '@govkit-th/schemas';
import { checkThaiFormat } from './thai-formats.js';
import { getAt, nameToPath, setAt, toPointer, type Answers, type Segment } from './paths.js';
import { Conditions } from './model/conditions.js';
import { fieldId, fieldInfo, sentValue } from './model/field-info.js';
import { ownerOf, ownersOf, toRawPointer } from './model/owners.js';
import { propertySchema, resolve } from './model/schema-reading.js';
import type {
  Evaluation,
  FieldInfo,
  FieldInstance,
  FieldProblem,
  GroupInfo,
  GroupInstance,
  Instance,
  PageInfo,
  Schema,
} from './model/types.js';

/** One pass over the pages: what is visible and sent for a given visibility snapshot. */
interface Pass {
  data: Answers;
  instances: Map<number, Instance[]>;
  visiblePages: number[];
  formatProblems: FieldProblem[];
  /** Effective group item index → raw index, per group pointer. */
  itemIndexes: Map<string, number[]>;
  /** What is visible, to tell when visibility has settled. */
  signature: string;
}

/**
 * A form definition made ready to use: every field's schema and widget worked out, and
 * every condition compiled, so evaluating answers is synchronous (fast enough for every
 * keystroke). The pieces it is made of live under `model/`.
 */
export class FormModel {
  readonly pages: PageInfo[];
  private readonly root: Schema;
  private readonly conditions: Conditions;

  private constructor(
    readonly definition: EformDefinition,
    private readonly validator: CompiledValidator,
  ) {
    this.root = definition.schema;
    this.conditions = new Conditions(this.root);
    this.pages = definition.pages.map((page, pageIndex) => ({
      page,
      items: page.fields.map((item) =>
        isGroup(item) ? this.groupInfo(item, pageIndex) : fieldInfo(item, this.root, this.root, pageIndex),
      ),
    }));
  }

  /** Compiles the answers' schema and every condition (the validator loads on first use). */
  static async create(definition: EformDefinition): Promise<FormModel> {
    const validator = await compile(definition.schema);
    const model = new FormModel(definition, validator);
    await model.conditions.compile(model.pages);
    return model;
  }

  /** Whether any field (nested ones too) is an HTML field. */
  hasRichText(): boolean {
    const rich = (item: FieldInfo | GroupInfo): boolean =>
      item.kind === 'group' ? item.fields.some(rich) : item.widget === 'richtext';
    return this.pages.some(({ items }) => items.some(rich));
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
    return ownerOf(toRawPointer(pointer, evaluation.itemIndexes), ownersOf(evaluation.instances));
  }

  /** A group's schema and fields; `parent` is the schema its name is read in (an outer group's item). */
  private groupInfo(group: EformGroup, pageIndex: number, parent: Schema = this.root): GroupInfo {
    const { schema = {}, required } = propertySchema(parent, nameToPath(group.name), this.root);
    const itemSchema = resolve(schema.items, this.root);
    const info: GroupInfo = {
      kind: 'group',
      group,
      schema,
      itemSchema,
      fields: group.fields.map((field) =>
        isGroup(field)
          ? this.groupInfo(field, pageIndex, itemSchema)
          : fieldInfo(field, itemSchema, this.root, pageIndex),
      ),
      minItems: typeof schema.minItems === 'number' ? schema.minItems : 0,
      maxItems: typeof schema.maxItems === 'number' ? schema.maxItems : 50,
      required,
      pageIndex,
    };
    this.conditions.addGroup(info);
    return info;
  }

  /** The visible pages, fields and data for `answers`; `snapshot` (the data of the last pass) decides visibility, none shows everything. */
  private collect(answers: Answers, snapshot: Answers | undefined): Pass {
    const pass: Pass = {
      data: {},
      instances: new Map(),
      visiblePages: [],
      formatProblems: [],
      itemIndexes: new Map(),
      signature: '',
    };
    const { conditions } = this;
    const shown: string[] = [];
    this.pages.forEach(({ page, items }, pageIndex) => {
      if (snapshot !== undefined && !conditions.holds(page.visibleWhen, snapshot)) return;
      const pageInstances: Instance[] = [];
      for (const info of items) {
        const name = info.kind === 'group' ? info.group.name : info.field.name;
        const condition = info.kind === 'group' ? info.group.visibleWhen : info.field.visibleWhen;
        if (
          snapshot !== undefined &&
          !(conditions.holds(condition, snapshot) && conditions.revealed(conditions.root, name, snapshot))
        )
          continue;
        const path = nameToPath(name);
        pageInstances.push(
          info.kind === 'field'
            ? this.fieldInstance(info, path, answers, pass.data, path, pass.formatProblems)
            : this.groupInstance(info, path, answers, snapshot, pass, pass.data, path),
        );
      }
      if (pageInstances.length === 0) return;
      pass.visiblePages.push(pageIndex);
      pass.instances.set(pageIndex, pageInstances);
      pageInstances.forEach((instance) =>
        shown.push(
          instance.kind === 'group' ? `${instance.pointer}[${instance.items.map((i) => i.length)}]` : instance.pointer,
        ),
      );
    });
    pass.signature = shown.join(',');
    return pass;
  }

  /**
   * A group with its items; blank items are shown but not sent. Its sent items go to
   * `targetPath` in `target`: the data, or the item of an outer group it is nested in.
   */
  private groupInstance(
    info: GroupInfo,
    path: Segment[],
    answers: Answers,
    snapshot: Answers | undefined,
    pass: Pass,
    target: Answers,
    targetPath: Segment[],
  ): GroupInstance {
    const { conditions } = this;
    const raw = getAt(answers, path);
    const rawItems: unknown[] = Array.isArray(raw) ? raw : [{}];
    const conditionals = conditions.ofGroup(info);
    const group: GroupInstance = { kind: 'group', info, path, pointer: toPointer(path), id: fieldId(path), items: [] };
    const sent: Answers[] = [];
    const indexes: number[] = [];
    rawItems.forEach((_item, rawIndex) => {
      const itemPath = [...path, rawIndex];
      // Inside an item, conditions read the item's own answers, all of them.
      const itemSnapshot = snapshot === undefined ? undefined : this.itemAnswers(info, answers, itemPath);
      const itemData: Answers = {};
      const fields: Instance[] = [];
      for (const field of info.fields) {
        const name = field.kind === 'group' ? field.group.name : field.field.name;
        const condition = field.kind === 'group' ? field.group.visibleWhen : field.field.visibleWhen;
        if (
          itemSnapshot !== undefined &&
          !(conditions.holds(condition, itemSnapshot) && conditions.revealed(conditionals, name, itemSnapshot))
        )
          continue;
        const relative = nameToPath(name);
        const fieldPath = [...itemPath, ...relative];
        fields.push(
          field.kind === 'group'
            ? this.groupInstance(field, fieldPath, answers, snapshot, pass, itemData, relative)
            : this.fieldInstance(field, fieldPath, answers, itemData, relative, pass.formatProblems),
        );
      }
      group.items.push(fields);
      // A blank item is not sent: "add another" pressed once too often is not an error.
      if (Object.keys(itemData).length > 0) {
        sent.push(itemData);
        indexes.push(rawIndex);
      }
    });
    if (sent.length > 0) setAt(target, targetPath, sent);
    pass.itemIndexes.set(group.pointer, indexes);
    return group;
  }

  /** An item's answers as sent (nested groups without their blank items), for the conditions inside it. */
  private itemAnswers(info: GroupInfo, answers: Answers, itemPath: Segment[]): Answers {
    const item: Answers = {};
    for (const field of info.fields) {
      const relative = nameToPath(field.kind === 'group' ? field.group.name : field.field.name);
      const value =
        field.kind === 'group'
          ? this.nestedItems(field, answers, [...itemPath, ...relative])
          : sentValue(field, getAt(answers, [...itemPath, ...relative]));
      if (value !== undefined) setAt(item, relative, value);
    }
    return item;
  }

  private nestedItems(info: GroupInfo, answers: Answers, path: Segment[]): Answers[] | undefined {
    const raw = getAt(answers, path);
    const items = (Array.isArray(raw) ? raw : [])
      .map((_item, index) => this.itemAnswers(info, answers, [...path, index]))
      .filter((item) => Object.keys(item).length > 0);
    return items.length > 0 ? items : undefined;
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

  private problems(pass: Pass, lang: Lang) {
    const owners = ownersOf(pass.instances);
    const problems = new Map<string, FieldProblem>();
    const general: FieldProblem[] = [];
    const place = (problem: FieldProblem) => {
      const owner = ownerOf(toRawPointer(problem.pointer, pass.itemIndexes), owners);
      if (!owner) general.push(problem);
      else if (!problems.has(owner.pointer)) problems.set(owner.pointer, { ...problem, pointer: owner.pointer });
    };
    for (const problem of this.validator(pass.data, lang)) place({ ...problem, pointer: problem.path });
    // Thai formats come after the schema: the schema's own message (e.g. "required") wins.
    pass.formatProblems.forEach(place);
    return { problems, general };
  }
}

function isGroup(item: EformField | EformGroup): item is EformGroup {
  return (item as EformGroup).widget === 'group';
}

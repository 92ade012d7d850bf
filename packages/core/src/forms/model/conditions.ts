import { compile, type CompiledValidator } from '@govkit-th/schemas';
import { cloneJson, nameToPath } from '../paths.js';
import { conditionalNames, type Conditional } from './schema-reading.js';
import type { FieldInfo, GroupInfo, PageInfo, Schema } from './types.js';

/** Every `visibleWhen` of a field, or of a group and everything nested in it. */
function conditionsOf(item: FieldInfo | GroupInfo): object[] {
  if (item.kind === 'field') return item.field.visibleWhen ? [item.field.visibleWhen] : [];
  return [...(item.group.visibleWhen ? [item.group.visibleWhen] : []), ...item.fields.flatMap(conditionsOf)];
}

/**
 * A form's show/hide rules, compiled once: every `visibleWhen`, and the fields an
 * `if`/`then`/`else` reveals (at the top of the answers' schema and in each group's items).
 */
export class Conditions {
  /** The fields the answers' schema reveals, by top-level name. */
  readonly root: Map<string, Conditional[]>;
  private readonly items = new Map<GroupInfo, Map<string, Conditional[]>>();
  private readonly compiled = new Map<object, CompiledValidator>();

  constructor(root: Schema) {
    this.root = conditionalNames(root);
  }

  /** Reads the conditions of a group's items. */
  addGroup(info: GroupInfo): void {
    this.items.set(info, conditionalNames(info.itemSchema));
  }

  /** The fields a group's item schema reveals. */
  ofGroup(info: GroupInfo): Map<string, Conditional[]> {
    return this.items.get(info)!;
  }

  /** Compiles every condition of the pages (the validator loads on first use). */
  async compile(pages: PageInfo[]): Promise<void> {
    const schemas: object[] = [];
    const collect = (conditionals: Map<string, Conditional[]>) =>
      conditionals.forEach((list) => list.forEach((c) => schemas.push(c.test)));
    collect(this.root);
    this.items.forEach(collect);
    for (const { page, items } of pages) {
      if (page.visibleWhen) schemas.push(page.visibleWhen);
      for (const item of items) {
        conditionsOf(item).forEach((condition) => schemas.push(condition));
      }
    }
    for (const schema of new Set(schemas)) {
      // A copy: the validator marks the schemas it reads, and these also sit inside the answers' schema.
      this.compiled.set(schema, await compile(cloneJson(schema)));
    }
  }

  /** Whether `data` meets a condition (no condition always holds). */
  holds(condition: object | undefined, data: unknown): boolean {
    if (!condition) return true;
    const validator = this.compiled.get(condition);
    return validator ? validator(data ?? {}, 'en').length === 0 : true;
  }

  /** Whether an `if`/`then`/`else` lets the field named `name` show for `data`. */
  revealed(conditionals: Map<string, Conditional[]>, name: string, data: unknown): boolean {
    const list = conditionals.get(nameToPath(name)[0]);
    return !list || list.some((conditional) => this.holds(conditional.test, data) === conditional.whenTrue);
  }
}

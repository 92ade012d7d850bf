/** The shapes the form model works with: fields and groups as defined, as shown (instances), and evaluated. */
import type { EformField, EformGroup, EformOption, EformPage, EformWidget } from '@govkit-th/schemas';
import type { ThaiFormatName } from '../thai-formats.js';
import type { Answers, Segment } from '../paths.js';

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
  /** The item's fields, and the groups nested in an item. */
  fields: Array<FieldInfo | GroupInfo>;
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
  /** One list of visible fields (and nested groups) per item. */
  items: Instance[][];
}

export type Instance = FieldInstance | GroupInstance;

/** An instance and, for a group, the fields of every item: every place that can show an error. */
export function withItems(instance: Instance): Instance[] {
  return instance.kind === 'group' ? [instance, ...instance.items.flat().flatMap(withItems)] : [instance];
}

/** A place that can show an error, and the group item (innermost) it sits in. */
export interface Place {
  instance: Instance;
  item?: { group: GroupInstance; index: number };
}

/** `withItems`, each with the group item it belongs to: the error summary names the item. */
export function placesOf(instance: Instance, item?: Place['item']): Place[] {
  if (instance.kind === 'field') return [{ instance, item }];
  return [
    { instance, item },
    ...instance.items.flatMap((fields, index) =>
      fields.flatMap((field) => placesOf(field, { group: instance, index })),
    ),
  ];
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

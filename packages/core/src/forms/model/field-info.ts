/** What the form knows about one field: its widget and choices from the schema, and what its raw answer sends. */
import type { EformField, EformOption, EformWidget } from '@govkit-th/schemas';
import { asciiDigits, isThaiFormat, normaliseThaiFormat, type ThaiFormatName } from '../thai-formats.js';
import { nameToPath, type Segment } from '../paths.js';
import { isObject, propertySchema, schemaType } from './schema-reading.js';
import type { FieldInfo, Schema } from './types.js';

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
  if (schema.format === 'uri' || schema.format === 'uri-reference') return 'url';
  if (field.format === 'th-phone') return 'tel';
  return 'text';
}

export function fieldInfo(field: EformField, parent: Schema, root: Schema, pageIndex: number): FieldInfo {
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

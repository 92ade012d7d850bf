/** Reading the answers' JSON Schema: local `$ref`s, a property's schema, the fields an `if` reveals. */
import { getAt } from '../paths.js';
import type { Schema } from './types.js';

/** A field revealed by an `if`: shown while `test` holds (`then`), or while it does not (`else`). */
export interface Conditional {
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
export function conditionalNames(schema: Schema): Map<string, Conditional[]> {
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

export function schemaType(schema: Schema): string | undefined {
  return Array.isArray(schema.type)
    ? (schema.type.find((type) => type !== 'null') as string | undefined)
    : (schema.type as string | undefined);
}

import { format } from '@cfworker/json-schema';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { commonSchema } from './common.js';
import { compileNow } from './engine.js';
import type { CompiledValidator } from './validate.js';

/**
 * Validation for servers (`@govkit-th/schemas/fast-validate`): the same schema, verdicts
 * and messages as `compile()`, several times faster on valid data. The inbox checks every
 * submission; with `compile()` alone the checking was about a sixth of its CPU.
 *
 * The verdict comes from Ajv, which compiles the schema into a JavaScript function. That
 * is code generation, which a strict CSP forbids: browsers keep `compile()`. When Ajv
 * says "invalid", `compile()` (`@cfworker/json-schema`) judges again and words the
 * problems, so a person reads exactly what the browser shows. Ajv is set up to be at
 * least as strict as `@cfworker/json-schema` (its very format checks, own properties
 * only), so data it accepts is data `compile()` accepts; anything stricter falls through
 * to `compile()`'s verdict. A schema Ajv cannot compile is checked by `compile()` alone.
 * `test/fast-validate.test.mjs` runs the JSON-Schema-Test-Suite through both.
 */
export function compileFast(schema: object | boolean, references: object[] = []): CompiledValidator {
  const cacheable = typeof schema === 'object' && schema !== null && references.length === 0;
  const cached = cacheable ? compiled.get(schema) : undefined;
  if (cached) return cached;
  const explain = compileNow(schema, references);
  const verdict = ajvVerdict(schema, references);
  const run: CompiledValidator = verdict ? (data, lang = 'th') => (verdict(data) ? [] : explain(data, lang)) : explain;
  if (cacheable) compiled.set(schema as object, run);
  return run;
}

const compiled = new WeakMap<object, CompiledValidator>();

/** `@cfworker/json-schema`'s own format checks, so both engines read `format` alike. */
const FORMATS = Object.fromEntries(
  Object.entries(format).map(([name, check]) => [name, { type: 'string' as const, validate: check }]),
);

/**
 * Where the two engines were seen to differ on the JSON-Schema-Test-Suite, with Ajv the
 * more lenient: "unevaluated" items or properties decided through `contains` or `if`,
 * `$anchor` resolution, the dynamic references `compile()` does not implement, and a
 * property named `__proto__`. A schema using any of them is left to `compile()`.
 */
const LEFT_TO_COMPILE = new Set([
  'unevaluatedItems',
  'unevaluatedProperties',
  '$anchor',
  '$dynamicRef',
  '$dynamicAnchor',
  '$recursiveRef',
  '$recursiveAnchor',
  '__proto__',
]);

function usesAny(node: unknown, keys: Set<string>, depth = 0): boolean {
  if (node === null || typeof node !== 'object' || depth > 200) return depth > 200;
  for (const key of Object.keys(node)) {
    if (keys.has(key) || usesAny((node as Record<string, unknown>)[key], keys, depth + 1)) return true;
  }
  return false;
}

/** Ajv's compiled check of `schema`, or undefined when it is left to `compile()` (see above) or Ajv cannot compile it. */
export function ajvVerdict(
  schema: object | boolean,
  references: object[] = [],
): ((data: unknown) => boolean) | undefined {
  if (usesAny([schema, ...references], LEFT_TO_COMPILE)) return undefined;
  // One Ajv per schema: two versions of a form may carry the same `$id`.
  const ajv = new Ajv2020({
    strict: false, // `x-messages`, `title`… and unknown formats are ignored, as `compile()` does
    logger: false,
    allErrors: false, // the verdict only: stop at the first problem
    validateSchema: false,
    ownProperties: true,
    formats: FORMATS,
  });
  try {
    for (const reference of [commonSchema, ...references]) {
      const id = (reference as { $id?: string }).$id;
      if (id === undefined || !ajv.getSchema(id)) ajv.addSchema(reference);
    }
    const check = ajv.compile(schema);
    return (data) => {
      try {
        return check(data) === true;
      } catch {
        return false; // e.g. a recursion too deep for the stack: compile() judges
      }
    };
  } catch {
    return undefined;
  }
}

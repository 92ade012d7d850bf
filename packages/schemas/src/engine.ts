import { Validator, format, type OutputUnit } from '@cfworker/json-schema';
import { commonSchema } from './common.js';
import { hasDottedDomain } from './email.js';
import { keywordMessages, type Lang } from './messages.js';
import type { CompiledValidator, ValidationProblem } from './validate.js';

/**
 * The heavy half of validation, loaded lazily by `validate.ts`: the validator itself
 * (`@cfworker/json-schema`: no code generation, so it runs under a strict CSP) and the
 * Thai/English messages it is translated into.
 */
// The kit's e-mail rule (email.ts) on top of the library's: every schema with
// `format: "email"`, in the browser and in the inbox, refuses `somying@example`.
const libraryEmail = format.email;
format.email = (input: string) => libraryEmail(input) && hasDottedDomain(input);

export function compileNow(schema: object | boolean, references: object[]): CompiledValidator {
  const validator = new Validator(schema as never, '2020-12', false);
  for (const reference of [commonSchema, ...references]) validator.addSchema(reference as never);
  return (data, lang = 'th') => {
    const result = validator.validate(data);
    return result.valid ? [] : toProblems(result.errors, lang, typeof schema === 'object' ? schema : undefined);
  };
}

/** Keywords that only say "something inside me failed": the inner error says what. */
const WRAPPERS = new Set([
  'properties',
  'items',
  'prefixItems',
  'additionalItems',
  'unevaluatedItems',
  'patternProperties',
  '$ref',
  '$dynamicRef',
  'allOf',
  'if',
  'then',
  'else',
  'dependentSchemas',
  'propertyNames',
  'contains',
]);

/**
 * Turns the validator's bare English output into one clear, localised problem per place:
 * wrapper errors are dropped, branch errors under anyOf/oneOf fold into the choice
 * itself, and a missing property is reported on the property, where a form shows it.
 */
export function toProblems(errors: OutputUnit[], lang: Lang, schema?: object): ValidationProblem[] {
  const { hidden, explained } = resolveChoices(errors);
  const problems: ValidationProblem[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    if (WRAPPERS.has(error.keyword) || hidden.has(error) || explained.has(error)) continue;
    if (error.keyword === 'false' && errors.some((e) => e.keyword === 'additionalProperties')) continue;
    const problem = withOwnMessage(describe(error, lang), error, lang, schema);
    const key = `${problem.path}|${problem.keyword}|${problem.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problem);
  }
  if (problems.length === 0 && errors.length > 0) {
    const first = errors[errors.length - 1];
    problems.push({
      path: pointer(first.instanceLocation),
      keyword: first.keyword,
      message: keywordMessages[lang].invalid,
    });
  }
  return problems;
}

/**
 * Under anyOf/oneOf, the branch whose type fits the value is the one the author meant
 * (a string for localised text, not the `{th, en}` object): its errors are reported, and
 * the others hidden. When no branch fits by type, the choice itself is reported.
 */
function resolveChoices(errors: OutputUnit[]) {
  const hidden = new Set<OutputUnit>();
  const explained = new Set<OutputUnit>();
  for (const choice of errors.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf')) {
    const prefix = choice.keywordLocation + '/';
    const inside = errors.filter((e) => e.keywordLocation.startsWith(prefix));
    inside.forEach((e) => hidden.add(e));
    const branches = new Map<string, OutputUnit[]>();
    for (const error of inside) {
      const branch = error.keywordLocation.slice(prefix.length).split('/')[0];
      branches.set(branch, [...(branches.get(branch) ?? []), error]);
    }
    const fitting = [...branches.values()].find(
      (branch) => !branch.some((e) => e.keyword === 'type' && e.instanceLocation === choice.instanceLocation),
    );
    if (fitting) {
      fitting.forEach((e) => hidden.delete(e));
      explained.add(choice);
    }
  }
  return { hidden, explained };
}

function describe(error: OutputUnit, lang: Lang): ValidationProblem {
  const messages = keywordMessages[lang];
  const path = pointer(error.instanceLocation);
  const quoted = /"([^"]*)"/.exec(error.error)?.[1];
  switch (error.keyword) {
    case 'required':
      return { path: `${path}/${escapePointer(quoted ?? '')}`, keyword: 'required', message: messages.required };
    case 'dependentRequired': {
      const missing = /does not have "([^"]*)"/.exec(error.error)?.[1] ?? '';
      return { path: `${path}/${escapePointer(missing)}`, keyword: 'dependentRequired', message: messages.required };
    }
    case 'type': {
      const expected = /Expected "(.*)"\.$/.exec(error.error)?.[1]?.split('", "') ?? [];
      const names = expected.map((t) => messages[`type:${t}`] ?? t).join(lang === 'th' ? ' หรือ ' : ' or ');
      return { path, keyword: 'type', message: fill(messages.type, { type: names }) };
    }
    case 'format': {
      const message = messages[`format:${quoted}`] ?? messages.format;
      return { path, keyword: 'format', message, limit: quoted };
    }
    case 'additionalProperties':
    case 'unevaluatedProperties':
      return { path, keyword: error.keyword, message: fill(messages[error.keyword], { property: quoted ?? '' }) };
    default: {
      const limit = lastNumber(error.error);
      const template = messages[error.keyword] ?? messages.invalid;
      return { path, keyword: error.keyword, message: fill(template, { limit: limit ?? '' }), limit };
    }
  }
}

/** The schema's limit as the validator quotes it: the last number in its message. */
function lastNumber(text: string): string | undefined {
  const numbers = text.match(/-?\d+(?:\.\d+)?(?:e[+-]?\d+)?/gi);
  return numbers?.[numbers.length - 1];
}

function fill(template: string, params: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}

/** `#/items/0` → `/items/0`; the document itself is ``. */
function pointer(instanceLocation: string): string {
  return instanceLocation.replace(/^#/, '');
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** A message a schema gives for one of its rules: `{ th, en }`. */
type OwnMessage = Partial<Record<Lang, string>>;

/**
 * A schema may word a rule itself, where the generic message would not say why the rule
 * exists: `"x-messages": { "required": { "duration": { "th": "…ข้อ 1.3(1)", "en": "…" } } }`
 * beside `required` (by missing property), or `"x-messages": { "minItems": { … } }` beside
 * any other keyword. The schema node is found from the error's keyword location, following
 * `$ref`s into the same schema or `common.json`.
 */
function withOwnMessage(problem: ValidationProblem, error: OutputUnit, lang: Lang, schema?: object) {
  const node = schema && schemaAt(schema, error.keywordLocation);
  const messages = (node as { 'x-messages'?: Record<string, unknown> } | undefined)?.['x-messages'];
  if (!messages) return problem;
  const entry = messages[problem.keyword] as Record<string, OwnMessage> | OwnMessage | undefined;
  const own =
    problem.keyword === 'required' || problem.keyword === 'dependentRequired'
      ? (entry as Record<string, OwnMessage> | undefined)?.[unescapePointer(problem.path.split('/').pop() ?? '')]
      : (entry as OwnMessage | undefined);
  const message = own?.[lang] ?? own?.th;
  return message ? { ...problem, message } : problem;
}

/** The schema object holding the keyword at `keywordLocation` (`#/properties/steps/items/required`). */
function schemaAt(root: object, keywordLocation: string): object | undefined {
  const segments = keywordLocation.replace(/^#\/?/, '').split('/').map(unescapePointer);
  segments.pop(); // the keyword itself
  let node: unknown = root;
  for (const segment of segments) {
    if (segment === '$ref') node = resolveRef(root, (node as { $ref?: unknown }).$ref);
    else node = (node as Record<string, unknown> | undefined)?.[segment];
    if (node === null || typeof node !== 'object') return undefined;
  }
  return node as object;
}

/** A `$ref` within the schema (`#/$defs/…`) or into the shared definitions (`common.json#/$defs/…`). */
function resolveRef(root: object, ref: unknown): unknown {
  if (typeof ref !== 'string') return undefined;
  const [file, fragment = ''] = ref.split('#');
  const base = file === '' ? root : file === 'common.json' ? commonSchema : undefined;
  return (
    base &&
    fragment
      .split('/')
      .filter(Boolean)
      .map(unescapePointer)
      .reduce<unknown>((node, segment) => (node as Record<string, unknown> | undefined)?.[segment], base)
  );
}

function unescapePointer(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

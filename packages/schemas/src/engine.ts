import { Validator, type OutputUnit } from '@cfworker/json-schema';
import { commonSchema } from './common.js';
import { keywordMessages, type Lang } from './messages.js';
import type { CompiledValidator, ValidationProblem } from './validate.js';

/**
 * The heavy half of validation, loaded lazily by `validate.ts`: the validator itself
 * (`@cfworker/json-schema`: no code generation, so it runs under a strict CSP) and the
 * Thai/English messages it is translated into.
 */
export function compileNow(schema: object | boolean, references: object[]): CompiledValidator {
  const validator = new Validator(schema as never, '2020-12', false);
  for (const reference of [commonSchema, ...references]) validator.addSchema(reference as never);
  return (data, lang = 'th') => {
    const result = validator.validate(data);
    return result.valid ? [] : toProblems(result.errors, lang, schema);
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
export function toProblems(errors: OutputUnit[], lang: Lang, schema?: object | boolean): ValidationProblem[] {
  const { hidden, explained } = resolveChoices(errors);
  const problems: ValidationProblem[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    if (WRAPPERS.has(error.keyword) || hidden.has(error) || explained.has(error)) continue;
    if (error.keyword === 'false' && errors.some((e) => e.keyword === 'additionalProperties')) continue;
    const problem = describe(error, lang);
    const own = ownMessage(schema, error.keywordLocation, lang);
    if (own) problem.message = own;
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

/**
 * A rule's own message: the `x-message` ({ th, en }) nearest above the failing keyword, on
 * the way from the root schema down its keyword location. A schema says there what the
 * order requires and names the clause ("a law needs its source, clause 1.1(2)"), where the
 * keyword's own message ("this is required") would not say why. A `$ref` is not followed.
 */
function ownMessage(schema: unknown, keywordLocation: string, lang: Lang): string | undefined {
  let node = schema;
  let found: string | undefined;
  for (const segment of keywordLocation.replace(/^#\/?/, '').split('/')) {
    if (node === null || typeof node !== 'object') break;
    const message = (node as { 'x-message'?: Partial<Record<Lang, string>> })['x-message']?.[lang];
    if (typeof message === 'string') found = message;
    if (segment === '$ref') break;
    node = (node as Record<string, unknown>)[unescapePointer(segment)];
  }
  return found;
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

/** A keyword-location segment back to the key it names (the validator URI-encodes it, then escapes `~` and `/`). */
function unescapePointer(segment: string): string {
  let decoded = segment;
  try {
    decoded = decodeURIComponent(segment);
  } catch {
    // not URI-encoded after all: read as written
  }
  return decoded.replace(/~1/g, '/').replace(/~0/g, '~');
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

import type { Lang } from './messages.js';

/** One broken rule, at a JSON pointer (`/items/0/question`), in the reader's language. */
export interface ValidationProblem {
  path: string;
  message: string;
  keyword: string;
  /** The schema's limit the message quotes (`3` for `minLength: 3`), when there is one. */
  limit?: string;
}

/** A compiled schema: synchronous, so forms can validate on every keystroke. */
export type CompiledValidator = (data: unknown, lang?: Lang) => ValidationProblem[];

type Engine = typeof import('./engine.js');
let engine: Promise<Engine> | undefined;

/**
 * The validator and its messages are loaded on first need, in their own chunk, so a
 * page pays for them only when it validates. Call early to overlap the load with a fetch.
 */
export function loadValidator(): Promise<Engine> {
  engine ??= import('./engine.js').catch((error: unknown) => {
    engine = undefined; // a failed download is tried again on retry
    throw error;
  });
  return engine;
}

const compiled = new WeakMap<object, CompiledValidator>();

/**
 * Compiles a 2020-12 schema (an object, or `true`/`false`); `references` are further
 * schemas its `$ref`s may name. Object schemas are compiled once and cached.
 */
export async function compile(schema: object | boolean, references: object[] = []): Promise<CompiledValidator> {
  const cacheable = typeof schema === 'object' && schema !== null && references.length === 0;
  const cached = cacheable ? compiled.get(schema) : undefined;
  if (cached) return cached;
  const run = (await loadValidator()).compileNow(schema, references);
  if (cacheable) compiled.set(schema, run);
  return run;
}

/** Validates `data` against `schema`; an empty list means valid. */
export async function validate(
  schema: object | boolean,
  data: unknown,
  lang: Lang = 'th',
): Promise<ValidationProblem[]> {
  return (await compile(schema))(data, lang);
}

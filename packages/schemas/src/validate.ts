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
  engine ??= import('./engine.js');
  return engine;
}

const compiled = new WeakMap<object, CompiledValidator>();

/** Compiles a 2020-12 schema; `references` are further schemas its `$ref`s may name. */
export async function compile(schema: object, references: object[] = []): Promise<CompiledValidator> {
  const cached = compiled.get(schema);
  if (cached) return cached;
  const run = (await loadValidator()).compileNow(schema, references);
  compiled.set(schema, run);
  return run;
}

/** Validates `data` against `schema`; an empty list means valid. */
export async function validate(schema: object, data: unknown, lang: Lang = 'th'): Promise<ValidationProblem[]> {
  return (await compile(schema))(data, lang);
}

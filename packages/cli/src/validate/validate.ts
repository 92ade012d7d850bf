import { readFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { MANIFEST_CONTENT, screeningProblems, validate, type Lang, type ManifestContentType } from '@govkit-th/schemas';
import { SCHEMAS, schemaNameFor } from '../schemas.js';
import { say } from '../words.js';
import { readJson, type Position } from './positions.js';

/** One problem in one file, where an editor can jump to it. */
export interface FileProblem extends Position {
  /** JSON pointer (`/items/0/question`); `` for the whole file. */
  path: string;
  keyword: string;
  message: string;
}

export interface FileResult {
  file: string;
  schema?: string;
  problems: FileProblem[];
  /** Set when the file was not checked (a remote URL named by the manifest). */
  skipped?: string;
}

/** Checks one data file against its kit schema, with each problem's line and column. */
export async function validateFile(file: string, lang: Lang = 'th', fromManifest?: string): Promise<FileResult> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const detail = (error as NodeJS.ErrnoException).code ?? String(error);
    return { file, problems: [problem('', 'read', say(lang, 'unreadable', { detail }), { line: 1, column: 1 })] };
  }
  const read = readJson(text);
  if ('syntax' in read) {
    const { line, column, detail } = read.syntax;
    return { file, problems: [problem('', 'syntax', say(lang, 'syntax', { detail }), { line, column })] };
  }
  const schemaName = schemaNameFor(file, read.map.data, fromManifest);
  const schema = schemaName ? SCHEMAS.get(schemaName) : undefined;
  if (!schemaName || !schema)
    return { file, problems: [problem('', 'schema', say(lang, 'noSchema'), { line: 1, column: 1 })] };
  let found = await validate(schema, read.map.data, lang);
  // The alerts' own rule (order clause 4.1): the element refuses a notice screened after it was issued.
  if (schemaName === 'alerts.json') found = screeningProblems(read.map.data, found, lang);
  const problems = found.map((each) => problem(each.path, each.keyword, each.message, read.map.positionOf(each.path)));
  return { file, schema: schemaName, problems };
}

function problem(path: string, keyword: string, message: string, position: Position): FileProblem {
  return { path, keyword, message, ...position };
}

/**
 * With no files named: the manifest of the current folder, then every local data file it
 * points to, each against the schema of its content type.
 */
export async function validateProject(folder: string, lang: Lang = 'th'): Promise<FileResult[] | undefined> {
  const manifestFile = resolve(folder, 'govkit.json');
  const manifest = await validateFile(manifestFile, lang);
  if (manifest.problems.some((each) => each.keyword === 'read')) return undefined;
  const results = [manifest];
  let data: { content?: Record<string, unknown> } = {};
  try {
    data = JSON.parse((await readFile(manifestFile, 'utf8')).replace(/^\uFEFF/, '')) as typeof data;
  } catch {
    return results;
  }
  const seen = new Set<string>();
  for (const [type, entries] of Object.entries(data.content ?? {})) {
    const schemaName = MANIFEST_CONTENT[type as ManifestContentType];
    for (const entry of [entries].flat() as Array<{ data?: unknown }>) {
      if (typeof entry?.data !== 'string' || seen.has(entry.data)) continue;
      seen.add(entry.data);
      if (/^[a-z][a-z0-9+.-]*:/i.test(entry.data)) {
        results.push({ file: entry.data, problems: [], skipped: say(lang, 'remoteSkipped', { url: entry.data }) });
        continue;
      }
      const path = resolve(dirname(manifestFile), entry.data.split(/[?#]/)[0]);
      results.push(await validateFile(path, lang, schemaName));
    }
  }
  return results;
}

/** The results as editors and CI logs print them: `file:line:column  path  message`. */
export function formatResults(results: FileResult[], lang: Lang, cwd = process.cwd()): string {
  const lines: string[] = [];
  let problems = 0;
  for (const result of results) {
    const name = /^[a-z][a-z0-9+.-]*:/i.test(result.file) ? result.file : relative(cwd, result.file) || result.file;
    if (result.skipped) {
      lines.push(`- ${result.skipped}`);
      continue;
    }
    if (result.problems.length === 0) lines.push(`✓ ${name} (${result.schema}) ${say(lang, 'fileOk')}`);
    for (const each of result.problems) {
      problems += 1;
      lines.push(`✗ ${name}:${each.line}:${each.column}  ${each.path || '/'}  ${each.message} (${each.keyword})`);
    }
  }
  const files = results.filter((result) => !result.skipped).length;
  lines.push(problems === 0 ? say(lang, 'summaryValid', { files }) : say(lang, 'summaryInvalid', { files, problems }));
  return lines.join('\n');
}

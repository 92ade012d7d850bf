/**
 * The kit's own words keep every number with its unit (issue 13, item 6): in every Thai and
 * English catalogue of core and the elements (`const th = {…}`, `const en = {…}`, and
 * `th: {…}` / `en: {…}` in an object, lazy chunks' catalogues included), a number — a digit,
 * or a parameter that holds one (`{count}`, `{total}`, `{limit}`…) — is followed by a
 * non-breaking space (U+00A0), never a plain one, when a word comes after it ("{count} รายการ",
 * "{count} items"); and the era is kept with its year ("พ.ศ. 2570", "{year} B.E."). A plain
 * space is allowed only before a word that is not a unit ("{shown} of {total}",
 * "{found} จาก {total}"), named in CONNECTORS below.
 * The source is read with the TypeScript parser, so `${NBSP}` in a template counts as what it
 * is; prints one line per problem and exits 1 when there is any.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('..', import.meta.url));
const sourceDirs = ['packages/core/src', 'packages/components/src'].map((dir) => join(root, dir));

/**
 * Parameters that hold a bare number, by the names the catalogues give them (`{read}` and
 * `{time}` hold a size or a time that carries its own unit, already kept to it).
 */
const NUMBER_PARAMS = new Set([
  'attempt',
  'count',
  'current',
  'declared',
  'found',
  'limit',
  'max',
  'min',
  'n',
  'remaining',
  'seconds',
  'shown',
  'size',
  'total',
  'year',
]);

/**
 * Words that may follow a number after a plain space: they join, they are no unit. Thai
 * writes no space between words, so a Thai connector is matched at the start of what follows.
 */
const CONNECTORS = new Set(['of', 'to', 'and', 'or']);
const THAI_CONNECTORS = ['จาก', 'ถึง', 'และ', 'หรือ', 'แล้ว', 'จึง'];
const joins = (word) => CONNECTORS.has(word.toLowerCase()) || THAI_CONNECTORS.some((thai) => word.startsWith(thai));

/** Where `text` splits a number from its unit: one description per place, none when it keeps them together. */
function splitUnits(text) {
  const problems = [];
  const number = /(\{(\w+)\}|\d)( +)([^\s{}]+)/gu;
  for (const match of text.matchAll(number)) {
    const [, whole, name, , next] = match;
    if (name !== undefined && !NUMBER_PARAMS.has(name)) continue;
    const word = next.replace(/[.,:;)”"’]+$/u, '');
    if (word === '' || /^[\d(–-]/u.test(word) || joins(word)) continue;
    problems.push(`“${whole} ${next}”`);
  }
  for (const match of text.matchAll(/(พ\.ศ\.|ค\.ศ\.|B\.E\.|A\.D\.) +(\{\w+\}|\d+)/gu)) problems.push(`“${match[0]}”`);
  return problems;
}

/** A string or template's text; a `${…}` substitution counts as one character that is not a space. */
function textOf(node) {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node))
    return node.head.text + node.templateSpans.map((span) => `\u0001${span.literal.text}`).join('');
  return undefined;
}

const isCatalogueName = (name) => name === 'th' || name === 'en';

/** Every message of every Thai or English catalogue in a module, with its line. */
function messagesOf(file) {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const messages = [];
  const collect = (catalogue) => {
    for (const property of catalogue.properties) {
      if (!ts.isPropertyAssignment(property)) continue;
      const text = textOf(property.initializer);
      if (text === undefined) continue;
      const { line } = source.getLineAndCharacterOfPosition(property.getStart());
      messages.push({ key: property.name.getText(), text, line: line + 1 });
    }
  };
  const visit = (node) => {
    let value;
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && isCatalogueName(node.name.text))
      value = node.initializer;
    if (ts.isPropertyAssignment(node) && isCatalogueName(node.name.getText())) value = node.initializer;
    while (value && (ts.isSatisfiesExpression(value) || ts.isAsExpression(value))) value = value.expression;
    if (value && ts.isObjectLiteralExpression(value)) collect(value);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return messages;
}

function sourceFiles() {
  return sourceDirs.flatMap((dir) =>
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !/\.(test|stories)\.ts$/.test(entry.name))
      .map((entry) => join(entry.parentPath, entry.name)),
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  // The rule itself is checked first, so a broken pattern cannot pass everything.
  const caught = [
    splitUnits('ทั้งหมด {count} รายการ'),
    splitUnits('{total} items'),
    splitUnits('ปีงบประมาณ พ.ศ. {year}'),
    splitUnits('5 ไฟล์'),
  ].every((found) => found.length === 1);
  const passed = [splitUnits('ทั้งหมด {count}\u00a0รายการ'), splitUnits('{shown} of {total}\u00a0items')].every(
    (found) => found.length === 0,
  );
  if (!caught || !passed) throw new Error('check-strings: the rule no longer tells a split number from a kept one');
  let messageCount = 0;
  const problems = [];
  for (const file of sourceFiles()) {
    for (const message of messagesOf(file)) {
      messageCount += 1;
      for (const problem of splitUnits(message.text))
        problems.push(
          `${relative(root, file)}:${message.line} ${message.key}: ${problem} needs U+00A0, not a plain space`,
        );
    }
  }
  for (const problem of problems) console.log(problem);
  console.log(`check-strings: ${messageCount} messages read, ${problems.length} numbers split from their unit`);
  process.exitCode = problems.length > 0 || messageCount === 0 ? 1 : 0;
}

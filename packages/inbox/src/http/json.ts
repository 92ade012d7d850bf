/**
 * The deepest nesting in a parsed JSON value, counted without recursion (a hostile body
 * can nest as deep as its size allows), stopping once past `limit`.
 */
export function nestingDepth(value: unknown, limit: number): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length) {
    const [item, depth] = stack.pop()!;
    if (item === null || typeof item !== 'object') continue;
    if (depth > deepest) deepest = depth;
    if (deepest > limit) return deepest;
    for (const child of Array.isArray(item) ? item : Object.values(item)) {
      if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
    }
  }
  return deepest;
}

/**
 * JSON with object keys sorted at every level (in `Array.prototype.sort` order): equal
 * data, equal text (for fingerprints, and the stored copy of a submission's data). A
 * sorted copy written by `JSON.stringify` costs about 60% of writing key by key; but an
 * object puts keys that look like array indexes first whatever the order they were added
 * in, so a value with a key starting with a digit is written key by key.
 */
export function canonicalJson(value: unknown): string {
  const sorted = sortedCopy(value);
  return sorted === DIGIT_KEY ? keyByKey(value) : JSON.stringify(sorted);
}

const DIGIT_KEY = Symbol('a key starts with a digit');

function sortedCopy(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const copy: unknown[] = [];
    for (const item of value) {
      const sorted = sortedCopy(item);
      if (sorted === DIGIT_KEY) return DIGIT_KEY;
      copy.push(sorted);
    }
    return copy;
  }
  const object = value as Record<string, unknown>;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(object).sort()) {
    if (key.charCodeAt(0) >= 48 && key.charCodeAt(0) <= 57) return DIGIT_KEY;
    const sorted = sortedCopy(object[key]);
    if (sorted === DIGIT_KEY) return DIGIT_KEY;
    copy[key] = sorted;
  }
  return copy;
}

function keyByKey(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(keyByKey).join(',')}]`;
  const object = value as Record<string, unknown>;
  return `{${Object.keys(object)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${keyByKey(object[key])}`)
    .join(',')}}`;
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** The JSON pointer of the first string (or key) holding a control character other than tab, CR, LF; undefined if none. */
export function controlCharacterAt(value: unknown): string | undefined {
  const found = controlPath(value);
  if (found === undefined) return undefined;
  return found.length ? `/${found.reverse().join('/')}` : '';
}

/**
 * The keys down to the first control character, innermost first; undefined if none. The
 * pointer is built only for a hit: building it for every key cost more than the test.
 */
function controlPath(value: unknown): string[] | undefined {
  if (typeof value === 'string') return CONTROL.test(value) ? [] : undefined;
  if (value === null || typeof value !== 'object') return undefined;
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    const found = CONTROL.test(key) ? [] : controlPath((value as Record<string, unknown>)[key]);
    if (found) {
      found.push(key.replaceAll('~', '~0').replaceAll('/', '~1'));
      return found;
    }
  }
  return undefined;
}

/**
 * A fast yes/no check of data against a JSON Schema, compiled into closures from the
 * schema object itself (no code generation, so CSP-safe, and nothing to keep in step by
 * hand). It understands only the keywords the kit's schemas use and is stricter than the
 * full validator wherever that is simpler: `true` always means valid, and anything else
 * (invalid, or a keyword it does not know) falls back to the full validator, which says
 * what is wrong in Thai or English. Validating 10,000 news items this way takes a few
 * milliseconds instead of several hundred.
 */
type Check = (value: unknown) => boolean;
type Schema = Record<string, unknown>;

const ANNOTATIONS = new Set(['$schema', '$id', '$comment', 'title', 'description', 'examples', 'default']);
const never: Check = () => false;

const DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The number written by `count` ASCII digits at `start`, or -1. */
function digits(text: string, start: number, count: number): number {
  let number = 0;
  for (let index = start; index < start + count; index += 1) {
    const digit = text.charCodeAt(index) - 48;
    if (digit < 0 || digit > 9) return -1;
    number = number * 10 + digit;
  }
  return number;
}

/** `YYYY-MM-DD` at the start of `text`, naming a day that exists. */
function dateAtStart(text: string): boolean {
  if (text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return false;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : DAYS[month]);
}

function isDate(value: string): boolean {
  return value.length === 10 && dateAtStart(value);
}

/**
 * RFC 3339 date-times as the kit writes them: `T`, seconds, optional fraction, `Z` or
 * `±hh:mm`. Read character by character (a regex per date was most of the time spent on
 * 10,000 items); lower-case letters and leap seconds go to the full validator.
 */
function isDateTime(value: string): boolean {
  if (value.length < 20 || value.charCodeAt(10) !== 84 || !dateAtStart(value)) return false;
  if (value.charCodeAt(13) !== 58 || value.charCodeAt(16) !== 58) return false;
  const hour = digits(value, 11, 2);
  const minute = digits(value, 14, 2);
  const second = digits(value, 17, 2);
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return false;
  let index = 19;
  if (value.charCodeAt(index) === 46) {
    const start = (index += 1);
    while (index < value.length && digits(value, index, 1) >= 0) index += 1;
    if (index === start || index - start > 9) return false;
  }
  if (index === value.length - 1) return value.charCodeAt(index) === 90;
  if (index !== value.length - 6 || value.charCodeAt(index + 3) !== 58) return false;
  const sign = value.charCodeAt(index);
  const offsetHour = digits(value, index + 1, 2);
  const offsetMinute = digits(value, index + 4, 2);
  return (sign === 43 || sign === 45) && offsetHour >= 0 && offsetHour <= 23 && offsetMinute >= 0 && offsetMinute <= 59;
}

const FORMATS: Record<string, (value: string) => boolean> = { date: isDate, 'date-time': isDateTime };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const TYPES: Record<string, Check> = {
  string: (value) => typeof value === 'string',
  integer: (value) => Number.isInteger(value),
  number: (value) => typeof value === 'number' && Number.isFinite(value),
  boolean: (value) => typeof value === 'boolean',
  null: (value) => value === null,
  array: (value) => Array.isArray(value),
  object: isObject,
};

/** Counts code points only when it matters (JSON Schema lengths are in code points). */
function codePoints(value: string, atLeast: number): number {
  return value.length >= atLeast * 2 ? value.length : [...value].length;
}

/**
 * Compiles `schema`; `$ref`s of the form `…#/$defs/name` are looked up in `definitions`
 * (the kit's shared `common.json` definitions). Each schema node becomes one closure that
 * tests only what applies to the value's type, with plain loops: 10,000 news items are
 * checked in a few milliseconds.
 */
export function compileQuickCheck(schema: unknown, definitions: Record<string, unknown>): Check {
  const compiled = new Map<unknown, Check>();

  function compile(node: unknown): Check {
    if (node === true) return () => true;
    if (!isObject(node)) return never;
    const cached = compiled.get(node);
    if (cached) return cached;
    // A placeholder first, so a recursive $ref finds something while it is compiled.
    let body: Check = never;
    compiled.set(node, (value) => body(value));
    body = build(node as Schema) ?? never;
    compiled.set(node, body);
    return body;
  }

  /** One closure per node; `undefined` when the node uses a keyword this checker does not know. */
  function build(node: Schema): Check | undefined {
    const general: Check[] = [];
    const strings: Array<(value: string) => boolean> = [];
    const numbers: Array<(value: number) => boolean> = [];
    const arrays: Array<(value: unknown[]) => boolean> = [];
    let required: string[] = [];
    let properties: Map<string, Check> | undefined;
    let additional: Check | undefined;
    let minProperties = 0;
    for (const [keyword, argument] of Object.entries(node)) {
      if (ANNOTATIONS.has(keyword)) continue;
      switch (keyword) {
        case '$ref': {
          const name = /#\/\$defs\/([^/]+)$/.exec(String(argument))?.[1];
          if (!name || !(name in definitions)) return undefined;
          general.push(compile(definitions[name]));
          break;
        }
        case 'type': {
          const types = (Array.isArray(argument) ? argument : [argument]).map((type) => TYPES[String(type)]);
          if (types.some((type) => !type)) return undefined;
          general.unshift(types.length === 1 ? types[0] : (value) => types.some((type) => type(value)));
          break;
        }
        case 'const':
        case 'enum': {
          const allowed = keyword === 'const' ? [argument] : (argument as unknown[]);
          if (!Array.isArray(allowed) || allowed.some((choice) => typeof choice === 'object' && choice !== null))
            return undefined;
          general.push((value) => allowed.includes(value as never));
          break;
        }
        case 'anyOf': {
          if (!Array.isArray(argument)) return undefined;
          const branches = argument.map(compile);
          general.push((value) => {
            for (const branch of branches) if (branch(value)) return true;
            return false;
          });
          break;
        }
        case 'required':
          required = argument as string[];
          break;
        case 'properties':
          properties = new Map(
            Object.entries(argument as Record<string, unknown>).map(([name, sub]) => [name, compile(sub)]),
          );
          break;
        case 'additionalProperties':
          if (node.patternProperties !== undefined) return undefined;
          additional = compile(argument);
          break;
        case 'minProperties':
          minProperties = Number(argument);
          break;
        case 'items': {
          if (!isObject(argument) && argument !== true) return undefined;
          const each = compile(argument);
          arrays.push((value) => {
            for (const entry of value) if (!each(entry)) return false;
            return true;
          });
          break;
        }
        case 'minItems':
          arrays.push((value) => value.length >= Number(argument));
          break;
        case 'maxItems':
          arrays.push((value) => value.length <= Number(argument));
          break;
        case 'minLength':
          strings.push((value) => codePoints(value, Number(argument)) >= Number(argument));
          break;
        case 'maxLength':
          // UTF-16 length is never below the code-point count: a string that passes here passes there.
          strings.push((value) => value.length <= Number(argument));
          break;
        case 'pattern': {
          const pattern = new RegExp(String(argument), 'u');
          strings.push((value) => pattern.test(value));
          break;
        }
        case 'format': {
          const format = FORMATS[String(argument)];
          if (!format) return undefined;
          strings.push(format);
          break;
        }
        case 'minimum':
          numbers.push((value) => value >= Number(argument));
          break;
        case 'maximum':
          numbers.push((value) => value <= Number(argument));
          break;
        default:
          return undefined;
      }
    }
    // The commonest node, a string with limits (`{ type: 'string', minLength: 1 }`): one small closure.
    if (
      general.length === 1 &&
      general[0] === TYPES.string &&
      numbers.length + arrays.length === 0 &&
      !properties &&
      !additional &&
      !required.length
    ) {
      return (value) => {
        if (typeof value !== 'string') return false;
        for (let index = 0; index < strings.length; index += 1) if (!strings[index](value)) return false;
        return true;
      };
    }
    const known = properties ?? new Map<string, Check>();
    const checksObjects =
      required.length > 0 || properties !== undefined || additional !== undefined || minProperties > 0;
    return (value) => {
      for (let index = 0; index < general.length; index += 1) if (!general[index](value)) return false;
      if (typeof value === 'string') {
        for (let index = 0; index < strings.length; index += 1) if (!strings[index](value)) return false;
      } else if (typeof value === 'number') {
        for (let index = 0; index < numbers.length; index += 1) if (!numbers[index](value)) return false;
      } else if (Array.isArray(value)) {
        for (let index = 0; index < arrays.length; index += 1) if (!arrays[index](value)) return false;
      } else if (checksObjects && isObject(value)) {
        for (let index = 0; index < required.length; index += 1)
          if (!Object.prototype.hasOwnProperty.call(value, required[index])) return false;
        const names = Object.keys(value);
        if (names.length < minProperties) return false;
        for (let index = 0; index < names.length; index += 1) {
          const check = known.get(names[index]) ?? additional;
          if (check && !check(value[names[index]])) return false;
        }
      }
      return true;
    };
  }

  return compile(schema);
}

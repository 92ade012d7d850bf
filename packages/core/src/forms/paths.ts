/**
 * Answers are plain JSON objects; a field names its place with a path of segments
 * (`["address", "postcode"]`, `["items", 0, "title"]`). These helpers read and write
 * such places, and turn them into the JSON pointers validators report.
 */
export type Segment = string | number;
export type Answers = Record<string, unknown>;

export function getAt(root: unknown, path: readonly Segment[]): unknown {
  let node = root;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[segment as string];
  }
  return node;
}

/** Sets (or, for `undefined`, removes) the value at `path`, creating objects on the way. */
export function setAt(root: Answers, path: readonly Segment[], value: unknown): void {
  let node: Record<string | number, unknown> = root;
  for (let index = 0; index < path.length - 1; index += 1) {
    const segment = path[index];
    let next = node[segment];
    if (next === null || typeof next !== 'object') {
      next = typeof path[index + 1] === 'number' ? [] : {};
      node[segment] = next;
    }
    node = next as Record<string | number, unknown>;
  }
  const last = path[path.length - 1];
  if (value === undefined) {
    if (Array.isArray(node) && typeof last === 'number') node[last] = undefined;
    else delete node[last];
  } else node[last] = value;
}

/** `["items", 0, "title"]` → `/items/0/title`. */
export function toPointer(path: readonly Segment[]): string {
  return path.map((segment) => `/${String(segment).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

/** `address/postcode` (a field's name in a definition) → `["address", "postcode"]`. */
export function nameToPath(name: string): string[] {
  return name.split('/');
}

/** A deep copy of JSON data. */
export function cloneJson<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

/** Compares two JSON values by content, with object keys in any order. */
export function sameJson(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

/** JSON with object keys sorted, so equal data gives equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(
          Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : inner,
  );
}

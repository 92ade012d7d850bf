import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';

/** A place in a text file, both counted from 1 as editors show them. */
export interface Position {
  line: number;
  column: number;
}

/** A JSON text read with the place of every value (jsonc-parser, as VS Code reads JSON). */
export interface SourceMap {
  data: unknown;
  /** Where the value at a JSON pointer starts; for a value that is not there, its nearest parent. */
  positionOf(pointer: string): Position;
}

export interface SyntaxProblem extends Position {
  detail: string;
}

/** Parses strict JSON (no comments, no trailing commas); returns the map or the first syntax error. */
export function readJson(text: string): { map: SourceMap } | { syntax: SyntaxProblem } {
  const source = text.replace(/^\uFEFF/, '');
  const errors: ParseError[] = [];
  const root = parseTree(source, errors, { disallowComments: true, allowTrailingComma: false });
  const lines = lineStarts(source);
  if (errors.length > 0 || !root) {
    const first = errors[0];
    const offset = first?.offset ?? 0;
    return { syntax: { ...positionAt(lines, offset), detail: first ? printParseErrorCode(first.error) : 'empty' } };
  }
  return {
    map: {
      data: JSON.parse(source) as unknown,
      positionOf: (pointer) => positionAt(lines, nodeAt(root, pointer).offset),
    },
  };
}

function nodeAt(root: Node, pointer: string): Node {
  const segments = pointer
    .split('/')
    .slice(1)
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
  for (let length = segments.length; length > 0; length -= 1) {
    const node = findNodeAtLocation(root, segments.slice(0, length));
    if (node) return node;
  }
  return root;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let index = 0; index < text.length; index += 1) if (text[index] === '\n') starts.push(index + 1);
  return starts;
}

function positionAt(starts: number[], offset: number): Position {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle] <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1, column: offset - starts[low] + 1 };
}

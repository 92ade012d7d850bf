export type DataErrorKind = 'network' | 'timeout' | 'http' | 'parse' | 'invalid' | 'too-large';

/** One rule that the data broke: where (a JSON pointer-like path) and what. */
export interface DataProblem {
  path: string;
  message: string;
  keyword?: string;
}

/**
 * The kit's one error type: why data could not be shown. `kind` picks the general
 * localised message; `reason`, when a parser knew more (`xml-unsafe`, `sitemap-index`,
 * `not-a-feed`…), picks the more precise message `error-<reason>` if a catalogue has it.
 * Parsers throw it too, so every failure reaches the error box the same way.
 */
export class GovDataError extends Error {
  readonly kind: DataErrorKind;
  readonly status?: number;
  readonly problems: DataProblem[];
  readonly reason?: string;
  constructor(
    kind: DataErrorKind,
    message: string,
    options: { status?: number; problems?: DataProblem[]; cause?: unknown; reason?: string } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'GovDataError';
    this.kind = kind;
    this.status = options.status;
    this.problems = options.problems ?? [];
    this.reason = options.reason;
  }
}

import Papa from 'papaparse';

/** What a CSV preview needs from the parse: the first rows and how many there were. */
export interface CsvRows {
  /** The header row, then at most `maxRows` data rows. */
  rows: string[][];
  /** Every data row in the text read (the header not counted). */
  total: number;
}

/** Characters parsed between two yields to the page: small enough to keep input and paint flowing. */
const CHUNK_CHARS = 64 * 1024;

/**
 * Parses CSV (comma, tab, semicolon or pipe, found by Papa Parse) a chunk at a time, giving
 * the page a turn between chunks so a large file never freezes it, and keeps only the
 * header and the first `maxRows` rows. A quote left open is a malformed file.
 */
export function parseCsv(text: string, maxRows: number): Promise<CsvRows> {
  return new Promise((resolve, reject) => {
    const rows: string[][] = [];
    let count = 0;
    let broken: Papa.ParseError | undefined;
    Papa.parse<string[]>(text, {
      chunkSize: CHUNK_CHARS,
      skipEmptyLines: 'greedy',
      chunk(results: Papa.ParseResult<string[]>, parser: Papa.Parser) {
        count += results.data.length;
        for (const row of results.data) if (rows.length <= maxRows) rows.push(row);
        broken = results.errors.find((error) => error.type === 'Quotes');
        if (broken) return parser.abort();
        parser.pause();
        setTimeout(() => parser.resume(), 0);
      },
      complete() {
        if (broken) reject(new Error(`row ${broken.row ?? '?'}: ${broken.message}`));
        else resolve({ rows, total: Math.max(0, count - 1) });
      },
    });
  });
}

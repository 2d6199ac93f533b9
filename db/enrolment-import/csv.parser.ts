import { CsvError, parse } from 'csv-parse/sync';

/**
 * RFC 4180 CSV through csv-parse: comma-separated fields, records ended by CRLF, LF or CR, fields in
 * double quotes may hold commas, line breaks and doubled quotes (""). A leading byte-order mark is
 * dropped, a line break at the very end ends the last record (it does not start an empty one), a
 * blank line is one empty field and records may differ in length (the caller reports each row).
 * Malformed quoting is refused with the line it is on, never guessed at.
 */
export class CsvParseError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(`CSV line ${line}: ${message}`);
    this.name = 'CsvParseError';
  }
}

/** Our wording for csv-parse's quoting errors; any other parser error keeps the library's message. */
const QUOTING: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: 'a quoted field opened here is not closed',
  CSV_INVALID_CLOSING_QUOTE: 'only a comma or a line break may follow a closing quote',
  INVALID_OPENING_QUOTE: 'a quote inside an unquoted field (quote the whole field and double the quote)',
};

export function parseCsv(text: string): string[][] {
  let lastRecordLine = 0; // the line the last complete record ended on
  try {
    const records: string[][] = parse(text, {
      bom: true,
      delimiter: ',',
      quote: '"',
      escape: '"',
      record_delimiter: ['\r\n', '\n', '\r'],
      relax_column_count: true,
      skip_empty_lines: false,
      on_record: (record: string[], context) => {
        lastRecordLine = context.lines;
        return record;
      },
    });
    return records;
  } catch (err) {
    if (!(err instanceof CsvError)) throw err;
    // An unclosed quote is only noticed at the end of the text; it opened with the record after the last whole one.
    const line = err.code === 'CSV_QUOTE_NOT_CLOSED' ? lastRecordLine + 1 : ((err as { lines?: number }).lines ?? 1);
    throw new CsvParseError(QUOTING[err.code] ?? err.message, line);
  }
}

/** A record that is one empty field: a blank line. */
export const isBlankRecord = (record: string[]): boolean => record.length === 1 && record[0].trim() === '';

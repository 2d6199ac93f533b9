/**
 * A small RFC 4180 CSV parser (no dependency): comma-separated fields, records ended by CRLF,
 * LF or CR, fields in double quotes may hold commas, line breaks and doubled quotes ("").
 * A leading byte-order mark is dropped and a line break at the very end ends the last record
 * (it does not start an empty one). Malformed quoting is refused with the line it is on, never
 * guessed at.
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

export function parseCsv(text: string): string[][] {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false; // inside a quoted field
  let wasQuoted = false; // the current field was quoted (only a separator may follow its closing quote)
  let line = 1;
  let quoteLine = 1; // where the open quoted field began
  let i = 0;
  const endField = () => {
    record.push(field);
    field = '';
    wasQuoted = false;
  };
  const endRecord = () => {
    endField();
    records.push(record);
    record = [];
  };

  while (i < src.length) {
    const c = src[i];
    if (quoted) {
      if (c === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        wasQuoted = true;
        i++;
        continue;
      }
      if (c === '\n' || (c === '\r' && src[i + 1] !== '\n')) line++;
      field += c;
      i++;
      continue;
    }
    if (c === ',') {
      endField();
      i++;
      continue;
    }
    if (c === '\r' || c === '\n') {
      endRecord();
      i += c === '\r' && src[i + 1] === '\n' ? 2 : 1;
      line++;
      continue;
    }
    if (wasQuoted) throw new CsvParseError('only a comma or a line break may follow a closing quote', line);
    if (c === '"') {
      if (field.length > 0)
        throw new CsvParseError('a quote inside an unquoted field (quote the whole field and double the quote)', line);
      quoted = true;
      quoteLine = line;
      i++;
      continue;
    }
    field += c;
    i++;
  }
  if (quoted) throw new CsvParseError('a quoted field opened here is not closed', quoteLine);
  // The last record, unless the text ended with a line break (or is empty).
  if (field.length > 0 || wasQuoted || record.length > 0) endRecord();
  return records;
}

/** A record that is one empty field: a blank line. */
export const isBlankRecord = (record: string[]): boolean => record.length === 1 && record[0].trim() === '';

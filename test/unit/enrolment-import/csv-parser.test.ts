import { CsvParseError, isBlankRecord, parseCsv } from '../../../db/enrolment-import/csv.parser';

describe('the CSV parser (RFC 4180)', () => {
  it('splits records and fields', () => {
    expect(parseCsv('a,b,c\r\n1,2,3\r\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', '2', '3'],
    ]);
  });

  it('accepts LF and lone CR line breaks and a last record without a line break', () => {
    expect(parseCsv('a,b\n1,2\r3,4')).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
    ]);
  });

  it('keeps empty fields, including trailing ones', () => {
    expect(parseCsv('a,,c,\n,,,\n')).toEqual([
      ['a', '', 'c', ''],
      ['', '', '', ''],
    ]);
  });

  it('reads commas, line breaks and doubled quotes inside quoted fields', () => {
    const text = 'name,note\r\n"Aminah, Siti","line one\r\nline two"\r\n"She said ""ya""",x\n';
    expect(parseCsv(text)).toEqual([
      ['name', 'note'],
      ['Aminah, Siti', 'line one\r\nline two'],
      ['She said "ya"', 'x'],
    ]);
  });

  it('reads an empty quoted field as an empty string, also at the end of the text', () => {
    expect(parseCsv('"",a\n""')).toEqual([['', 'a'], ['']]);
  });

  it('drops a byte-order mark', () => {
    expect(parseCsv('\uFEFFnik,name\n1,2')).toEqual([
      ['nik', 'name'],
      ['1', '2'],
    ]);
  });

  it('returns no records for empty text and a blank record for a blank line', () => {
    expect(parseCsv('')).toEqual([]);
    const records = parseCsv('a\n\nb\n');
    expect(records).toEqual([['a'], [''], ['b']]);
    expect(records.map(isBlankRecord)).toEqual([false, true, false]);
  });

  it('keeps spaces around unquoted fields (RFC 4180: spaces are part of a field)', () => {
    expect(parseCsv(' a , b ')).toEqual([[' a ', ' b ']]);
  });

  it.each([
    ['an unclosed quoted field', 'a,b\n"open,c\n', 2],
    ['text after a closing quote', 'a\n"x"y,z\n', 2],
    ['a quote inside an unquoted field', 'a\nab"c\n', 2],
    ['an unclosed quote after a multi-line field', '"a\nb",c\n"d\ne', 3],
  ])('refuses %s, naming the line', (_label, text, line) => {
    let error: unknown;
    try {
      parseCsv(text);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(CsvParseError);
    expect((error as CsvParseError).line).toBe(line);
    expect((error as Error).message).toMatch(new RegExp(`^CSV line ${line}: `));
  });

  it('parses 2,000 records of 12 fields', () => {
    const row =
      '3174000000000001,"Aminah, Siti",FEMALE,1988-04-12,false,52.71,facilitator-1,' +
      'FEMALE_HEAD_OF_HOUSEHOLD;DISABILITY,900000,2600000,4,true';
    const text = ['header', ...Array.from({ length: 2000 }, () => row)].join('\r\n');
    const records = parseCsv(text);
    expect(records).toHaveLength(2001);
    expect(records[2000]).toHaveLength(12);
    expect(records[2000][1]).toBe('Aminah, Siti');
  });
});

import { parse } from 'csv-parse/sync';
import {
  continuesAsNew,
  IMPORT_PAGES_PER_RUN,
  isRetriedFailure,
  nextPage,
  outcomeOfFailure,
  repeatedNikRows,
  resultCsv,
} from '../../../domain/enrolment-import/enrolment-import.rules';

describe('enrolment import rules', () => {
  it('plans pages of at most pageSize rows after the rows done, and none when every row is done', () => {
    expect(nextPage(120, 0, 50)).toEqual({ from: 0, to: 50 });
    expect(nextPage(120, 100, 50)).toEqual({ from: 100, to: 120 });
    expect(nextPage(120, 120, 50)).toBeNull();
    expect(nextPage(0, 0, 50)).toBeNull();
    expect(() => nextPage(10, 0, 0)).toThrow(RangeError);
  });

  it('continues as new after its share of pages, only while rows remain', () => {
    expect(continuesAsNew(IMPORT_PAGES_PER_RUN, { done: 10, total: 11 })).toBe(true);
    expect(continuesAsNew(IMPORT_PAGES_PER_RUN - 1, { done: 10, total: 11 })).toBe(false);
    expect(continuesAsNew(IMPORT_PAGES_PER_RUN, { done: 11, total: 11 })).toBe(false);
  });

  it('names each row whose NIK repeats an earlier whole row of the file, with that row', () => {
    const header = ['name', ' nik ', 'sex'];
    const rows = [
      { row: 1, record: ['A', '1111', 'F'] },
      { row: 2, record: ['B', '2222'] }, // wrong field count: not an earlier row
      { row: 4, record: ['C', '2222', 'M'] },
      { row: 5, record: ['D', ' 1111 ', 'F'] },
      { row: 6, record: ['E', '', 'F'] }, // no NIK: the row's own validation answers
      { row: 7, record: ['F', '', 'F'] },
    ];
    expect([...repeatedNikRows(header, rows)]).toEqual([[5, 1]]);
    expect(repeatedNikRows(['name'], rows).size).toBe(0);
  });

  it('maps a failed enrolment: a NIK held by an enrolled person is ALREADY_ENROLLED, anything else REFUSED', () => {
    expect(outcomeOfFailure('DUPLICATE_NIK', 'j-1')).toBe('ALREADY_ENROLLED');
    expect(outcomeOfFailure('DUPLICATE_NIK', null)).toBe('REFUSED');
    expect(outcomeOfFailure('SELECTION_CRITERIA_NOT_MET', null)).toBe('REFUSED');
    expect(isRetriedFailure('UPSTREAM_UNAVAILABLE')).toBe(true);
    expect(isRetriedFailure('INTERNAL')).toBe(true);
    expect(isRetriedFailure('VALIDATION_FAILED')).toBe(false);
  });

  it('writes the result file in row order, quoting what needs it, readable back as the same cells', () => {
    const csv = resultCsv([
      { row: 3, outcome: 'REFUSED', code: 'VALIDATION_FAILED', message: 'nik: "12" is short, retry', journeyId: null },
      { row: 1, outcome: 'ENROLLED', code: null, message: null, journeyId: 'j-1' },
    ]);
    expect(csv.split('\r\n')[0]).toBe('row,outcome,code,message,journeyId');
    expect(parse(csv)).toEqual([
      ['row', 'outcome', 'code', 'message', 'journeyId'],
      ['1', 'ENROLLED', '', '', 'j-1'],
      ['3', 'REFUSED', 'VALIDATION_FAILED', 'nik: "12" is short, retry', ''],
    ]);
  });
});

import { validate, type ValidationError } from 'class-validator';
import { DomainError } from '../../domain/errors/error-codes';
import type { Locale } from '../../domain/i18n/locale';
import { invalidInputText, validationProblemText } from '../../domain/i18n/validation-text';
import { EnrolmentFields, SelectionFields } from './enrolment-fields.validator';

/** The header of an enrolment CSV; columns may come in any order, each exactly once. */
export const ENROLMENT_CSV_COLUMNS = [
  'nik',
  'name',
  'sex',
  'birthDate',
  'disability',
  'regionCode',
  'facilitatorId',
  'vulnerableGroups',
  'monthlyIncome',
  'regionalMinimumWage',
  'potentialScore',
  'committed',
] as const;
/** Columns a file may leave out (files written before they existed stay valid). */
export const OPTIONAL_CSV_COLUMNS = ['phone', 'ethnicity'] as const;
type Column = (typeof ENROLMENT_CSV_COLUMNS)[number] | (typeof OPTIONAL_CSV_COLUMNS)[number];
/** Position of each column in the file; -1 for an optional column the file does not have. */
export type CsvColumns = Record<Column, number>;

/** Column positions from the header row; a missing, unknown or repeated column refuses the whole file. */
export function readHeader(header: string[]): CsvColumns {
  const names = header.map((h) => h.trim());
  const known: readonly string[] = [...ENROLMENT_CSV_COLUMNS, ...OPTIONAL_CSV_COLUMNS];
  const unknown = names.filter((n) => !known.includes(n));
  const missing = ENROLMENT_CSV_COLUMNS.filter((c) => !names.includes(c));
  const repeated = names.filter((n, i) => names.indexOf(n) !== i);
  if (unknown.length || missing.length || repeated.length) {
    const problems = [
      missing.length && `missing ${missing.join(', ')}`,
      unknown.length && `unknown ${unknown.join(', ')}`,
      repeated.length && `repeated ${repeated.join(', ')}`,
    ]
      .filter(Boolean)
      .join('; ');
    throw new DomainError(
      'VALIDATION_FAILED',
      `CSV header: ${problems}. Expected: ${ENROLMENT_CSV_COLUMNS.join(',')} (optional: ` +
        `${OPTIONAL_CSV_COLUMNS.join(',')})`,
    );
  }
  return Object.fromEntries(
    [...ENROLMENT_CSV_COLUMNS, ...OPTIONAL_CSV_COLUMNS].map((c) => [c, names.indexOf(c)]),
  ) as CsvColumns;
}

const BOOLEAN_TEXT: Record<string, boolean> = {
  true: true,
  false: false,
  yes: true,
  no: false,
  ya: true,
  tidak: false,
  '1': true,
  '0': false,
};

/** true/false (also yes/no, ya/tidak, 1/0); anything else stays text, so the validator refuses it. */
const toBoolean = (text: string): unknown => BOOLEAN_TEXT[text.toLowerCase()] ?? (text === '' ? undefined : text);
/** A plain decimal number; anything else stays text, so the validator refuses it. */
const toNumber = (text: string): unknown =>
  /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text === '' ? undefined : text;

/**
 * One data record as the SAME input class the single enrolment takes: empty cells are absent,
 * vulnerable groups are separated by `;`. Nothing is judged here; `validateInput` does that.
 */
export function toEnrolmentInput(
  record: string[],
  columns: CsvColumns,
  programmeId: string,
  cohortId: string | undefined,
): EnrolmentFields {
  const cell = (c: Column) => (columns[c] < 0 ? '' : (record[columns[c]] ?? '')).trim();
  const optional = (c: Column) => cell(c) || undefined;
  const selection = Object.assign(new SelectionFields(), {
    monthlyIncome: toNumber(cell('monthlyIncome')),
    regionalMinimumWage: toNumber(cell('regionalMinimumWage')),
    potentialScore: toNumber(cell('potentialScore')),
    committed: toBoolean(cell('committed')),
  });
  return Object.assign(new EnrolmentFields(), {
    nik: optional('nik'),
    phone: optional('phone'),
    ethnicity: optional('ethnicity'),
    name: optional('name'),
    sex: cell('sex').toUpperCase() || undefined,
    birthDate: optional('birthDate'),
    disability: toBoolean(cell('disability')),
    regionCode: optional('regionCode'),
    programmeId,
    cohortId,
    facilitatorId: optional('facilitatorId'),
    vulnerableGroups: cell('vulnerableGroups')
      .split(';')
      .map((g) => g.trim())
      .filter(Boolean),
    selection,
  });
}

/** Each failing field with its problems in `locale`, named by CSV column (the selection's fields are flat). */
const problemsOf = (errors: readonly ValidationError[], locale: Locale): { field: string; problems: string[] }[] =>
  errors.flatMap((v) => [
    ...(v.constraints && Object.keys(v.constraints).length
      ? [
          {
            field: v.property,
            problems: Object.entries(v.constraints).map(([c, m]) => validationProblemText(locale, v.property, c, m)),
          },
        ]
      : []),
    ...problemsOf(v.children ?? [], locale),
  ]);

/**
 * The enrolment's field rules (the GraphQL input's, enrolment-fields.validator.ts), the message as the GraphQL
 * layer words a VALIDATION_FAILED in `locale`; null when valid.
 */
export async function validateInput(input: EnrolmentFields, locale: Locale): Promise<string | null> {
  const errors = await validate(input, { forbidUnknownValues: false });
  return errors.length ? invalidInputText(locale, problemsOf(errors, locale)) : null;
}

import { DomainError } from '../../domain/errors/error-codes';
import { personFilterSql, regionCodeSql } from '../shared/person-filter.sql';
import { type JourneyFilter, JourneySort } from './journey-list.input';

/** Keyset pagination: a sort is a list of SQL expressions (all one direction) ending with j.id. */
export interface SortSpec {
  exprs: { sql: string; cast: string }[];
  dir: 'asc' | 'desc';
}

const T = (sql: string) => ({ sql, cast: 'timestamptz' });
export const SORTS: Record<JourneySort | 'CASELOAD', SortSpec> = {
  [JourneySort.ENROLLED_AT_DESC]: { exprs: [T('j.enrolled_at')], dir: 'desc' },
  [JourneySort.UPDATED_AT_DESC]: { exprs: [T('j.updated_at')], dir: 'desc' },
  [JourneySort.NEXT_DUE_AT_ASC]: { exprs: [T(`coalesce(j.next_due_at, 'infinity'::timestamptz)`)], dir: 'asc' },
  [JourneySort.NAME_ASC]: { exprs: [{ sql: 'b.name', cast: 'text' }], dir: 'asc' },
  // A facilitator's caseload: overdue first, then by due date, then the rest.
  CASELOAD: {
    exprs: [
      { sql: '(case when j.overdue then 0 else 1 end)', cast: 'int' },
      T(`coalesce(j.next_due_at, 'infinity'::timestamptz)`),
    ],
    dir: 'asc',
  },
};

export function encodeCursor(values: unknown[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor(cursor: string, spec: SortSpec): unknown[] {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(values) && values.length === spec.exprs.length + 1) return values;
  } catch {
    /* fall through */
  }
  throw new DomainError('VALIDATION_FAILED', 'after is not a cursor of this list and order');
}

/**
 * FROM of the count: the beneficiary join only when a condition reads a person column (b.*). The
 * beneficiary row is written before its journey, so the join removes no journey; without it the
 * count of a stage/region filter can use the journey indexes alone (at 100k rows the join makes it
 * a scan of both tables).
 */
export const countFromSql = (where: string[]): string =>
  where.some((w) => /\bb\./.test(w)) ? 'from journey j join beneficiary b on b.id = j.id' : 'from journey j';

/** WHERE clauses and parameters for a filter; every value is a bound parameter. */
export function filterSql(f: JourneyFilter = {}, today = new Date()): { where: string[]; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, ...values: unknown[]) => {
    where.push(sql);
    params.push(...values);
  };
  if (f.programmeId) add('j.programme_id = ?', f.programmeId);
  if (f.cohortId) add('j.cohort_id = ?', f.cohortId);
  if (f.regionCode) regionCodeSql(add, 'j.region_code', f.regionCode);
  if (f.facilitatorId) add('j.facilitator_id = ?', f.facilitatorId);
  if (f.stages?.length) add(`j.stage in (${f.stages.map(() => '?').join(', ')})`, ...f.stages);
  if (f.status) add('j.status = ?', f.status);
  if (f.overdue !== undefined && f.overdue !== null) add('j.overdue = ?', f.overdue);
  if (f.enrolledFrom) add('j.enrolled_at >= ?', f.enrolledFrom);
  if (f.enrolledTo) add('j.enrolled_at < ?', f.enrolledTo);
  if (f.updatedFrom) add('j.updated_at >= ?', f.updatedFrom);
  if (f.updatedTo) add('j.updated_at < ?', f.updatedTo);
  personFilterSql(add, f, today); // sex, disability, name, age band: shared with the beneficiary list
  return { where, params };
}

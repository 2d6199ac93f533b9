import type { FieldCipher } from '../../config/crypto/field-cipher';
import type { IndicatorFilter } from '../../domain/indicator/indicator.types';
import { filterConditions, SqlParams } from '../indicators/indicator-query.sql';
import type { SqlRows } from '../shared/sql-rows';

export interface FieldNotes {
  constraints: { weekOf: string; text: string }[];
  lessons: { weekOf: string; text: string }[];
}

/**
 * The field constraints and lessons learned of the weekly narratives of a report's programme whose week starts in
 * its period ("kendala dan tantangan", [001:3710]), written by facilitators with a journey in the report's filter
 * (cohort, region, the requester's regions), oldest week first; texts only, never who wrote them.
 */
export async function fieldNotesIn(
  sql: SqlRows,
  cipher: FieldCipher,
  filter: IndicatorFilter & { from: string; to: string },
): Promise<FieldNotes> {
  const q = new SqlParams();
  const text = `select to_char(n.week_of, 'YYYY-MM-DD') as week_of, n.field_constraints_sealed,
        n.lessons_learned_sealed
       from weekly_narrative n
      where n.programme_id = ${q.p(filter.programmeId)}
        and n.week_of between ${q.p(filter.from, 'date')} and ${q.p(filter.to, 'date')}
        and n.facilitator_id in (select j.facilitator_id from journey j
          where j.facilitator_id is not null and ${filterConditions(q, filter, 'j').join(' and ')})
      order by n.week_of, n.id limit 500`;
  const rows = await sql(text, q.values);
  const open = (v: unknown) => cipher.decrypt(String(v));
  return {
    constraints: rows.map((r) => ({ weekOf: String(r.week_of), text: open(r.field_constraints_sealed) })),
    lessons: rows
      .filter((r) => r.lessons_learned_sealed)
      .map((r) => ({ weekOf: String(r.week_of), text: open(r.lessons_learned_sealed) })),
  };
}

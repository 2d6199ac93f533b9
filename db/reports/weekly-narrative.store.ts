import type { FieldCipher } from '../../config/crypto/field-cipher';
import { sundayOf } from '../../domain/report/weekly-narrative.rules';
import type { SqlRows } from '../shared/sql-rows';

/** A weekly narrative as read back: its texts unsealed for whoever may read them (the facilitator, their report). */
export interface WeeklyNarrativeRow {
  id: string;
  programmeId: string;
  facilitatorId: string;
  weekOf: string;
  weekEnds: string;
  fieldConstraints: string;
  participantFeedback: string;
  nextWeekPlan: string;
  lessonsLearned: string | null;
  revision: number;
  recordedAt: Date;
  updatedAt: Date;
}

const COLUMNS = `id, programme_id, facilitator_id, to_char(week_of, 'YYYY-MM-DD') as week_of, field_constraints_sealed,
  participant_feedback_sealed, next_week_plan_sealed, lessons_learned_sealed, revision, recorded_at, updated_at`;

export function unsealNarrative(cipher: FieldCipher, row: Record<string, unknown>): WeeklyNarrativeRow {
  const weekOf = String(row.week_of);
  return {
    id: String(row.id),
    programmeId: String(row.programme_id),
    facilitatorId: String(row.facilitator_id),
    weekOf,
    weekEnds: sundayOf(weekOf),
    fieldConstraints: cipher.decrypt(String(row.field_constraints_sealed)),
    participantFeedback: cipher.decrypt(String(row.participant_feedback_sealed)),
    nextWeekPlan: cipher.decrypt(String(row.next_week_plan_sealed)),
    lessonsLearned: cipher.decryptNullable(row.lessons_learned_sealed as string | null),
    revision: Number(row.revision),
    recordedAt: new Date(String(row.recorded_at)),
    updatedAt: new Date(String(row.updated_at)),
  };
}

/** The facilitator's narratives of a programme whose week starts within [from, to], oldest week first. */
export async function narrativesOf(
  sql: SqlRows,
  cipher: FieldCipher,
  facilitatorId: string,
  programmeId: string,
  from: string,
  to: string,
): Promise<WeeklyNarrativeRow[]> {
  const rows = await sql(
    `select ${COLUMNS} from weekly_narrative
      where facilitator_id = ? and programme_id = ? and week_of between ?::date and ?::date order by week_of`,
    [facilitatorId, programmeId, from, to],
  );
  return rows.map((r) => unsealNarrative(cipher, r));
}

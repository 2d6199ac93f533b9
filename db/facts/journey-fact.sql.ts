import {
  journeyFacts,
  FACT_EVENT_TYPES,
  type FactEvent,
  type FactEvidence,
  type JourneyFactAnswerRow,
  type JourneyFactRow,
} from '../../domain/indicator/journey-fact.rules';
import type { FieldCipher } from '../../config/crypto/field-cipher';
import { openForm } from '../personal-data/sealed-forms';
import { journeyModuleFacts, type PlannedModuleState } from '../../domain/indicator/journey-module-fact.rules';

/**
 * Writes the typed fact projection (domain/indicator/journey-fact.rules.ts) inside the caller's transaction: the
 * recording activity for the steps it records, the rebuild for every recorded event. Idempotent: facts are keyed
 * by (journey, seq, ordinal) like the events, module facts only move forward in seq.
 */
export type FactSql = (text: string, params: unknown[]) => Promise<Record<string, unknown>[]>;

const FACT_COLUMNS: [string, keyof JourneyFactRow][] = [
  ['journey_id', 'journeyId'],
  ['seq', 'seq'],
  ['ordinal', 'ordinal'],
  ['type', 'type'],
  ['at', 'at'],
  ['stage', 'stage'],
  ['exit_kind', 'exitKind'],
  ['decision', 'decision'],
  ['answer', 'answer'],
  ['follow_up_month', 'followUpMonth'],
  ['welfare_level', 'welfareLevel'],
  ['module_id', 'moduleId'],
  ['module_template', 'moduleTemplate'],
  ['session_id', 'sessionId'],
  ['session_type', 'sessionType'],
  ['duration_hours', 'durationHours'],
  ['group_id', 'groupId'],
  ['held_at', 'heldAt'],
  ['completed_early', 'completedEarly'],
  ['attendance_points', 'attendancePoints'],
  ['pre_score', 'preScore'],
  ['post_score', 'postScore'],
  ['source', 'source'],
  ['channel', 'channel'],
  ['visited_at', 'visitedAt'],
  ['facilitator_id', 'facilitatorId'],
  ['occasion', 'occasion'],
  ['mean_score', 'meanScore'],
  ['evidence_id', 'evidenceId'],
  ['has_evidence', 'hasEvidence'],
  ['evidence_kind', 'evidenceKind'],
  ['evidence_created_at', 'evidenceCreatedAt'],
  ['income', 'income'],
  ['minimum_wage', 'minimumWage'],
  ['business_running', 'businessRunning'],
  ['in_work', 'inWork'],
  ['income_ratio', 'incomeRatio'],
  ['household_size', 'householdSize'],
  ['assessed_household_size', 'assessedHouseholdSize'],
  ['decides_income_use', 'decidesIncomeUse'],
  ['amount', 'amount'],
];
const ANSWER_COLUMNS: [string, keyof JourneyFactAnswerRow][] = [
  ['journey_id', 'journeyId'],
  ['seq', 'seq'],
  ['ordinal', 'ordinal'],
  ['position', 'position'],
  ['at', 'at'],
  ['facilitator_id', 'facilitatorId'],
  ['item', 'item'],
  ['score', 'score'],
];
/** Rows per insert statement (columns × rows stays under PostgreSQL's 65,535 parameters). */
const CHUNK = 1000;

/** Inserts the rows new by `conflict`; returns the inserted rows' `conflict` columns. */
async function insertRows<T>(sql: FactSql, table: string, cols: [string, keyof T][], rows: T[], conflict: string) {
  const inserted: Record<string, unknown>[] = [];
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    const tuple = `(${cols.map(() => '?').join(', ')})`;
    const got = await sql(
      `insert into ${table} (${cols.map(([c]) => c).join(', ')}) values ${chunk.map(() => tuple).join(', ')} ` +
        `on conflict (${conflict}) do nothing returning ${conflict}`,
      chunk.flatMap((r) => cols.map(([, k]) => r[k])),
    );
    inserted.push(...got);
  }
  return inserted;
}

/** The forms (evidence) the events reference, by id, opened with the field cipher. */
export async function formsOf(
  sql: FactSql,
  cipher: FieldCipher,
  events: readonly FactEvent[],
): Promise<Map<string, FactEvidence>> {
  const ids = [
    ...new Set(
      events
        .filter((e) => FACT_EVENT_TYPES.includes(e.type) && typeof e.data?.evidenceId === 'string')
        .map((e) => String(e.data.evidenceId)),
    ),
  ].filter((id) => /^[0-9a-f-]{36}$/i.test(id));
  if (ids.length === 0) return new Map();
  const rows = await sql(
    `select id, kind, created_at, payload, payload_sealed from evidence
      where id in (select jsonb_array_elements_text(?::jsonb)::uuid)`,
    [JSON.stringify(ids)],
  );
  return new Map(
    rows.map((r) => [
      String(r.id),
      {
        kind: String(r.kind),
        createdAt: new Date(r.created_at as string).toISOString(),
        payload: openForm(cipher, r),
      },
    ]),
  );
}

/**
 * Records the facts of events of a journey (their forms read in the same transaction); repeats add nothing. Returns
 * the facts it inserted (none when every one was recorded before), so the caller derives again only what reads them.
 */
export async function writeJourneyFacts(
  sql: FactSql,
  cipher: FieldCipher,
  journeyId: string,
  events: readonly FactEvent[],
): Promise<JourneyFactRow[]> {
  const { facts, answers } = journeyFacts(journeyId, events, await formsOf(sql, cipher, events));
  const inserted = await insertRows(sql, 'journey_fact', FACT_COLUMNS, facts, 'journey_id, seq, ordinal');
  await insertRows(sql, 'journey_fact_answer', ANSWER_COLUMNS, answers, 'journey_id, seq, ordinal, position');
  const fresh = new Set(inserted.map((r) => `${Number(r.seq)}:${Number(r.ordinal)}`));
  return facts.filter((f) => fresh.has(`${f.seq}:${f.ordinal}`));
}

/** The journey's module plan at `seq`: modules dropped from the plan leave, the others move forward only. */
export async function writeModuleFacts(
  sql: FactSql,
  journeyId: string,
  seq: number,
  modules: readonly PlannedModuleState[] | undefined,
): Promise<void> {
  const rows = journeyModuleFacts(journeyId, modules);
  await sql(
    `delete from journey_module_fact where journey_id = ? and seq < ?
       and module_id not in (select jsonb_array_elements_text(?::jsonb))`,
    [journeyId, seq, JSON.stringify(rows.map((r) => r.moduleId))],
  );
  if (rows.length === 0) return;
  await sql(
    `insert into journey_module_fact (journey_id, module_id, module_template, status, planned_start, actual_end, seq)
     values ${rows.map(() => '(?, ?, ?, ?, ?, ?, ?)').join(', ')}
     on conflict (journey_id, module_id) do update set module_template = excluded.module_template,
       status = excluded.status, planned_start = excluded.planned_start, actual_end = excluded.actual_end,
       seq = excluded.seq
     where journey_module_fact.seq < excluded.seq`,
    rows.flatMap((r) => [r.journeyId, r.moduleId, r.moduleTemplate, r.status, r.plannedStart, r.actualEnd, seq]),
  );
}

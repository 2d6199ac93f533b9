import { journeyIndicatorRows } from '../../domain/indicator/indicator-row.rules';
import {
  INDICATOR_ROW_FACT_TYPES,
  type IndicatorRowFact,
  type JourneyIndicatorRow,
} from '../../domain/indicator/indicator-row.types';
import type { FactSql } from './journey-fact.sql';

/**
 * Writes the indicator side rows (journey_indicator_row, domain/indicator/indicator-row.rules.ts) of journeys from
 * their facts in journey_fact, in the caller's transaction, after the facts. A journey's rows are replaced whole,
 * so writing them again after any change of its facts leaves the rows the facts give (idempotent by journey).
 */

/** Rows per insert statement (9 columns: well under PostgreSQL's 65,535 parameters). */
const CHUNK = 2000;

const COLUMNS: [string, keyof JourneyIndicatorRow][] = [
  ['journey_id', 'journeyId'],
  ['position', 'position'],
  ['family', 'family'],
  ['k', 'k'],
  ['num', 'num'],
  ['den', 'den'],
  ['val', 'val'],
  ['per_person', 'perPerson'],
  ['at', 'at'],
];

const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
const text = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/** A journey_fact row as the derivation reads it. */
function factOf(r: Record<string, unknown>): IndicatorRowFact {
  return {
    seq: Number(r.seq),
    ordinal: Number(r.ordinal),
    type: String(r.type),
    at: new Date(r.at as string).toISOString(),
    decision: text(r.decision),
    followUpMonth: num(r.follow_up_month),
    welfareLevel: text(r.welfare_level),
    moduleTemplate: text(r.module_template),
    sessionId: text(r.session_id),
    attendancePoints: num(r.attendance_points),
    preScore: num(r.pre_score),
    postScore: num(r.post_score),
    source: text(r.source),
    channel: text(r.channel),
    hasEvidence: r.has_evidence === true,
    income: num(r.income),
    minimumWage: num(r.minimum_wage),
    businessRunning: r.business_running === null ? null : r.business_running === true,
    inWork: r.in_work === null ? null : r.in_work === true,
    amount: num(r.amount),
  };
}

/** Replaces the side rows of these journeys by the rows their facts give. */
export async function writeIndicatorRows(sql: FactSql, journeyIds: readonly string[]): Promise<number> {
  if (journeyIds.length === 0) return 0;
  const ids = JSON.stringify([...new Set(journeyIds)]);
  const facts = await sql(
    `select journey_id, seq, ordinal, type, at, decision, follow_up_month, welfare_level, module_template, session_id,
        attendance_points, pre_score, post_score, source, channel, has_evidence, income, minimum_wage,
        business_running, in_work, amount
      from journey_fact
     where journey_id in (select jsonb_array_elements_text(?::jsonb)::uuid)
       and type in (select jsonb_array_elements_text(?::jsonb))
     order by journey_id, seq, ordinal`,
    [ids, JSON.stringify(INDICATOR_ROW_FACT_TYPES)],
  );
  const byJourney = new Map<string, IndicatorRowFact[]>();
  for (const r of facts) {
    const id = String(r.journey_id);
    const list = byJourney.get(id) ?? [];
    list.push(factOf(r));
    byJourney.set(id, list);
  }
  const rows = [...byJourney].flatMap(([id, list]) => journeyIndicatorRows(id, list));
  await sql(
    `delete from journey_indicator_row where journey_id in (select jsonb_array_elements_text(?::jsonb)::uuid)`,
    [ids],
  );
  const tuple = `(${COLUMNS.map(() => '?').join(', ')})`;
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    await sql(
      `insert into journey_indicator_row (${COLUMNS.map(([c]) => c).join(', ')})
       values ${chunk.map(() => tuple).join(', ')}`,
      chunk.flatMap((r) => COLUMNS.map(([, k]) => r[k])),
    );
  }
  return rows.length;
}

/**
 * Journeys with facts the side rows read and no side rows (recorded before journey_indicator_row), `limit` at a
 * time after `after`: what `db:migrate` fills. A journey whose facts give no row is listed again on each start.
 */
export function journeysWithoutIndicatorRows(): string {
  return `select j.id from journey j
    where j.id > ?::uuid
      and exists (select 1 from journey_fact f where f.journey_id = j.id
        and f.type in (select jsonb_array_elements_text(?::jsonb)))
      and not exists (select 1 from journey_indicator_row r where r.journey_id = j.id)
    order by j.id limit ?`;
}

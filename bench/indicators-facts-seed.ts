import type { PoolClient } from 'pg';
import type { FactSql } from '../db/facts/journey-fact.sql';
import { writeIndicatorRows } from '../db/facts/journey-indicator-row.sql';
import { journeySummaryUpsert } from '../db/facts/journey-summary.sql';

/** Journeys per side-row write (their facts read and their rows derived in the product's code). */
const ROWS_BATCH = 2000;

/**
 * The fact projection of the synthetic journeys of bench/indicators-seed.ts, derived in SQL at seed time (the
 * product derives it row by row, domain/indicator/journey-fact.rules.ts; the seed's events and forms are simple
 * enough for one statement): journey_fact for the seeded events of the journeys in `people`, journey_module_fact
 * from their plans, journey_summary from those facts (the product's derivation, db/facts/journey-summary.sql.ts),
 * journey_indicator_row from those facts (the product's derivation, db/facts/journey-indicator-row.sql.ts)
 * and journey.overdue_count from their states. `people` selects the seeded (g, id) rows.
 */
export async function seedIndicatorFacts(client: PoolClient, people: string, params: unknown[]): Promise<void> {
  await client.query(
    `insert into journey_fact (journey_id, seq, ordinal, type, at, stage, exit_kind, decision, answer, follow_up_month,
       welfare_level, module_id, module_template, session_id, attendance_points, pre_score, post_score,
       evidence_id, has_evidence, evidence_kind, evidence_created_at, income, minimum_wage, business_running,
       completed_early)
     select e.journey_id, e.seq, e.ordinal, e.type, e.at,
       case e.type when 'STAGE_CHANGED' then e.data->>'to' when 'JOURNEY_CLOSED' then e.data->>'stage' end,
       e.data->>'exitKind', e.data->>'decision', e.data->>'answer', (e.data->>'monthsAfterGraduation')::int,
       e.data->>'welfareLevel', e.data->>'moduleId', regexp_replace(e.data->>'moduleId', '-[0-9]+$', ''),
       e.data->>'sessionId',
       case when e.type = 'ATTENDANCE_RECORDED' then
         case e.data->>'status' when 'PRESENT' then 1.0 when 'PARTIAL' then 0.5 else 0.0 end end,
       (e.data->>'preScore')::float8, (e.data->>'postScore')::float8,
       v.id, v.id is not null, v.kind, v.created_at,
       coalesce(v.payload->'income'->>'monthlyFamilyIncome', v.payload->>'monthlyFamilyIncome')::float8,
       coalesce(v.payload->'income'->>'regionalMinimumWage', v.payload->>'regionalMinimumWage')::float8,
       (v.payload->>'businessRunning')::boolean, false
     from journey_event e left join evidence v on v.id = (e.data->>'evidenceId')::uuid
     where e.journey_id in (select x.id from (${people}) x) and e.type <> 'ENROLLED'`,
    params,
  );
  await client.query(
    `insert into journey_module_fact (journey_id, module_id, module_template, status, planned_start, actual_end, seq)
     select j.id, m->>'moduleId', regexp_replace(m->>'moduleId', '-[0-9]+$', ''), m->>'status',
       (m->>'plannedStart')::timestamptz, (m->>'actualEnd')::timestamptz, j.seq
     from journey j cross join lateral jsonb_array_elements(j.state->'modules') m
     where j.id in (select x.id from (${people}) x)`,
    params,
  );
  await client.query(journeySummaryUpsert(`select x.id from (${people}) x`), params);
  // The product's statements bind `?`; pg binds `$n`.
  const sql: FactSql = async (text, values) => {
    let n = 0;
    return (
      await client.query(
        text.replace(/\?/g, () => `$${++n}`),
        values,
      )
    ).rows as Record<string, unknown>[];
  };
  const ids = (await client.query<{ id: string }>(`select x.id from (${people}) x`, params)).rows.map((r) => r.id);
  for (let i = 0; i < ids.length; i += ROWS_BATCH) await writeIndicatorRows(sql, ids.slice(i, i + ROWS_BATCH));
  await client.query(
    `update journey j set overdue_count = jsonb_array_length(j.state->'overdue')
     where j.id in (select x.id from (${people}) x)`,
    params,
  );
}

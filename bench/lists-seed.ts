/**
 * Seeds synthetic beneficiaries numbered `from + 1` to `to` and journey read-model rows straight into
 * PostgreSQL (no workflows: lists never touch Temporal). Each journey carries a real journey state (jsonb)
 * copied from one the benchmark drove through the product, with its own id. 100 journeys per facilitator
 * (`seed-facilitator-<n>` has numbers 100n+1 to 100n+100, so growing the table adds facilitators), ten
 * regions of province 52 and five of 53, a spread of stages. NIKs are sealed with the configured data keys,
 * as the API stores them (the API's lists open them).
 */
import type { Pool } from 'pg';
import { FieldCipher } from '../config/crypto/field-cipher';
import { loadDataKeys } from '../config/env';
import { sealPerson } from '../db/personal-data/sealed-columns';
import { inTransaction } from './pg-transaction';

export interface Seeded {
  rows: number;
  facilitators: number;
  seconds: number;
}

export const PER_FACILITATOR = 100;

const STAGES = [
  'IN_INTERVENTION',
  'IN_INTERVENTION',
  'IN_INTERVENTION',
  'IN_INTERVENTION',
  'PLANNING',
  'ENROLLED',
  'RE_EVALUATION',
  'GRADUATION_REVIEW',
  'GRADUATED',
  'COMPLETED',
];

export async function seedJourneys(pool: Pool, to: number, stamp: string, from = 0): Promise<Seeded> {
  const t0 = performance.now();
  // A typical journey's state: the median-sized among those in intervention (the one-journey step
  // leaves one with 1,000 sessions, whose state is ~100× a usual one), else any journey.
  const template = await pool.query<{ state: unknown }>(
    `with c as (select state, pg_column_size(state) as size from journey where stage = 'IN_INTERVENTION')
     select state from c order by size offset (select count(*) / 2 from c) limit 1`,
  );
  if (!template.rowCount)
    template.rows.push(...(await pool.query<{ state: unknown }>('select state from journey limit 1')).rows);
  if (!template.rows.length) throw new Error('no journey to copy a state from: run the enrolment benchmark first');
  const rows = to - from;
  const facilitators = Math.ceil(to / PER_FACILITATOR);
  await inTransaction(pool, async (client) => {
    const cipher = new FieldCipher(loadDataKeys(process.env));
    const sealed = Array.from({ length: rows }, (_, i) =>
      sealPerson(cipher, `39${stamp.slice(-4)}${String(from + i + 1).padStart(10, '0')}`, null),
    );
    const prefix = `bench-seed-${stamp}-`;
    // unnest, not ($n::text[])[g]: subscripting a text array walks it from the start (quadratic at 100k).
    await client.query(
      `insert into beneficiary (id, nik, nik_hash, name, sex, birth_date, disability, region_code, programme_id,
        cohort_id, vulnerable_groups, enrolment_key, created_by, created_at)
      select md5($2 || g)::uuid, u.nik, u.nik_hash, 'Peserta ' || g, case when g % 3 = 0 then 'MALE' else 'FEMALE' end,
        date '1960-01-01' + (g % 15000), g % 20 = 0,
        case when g % 3 = 0 then '53.0' || (g % 5 + 1) else '52.' || lpad((g % 10 + 1)::text, 2, '0') end,
        'default', null, '["FEMALE_HEAD_OF_HOUSEHOLD"]'::jsonb, $2 || g, 'bench-seed',
        now() - make_interval(days => g % 365, secs => g)
      from unnest($3::text[], $4::text[]) with ordinality as u(nik, nik_hash, i)
      cross join lateral (select $1::int + u.i::int as g) n`,
      [from, prefix, sealed.map((p) => p.nik), sealed.map((p) => p.nikHash)],
    );
    await client.query(
      `insert into journey (id, workflow_id, programme_id, cohort_id, region_code, facilitator_id, stage, status,
        overdue, welfare_level, rules_id, rules_version, next_action, next_action_by, next_due_at, seq, state,
        enrolled_at, updated_at)
      select b.id, 'journey-' || b.id, 'default', null, b.region_code,
        'seed-facilitator-' || ((g - 1) / ${PER_FACILITATOR}),
        s.stage, case when s.stage = 'COMPLETED' then 'CLOSED' else 'ACTIVE' end, g % 13 = 0, 'POOR', 'default', 1,
        'recordAttendance', 'facilitator',
        case when g % 7 = 0 then null else now() + make_interval(days => g % 90) end, 12,
        jsonb_set(jsonb_set($4::jsonb, '{journeyId}', to_jsonb(b.id::text)), '{stage}', to_jsonb(s.stage)),
        b.created_at, b.created_at + interval '1 day'
      from generate_series($1::int + 1, $2::int) g
      join beneficiary b on b.id = md5($3 || g)::uuid
      cross join lateral (select ($5::text[])[1 + (g / 7) % ${STAGES.length}] as stage) s`,
      [from, to, prefix, JSON.stringify(template.rows[0].state), STAGES],
    );
  });
  await pool.query('analyze beneficiary');
  await pool.query('analyze journey');
  return { rows, facilitators, seconds: (performance.now() - t0) / 1000 };
}

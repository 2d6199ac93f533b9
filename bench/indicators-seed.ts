/**
 * Bulk-inserts a synthetic programme straight into the read model (no workflows: indicators read
 * PostgreSQL only): `rows` beneficiaries and journeys across 15 regions of 3 provinces and 4
 * cohorts, and for each journey the events and evidence a real journey records (enrolment,
 * assessment, a 4-session module with attendance and evaluation, re-evaluation, graduation or
 * intensive support, follow-ups, exits), in proportions like the e2e cohort: 10.7 events and 1.65
 * evidence rows per journey on average (107,000 and 16,500 at 10k beneficiaries).
 */
import type { Pool } from 'pg';
import { seedIndicatorFacts } from './indicators-facts-seed';
import { inTransaction } from './pg-transaction';

export interface IndicatorSeed {
  rows: number;
  events: number;
  evidence: number;
  seconds: number;
}

/**
 * Each person's path is g % 20: 0-1 stay enrolled, 2-3 in planning, 4 exits, 5-9 in their module, 10-11 in
 * intensive support, 12-14 graduated, 15-19 completed (the stages the journey insert gives them).
 */
const PERSON = `
  select g, md5($2 || g)::uuid as id, (g % 20) as path,
    now() - make_interval(days => 400 - (g % 300)) as t0,
    (case g % 3 when 0 then 2600000 when 1 then 5000000 else 2200000 end)::numeric as wage
  from generate_series($3::int, $4::int) g where $1::text is not null`;

export async function seedIndicatorData(
  pool: Pool,
  programmeId: string,
  rows: number,
  stamp: string,
): Promise<IndicatorSeed> {
  const t0 = performance.now();
  const prefix = `bench-ind-${stamp}-`;
  const batch = 20_000;
  for (let from = 1; from <= rows; from += batch) {
    const to = Math.min(rows, from + batch - 1);
    const p = [programmeId, prefix, from, to];
    await inTransaction(pool, async (client) => {
      await client.query(
        `insert into beneficiary (id, nik, nik_hash, name, sex, birth_date, disability, region_code, programme_id,
          cohort_id, vulnerable_groups, enrolment_key, created_by, created_at)
        select x.id, null, md5('nik' || $2 || x.g), 'Peserta ' || x.g,
          case when x.g % 3 = 1 then 'MALE' else 'FEMALE' end,
          date '1958-01-01' + (x.g * 37 % 17000), x.g % 5 = 0,
          (array['52', '31', '33'])[1 + x.g % 3] || '.' || lpad((x.g % 5 + 1)::text, 2, '0'),
          $1, 'c' || (x.g % 4), '[]'::jsonb, $2 || x.g, 'bench', x.t0 from (${PERSON}) x`,
        p,
      );
      await client.query(
        `insert into journey (id, workflow_id, programme_id, cohort_id, region_code, facilitator_id, stage, status,
          overdue, welfare_level, rules_id, rules_version, next_action, next_action_by, next_due_at, seq, state,
          enrolled_at, updated_at)
        select x.id, 'journey-' || x.id, $1, 'c' || (x.g % 4),
          (array['52', '31', '33'])[1 + x.g % 3] || '.' || lpad((x.g % 5 + 1)::text, 2, '0'),
          'bench-facilitator-' || (x.g % 200), s.stage,
          case when s.stage in ('COMPLETED', 'EXITED') then 'CLOSED' else 'ACTIVE' end, x.g % 9 = 0, 'MIDDLE',
          'default', 1, null, null, null, 30,
          jsonb_build_object(
            'overdue', case when x.g % 9 = 0 then '[{"key":"k","kind":"MODULE_END"}]'::jsonb else '[]'::jsonb end,
            'modules', case when x.path >= 4 then jsonb_build_array(jsonb_build_object(
              'moduleId', 'CAPITAL_ACCESS-1', 'plannedStart', x.t0 + interval '2 days',
              'status', case when x.path >= 10 then 'COMPLETED' else 'ACTIVE' end,
              'actualEnd', case when x.path >= 10 then x.t0 + interval '60 days' end)) else '[]'::jsonb end),
          x.t0, x.t0 + interval '200 days'
        from (${PERSON}) x cross join lateral (select case
          when x.path < 2 then 'ENROLLED' when x.path < 4 then 'PLANNING' when x.path < 5 then 'EXITED'
          when x.path < 10 then 'IN_INTERVENTION' when x.path < 12 then 'INTENSIVE_SUPPORT'
          when x.path < 15 then 'GRADUATED' else 'COMPLETED' end as stage) s`,
        p,
      );
      // Evidence rows for the measured steps, then the events: one VALUES row per kind (evidence) or seq
      // (events) with its day offset, data and min_path; a person has the rows whose min_path ≤ their path.
      await client.query(
        `insert into evidence (id, journey_id, kind, payload, status, created_by, created_at)
        select md5(x.id::text || m.kind)::uuid, x.id, m.kind, m.payload, 'ACCEPTED', 'bench',
          x.t0 + make_interval(days => m.day)
        from (${PERSON}) x cross join lateral (values
          ('ASSESSMENT', 1, jsonb_build_object('income', jsonb_build_object(
            'monthlyFamilyIncome', x.wage * (0.3 + (x.g % 6) * 0.1), 'regionalMinimumWage', x.wage)), 2),
          ('RE_EVALUATION', 70, jsonb_build_object('monthlyFamilyIncome', x.wage * (0.6 + (x.g % 8) * 0.1),
            'regionalMinimumWage', x.wage, 'businessRunning', x.g % 3 <> 0), 10),
          ('FOLLOW_UP_0', 160, jsonb_build_object('monthlyFamilyIncome', x.wage * (0.8 + (x.g % 7) * 0.1),
            'regionalMinimumWage', x.wage, 'businessRunning', x.g % 4 <> 0), 15)
        ) m(kind, day, payload, min_path) where x.path >= m.min_path`,
        p,
      );
      await client.query(
        `insert into journey_event (journey_id, seq, ordinal, type, at, actor_id, actor_role, data, workflow_id, run_id)
        select x.id, e.seq, 0, e.type, x.t0 + make_interval(days => e.day), 'bench', 'facilitator', e.data,
          'journey-' || x.id, 'bench'
        from (${PERSON}) x cross join lateral (values
          (1, 'ENROLLED', 0, '{}'::jsonb, 0),
          (2, 'ASSESSMENT_SUBMITTED', 1, jsonb_build_object('evidenceId', md5(x.id::text || 'ASSESSMENT')::uuid,
            'welfareLevel', case when x.g % 6 < 2 then 'POOR' else 'VULNERABLE' end), 2),
          (3, 'STAGE_CHANGED', 1, '{"from":"ENROLLED","to":"PLANNING"}'::jsonb, 2),
          (4, 'STAGE_CHANGED', 2, '{"from":"PLANNING","to":"IN_INTERVENTION"}'::jsonb, 5),
          (5, 'ATTENDANCE_RECORDED', 10, jsonb_build_object('moduleId', 'CAPITAL_ACCESS-1', 'sessionId', 's1',
            'status', (array['PRESENT','PARTIAL','ABSENT'])[1 + x.g % 3]), 5),
          (6, 'ATTENDANCE_RECORDED', 20, jsonb_build_object('moduleId', 'CAPITAL_ACCESS-1', 'sessionId', 's2',
            'status', 'PRESENT'), 5),
          (7, 'ATTENDANCE_RECORDED', 30, jsonb_build_object('moduleId', 'CAPITAL_ACCESS-1', 'sessionId', 's3',
            'status', (array['PRESENT','ABSENT'])[1 + x.g % 2]), 5),
          (8, 'ATTENDANCE_RECORDED', 40, jsonb_build_object('moduleId', 'CAPITAL_ACCESS-1', 'sessionId', 's4',
            'status', 'PRESENT'), 10),
          (9, 'MODULE_EVALUATED', 55, jsonb_build_object('moduleId', 'CAPITAL_ACCESS-1',
            'preScore', 30 + x.g % 40, 'postScore', 40 + x.g % 50), 10),
          (10, 'MODULE_COMPLETED', 60, '{"moduleId":"CAPITAL_ACCESS-1"}'::jsonb, 10),
          (11, 'STAGE_CHANGED', 60, '{"from":"IN_INTERVENTION","to":"RE_EVALUATION"}'::jsonb, 10),
          (12, 'RE_EVALUATION_SUBMITTED', 70, jsonb_build_object('evidenceId', md5(x.id::text || 'RE_EVALUATION')::uuid,
            'welfareLevel', case when x.g % 8 >= 4 then 'MIDDLE' else 'VULNERABLE' end), 10),
          (13, 'GRADUATION_DECIDED', 75,
            jsonb_build_object('decision', case when x.path < 12 then 'NOT_YET' else 'GRADUATE' end), 10),
          (14, 'INTENSIVE_SUPPORT_STARTED', 80, '{"cycle":1}'::jsonb, 10),
          (15, 'STAGE_CHANGED', 75, '{"from":"GRADUATION_REVIEW","to":"GRADUATED"}'::jsonb, 12),
          (16, 'REFERRED', 90, '{"targetProgramme":"KUR"}'::jsonb, 14),
          (17, 'REFERRAL_ANSWERED', 100,
            jsonb_build_object('answer', case when x.g % 3 = 0 then 'DECLINED' else 'ACCEPTED' end), 14),
          (18, 'FOLLOW_UP_RECORDED', 160, jsonb_build_object('evidenceId', md5(x.id::text || 'FOLLOW_UP_0')::uuid,
            'monthsAfterGraduation', 3, 'welfareLevel', 'MIDDLE', 'businessRunning', x.g % 4 <> 0), 15),
          (19, 'STAGE_CHANGED', 161, '{"from":"GRADUATED","to":"COMPLETED"}'::jsonb, 15),
          (20, 'JOURNEY_CLOSED', 161, '{"stage":"COMPLETED"}'::jsonb, 15),
          (21, 'JOURNEY_CLOSED', 3, jsonb_build_object('stage', 'EXITED',
            'exitKind', (array['EXIT','DEATH','RELOCATION','SANCTION'])[1 + x.g % 4]), 4)
        ) e(seq, type, day, data, min_path)
        where x.path >= e.min_path and (e.seq <> 14 or x.path between 10 and 11) and (e.seq <> 21 or x.path = 4)
          and (e.seq not between 4 and 20 or x.path <> 4)`,
        p,
      );
      await seedIndicatorFacts(client, PERSON, p);
    });
  }
  const tables = ['beneficiary', 'journey', 'journey_event', 'evidence', 'journey_fact', 'journey_module_fact'];
  for (const t of [...tables, 'journey_summary', 'journey_indicator_row']) await pool.query(`analyze ${t}`);
  const count = async (t: string) =>
    Number((await pool.query<{ count: string }>(`select count(*) from ${t}`)).rows[0].count);
  return {
    rows,
    events: await count('journey_event'),
    evidence: await count('evidence'),
    seconds: (performance.now() - t0) / 1000,
  };
}

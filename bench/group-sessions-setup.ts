/**
 * Untimed set-up of the group-sessions step: `n` journeys of one facilitator enrolled and driven to
 * IN_INTERVENTION over the API, made one learning group of their first module's template in PostgreSQL (as the
 * group aggregate stores it), every member from a month ago. Also the documents the step sends.
 */
import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import { prepareJourneys, type PreparedJourney } from './commands-setup';
import { enrolmentInput, ENROLL, nextNik } from './enrolment.bench';
import { gql, type Identity } from './http-client';
import { percentile, runLoad, type LoadResult } from './load-loop';

export const SCHEDULE_GROUP =
  'mutation S($input: ScheduleGroupSessionInput!, $key: String!) { scheduleGroupSession(input: $input, ' +
  'idempotencyKey: $key) { session { id } totals { applied alreadyApplied refused } } }';
export const RECORD_GROUP =
  'mutation A($input: RecordGroupAttendanceInput!, $key: String!) { recordGroupAttendance(input: $input, ' +
  'idempotencyKey: $key) { totals { applied alreadyApplied refused notRecorded } } }';

export interface GroupTotals {
  applied: number;
  alreadyApplied: number;
  refused: number;
  notRecorded?: number;
}

export interface BenchGroup {
  groupId: string;
  journeys: PreparedJourney[];
  facilitator: Identity;
}

export async function prepareGroup(apiUrl: string, pool: Pool, n: number, stamp: string): Promise<BenchGroup> {
  const facilitatorId = `bench-group-${stamp}`;
  const ids: string[] = new Array<string>(n);
  const enrolled = await runLoad({
    label: 'group-enrol',
    concurrency: 8,
    count: n,
    job: async (i) => {
      const data = await gql<{ enrollBeneficiary: { journeyId: string } }>(apiUrl, ENROLL, {
        input: enrolmentInput(nextNik(), facilitatorId),
        key: `bench-group-enrol-${stamp}-${i}`,
      });
      ids[i] = data.enrollBeneficiary.journeyId;
    },
  });
  if (enrolled.failed) throw new Error(`could not enrol the group: ${enrolled.firstErrors.join('; ')}`);
  const journeys = await prepareJourneys(apiUrl, ids, new Map(ids.map((id) => [id, facilitatorId])), 0, `g${stamp}`);
  const template = await pool.query<{ t: string }>(
    `select state->'modules'->0->>'templateId' as t from journey where id = $1`,
    [ids[0]],
  );
  const groupId = randomUUID();
  await pool.query(
    `insert into community_group (id, programme_id, region_code, kind, name, facilitator_id, module_template_id,
       status, status_changed_at, formed_on, idempotency_key, created_by, created_at)
     values ($1, 'default', '52.71', 'LEARNING_GROUP', 'Bench group', $2, $3, 'ACTIVE', now(), current_date - 30,
       $4, 'bench', now())`,
    [groupId, facilitatorId, template.rows[0].t, `bench-group-${stamp}`],
  );
  await pool.query(
    `insert into group_member (id, group_id, journey_id, role, joined_on, created_by, created_at)
     select gen_random_uuid(), $1, j, 'MEMBER', current_date - 30, 'bench', now() from unnest($2::uuid[]) j`,
    [groupId, ids],
  );
  return { groupId, journeys, facilitator: journeys[0].facilitator };
}

/** Wall times of whole batches as a load result: p50/p99 per batch; the rate is member attendances per second. */
export function batches(label: string, ms: readonly number[], members: number): LoadResult {
  const sorted = [...ms].sort((a, b) => a - b);
  const seconds = ms.reduce((s, x) => s + x, 0) / 1000;
  return {
    label,
    concurrency: 1,
    done: ms.length,
    failed: 0,
    seconds,
    perSecond: (ms.length * members) / seconds,
    p50Ms: percentile(sorted, 50),
    p99Ms: percentile(sorted, 99),
    firstErrors: [],
  };
}

/**
 * Field sync: a facilitator's device sends 500 attendance records (×BENCH_SCALE) captured offline over 50
 * journeys in ONE syncFieldRecords call, beside the same kind of records sent as single recordAttendance calls,
 * one after another and BULK_CONCURRENCY at a time. Same servers, journeys and run; each record is a session of its
 * own, with its field time (occurredAt) in capture order. Then the batch is sent again (every record
 * ALREADY_APPLIED) and journey_event must hold exactly one ATTENDANCE_RECORDED row per record.
 */
import type { Pool } from 'pg';
import { BULK_CONCURRENCY } from '../domain/shared/bounded-concurrency';
import { compare, type BenchReport } from './bench-report';
import { prepareJourneys } from './commands-setup';
import { enrolmentInput, ENROLL, nextNik } from './enrolment.bench';
import { batches } from './group-sessions-setup';
import { facilitator, gql } from './http-client';
import { runLoad } from './load-loop';

/** One device's batch, with every result (the province step sends the same). */
export const SYNC =
  'mutation F($input: FieldSyncInput!) { syncFieldRecords(input: $input) { ' +
  'totals { records applied alreadyApplied refused } results { status code message } } }';
const ATTEND_AT =
  'mutation M($id: ID!, $key: String!, $input: RecordAttendanceInput!, $at: DateTimeISO) ' +
  '{ recordAttendance(journeyId: $id, idempotencyKey: $key, input: $input, occurredAt: $at) { id seq } }';

export interface SyncAnswer {
  syncFieldRecords: {
    totals: { records: number; applied: number; alreadyApplied: number; refused: number };
    results: { status: string; code: string | null; message: string | null }[];
  };
}

export async function fieldSyncBench(
  report: BenchReport,
  deps: { apiUrl: string; pool: Pool; stamp: string },
  journeyCount: number,
  records: number,
): Promise<void> {
  const t0 = performance.now();
  const perJourney = Math.ceil(records / journeyCount);
  const user = `bench-field-${deps.stamp}`;
  const ids = new Array<string>(journeyCount);
  const enrolled = await runLoad({
    label: 'field-enrol',
    concurrency: 8,
    count: journeyCount,
    job: async (i) => {
      const data = await gql<{ enrollBeneficiary: { journeyId: string } }>(deps.apiUrl, ENROLL, {
        input: enrolmentInput(nextNik(), user),
        key: `bench-field-enrol-${deps.stamp}-${i}`,
      });
      ids[i] = data.enrollBeneficiary.journeyId;
    },
  });
  if (enrolled.failed) throw new Error(`could not enrol: ${enrolled.firstErrors.join('; ')}`);
  // sessions s0..: the batch's first, then the sequential calls', then the concurrent calls'
  const journeys = await prepareJourneys(
    deps.apiUrl,
    ids,
    new Map(ids.map((id) => [id, user])),
    perJourney * 3,
    `f${deps.stamp}`,
  );
  report.facts['Field sync set-up (untimed)'] =
    `${journeyCount} journeys of one facilitator in intervention, ${perJourney * 3} sessions each, ` +
    `${((performance.now() - t0) / 1000).toFixed(0)} s`;
  const who = facilitator(user);
  const heldAt = new Date().toISOString();
  // field times a little in the past, increasing in capture order (round r of every journey)
  const base = Date.now();
  const at = (round: number) => new Date(base + round * 5).toISOString();
  const attendance = (j: number, session: number) => ({
    moduleId: journeys[j].moduleId,
    sessionId: `s${session}`,
    status: 'PRESENT',
    heldAt,
  });
  const pairs = Array.from({ length: perJourney * journeyCount }, (_, n) => ({
    j: n % journeyCount,
    round: Math.floor(n / journeyCount),
  }));
  await new Promise((r) => setTimeout(r, perJourney * 5 + 50)); // every field time now in the past

  const batch = pairs.map(({ j, round }) => ({
    clientId: `bench-field-${deps.stamp}-${j}-${round}`,
    journeyId: journeys[j].id,
    kind: 'RECORD_ATTENDANCE',
    occurredAt: at(round),
    attendance: attendance(j, round),
  }));
  const t1 = performance.now();
  const first = await gql<SyncAnswer>(deps.apiUrl, SYNC, { input: { records: batch } }, who);
  const batchMs = performance.now() - t1;
  const problems: string[] = [];
  if (first.syncFieldRecords.totals.applied !== batch.length) {
    const refused = first.syncFieldRecords.results.find((r) => r.status !== 'APPLIED');
    problems.push(`batch: ${JSON.stringify(first.syncFieldRecords.totals)} (${refused?.code}: ${refused?.message})`);
  }
  const single = async (offset: number, concurrency: number) => {
    const r = await runLoad({
      label: `single-${offset}`,
      concurrency,
      count: pairs.length,
      job: async (n) => {
        const { j, round } = pairs[n];
        await gql(
          deps.apiUrl,
          ATTEND_AT,
          {
            id: journeys[j].id,
            key: `bench-field-single-${deps.stamp}-${offset}-${j}-${round}`,
            input: attendance(j, offset + round),
            at: new Date(Date.now() - 1000).toISOString(),
          },
          who,
        );
      },
    });
    if (r.failed) problems.push(`single, concurrency ${concurrency}: ${r.failed} failed (${r.firstErrors[0]})`);
    return r.seconds * 1000;
  };
  const seqMs = await single(perJourney, 1);
  const c8Ms = await single(perJourney * 2, BULK_CONCURRENCY);

  const t2 = performance.now();
  const again = await gql<SyncAnswer>(deps.apiUrl, SYNC, { input: { records: batch } }, who);
  const resendMs = performance.now() - t2;
  if (again.syncFieldRecords.totals.alreadyApplied !== batch.length)
    problems.push(`resend: ${JSON.stringify(again.syncFieldRecords.totals)}`);
  const counts = await deps.pool.query<{ n: string }>(
    `select count(*) as n from journey_event where type = 'ATTENDANCE_RECORDED' and idempotency_key like $1
     group by idempotency_key`,
    [`bench-field-${deps.stamp}-%`],
  );
  const doubled = counts.rows.filter((r) => Number(r.n) !== 1).length;
  const exact = counts.rows.length === batch.length && doubled === 0 && problems.length === 0;
  report.facts['Field sync: one effect per record'] =
    `${exact ? 'yes' : 'NO'}: ${batch.length} records in one batch, sent again (${resendMs.toFixed(0)} ms, all ` +
    `ALREADY_APPLIED: ${again.syncFieldRecords.totals.alreadyApplied}); ${counts.rows.length} keys in ` +
    `journey_event, ${doubled} with ≠ 1 row` +
    (problems.length ? `; problems: ${problems.slice(0, 3).join(' | ')}` : '');

  const many = `${batch.length} attendance records over ${journeyCount} journeys, ms for all`;
  const one = batches('batch', [batchMs], batch.length);
  report.rows.push(
    compare(
      'Field sync',
      `ONE syncFieldRecords (${many})`,
      one,
      batches('seq', [seqMs], batch.length),
      `${batch.length} recordAttendance one after another`,
      'p50',
    ),
    compare(
      'Field sync',
      `ONE syncFieldRecords (${many})`,
      one,
      batches('c8', [c8Ms], batch.length),
      `${batch.length} recordAttendance ${BULK_CONCURRENCY} at a time`,
      'p50',
    ),
  );
  if (problems.length) throw new Error(problems.slice(0, 3).join('; '));
}

/**
 * Province: a province's cohort enrolled through the API with `enrollBeneficiary` at concurrency 32 (the issue's
 * 100,000 with BENCH_PROVINCE_ENROLMENTS=100000), printing progress and the worker's RSS as it goes; then its
 * facilitators' offline attendance (BENCH_PROVINCE_ATTENDANCE records, 10 per journey, each facilitator's 10
 * journeys sent as one syncFieldRecords batch, 8 devices at a time) while every enrolled journey stays open.
 * Baseline in the same run: no-op workflow starts with their result at the same concurrency.
 * Goals: 100,000 enrolments in under 30 minutes, 10,000 records in under 5 minutes, the worker under 2 GiB.
 */
import type { Client as TemporalClient } from '@temporalio/client';
import type { Pool } from 'pg';
import { compare, type BenchReport } from './bench-report';
import type { BenchProcess } from './bench-processes';
import { prepareJourneys } from './commands-setup';
import { enrolmentInput, ENROLL, nextNik } from './enrolment.bench';
import { SYNC, type SyncAnswer } from './field-sync.bench';
import { facilitator, gql } from './http-client';
import { runLoad } from './load-loop';
import { withProgress } from './province-progress';
import { describeBatches, stepsPerTransaction } from './steps-per-transaction';

const CONCURRENCY = 32;
const DEVICES = 8;
const RECORDS_PER_JOURNEY = 10;
const JOURNEYS_PER_FACILITATOR = 10;
const GOAL_ENROL_S = 30 * 60;
const GOAL_ATTEND_S = 5 * 60;
const GOAL_WORKER_MB = 2048;
const ISSUE_ENROLMENTS = 100_000;
const ISSUE_RECORDS = 10_000;

export interface ProvinceDeps {
  apiUrl: string;
  temporal: TemporalClient;
  noopTaskQueue: string;
  stamp: string;
  workers: BenchProcess[];
  pool: Pool;
  say: (msg: string) => void;
}

const facilitatorOf = (stamp: string, i: number) => `bench-prov-${stamp}-f${Math.floor(i / JOURNEYS_PER_FACILITATOR)}`;

export async function provinceBench(
  report: BenchReport,
  deps: ProvinceDeps,
  enrolments: number,
  records: number,
): Promise<void> {
  const ids = new Array<string>(enrolments);
  let enrolledCount = 0;
  const enrol = await withProgress(
    deps,
    'enrolled',
    enrolments,
    () => enrolledCount,
    () =>
      runLoad({
        label: 'province-enrol',
        concurrency: CONCURRENCY,
        count: enrolments,
        job: async (i) => {
          const data = await gql<{ enrollBeneficiary: { journeyId: string } }>(deps.apiUrl, ENROLL, {
            input: enrolmentInput(nextNik(), facilitatorOf(deps.stamp, i)),
            key: `bench-prov-${deps.stamp}-${i}`,
          });
          ids[i] = data.enrollBeneficiary.journeyId;
          enrolledCount++;
        },
      }),
  );
  const noopCount = Math.min(enrolments, 2_000);
  const noop = await runLoad({
    label: 'province-noop',
    concurrency: CONCURRENCY,
    count: noopCount,
    job: async (i) => {
      await deps.temporal.workflow.execute('noopWorkflow', {
        taskQueue: deps.noopTaskQueue,
        workflowId: `bench-prov-noop-${deps.stamp}-${i}`,
        args: [{ stay: false }],
      });
    },
  });
  const enrolS = enrol.result.seconds;
  const projectedS = (ISSUE_ENROLMENTS / enrol.result.perSecond) | 0;
  report.rows.push(
    compare(
      'Province',
      `${enrolments} enrollBeneficiary at c${CONCURRENCY}`,
      enrol.result,
      noop,
      `${noopCount} no-op workflow starts + result, c${CONCURRENCY}`,
      'rate',
      { text: '≥ 0.9× the no-op start rate', met: (r) => r >= 0.9 },
    ),
  );
  report.facts['Province: enrolment'] =
    `${enrol.result.done} enrolled in ${enrolS.toFixed(0)} s (${enrol.result.failed} failed); ` +
    (enrolments >= ISSUE_ENROLMENTS
      ? `goal 100,000 in under 30 min: ${enrolS < GOAL_ENROL_S ? 'met' : 'NOT met'}`
      : `at this rate 100,000 take ${projectedS} s (goal ${GOAL_ENROL_S} s, projected, not run at that size)`);

  const journeyCount = Math.min(enrol.result.done, Math.ceil(records / RECORDS_PER_JOURNEY));
  const chosen = ids.slice(0, journeyCount).filter(Boolean);
  const t0 = performance.now();
  const prepared = await prepareJourneys(
    deps.apiUrl,
    chosen,
    new Map(chosen.map((id, i) => [id, facilitatorOf(deps.stamp, i)])),
    RECORDS_PER_JOURNEY,
    `prov${deps.stamp}`,
  );
  report.facts['Province: attendance set-up (untimed)'] =
    `${prepared.length} journeys to intervention with ${RECORDS_PER_JOURNEY} sessions each, ` +
    `${((performance.now() - t0) / 1000).toFixed(0)} s`;
  const devices: (typeof prepared)[] = [];
  prepared.forEach((j, i) => (devices[Math.floor(i / JOURNEYS_PER_FACILITATOR)] ??= []).push(j));
  // Field times after the set-up's steps (a record older than the journey's last step needs approval), past now.
  const heldAt = new Date().toISOString();
  const base = Date.now();
  await new Promise((r) => setTimeout(r, RECORDS_PER_JOURNEY * 5 + 50));
  let sent = 0;
  let refused = 0;
  let firstRefusal = '';
  const total = prepared.length * RECORDS_PER_JOURNEY;
  const attendedFrom = new Date();
  const attend = await withProgress(
    deps,
    'attendance records',
    total,
    () => sent,
    () =>
      runLoad({
        label: 'province-attendance',
        concurrency: DEVICES,
        count: devices.length,
        job: async (d) => {
          const mine = devices[d];
          const batch = mine.flatMap((j, k) =>
            Array.from({ length: RECORDS_PER_JOURNEY }, (_, s) => ({
              clientId: `bench-prov-${deps.stamp}-${d}-${k}-${s}`,
              journeyId: j.id,
              kind: 'RECORD_ATTENDANCE',
              occurredAt: new Date(base + s * 5).toISOString(),
              attendance: { moduleId: j.moduleId, sessionId: `s${s}`, status: 'PRESENT', heldAt },
            })),
          );
          const answer = await gql<SyncAnswer>(
            deps.apiUrl,
            SYNC,
            { input: { records: batch } },
            facilitator(mine[0].facilitator.user),
          );
          sent += answer.syncFieldRecords.totals.applied;
          refused += answer.syncFieldRecords.totals.refused;
          const no = answer.syncFieldRecords.results.find((r) => r.status === 'REFUSED');
          if (no && firstRefusal === '') firstRefusal = `${no.code}: ${no.message}`;
        },
      }),
  );
  const attendS = attend.result.seconds;
  report.facts['Province: attendance recording'] = describeBatches(await stepsPerTransaction(deps.pool, attendedFrom));
  report.facts['Province: attendance'] =
    `${sent} of ${total} records applied (${refused} refused) in ${attendS.toFixed(0)} s, ` +
    `${(sent / attendS).toFixed(1)}/s; ` +
    (total >= ISSUE_RECORDS
      ? `goal 10,000 in under 5 min: ${attendS < GOAL_ATTEND_S ? 'met' : 'NOT met'}`
      : `at this rate 10,000 take ${((ISSUE_RECORDS * attendS) / Math.max(1, sent)).toFixed(0)} s (projected)`);
  const peak = Math.max(enrol.peakWorkerMb, attend.peakWorkerMb);
  report.facts['Province: worker RSS'] =
    `peak ${peak} MB with ${enrol.result.done} journeys open (goal under ${GOAL_WORKER_MB} MB: ` +
    `${peak < GOAL_WORKER_MB ? 'met' : 'NOT met'}${enrolments < ISSUE_ENROLMENTS ? ', at this size' : ''}); ` +
    `worker NODE_OPTIONS ${process.env.BENCH_WORKER_NODE_OPTIONS || 'none'}, ` +
    `WORKER_MAX_CACHED_WORKFLOWS ${process.env.WORKER_MAX_CACHED_WORKFLOWS || "the SDK's default"}`;
  if (enrol.result.failed || refused || sent !== total)
    throw new Error(
      `${enrol.result.failed} enrolments failed, ${refused} records refused, ${sent}/${total} applied ${firstRefusal}`,
    );
}

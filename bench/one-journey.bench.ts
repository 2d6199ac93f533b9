/**
 * One journey, many commands: N updates over HTTP GraphQL on ONE journey, sequentially (concurrency
 * 1, as one facilitator would): a session of the journey's first module scheduled, then its
 * attendance recorded, N/2 times (attendance is recorded once per session). The journey must
 * continue as new on its own (UPDATES_BEFORE_CONTINUE updates or HISTORY_EVENTS_BEFORE_CONTINUE
 * events per run) and lose no key: afterwards every 10th key is sent again, and journey_event must
 * hold exactly one row per key. Baseline: N no-op updates on ONE no-op workflow (Temporal client)
 * that continues as new every UPDATES_BEFORE_CONTINUE updates, since a run accepts at most 2,000.
 */
import type { Client as TemporalClient } from '@temporalio/client';
import type { Pool } from 'pg';
import { journeyWorkflowId } from '../workflows/journey/journey.messages';
import { UPDATES_BEFORE_CONTINUE } from '../workflows/journey/journey.workflow';
import { cpuPerOp, type BenchProcess } from './bench-processes';
import { compare, type BenchReport } from './bench-report';
import { attendance, ATTEND } from './commands.bench';
import { notFoundRetries, prepareJourneys, SCHEDULE, send, type PreparedJourney } from './commands-setup';
import { enrolmentInput, ENROLL, nextNik } from './enrolment.bench';
import { finishSignal, noopUpdate } from './fixtures/noop.workflow';
import { AUDITOR, gql } from './http-client';
import { runLoad, type LoadResult } from './load-loop';
import { runsOf } from './temporal-runs';

/**
 * After the last position: one request that streams the journey's whole history (every run) and answers an
 * empty page.
 */
const WHOLE =
  'query H($id: ID!) { journeyHistory(journeyId: $id, first: 1, ' +
  `after: "${Buffer.from('history:999999999').toString('base64url')}") { pageInfo { hasNextPage } } }`;

export interface OneJourneyDeps {
  apiUrl: string;
  pool: Pool;
  temporal: TemporalClient;
  noopTaskQueue: string;
  stamp: string;
  jejakProcs: BenchProcess[];
  noopProcs: BenchProcess[];
}

/** Enrols one journey (its own facilitator) and drives it to IN_INTERVENTION over the API, untimed. */
export async function openJourney(apiUrl: string, tag: string): Promise<PreparedJourney> {
  const facilitatorId = `bench-${tag}-facilitator`;
  const data = await gql<{ enrollBeneficiary: { journeyId: string } }>(apiUrl, ENROLL, {
    input: enrolmentInput(nextNik(), facilitatorId),
    key: `bench-enrol-${tag}`,
  });
  const id = data.enrollBeneficiary.journeyId;
  return (await prepareJourneys(apiUrl, [id], new Map([[id, facilitatorId]]), 0, tag))[0];
}

/** The i-th command on the journey: even i schedules session i/2, odd i records its attendance. */
export function commandAt(
  j: PreparedJourney,
  i: number,
  tag: string,
): { query: string; variables: Record<string, unknown> } {
  const session = Math.floor(i / 2);
  const key = `bench-${tag}-${i}`;
  return i % 2 === 0
    ? {
        query: SCHEDULE,
        variables: {
          id: j.id,
          key,
          input: {
            moduleId: j.moduleId,
            sessionId: `s${session}`,
            sessionType: 'THEORY',
            scheduledAt: '2026-11-20T08:00:00.000Z',
          },
        },
      }
    : { query: ATTEND, variables: { id: j.id, key, input: attendance(j.moduleId, session) } };
}

/**
 * `count` commands on the journey, one at a time (a NOT_FOUND right after a continue-as-new is retried once
 * with the same key).
 */
export function driveJourney(
  apiUrl: string,
  j: PreparedJourney,
  count: number,
  tag: string,
  only?: number[],
): Promise<LoadResult> {
  return runLoad({
    label: tag,
    concurrency: 1,
    count: only?.length ?? count,
    job: async (n) => {
      const i = only ? only[n] : n;
      const { query, variables } = commandAt(j, i, tag);
      await send(apiUrl, `${tag} #${i}`, query, variables, j.facilitator);
    },
  });
}

export async function oneJourneyBench(report: BenchReport, deps: OneJourneyDeps, count: number): Promise<void> {
  const tag = `${deps.stamp}-one`;
  const j = await openJourney(deps.apiUrl, tag);
  const noopId = `bench-noop-one-${deps.stamp}`;
  await deps.temporal.workflow.start('noopWorkflow', {
    taskQueue: deps.noopTaskQueue,
    workflowId: noopId,
    args: [{ stay: true, continueAfter: UPDATES_BEFORE_CONTINUE }],
  });
  const { result: noop, perOp: noopCpu } = await cpuPerOp(
    deps.noopProcs,
    () => count,
    () =>
      runLoad({
        label: 'noop-one',
        concurrency: 1,
        count,
        job: async (i) => {
          await deps.temporal.workflow
            .getHandle(noopId)
            .executeUpdate(noopUpdate, { args: ['x'], updateId: `bench-one-${deps.stamp}-${i}` });
        },
      }),
  );
  const retriesBefore = notFoundRetries.length;
  const { result: jejak, perOp: jejakCpu } = await cpuPerOp(
    deps.jejakProcs,
    () => count,
    () => driveJourney(deps.apiUrl, j, count, tag),
  );
  const retries = notFoundRetries.slice(retriesBefore);
  await deps.temporal.workflow.getHandle(noopId).signal(finishSignal);

  // Retries: every 10th key again, same command; then one row per key in journey_event.
  const resent = Array.from({ length: Math.ceil(count / 10) }, (_, k) => k * 10);
  const retry = await driveJourney(deps.apiUrl, j, count, tag, resent);
  const rows = await deps.pool.query<{ n: string }>(
    `select count(*) as n from journey_event
     where journey_id = $1 and type in ('SESSION_SCHEDULED', 'ATTENDANCE_RECORDED') and idempotency_key like $2
     group by idempotency_key`,
    [j.id, `bench-${tag}-%`],
  );
  const wrong = rows.rows.filter((r) => Number(r.n) !== 1).length;
  const exact = rows.rowCount === jejak.done && jejak.failed === 0 && wrong === 0 && retry.failed === 0;
  const runIds = await deps.pool.query<{ n: string }>(
    'select count(distinct run_id) as n from journey_event where journey_id = $1',
    [j.id],
  );
  const chain = async (workflowId: string) => {
    try {
      const runs = await runsOf(deps.temporal, workflowId);
      return {
        n: String(runs.length),
        text: `${runs.length} runs (events per run: ${runs.map((r) => r.events).join(', ')})`,
      };
    } catch (err) {
      return { n: '?', text: `chain walk FAILED: ${(err as Error).message.slice(0, 160)}` };
    }
  };
  const runs = await chain(journeyWorkflowId(j.id));
  const noopRuns = await chain(noopId);
  let auditorRead: string;
  try {
    const t = performance.now();
    await gql(deps.apiUrl, WHOLE, { id: j.id }, AUDITOR);
    auditorRead = `OK in ${(performance.now() - t).toFixed(0)} ms`;
  } catch (err) {
    auditorRead = `FAILED: ${(err as Error).message.slice(0, 200)}`;
  }

  report.rows.push(
    compare(
      'Commands',
      `${count} commands on one journey (scheduleSession + recordAttendance per session), concurrency 1; ` +
        `${runIds.rows[0].n} Temporal runs`,
      jejak,
      noop,
      `${count} no-op updates on one no-op workflow ` +
        `(continues as new every ${UPDATES_BEFORE_CONTINUE}; ${noopRuns.n} runs)`,
      'p50',
      { text: 'p50 ≤ 1.3× no-op update', met: (r) => r <= 1.3 },
    ),
  );
  report.facts['One journey: exactly one effect per key'] =
    `${exact ? 'yes' : 'NO'}: ${jejak.done} commands answered OK (${jejak.failed} failed), ` +
    `${resent.length} sent again (${retry.failed} failed), ${rows.rowCount} keys in journey_event, ` +
    `${wrong} with ≠ 1 row` +
    ([...jejak.firstErrors, ...retry.firstErrors].length
      ? `; first errors: ${[...jejak.firstErrors, ...retry.firstErrors].slice(0, 3).join(' | ').slice(0, 300)}`
      : '');
  report.facts['One journey: runs (continue-as-new on its own)'] =
    `${runIds.rows[0].n} distinct run_id in journey_event; continued-as-new chain (bench client): ${runs.text}; ` +
    `no-op baseline: ${noopRuns.text}`;
  report.facts['One journey: NOT_FOUND answers retried with the same key'] = retries.length
    ? `${retries.length} (${retries.slice(0, 10).join(', ')})`
    : 'none';
  report.facts['One journey CPU'] = `Jejak: ${jejakCpu}; baseline: ${noopCpu}`;
  report.facts['One journey: journeyHistory read to the end (one request, as an auditor) afterwards'] = auditorRead;
}

/**
 * Commands: `recordAttendance` over HTTP GraphQL across N open journeys, at concurrency 8 and 32,
 * each on a session of its own, beside a no-op update on N open no-op workflows (Temporal client,
 * same concurrency). Goal: round-trip p50 within 1.3× the baseline. Afterwards a sample of keys is
 * sent again, and journey_event must hold exactly one ATTENDANCE_RECORDED row per key.
 */
import type { Client as TemporalClient } from '@temporalio/client';
import type { Pool } from 'pg';
import { compare, type BenchReport } from './bench-report';
import { notFoundRetries, prepareJourneys } from './commands-setup';
import { finishSignal, noopUpdate } from './fixtures/noop.workflow';
import { gql } from './http-client';
import { runLoad } from './load-loop';
import { cpuPerOp, type BenchProcess } from './bench-processes';

export const ATTEND =
  'mutation M($id: ID!, $key: String!, $input: RecordAttendanceInput!) ' +
  '{ recordAttendance(journeyId: $id, idempotencyKey: $key, input: $input) { id seq } }';

export interface CommandDeps {
  apiUrl: string;
  pool: Pool;
  temporal: TemporalClient;
  noopTaskQueue: string;
  stamp: string;
  jejakProcs: BenchProcess[];
  noopProcs: BenchProcess[];
}

export async function commandsBench(
  report: BenchReport,
  deps: CommandDeps,
  journeyIds: string[],
  perLevel: number,
  levels: number[],
): Promise<void> {
  const n = journeyIds.length;
  const sessionsEach = Math.ceil((perLevel * levels.length) / n);
  const t0 = performance.now();
  const assigned = await deps.pool.query<{ id: string; facilitator_id: string }>(
    'select id, facilitator_id from journey where id = any($1::uuid[])',
    [journeyIds],
  );
  const journeys = await prepareJourneys(
    deps.apiUrl,
    journeyIds,
    new Map(assigned.rows.map((r) => [r.id, r.facilitator_id])),
    sessionsEach,
    deps.stamp,
  );
  report.facts['Commands set-up (untimed)'] =
    `${n} journeys to IN_INTERVENTION with ${sessionsEach} sessions each, ` +
    `${((performance.now() - t0) / 1000).toFixed(0)} s`;
  report.facts['Commands set-up: NOT_FOUND answers retried with the same key'] = notFoundRetries.length
    ? `${notFoundRetries.length} (${notFoundRetries.join(', ')}): a command sent just after the one that ` +
      'changed the stage (continue-as-new) was answered "workflow does not exist"; the retry succeeded'
    : 'none';

  const noopIds = journeyIds.map((_, i) => `bench-noop-open-${deps.stamp}-${i}`);
  await Promise.all(
    noopIds.map((workflowId) =>
      deps.temporal.workflow.start('noopWorkflow', {
        taskQueue: deps.noopTaskQueue,
        workflowId,
        args: [{ stay: true }],
      }),
    ),
  );

  const sent: { key: string; j: number; session: number }[] = [];
  let sessionBase = 0;
  for (const c of levels) {
    const { result: noop, perOp: noopCpu } = await cpuPerOp(
      deps.noopProcs,
      () => perLevel,
      () =>
        runLoad({
          label: 'noop-update',
          concurrency: c,
          count: perLevel,
          job: async (i) => {
            await deps.temporal.workflow
              .getHandle(noopIds[i % n])
              .executeUpdate(noopUpdate, { args: ['x'], updateId: `bench-${deps.stamp}-${c}-${i}` });
          },
        }),
    );
    const base = sessionBase;
    const { result: jejak, perOp: jejakCpu } = await cpuPerOp(
      deps.jejakProcs,
      () => perLevel,
      () =>
        runLoad({
          label: 'attendance',
          concurrency: c,
          count: perLevel,
          job: async (i) => {
            const j = i % n;
            const session = base + Math.floor(i / n);
            const key = `bench-att-${deps.stamp}-${c}-${i}`;
            await gql(
              deps.apiUrl,
              ATTEND,
              { id: journeys[j].id, key, input: attendance(journeys[j].moduleId, session) },
              journeys[j].facilitator,
            );
            sent.push({ key, j, session });
          },
        }),
    );
    report.facts[`Commands CPU, concurrency ${c}`] = `Jejak: ${jejakCpu}; baseline: ${noopCpu}`;
    sessionBase += Math.ceil(perLevel / n);
    report.rows.push(
      compare(
        'Commands',
        `recordAttendance ×${perLevel} over ${n} journeys, concurrency ${c}`,
        jejak,
        noop,
        'no-op update (client)',
        'p50',
        { text: 'p50 ≤ 1.3× no-op update', met: (r) => r <= 1.3 },
      ),
    );
  }

  // Retries: the same key and command again must answer without a second effect.
  const retried = sent.filter((_, i) => i % 10 === 0);
  const retry = await runLoad({
    label: 'retry',
    concurrency: 8,
    count: retried.length,
    job: async (i) => {
      const s = retried[i];
      await gql(
        deps.apiUrl,
        ATTEND,
        { id: journeys[s.j].id, key: s.key, input: attendance(journeys[s.j].moduleId, s.session) },
        journeys[s.j].facilitator,
      );
    },
  });
  const rows = await deps.pool.query<{ key: string; n: string }>(
    `select idempotency_key as key, count(*) as n from journey_event
     where type = 'ATTENDANCE_RECORDED' and idempotency_key like $1 group by idempotency_key`,
    [`bench-att-${deps.stamp}-%`],
  );
  const wrong = rows.rows.filter((r) => Number(r.n) !== 1).length;
  const exact = rows.rowCount === sent.length && wrong === 0 && retry.failed === 0;
  report.facts['Commands: exactly one effect per key'] =
    `${exact ? 'yes' : 'NO'}: ${sent.length} keys answered OK, ${retried.length} sent again ` +
    `(${retry.failed} failed), ${rows.rowCount} keys in journey_event, ${wrong} with ≠ 1 row`;
  await Promise.all(noopIds.map((id) => deps.temporal.workflow.getHandle(id).signal(finishSignal)));
}

export function attendance(moduleId: string, session: number) {
  return { moduleId, sessionId: `s${session}`, status: 'PRESENT', heldAt: '2026-11-20T09:00:00.000Z' };
}

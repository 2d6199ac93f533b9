/**
 * Watching a timer storm: when each deadline's effect was seen. Jejak: the OVERDUE row (kind
 * MODULE_END) the recording activity wrote to journey_event, polled every 100 ms by a cursor on its
 * id (trailing a window, as ids of concurrent transactions commit out of order). Baseline: N
 * `sleepUntilWorkflow` no-op workflows due at the same instants; their close time on the server.
 */
import type { Client as TemporalClient } from '@temporalio/client';
import type { Pool } from 'pg';
import { percentile, runLoad } from './load-loop';

/** Per deadline: when it was due and when its effect was seen (epoch ms). */
export interface Fired {
  due: number;
  seen: number;
}
export interface StormFigures {
  n: number;
  seen: number;
  dueSpanS: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  drainS: number;
  perSecond: number;
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, Math.max(0, ms)));
const TRAILING_IDS = 5_000;

export function summarise(n: number, fired: Fired[]): StormFigures {
  const delays = fired.map((f) => f.seen - f.due).sort((a, b) => a - b);
  const dues = fired.map((f) => f.due);
  const firstDue = Math.min(...dues);
  const lastDue = Math.max(...dues);
  const lastSeen = Math.max(...fired.map((f) => f.seen));
  return {
    n,
    seen: fired.length,
    dueSpanS: (lastDue - firstDue) / 1000,
    p50Ms: percentile(delays, 50),
    p99Ms: percentile(delays, 99),
    maxMs: delays.at(-1) ?? NaN,
    drainS: (lastSeen - lastDue) / 1000,
    perSecond: fired.length / Math.max(0.001, (lastSeen - firstDue) / 1000),
  };
}

/**
 * Polls journey_event for the MODULE_END OVERDUE rows of `dueAt`'s journeys until all are seen or `untilMs`
 * (epoch) passes.
 */
export async function watchModuleOverdue(
  pool: Pool,
  dueAt: Map<string, number>,
  untilMs: number,
): Promise<Map<string, Fired>> {
  const seen = new Map<string, Fired>();
  let cursor = 0;
  while (seen.size < dueAt.size && Date.now() < untilMs) {
    const rows = await pool.query<{ id: string; journey_id: string; due: string }>(
      `select id, journey_id, data->>'dueAt' as due from journey_event
       where id > $1 and type = 'OVERDUE' and data->>'kind' = 'MODULE_END' order by id`,
      [cursor],
    );
    const now = Date.now();
    for (const r of rows.rows) {
      const due = dueAt.get(r.journey_id);
      if (due === undefined || seen.has(r.journey_id)) continue;
      if (Date.parse(r.due) !== due)
        throw new Error(`journey ${r.journey_id}: MODULE_END due ${r.due}, expected ${new Date(due).toISOString()}`);
      seen.set(r.journey_id, { due, seen: now });
    }
    const top = rows.rows.length ? Number(rows.rows.at(-1)!.id) : 0;
    cursor = Math.max(cursor, top - TRAILING_IDS);
    await wait(100);
  }
  return seen;
}

/** Starts one sleeping no-op workflow per due instant (concurrency 32); returns its start rate. */
export async function startSleepers(
  temporal: TemporalClient,
  taskQueue: string,
  dues: number[],
  tag: string,
): Promise<number> {
  const run = await runLoad({
    label: `storm-baseline-${tag}`,
    concurrency: 32,
    count: dues.length,
    job: async (i) => {
      await temporal.workflow.start('sleepUntilWorkflow', {
        taskQueue,
        workflowId: `storm-base-${tag}-${i}`,
        args: [{ at: dues[i] }],
      });
    },
  });
  if (run.failed) throw new Error(`${run.failed} baseline workflows could not start: ${run.firstErrors.join('; ')}`);
  return run.perSecond;
}

/** Waits until no sleeper of `taskQueue` runs (or `untilMs`), then reads each one's close time. */
export async function watchSleepers(
  temporal: TemporalClient,
  taskQueue: string,
  dues: Map<string, number>,
  untilMs: number,
): Promise<Map<string, Fired>> {
  const query = `TaskQueue = '${taskQueue}' AND WorkflowType = 'sleepUntilWorkflow'`;
  while (Date.now() < untilMs && (await temporal.workflow.count(`${query} AND ExecutionStatus = 'Running'`)).count > 0)
    await wait(1_000);
  const fired = new Map<string, Fired>();
  for await (const wf of temporal.workflow.list({ query: `${query} AND ExecutionStatus = 'Completed'` })) {
    const due = dues.get(wf.workflowId);
    if (due !== undefined && wf.closeTime) fired.set(wf.workflowId, { due, seen: wf.closeTime.getTime() });
  }
  return fired;
}

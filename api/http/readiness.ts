import type { MikroORM } from '@mikro-orm/postgresql';
import type { Client } from '@temporalio/client';
import { temporal } from '@temporalio/proto';

export const POLLER_FRESH_MS = 75_000;

export interface Readiness {
  ready: boolean;
  checks: Record<string, { ok: boolean; detail?: string }>;
}

const within = <T>(p: Promise<T>, ms: number): Promise<T> =>
  Promise.race([
    p,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms).unref()),
  ]);

/** /readyz: PostgreSQL answers, Temporal answers, and a worker is polling the journey task queue. */
export async function checkReadiness(
  orm: MikroORM,
  client: Client,
  namespace: string,
  taskQueue: string,
): Promise<Readiness> {
  const checks: Readiness['checks'] = {};
  const run = async (name: string, fn: () => Promise<string | void>) => {
    try {
      const detail = await within(fn(), 3000);
      checks[name] = { ok: true, ...(detail ? { detail } : {}) };
    } catch (err) {
      checks[name] = { ok: false, detail: (err as Error).message };
    }
  };
  await Promise.all([
    run('postgres', async () => {
      await orm.em.fork().getConnection().execute('select 1');
    }),
    run('temporal', async () => {
      await client.workflowService.getSystemInfo({});
    }),
    run('worker', async () => {
      const res = await client.workflowService.describeTaskQueue({
        namespace,
        taskQueue: { name: taskQueue, kind: temporal.api.enums.v1.TaskQueueKind.TASK_QUEUE_KIND_NORMAL },
        taskQueueType: temporal.api.enums.v1.TaskQueueType.TASK_QUEUE_TYPE_WORKFLOW,
      });
      // Temporal lists a poller for minutes after it stops; a live worker re-polls at least every
      // ~60 s (long poll), so only pollers seen within POLLER_FRESH_MS count.
      const now = Date.now();
      const fresh = (res.pollers ?? []).filter((p) => {
        const seen = p.lastAccessTime?.seconds ? Number(p.lastAccessTime.seconds) * 1000 : 0;
        return now - seen < POLLER_FRESH_MS;
      });
      if (fresh.length === 0) throw new Error(`no worker polls task queue ${taskQueue}`);
      return `${fresh.length} poller(s)`;
    }),
  ]);
  return { ready: Object.values(checks).every((c) => c.ok), checks };
}

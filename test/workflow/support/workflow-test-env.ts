import { randomUUID } from 'node:crypto';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { bundleWorkflowCode, DefaultLogger, Runtime, Worker } from '@temporalio/worker';
import { createTimeSkippingEnv } from '../../support/time-skipping-env';
import { historyFromPlain } from './journey-history';

let bundle: { code: string } | null = null;

/**
 * What every workflow harness starts from: a time-skipping environment, the workflows bundled once
 * per test file (bundling takes seconds) and a task queue of its own. Workers are made per run by the
 * harness, with its own in-memory recording activity.
 */
export async function createWorkflowTestEnv(): Promise<{
  env: TestWorkflowEnvironment;
  taskQueue: string;
  workflowBundle: { code: string };
}> {
  const workflowBundle = await bundleWorkflows();
  const env = await createTimeSkippingEnv();
  return { env, taskQueue: `wf-${randomUUID()}`, workflowBundle };
}

/** The current workflow code, bundled once per test file, with the SDK's runtime logging warnings only. */
export async function bundleWorkflows(): Promise<{ code: string }> {
  try {
    Runtime.install({ logger: new DefaultLogger('WARN') });
  } catch {
    /* installed already */
  }
  bundle ??= await bundleWorkflowCode({
    workflowsPath: require.resolve('../../../workflows'),
    logger: new DefaultLogger('WARN'),
  });
  return bundle;
}

/**
 * Replays every run of recorded histories against the current workflow code; answers the runs that
 * fail (nondeterminism or any other error), `file#run-N: message`, and how many runs were replayed.
 */
export async function replayRecorded(
  recorded: { file: string; runs: unknown[] }[],
): Promise<{ failures: string[]; replayed: number }> {
  const workflowBundle = await bundleWorkflows();
  const histories = recorded.flatMap((r) =>
    r.runs.map((run, i) => ({ workflowId: `${r.file}#run-${i + 1}`, history: historyFromPlain(run) })),
  );
  const failures: string[] = [];
  let replayed = 0;
  for await (const result of Worker.runReplayHistories({ workflowBundle }, histories)) {
    replayed++;
    if (result.error) failures.push(`${result.workflowId}: ${result.error.name}: ${result.error.message}`);
  }
  return { failures, replayed };
}

import type { MikroORM } from '@mikro-orm/postgresql';
import type { Duration } from '@temporalio/common';
import { NativeConnection, Worker } from '@temporalio/worker';
import { createComplaintRecordingActivities } from '../activities/complaint/complaint-recording.activities';
import { createJourneyRecordingActivities } from '../activities/journey/journey-recording.activities';
import { createReportActivities } from '../activities/report/report.activities';

export interface JourneyWorkerOptions {
  orm: MikroORM;
  connection: NativeConnection;
  namespace: string;
  taskQueue: string;
  /** Pre-bundled workflow code (tests share one bundle across workers; WORKFLOW_BUNDLE_PATH in production). */
  workflowBundle?: { code: string } | { codePath: string };
  /** How long a shutdown waits for running work before giving up on it (the process must then exit). */
  shutdownForceTime?: Duration;
}

/** The worker that runs journey and complaint workflows and their recording activities, and report jobs (workflow and activities). */
export async function createJourneyWorker(options: JourneyWorkerOptions): Promise<Worker> {
  return Worker.create({
    connection: options.connection,
    namespace: options.namespace,
    taskQueue: options.taskQueue,
    ...(options.workflowBundle ? { workflowBundle: options.workflowBundle } : { workflowsPath: require.resolve('../workflows') }),
    activities: { ...createJourneyRecordingActivities(options.orm), ...createReportActivities(options.orm), ...createComplaintRecordingActivities(options.orm) },
    // Sized for 2 cores; raise on bigger hosts through a new config variable if needed.
    maxConcurrentActivityTaskExecutions: 50,
    maxConcurrentWorkflowTaskExecutions: 50,
    ...(options.shutdownForceTime ? { shutdownForceTime: options.shutdownForceTime } : {}),
  });
}

/**
 * Runs the worker to its end. True when the shutdown gave up on running work (shutdownForceTime):
 * the workflow sandbox is then unusable and the process must exit.
 */
export async function runWorker(worker: Worker): Promise<boolean> {
  try {
    await worker.run();
    return false;
  } catch (err) {
    if ((err as Error).name !== 'GracefulShutdownPeriodExpiredError') throw err;
    return true;
  }
}

import type { MikroORM } from '@mikro-orm/postgresql';
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
  });
}

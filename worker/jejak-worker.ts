import type { MikroORM } from '@mikro-orm/postgresql';
import type { Duration } from '@temporalio/common';
import type { AppConfig } from '../config/env';
import type { WorkerTracing } from '../config/tracing';
import { FieldCipher } from '../config/crypto/field-cipher';
import { Client } from '@temporalio/client';
import { NativeConnection, Worker } from '@temporalio/worker';
import { createEnrolmentImportActivities } from '../activities/enrolment-import/enrolment-import.activities';
import { createImportRowApplier } from '../activities/enrolment-import/enrolment-import-rows';
import { createComplaintRecordingActivities } from '../activities/complaint/complaint-recording.activities';
import { createGroupMeetingWatchActivities } from '../activities/group/group-meeting-watch.activities';
import { createJourneyRecordingActivities } from '../activities/journey/journey-recording.activities';
import { createReportActivities } from '../activities/report/report.activities';
import { createWebhookDeliveryActivities } from '../activities/webhook/webhook-delivery.activities';
import { createWebhookPruneActivities } from '../activities/webhook/webhook-prune.activities';
import { workerTracingOptions } from './worker-tracing';

export interface JejakWorkerOptions {
  orm: MikroORM;
  connection: NativeConnection;
  namespace: string;
  taskQueue: string;
  /** Pre-bundled workflow code (tests share one bundle across workers; WORKFLOW_BUNDLE_PATH in production). */
  workflowBundle?: { code: string } | { codePath: string };
  /** How long a shutdown waits for running work before giving up on it (the process must then exit). */
  shutdownForceTime?: Duration;
  /** Concurrency and cache sizes (WORKER_* settings); absent: 50 tasks, 50 activities, the SDK's cache default. */
  sizes?: AppConfig['worker'];
  /**
   * The deployment's settings: the data keys (they open endpoints' signing secrets, the facilitators' weekly
   * narratives a report file carries and an enrolment import's sealed file), the WEBHOOK_* delivery settings, and
   * the journeys' task queue an import's rows start their journeys on.
   */
  config: AppConfig;
  /** The process's span processor and resource when tracing is on (config/tracing.ts); absent: no tracing. */
  tracing?: WorkerTracing | null;
}

/**
 * Jejak's one worker: it runs every workflow (journeys, complaints, report jobs and the group meeting watch,
 * from ../workflows) and their activities (recording journey and complaint steps, computing and rendering
 * reports, escalating groups that stopped meeting,
 * delivering outbound events to partner systems' webhook endpoints), all on one task queue (TEMPORAL_TASK_QUEUE,
 * `jejak-journeys` by default: the name running workflows were started on, so it stays).
 */
export async function createJejakWorker(options: JejakWorkerOptions): Promise<Worker> {
  const cipher = new FieldCipher(options.config.dataKeys);
  // An import's rows go through the single enrolment (db/beneficiary), as if its requester had posted each one;
  // their journeys start through a client on the worker's own Temporal connection.
  const importRows = createImportRowApplier({
    orm: options.orm,
    temporal: new Client({ connection: options.connection, namespace: options.namespace }),
    taskQueue: options.config.taskQueue,
    cipher,
  });
  return Worker.create({
    connection: options.connection,
    namespace: options.namespace,
    taskQueue: options.taskQueue,
    ...(options.workflowBundle
      ? { workflowBundle: options.workflowBundle }
      : { workflowsPath: require.resolve('../workflows') }),
    activities: {
      ...createJourneyRecordingActivities(options.orm, cipher),
      ...createReportActivities(options.orm, cipher),
      ...createEnrolmentImportActivities(options.orm, cipher, importRows, options.config.enrolmentImportPageSize),
      ...createComplaintRecordingActivities(options.orm),
      ...createGroupMeetingWatchActivities(options.orm),
      ...createWebhookDeliveryActivities(options.orm, {
        cipher,
        settings: options.config.webhooks,
      }),
      ...createWebhookPruneActivities(options.orm, options.config.webhookPrune.retention),
    },
    // 50 suits 2 cores; WORKER_MAX_CONCURRENT_* raise it on bigger hosts. The cache holds replayed
    // journeys: one smaller than the open journeys means a fired timer or command often replays first.
    maxConcurrentActivityTaskExecutions: options.sizes?.maxConcurrentActivities ?? 50,
    maxConcurrentWorkflowTaskExecutions: options.sizes?.maxConcurrentWorkflowTasks ?? 50,
    ...(options.sizes?.maxCachedWorkflows ? { maxCachedWorkflows: options.sizes.maxCachedWorkflows } : {}),
    ...(options.shutdownForceTime ? { shutdownForceTime: options.shutdownForceTime } : {}),
    ...workerTracingOptions(options.tracing),
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

import { processTracing } from './tracing.start';
import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { Client } from '@temporalio/client';
import { DefaultLogger, NativeConnection, Runtime, type LogLevel } from '@temporalio/worker';
import { loadConfigOrExit } from '../config/env';
import { createLogger } from '../config/logger';
import { openMigratedOrm } from '../db/migrate';
import { ensureGroupMeetingWatchSchedule } from './group-meeting-watch.schedule';
import { ensureWebhookPruneSchedule } from './webhook-prune.schedule';
import { createJejakWorker, runWorker } from './jejak-worker';
import { serveWorkerMetrics, temporalMetricsAddress } from './worker-metrics';

/** The Temporal worker process: `node dist/worker/main.js`. Scales separately from the API. */
async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const logger = createLogger('jejak-worker', config.logLevel);
  Runtime.install({
    logger: new DefaultLogger('INFO', (entry) => {
      const level = entry.level.toLowerCase() as Lowercase<LogLevel>;
      const write =
        level === 'trace'
          ? logger.trace.bind(logger)
          : (logger[level === 'warn' ? 'warn' : level] ?? logger.info).bind(logger);
      write({ ...entry.meta }, entry.message);
    }),
    ...(config.workerMetricsPort
      ? {
          telemetryOptions: {
            metrics: { prometheus: { bindAddress: temporalMetricsAddress(config.workerMetricsPort) } },
          },
        }
      : {}),
  });
  const metricsServer = config.workerMetricsPort ? await serveWorkerMetrics(config.workerMetricsPort) : null;
  if (config.workerMetricsPort) logger.info({ port: config.workerMetricsPort }, 'worker metrics on /metrics');
  const orm = await openMigratedOrm(config.databaseUrl);
  const connection = await NativeConnection.connect({ address: config.temporalAddress });
  const bundle = config.workflowBundlePath;
  if (bundle && !existsSync(bundle))
    throw new Error(
      `WORKFLOW_BUNDLE_PATH ${bundle} does not exist (build it with node dist/worker/workflow-bundle.js ${bundle})`,
    );
  // A journey's recording is a local activity inside its workflow task; while PostgreSQL is down it
  // retries without end, and a graceful shutdown would wait for it. Give up after 20 s and exit: the
  // next worker replays the journey and records the step again (idempotent), as after a crash.
  const worker = await createJejakWorker({
    orm,
    connection,
    namespace: config.temporalNamespace,
    taskQueue: config.taskQueue,
    shutdownForceTime: '20 seconds',
    sizes: config.worker,
    config,
    tracing: processTracing,
    ...(bundle ? { workflowBundle: { codePath: bundle } } : {}),
  });
  // The group meeting watch's and the webhook prune's timers are Temporal Schedules: created by the first worker,
  // kept by the others.
  const scheduler = new Client({ connection, namespace: config.temporalNamespace });
  const watch = await ensureGroupMeetingWatchSchedule(scheduler, {
    taskQueue: config.taskQueue,
    everyMinutes: config.groupMeetingWatchMinutes,
  });
  logger.info(
    { scheduleId: watch.scheduleId, everyMinutes: config.groupMeetingWatchMinutes },
    'group meeting watch scheduled',
  );
  const prune = await ensureWebhookPruneSchedule(scheduler, {
    taskQueue: config.taskQueue,
    everyMinutes: config.webhookPrune.everyMinutes,
  });
  logger.info({ scheduleId: prune.scheduleId, ...config.webhookPrune }, 'webhook outbox prune scheduled');
  if (processTracing) logger.info({ otlp: config.otlpEndpoint }, 'tracing on');
  logger.info(
    {
      temporal: config.temporalAddress,
      namespace: config.temporalNamespace,
      taskQueue: config.taskQueue,
      ...config.worker,
    },
    'worker polling',
  );
  const stop = () => {
    logger.info('worker shutting down');
    worker.shutdown();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  if (await runWorker(worker)) {
    logger.warn('shutdown gave up on running work after 20 s: the next worker redoes it');
    process.exit(0);
  }
  metricsServer?.close();
  await connection.close();
  await orm.close(true);
  await processTracing?.shutdown();
  logger.info('worker stopped');
}

main().catch((err: Error) => {
  process.stderr.write(`${JSON.stringify({ level: 'fatal', service: 'jejak-worker', msg: err.message })}\n`);
  process.exit(1);
});

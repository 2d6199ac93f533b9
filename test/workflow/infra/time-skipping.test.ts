import { randomUUID } from 'node:crypto';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { createTimeSkippingEnv } from '../../support/time-skipping-env';
import { sleepDays, upsertStage } from './fixtures/sleep.workflow';

const DAY_MS = 24 * 60 * 60 * 1000;
const taskQueue = `time-skipping-${randomUUID()}`;

let env: TestWorkflowEnvironment;
let worker: Worker;
let running: Promise<void>;

beforeAll(async () => {
  env = await createTimeSkippingEnv();
  worker = await Worker.create({
    connection: env.nativeConnection,
    namespace: env.namespace,
    taskQueue,
    workflowsPath: require.resolve('./fixtures/sleep.workflow'),
  });
  running = worker.run();
});

afterAll(async () => {
  worker?.shutdown();
  await running;
  await env?.teardown();
});

test('a workflow sleeping 90 days completes in well under a real minute', async () => {
  const realStart = Date.now();
  const result = await env.client.workflow.execute(sleepDays, { args: [90], taskQueue, workflowId: randomUUID() });
  expect(result.finishedAtMs - result.startedAtMs).toBeGreaterThanOrEqual(90 * DAY_MS);
  expect(Date.now() - realStart).toBeLessThan(20_000);
});

test('the journey search attributes are registered: a workflow can upsert JejakStage', async () => {
  const stage = await env.client.workflow.execute(upsertStage, {
    args: ['ASSESSMENT'],
    taskQueue,
    workflowId: randomUUID(),
    workflowExecutionTimeout: '1 hour',
  });
  expect(stage).toEqual(['ASSESSMENT']);
});

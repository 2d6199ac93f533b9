import { randomUUID } from 'node:crypto';
import type { Client as PgClient } from 'pg';
import { freePort } from '../../../infra/free-port';
import { randomNik } from '../../support/app-harness';
import { startDrillOnTestServers, type DrillApp } from '../../support/drill-app';
import { ENROLL, enrolmentInput } from '../../support/journey-graphql';

describe('the worker Prometheus endpoint (WORKER_METRICS_PORT)', () => {
  let app: DrillApp;
  let pg: PgClient;
  let port: number;
  beforeAll(async () => {
    port = await freePort();
    ({ app, pg } = await startDrillOnTestServers('worker-metrics', { WORKER_METRICS_PORT: String(port) }));
  }, 240_000);
  afterAll(async () => {
    await app?.stop();
    await pg?.end();
  });

  it('serves recording latency and Temporal worker metrics after a journey is recorded', async () => {
    const enrolled = await app.gql(ENROLL, { input: enrolmentInput(randomNik()), key: `enrol-${randomUUID()}` });
    expect(enrolled.errors).toBeUndefined();
    let text = '';
    for (const deadline = Date.now() + 30_000; Date.now() < deadline;) {
      text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
      if (/^jejak_recording_transaction_seconds_count [1-9]/m.test(text) && /^temporal_/m.test(text)) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    expect(text).toMatch(/^jejak_recording_transaction_seconds_count [1-9]/m);
    expect(text).toMatch(/^jejak_recording_transaction_seconds_bucket\{le="0.5"\} [1-9]/m);
    expect(text).toMatch(/^process_resident_memory_bytes /m);
    expect(text).toMatch(/^temporal_workflow_task_schedule_to_start_latency\w*_(bucket|count)\{/m);
    expect(text).toMatch(/^temporal_sticky_cache_(hit|size)\w*\{/m);
    expect(text).toMatch(/^temporal_worker_task_slots_available\{/m);
  }, 120_000);
});

import { randomUUID } from 'node:crypto';
import { defaultPayloadConverter } from '@temporalio/common';
import { MockActivityEnvironment } from '@temporalio/testing';
import { Client as PgClient } from 'pg';
import { createJourneyRecordingActivities } from '../../activities/journey/journey-recording.activities';
import type { RecordTransitionInput } from '../../activities/journey/journey-recording.types';
import { AUDIT_CHAIN_LOCK } from '../../db/audit/audit-append';
import { startAppHarness, randomNik, type AppHarness } from '../support/app-harness';
import { fullAuditLog, serverHistory, verifyChain } from '../support/audit-graphql';
import { ENROLL, enrolmentInput } from '../support/journey-graphql';
import { assessmentInput, MANAGER, ok } from '../support/journey-commands-graphql';
import { testDatabaseUrl } from '../support/servers';

/** Exactly one audit row per journey step, however often the recording activity runs. */
describe('audit: one row per step under retries and a worker restart', () => {
  let app: AppHarness;
  let id: string;
  let planning: Record<string, any>;
  beforeAll(async () => {
    app = await startAppHarness();
    id = (await app.gql(ENROLL, { input: enrolmentInput(randomNik()), key: `enrol-${randomUUID()}` })).data!.enrollBeneficiary.id;
    planning = await ok(app, 'submitAssessment', id, assessmentInput());
  });
  afterAll(async () => { await app?.stop(); });

  const stepCounts = async () => {
    const rows = await fullAuditLog(app, { journeyId: id, source: 'JOURNEY_EVENT' });
    const counts = new Map<number, number>();
    for (const r of rows) counts.set(r.eventSeq, (counts.get(r.eventSeq) ?? 0) + 1);
    return { rows, counts };
  };

  it('a recording activity run again (twice more, with the inputs the server holds) adds no audit row', async () => {
    const before = await stepCounts();
    const inputs = (await serverHistory(app, id))
      .map(({ event }) => event.activityTaskScheduledEventAttributes)
      .filter((a) => a?.activityType?.name === 'recordJourneyTransition')
      .map((a) => defaultPayloadConverter.fromPayload<RecordTransitionInput>(a!.input!.payloads![0] as never));
    expect(inputs.length).toBeGreaterThanOrEqual(2);
    const activities = createJourneyRecordingActivities(app.orm);
    const env = new MockActivityEnvironment();
    for (const input of inputs) {
      await env.run(activities.recordJourneyTransition, input);
      await Promise.all([env.run(activities.recordJourneyTransition, input), env.run(activities.recordJourneyTransition, input)]);
    }
    const after = await stepCounts();
    expect(after.rows.map((r) => r.id)).toEqual(before.rows.map((r) => r.id));
    expect([...after.counts.values()].every((n) => n === 1)).toBe(true);
    expect((await verifyChain(app, after.rows[0].id)).ok).toBe(true);
  });

  it('a worker killed between the update and the audit write records the step once after restart', async () => {
    const su = new PgClient({ connectionString: testDatabaseUrl() });
    await su.connect();
    try {
      await su.query('select pg_advisory_lock($1)', [AUDIT_CHAIN_LOCK]); // the audit write will wait here
      const approving = ok(app, 'approvePlan', id, { modules: planning.proposedModules }, MANAGER);
      let blocked: number | undefined;
      for (let i = 0; i < 200 && !blocked; i++) {
        await new Promise((r) => setTimeout(r, 100));
        const res = await su.query(`select pid from pg_stat_activity where wait_event_type = 'Lock' and wait_event = 'advisory' and pid <> pg_backend_pid()`);
        blocked = res.rows[0]?.pid;
      }
      expect(blocked).toEqual(expect.any(Number)); // the activity is inside its transaction, at the audit write
      const stopping = app.stopWorker();
      await su.query('select pg_terminate_backend($1)', [blocked]); // the worker's transaction dies: nothing of the step is committed
      await stopping;
      const mid = await su.query('select stage from journey where id = $1', [id]);
      expect(mid.rows[0].stage).toBe('PLANNING');
      await su.query('select pg_advisory_unlock($1)', [AUDIT_CHAIN_LOCK]);
      await app.startWorker(); // the activity is retried on the new worker
      const journey = await approving;
      expect(journey.stage).not.toBe('PLANNING');
    } finally {
      await su.query('select pg_advisory_unlock_all()').catch(() => undefined);
      await su.end();
    }
    const { rows, counts } = await stepCounts();
    expect(rows.filter((r) => r.action === 'approvePlan')).toHaveLength(1);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    expect((await verifyChain(app, rows[0].id)).ok).toBe(true);
  }, 120_000);
});

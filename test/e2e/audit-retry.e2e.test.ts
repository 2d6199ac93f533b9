import { randomUUID } from 'node:crypto';
import { MockActivityEnvironment } from '@temporalio/testing';
import { Client as PgClient } from 'pg';
import { createJourneyRecordingActivities } from '../../activities/journey/journey-recording.activities';
import { FieldCipher } from '../../config/crypto/field-cipher';
import { AUDIT_CHAIN_LOCK } from '../../db/audit/audit-append';
import { startAppHarness, randomNik, type AppHarness, type Json } from '../support/app-harness';
import { fullAuditLog, serverHistory, verifyChain } from '../support/audit-graphql';
import type { JourneyView } from '../../workflows/journey/journey.messages';
import { historyFacts, recordingCalls } from '../support/drill-facts';
import { ENROLL, enrolmentInput } from '../support/journey-graphql';
import { assessmentInput, MANAGER, ok } from '../support/journey-commands-graphql';
import { testDatabaseUrl } from '../support/servers';

/** Exactly one audit row per journey step, however often the recording activity runs. */
describe('audit: one row per step however often the recording runs', () => {
  let app: AppHarness;
  let id: string;
  let planning: Record<string, Json>;
  beforeAll(async () => {
    app = await startAppHarness();
    // The journey's UUID: SQL, Temporal and the audit log name it so.
    id = (await app.gql(ENROLL, { input: enrolmentInput(randomNik()), key: `enrol-${randomUUID()}` })).data!
      .enrollBeneficiary.journeyId;
    planning = await ok(app, 'submitAssessment', id, assessmentInput());
  });
  afterAll(async () => {
    await app?.stop();
  });

  const stepCounts = async () => {
    const rows = await fullAuditLog(app, { journeyId: id, source: 'JOURNEY_EVENT' });
    const counts = new Map<number, number>();
    for (const r of rows) counts.set(r.eventSeq!, (counts.get(r.eventSeq!) ?? 0) + 1);
    return { rows, counts };
  };

  /** The journey as the read model holds it now: the `view` a recording writes. */
  const currentView = async (): Promise<JourneyView> => {
    const [row] = await app.orm.em
      .fork()
      .getConnection()
      .execute('select state, status, next_action, next_action_by, next_due_at from journey where id = ?', [id]);
    return {
      state: row.state,
      status: row.status,
      nextAction: {
        action: row.next_action,
        by: row.next_action_by,
        dueAt: row.next_due_at?.toISOString?.() ?? row.next_due_at,
      },
    };
  };

  it('every recording run again (twice more, with the steps the server history holds) adds no audit row', async () => {
    const before = await stepCounts();
    const calls = recordingCalls((await serverHistory(app, id)).map(({ event }) => event));
    expect(calls.length).toBeGreaterThanOrEqual(2);
    const view = await currentView();
    const activities = createJourneyRecordingActivities(app.orm, new FieldCipher(app.config.dataKeys));
    const env = new MockActivityEnvironment();
    for (const call of calls) {
      const input = { ...call, view };
      await env.run(activities.recordJourneyTransition, input);
      await Promise.all([
        env.run(activities.recordJourneyTransition, input),
        env.run(activities.recordJourneyTransition, input),
      ]);
    }
    const after = await stepCounts();
    expect(after.rows.map((r) => r.id)).toEqual(before.rows.map((r) => r.id));
    expect([...after.counts.values()].every((n) => n === 1)).toBe(true);
    expect((await verifyChain(app, after.rows[0].id)).ok).toBe(true);
  });

  // A worker killed at this point (a new worker then redoes the step) is fault drill 1, with real processes.
  it('a recording whose transaction dies at the audit write is retried and records the step once', async () => {
    const su = new PgClient({ connectionString: testDatabaseUrl() });
    await su.connect();
    try {
      await su.query('select pg_advisory_lock($1)', [AUDIT_CHAIN_LOCK]); // the audit write will wait here
      const approving = ok(app, 'approvePlan', id, { modules: planning.proposedModules }, MANAGER);
      let blocked: number | undefined;
      for (let i = 0; i < 200 && !blocked; i++) {
        await new Promise((r) => setTimeout(r, 100));
        const res = await su.query(
          `select pid from pg_stat_activity where wait_event_type = 'Lock' and wait_event = 'advisory' ` +
            'and pid <> pg_backend_pid()',
        );
        blocked = res.rows[0]?.pid;
      }
      expect(blocked).toEqual(expect.any(Number)); // the recording is inside its transaction, at the audit write
      // Its transaction dies: nothing of the step is committed.
      await su.query('select pg_terminate_backend($1)', [blocked]);
      const mid = await su.query('select stage from journey where id = $1', [id]);
      expect(mid.rows[0].stage).toBe('PLANNING');
      await su.query('select pg_advisory_unlock($1)', [AUDIT_CHAIN_LOCK]); // the retry (after 1 s) goes through
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
    expect((await historyFacts(app.client, id)).maxActivityAttempt).toBeGreaterThanOrEqual(2);
  }, 120_000);
});

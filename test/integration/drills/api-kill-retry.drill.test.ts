import { randomUUID } from 'node:crypto';
import type { Client as PgClient } from 'pg';
import { deterministicUuid } from '../../../db/shared/deterministic-id';
import { randomNik } from '../../support/app-harness';
import { startDrillOnTestServers, type DrillApp } from '../../support/drill-app';
import { expectRecordedExactlyOnce, historyFacts, until } from '../../support/drill-facts';
import { AuditLockHold } from '../../support/drill-lock';
import { assessmentInput, command, FACILITATOR, MANAGER, ok } from '../../support/journey-commands-graphql';
import { ENROLL, enrolmentInput } from '../../support/journey-graphql';
import { testDatabaseUrl } from '../../support/servers';

/**
 * Fault drills 2 and 3: the API process (dist/api/main.js) is killed with SIGKILL after a command
 * was accepted by the workflow and before the HTTP answer; the client retries with the same
 * idempotencyKey against a new API process. And the same key replayed after the journey
 * continued as new, and after it closed. Each time: one effect, the same answer.
 */
describe('fault drill: the API is killed mid-command; keys replayed across runs', () => {
  let app: DrillApp;
  let pg: PgClient;
  let id: string;
  let moduleId: string;

  beforeAll(async () => {
    ({ app, pg } = await startDrillOnTestServers('api-kill'));
    id = (await app.gql(ENROLL, { input: enrolmentInput(randomNik()), key: `enrol-${randomUUID()}` })).data!
      .enrollBeneficiary.journeyId; // the UUID: SQL and Temporal name the journey by it
  }, 240_000);
  afterAll(async () => {
    await app?.stop();
    await pg?.end();
  });

  /** Effects of one key: the seqs its journey events carry and its audit rows. */
  const effectsOf = async (key: string) => ({
    seqs: (
      await pg.query('select distinct seq from journey_event where journey_id = $1 and idempotency_key = $2', [id, key])
    ).rows.map((r) => r.seq),
    auditRows: (
      await pg.query(
        'select count(*)::int as n from audit_log ' +
          `where journey_id = $1 and idempotency_key = $2 and source = 'JOURNEY_EVENT'`,
        [id, key],
      )
    ).rows[0].n,
  });
  const send = (mutation: string, input: Record<string, unknown> | null, key: string, who = MANAGER) =>
    command(app, mutation, id, input, who, key);

  it('replays a key after the journey continued as new: same answer, one effect', async () => {
    const planning = await ok(app, 'submitAssessment', id, assessmentInput());
    const key = `drill3-${randomUUID()}`;
    const first = await send('approvePlan', { modules: planning.proposedModules }, key);
    expect(first.errors).toBeUndefined();
    moduleId = first.data!.approvePlan.modules[0].moduleId;
    const continued = async () => {
      const { runs } = await historyFacts(app.client, id);
      return runs.findIndex((r) => r.updateIds.includes(`approvePlan:${key}`)) === runs.length - 2;
    };
    await until(continued, 'the journey to continue as new after the stage change');

    const replay = await send('approvePlan', { modules: planning.proposedModules }, key);
    expect(replay).toEqual(first); // the new run knows the key: answered, not applied
    expect(await effectsOf(key)).toEqual({ seqs: [first.data!.approvePlan.seq], auditRows: 1 });

    // A later command in between: the replay still applies nothing, and the new run answers it as it answered the
    // first replay.
    const later = await ok(
      app,
      'scheduleSession',
      id,
      { moduleId, sessionId: 's1', sessionType: 'THEORY', scheduledAt: new Date().toISOString() },
      FACILITATOR,
    );
    expect(later.seq).toBe(first.data!.approvePlan.seq + 1);
    expect(await send('approvePlan', { modules: planning.proposedModules }, key)).toEqual(first);
    expect(await effectsOf(key)).toEqual({ seqs: [first.data!.approvePlan.seq], auditRows: 1 });
    await expectRecordedExactlyOnce(pg, app.client, id);
  }, 120_000);

  it(
    'the API killed after the workflow accepted the command, before its answer: ' +
      'the retry on a new API gets one effect and the same answer',
    async () => {
      const key = `drill2-${randomUUID()}`;
      const input = { moduleId, sessionId: 's2', sessionType: 'THEORY', scheduledAt: new Date().toISOString() };
      const seqBefore = (await pg.query('select seq from journey where id = $1', [id])).rows[0].seq;
      const lock = await AuditLockHold.take(testDatabaseUrl());
      try {
        let settled = '';
        const inFlight = send('scheduleSession', input, key, FACILITATOR).then(
          (r) => `answered ${JSON.stringify(r)}`,
          (err: Error) => `failed: ${err.message}`,
        );
        void inFlight.then((s) => {
          settled = s;
        });
        await until(async () => {
          expect(settled).toBe('');
          return (await historyFacts(app.client, id)).updateIds.includes(`scheduleSession:${key}`);
        }, 'the update to be accepted into history');
        await lock.waitForBlockedWriters(1); // the step is being recorded; the API still waits for it
        await app.kill('api');
        expect(await inFlight).toBe('failed: fetch failed'); // the client never got an answer
      } finally {
        await lock.release();
        await lock.end();
      }
      await app.startApi();
      const retried = await send('scheduleSession', input, key, FACILITATOR);
      expect(retried.errors).toBeUndefined();
      expect(retried.data!.scheduleSession.seq).toBe(seqBefore + 1);
      expect(retried.data!.scheduleSession.modules[0].sessions).toContainEqual({ sessionId: 's2', attendance: null });
      expect(await send('scheduleSession', input, key, FACILITATOR)).toEqual(retried);
      expect(await effectsOf(key)).toEqual({ seqs: [seqBefore + 1], auditRows: 1 });
      const evidence = await pg.query('select status from evidence where id = $1', [
        deterministicUuid(`evidence:${id}`, key),
      ]);
      expect(evidence.rows.map((r) => r.status)).toEqual(evidence.rowCount ? ['ACCEPTED'] : []);
      const { history } = await expectRecordedExactlyOnce(pg, app.client, id);
      // Temporal deduplicated the retry.
      expect(history.updateIds.filter((u) => u === `scheduleSession:${key}`)).toHaveLength(1);
    },
    120_000,
  );

  it('replays the key of the command that closed the journey: same answer, one effect', async () => {
    const key = `drill3-exit-${randomUUID()}`;
    const input = { exitKind: 'RELOCATION', reason: 'Moved to another province' };
    const closed = await send('exitJourney', input, key);
    expect(closed.errors).toBeUndefined();
    expect(closed.data!.exitJourney.status).toBe('CLOSED');
    await until(
      async () => (await app.client.workflow.getHandle(`journey-${id}`).describe()).status.name === 'COMPLETED',
      'the workflow to complete',
    );
    expect(await send('exitJourney', input, key)).toEqual(closed);
    expect(await effectsOf(key)).toEqual({ seqs: [closed.data!.exitJourney.seq], auditRows: 1 });
    await expectRecordedExactlyOnce(pg, app.client, id);
  }, 120_000);
});

import { randomUUID } from 'node:crypto';
import type { Client as PgClient } from 'pg';
import { randomNik } from '../../support/app-harness';
import { startDrillOnTestServers, type DrillApp } from '../../support/drill-app';
import { expectRecordedExactlyOnce } from '../../support/drill-facts';
import { AuditLockHold } from '../../support/drill-lock';
import { assessmentInput, command, MANAGER, ok } from '../../support/journey-commands-graphql';
import { ENROLL, enrolmentInput } from '../../support/journey-graphql';
import { testDatabaseUrl } from '../../support/servers';

/**
 * Fault drill 1: `kill -9` of the worker process (dist/worker/main.js), once while the journey
 * waits in a module and once while the recording activity is inside its transaction (events
 * written, not committed). A new worker process finishes the work: every step exactly once.
 */
describe('fault drill: the worker is killed with SIGKILL', () => {
  let app: DrillApp;
  let pg: PgClient;
  let id: string;
  const session = (n: number) => ({
    moduleId: '',
    sessionId: `s${n}`,
    sessionType: 'THEORY',
    scheduledAt: new Date().toISOString(),
  });

  beforeAll(async () => {
    ({ app, pg } = await startDrillOnTestServers('worker-kill'));
    const enrolled = await app.gql(ENROLL, { input: enrolmentInput(randomNik()), key: `enrol-${randomUUID()}` });
    id = enrolled.data!.enrollBeneficiary.journeyId; // the UUID: SQL and Temporal name the journey by it
    const planning = await ok(app, 'submitAssessment', id, assessmentInput());
    const running = await ok(app, 'approvePlan', id, { modules: planning.proposedModules }, MANAGER);
    expect(running.stage).toBe('IN_INTERVENTION');
  }, 240_000);
  afterAll(async () => {
    await app?.stop();
    await pg?.end();
  });

  it('while the journey waits in a module: a new worker process takes the journey over', async () => {
    await app.kill('worker');
    await app.startWorker();
    const moduleId = await firstModule();
    await ok(app, 'scheduleSession', id, { ...session(1), moduleId });
    const after = await ok(app, 'recordAttendance', id, {
      moduleId,
      sessionId: 's1',
      status: 'PRESENT',
      heldAt: new Date().toISOString(),
    });
    expect(after.modules[0].sessions).toEqual([{ sessionId: 's1', attendance: 'PRESENT' }]);
    await expectRecordedExactlyOnce(pg, app.client, id);
  }, 120_000);

  it(
    'while the recording activity is mid-write: nothing half-written, ' +
      'the retry on a new worker records the step once',
    async () => {
      const moduleId = await firstModule();
      const before = await pg.query('select seq from journey where id = $1', [id]);
      const lock = await AuditLockHold.take(testDatabaseUrl());
      try {
        const key = `drill1-${randomUUID()}`;
        const answer = command(
          app,
          'scheduleSession',
          id,
          { ...session(2), moduleId },
          { user: 'facilitator-1', role: 'facilitator' },
          key,
        );
        const blocked = await lock.waitForBlockedWriters(1); // journey row and events written, transaction open
        await app.kill('worker');
        await lock.release();
        await lock.waitGone(blocked); // PostgreSQL rolled the dead worker's transaction back
        const mid = await pg.query('select seq from journey where id = $1', [id]);
        expect(mid.rows[0].seq).toBe(before.rows[0].seq);
        expect(
          (
            await pg.query(
              'select count(*)::int as n from journey_event where journey_id = $1 and idempotency_key = $2',
              [id, key],
            )
          ).rows[0].n,
        ).toBe(0);

        // The workflow task running the recording (a local activity) times out on the dead worker
        // (10 s); the new worker replays the journey and records the step again, from the start.
        await app.startWorker();
        const res = await answer;
        expect(res.errors).toBeUndefined();
        expect(res.data!.scheduleSession.seq).toBe(before.rows[0].seq + 1);
        const { store, history } = await expectRecordedExactlyOnce(pg, app.client, id);
        expect(store.events.filter((e) => e.key === key)).toHaveLength(1);
        expect(history.workflowTasksTimedOut).toBeGreaterThanOrEqual(1);
        expect(history.updateIds.filter((u) => u === `scheduleSession:${key}`)).toHaveLength(1);
      } finally {
        await lock.release().catch(() => undefined);
        await lock.end();
      }
    },
    150_000,
  );

  async function firstModule(): Promise<string> {
    const res = await pg.query(`select state->'modules'->0->>'moduleId' as m from journey where id = $1`, [id]);
    return res.rows[0].m;
  }
});

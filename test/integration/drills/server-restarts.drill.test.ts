import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { Connection } from '@temporalio/client';
import { temporal as proto } from '@temporalio/proto';
import { Client as PgClient } from 'pg';
import { loadDataKeys } from '../../../config/env';
import { migrateUp } from '../../../db/migrate';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../../../infra/embedded-postgres';
import { freePort } from '../../../infra/free-port';
import { startTemporalDevServer, type TemporalDevServer } from '../../../infra/temporal-dev-server';
import { ensureSearchAttributes } from '../../../infra/temporal-search-attributes';
import { requireTemporalBinary } from '../../../infra/tools-paths';
import { randomNik } from '../../support/app-harness';
import { serverHistory } from '../../support/audit-graphql';
import { DrillApp } from '../../support/drill-app';
import { drillBuild } from '../../support/drill-build';
import { expectRecordedExactlyOnce, until } from '../../support/drill-facts';
import { AuditLockHold } from '../../support/drill-lock';
import { assessmentInput, command, FACILITATOR, MANAGER, ok } from '../../support/journey-commands-graphql';
import { ENROLL, JOURNEY, enrolmentInput } from '../../support/journey-graphql';

const T = proto.api.enums.v1.EventType;

/**
 * Fault drill 5, on its own PostgreSQL and Temporal dev server (data in files, restarted on the
 * same files and ports) with the API and worker as child processes. Journeys run on the
 * training-sandbox rules (a "month" is ~9 s), so module-end timers fire within the test.
 * - Temporal killed (SIGKILL) and started again on the same SQLite file: every journey is still
 *   there, a timer started before the crash fires after it.
 * - PostgreSQL stopped (immediate shutdown, as a crash) while recording activities are inside their
 *   transactions: they fail, retry, and succeed once it is back; no task fails for good.
 */
describe('fault drill: Temporal and PostgreSQL restarted under running journeys', () => {
  const dir = path.resolve(__dirname, '../../../.data', `drill-restart-${randomUUID().slice(0, 8)}`);
  let pg: EmbeddedPostgres;
  let temporal: TemporalDevServer;
  let app: DrillApp;
  let pgPort: number;
  let temporalPort: number;
  const startPg = async () => {
    pg = await startEmbeddedPostgres({
      dataDir: path.join(dir, 'postgres'),
      port: pgPort,
      database: 'jejak',
      logFile: path.join(dir, 'postgres.log'),
    });
  };
  const startTemporal = async () => {
    temporal = await startTemporalDevServer({
      binary: requireTemporalBinary(),
      dataDir: path.join(dir, 'temporal'),
      port: temporalPort,
      headless: true,
      namespace: 'default',
      logFile: path.join(dir, 'temporal.log'),
    });
  };
  const sql = async <T>(fn: (c: PgClient) => Promise<T>): Promise<T> => {
    const c = new PgClient({ connectionString: pg.url });
    await c.connect();
    try {
      return await fn(c);
    } finally {
      await c.end();
    }
  };
  const enrolAndPlan = async () => {
    const id = (
      await app.gql(ENROLL, {
        input: enrolmentInput(randomNik(), { programmeId: 'training-sandbox' }),
        key: `enrol-${randomUUID()}`,
      })
    ).data!.enrollBeneficiary.journeyId as string; // the UUID: SQL and Temporal name the journey by it
    const planning = await ok(app, 'submitAssessment', id, assessmentInput());
    const running = await ok(app, 'approvePlan', id, { modules: planning.proposedModules }, MANAGER);
    return { id, moduleId: running.modules[0].moduleId as string };
  };

  beforeAll(async () => {
    mkdirSync(dir, { recursive: true });
    [pgPort, temporalPort] = [await freePort(), await freePort()];
    const build = await drillBuild();
    await startPg();
    await startTemporal();
    const connection = await Connection.connect({ address: temporal.address });
    await ensureSearchAttributes(connection, 'default');
    await connection.close();
    await migrateUp(pg.url, loadDataKeys(process.env));
    app = await DrillApp.start({
      build,
      databaseUrl: pg.url,
      temporalAddress: temporal.address,
      logDir: path.join(dir, 'logs'),
    });
  }, 300_000);
  afterAll(async () => {
    await app?.stop();
    await temporal?.stop();
    await pg?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  let a: { id: string; moduleId: string };

  /**
   * The module-end timer of the run that followed the plan approval (the journey continues as new at the stage
   * change).
   */
  const moduleTimer = async (id: string): Promise<{ runId: string; eventId: number } | undefined> => {
    const history = await serverHistory(app, id);
    const plan = history.findIndex(({ event }) =>
      event.workflowExecutionUpdateAcceptedEventAttributes?.acceptedRequest?.meta?.updateId?.startsWith('approvePlan:'),
    );
    const started = history
      .filter(
        ({ runId, event }, i) =>
          i > plan && runId !== history[plan].runId && event.eventType === T.EVENT_TYPE_TIMER_STARTED,
      )
      .at(-1);
    return started && { runId: started.runId, eventId: Number(started.event.eventId) };
  };

  it(
    'Temporal killed and restarted on the same file: journeys still there, ' +
      'a timer set before the crash fires after it',
    async () => {
      a = await enrolAndPlan(); // its module ends (timer) ~26 s after the assessment
      let timer: { runId: string; eventId: number } | undefined;
      await until(async () => !!(timer = await moduleTimer(a.id)), 'the module-end timer to be started');
      await temporal.stop('SIGKILL');
      await startTemporal();
      expect((await app.client.workflow.getHandle(`journey-${a.id}`).describe()).status.name).toBe('RUNNING');
      // The restarted server answers through the API and the worker.
      const live = await app.gql(JOURNEY, { id: a.id, live: true });
      expect(live.errors).toBeUndefined();
      expect(live.data!.journey).toMatchObject({ stage: 'IN_INTERVENTION', overdue: [] });

      await until(
        async () => (await sql((c) => c.query('select overdue from journey where id = $1', [a.id]))).rows[0].overdue,
        'the module-end timer to fire',
        90_000,
      );
      const fired = (await serverHistory(app, a.id)).filter(
        ({ runId, event }) => runId === timer!.runId && event.eventType === T.EVENT_TYPE_TIMER_FIRED,
      );
      expect(fired.map(({ event }) => Number(event.timerFiredEventAttributes!.startedEventId))).toContain(
        timer!.eventId,
      );
      const journey = await app.gql(JOURNEY, { id: a.id });
      expect(journey.data!.journey.overdue).toEqual([expect.objectContaining({ kind: 'MODULE_END' })]);
    },
    180_000,
  );

  it(
    'PostgreSQL crashed and restarted while recording activities are mid-transaction: ' +
      'they retry and succeed, nothing fails for good',
    async () => {
      const journeys = [await enrolAndPlan(), await enrolAndPlan()];
      const lock = await AuditLockHold.take(pg.url);
      const keys = journeys.map(() => `drill5-${randomUUID()}`);
      const inFlight = journeys.map((j, i) =>
        command(
          app,
          'scheduleSession',
          j.id,
          { moduleId: j.moduleId, sessionId: 's1', sessionType: 'THEORY', scheduledAt: new Date().toISOString() },
          FACILITATOR,
          keys[i],
        ),
      );
      await lock.waitForBlockedWriters(journeys.length);
      await pg.stop('SIGQUIT'); // immediate shutdown: every connection cut, crash recovery at the next start
      await lock.end();
      // While it is down, the recordings (local activities) fail and the worker retries them after 1 s,
      // then 2 s: down for 5 s, each has failed at least twice (the markers' attempt numbers, checked below).
      await new Promise((r) => setTimeout(r, 5_000));
      await startPg();

      const answers = await Promise.all(inFlight);
      for (const [i, res] of answers.entries()) {
        expect(res.errors).toBeUndefined();
        expect(res.data!.scheduleSession.modules[0].sessions).toEqual([{ sessionId: 's1', attendance: null }]);
        const { store, history } = await sql((c) => expectRecordedExactlyOnce(c, app.client, journeys[i].id));
        expect(history.maxActivityAttempt).toBeGreaterThanOrEqual(2);
        expect(store.events.filter((e) => e.key === keys[i])).toHaveLength(1);
      }
      // The API and the worker carry on with their pools on the restarted server.
      for (const j of journeys) {
        const next = await ok(app, 'recordAttendance', j.id, {
          moduleId: j.moduleId,
          sessionId: 's1',
          status: 'PRESENT',
          heldAt: new Date().toISOString(),
        });
        expect(next.modules[0].sessions).toEqual([{ sessionId: 's1', attendance: 'PRESENT' }]);
      }
      for (const id of [a.id, ...journeys.map((j) => j.id)])
        await sql((c) => expectRecordedExactlyOnce(c, app.client, id));
    },
    180_000,
  );
});

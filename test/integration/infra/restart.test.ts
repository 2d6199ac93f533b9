import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { Connection } from '@temporalio/client';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../../../infra/embedded-postgres';
import { freePort } from '../../../infra/free-port';
import { startTemporalDevServer, type TemporalDevServer } from '../../../infra/temporal-dev-server';
import { ensureSearchAttributes } from '../../../infra/temporal-search-attributes';
import { requireTemporalBinary } from '../../../infra/tools-paths';
import { JOURNEY_SEARCH_ATTRIBUTES } from '../../../workflows/journey/journey-search-attributes';
import { startAppHarness, randomNik, type AppHarness } from '../../support/app-harness';
import { ENROLL, JOURNEY, enrolmentInput } from '../../support/journey-graphql';
import { assessmentInput, ok } from '../../support/journey-commands-graphql';

/**
 * Stop everything (API, worker, Temporal, PostgreSQL) and start it again on the same data
 * folders: the beneficiaries and their running journeys are still there and still move.
 */
describe('restarting the product', () => {
  // Under the repo's ignored .data/ (a mkdtemp folder is 0700 and the postgres user could not enter it).
  const dir = path.resolve(__dirname, '../../../.data', `restart-${randomUUID().slice(0, 8)}`);
  mkdirSync(dir, { recursive: true });
  let pgPort: number;
  let temporalPort: number;
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function boot(): Promise<{ pg: EmbeddedPostgres; temporal: TemporalDevServer; app: AppHarness }> {
    const pg = await startEmbeddedPostgres({ dataDir: path.join(dir, 'postgres'), port: pgPort, database: 'jejak' });
    const temporal = await startTemporalDevServer({
      binary: requireTemporalBinary(),
      dataDir: path.join(dir, 'temporal'),
      port: temporalPort,
      headless: true,
      namespace: 'default',
      searchAttributes: JOURNEY_SEARCH_ATTRIBUTES,
    });
    const connection = await Connection.connect({ address: temporal.address });
    await ensureSearchAttributes(connection, 'default');
    await connection.close();
    // The same task queue before and after, as in production: the running journeys' workflows poll it.
    const app = await startAppHarness({ databaseUrl: pg.url, address: temporal.address, taskQueue: 'jejak-journeys' });
    return { pg, temporal, app };
  }

  async function shutdown(s: { pg: EmbeddedPostgres; temporal: TemporalDevServer; app: AppHarness }) {
    await s.app.stop();
    await s.temporal.stop();
    await s.pg.stop();
  }

  it('keeps enrolled beneficiaries and running journeys across a full stop and start', async () => {
    pgPort = await freePort();
    temporalPort = await freePort();
    let stack = await boot();
    const enrolled = await stack.app.gql(ENROLL, { input: enrolmentInput(randomNik()), key: `enrol-${randomUUID()}` });
    expect(enrolled.errors).toBeUndefined();
    const id = enrolled.data!.enrollBeneficiary.id as string;
    await shutdown(stack);

    stack = await boot();
    try {
      const read = await stack.app.gql(JOURNEY, { id });
      expect(read.data!.journey).toMatchObject({ id, stage: 'ENROLLED', beneficiary: { name: 'Siti Aminah' } });
      const live = await stack.app.gql(JOURNEY, { id, live: true }); // asks the restarted Temporal server
      expect(live.data!.journey.stage).toBe('ENROLLED');
      const planning = await ok(stack.app, 'submitAssessment', id, assessmentInput());
      expect(planning.stage).toBe('PLANNING');
    } finally {
      await shutdown(stack);
    }
  }, 180_000);
});

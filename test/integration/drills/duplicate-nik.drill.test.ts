import { randomUUID } from 'node:crypto';
import { WorkflowNotFoundError } from '@temporalio/client';
import type { Client as PgClient } from 'pg';
import { deterministicUuid } from '../../../db/shared/deterministic-id';
import { randomNik } from '../../support/app-harness';
import { startDrillOnTestServers, type DrillApp } from '../../support/drill-app';
import { expectRecordedExactlyOnce, until } from '../../support/drill-facts';
import { ENROLL, enrolmentInput } from '../../support/journey-graphql';

/**
 * Fault drill 4: two enrolments of the same NIK at the same instant (different idempotency keys,
 * as two facilitators' devices would send them) against the API process. One journey, one
 * DUPLICATE_NIK, and no orphan: no beneficiary, journey, evidence row or workflow for the loser.
 */
describe('fault drill: concurrent enrolments of the same NIK', () => {
  let app: DrillApp;
  let pg: PgClient;
  beforeAll(async () => {
    ({ app, pg } = await startDrillOnTestServers('duplicate-nik'));
  }, 240_000);
  afterAll(async () => {
    await app?.stop();
    await pg?.end();
  });

  const ROUNDS = 6;

  it(
    `${ROUNDS} rounds of two simultaneous enrolments: one journey and one DUPLICATE_NIK each, ` +
      'nothing left of the loser',
    async () => {
      const rounds = Array.from({ length: ROUNDS }, () => ({
        nik: randomNik(),
        keys: [`enrol-a-${randomUUID()}`, `enrol-b-${randomUUID()}`],
      }));
      // All rounds at once: twelve requests racing on the API's pool, the unique index and Temporal.
      const answers = await Promise.all(
        rounds.map((r) => Promise.all(r.keys.map((key) => app.gql(ENROLL, { input: enrolmentInput(r.nik), key })))),
      );

      for (const [i, r] of rounds.entries()) {
        const codes = answers[i].map((a) => a.errors?.[0]?.extensions?.code ?? 'OK');
        expect(codes.sort()).toEqual(['DUPLICATE_NIK', 'OK']);
        const winner = answers[i].findIndex((a) => !a.errors);
        const [winId, loseId] = [r.keys[winner], r.keys[1 - winner]].map((k) => deterministicUuid('enrolment', k));
        expect(answers[i][winner].data!.enrollBeneficiary.journeyId).toBe(winId);

        const count = async (table: string, column: string, ids: string[]) =>
          (await pg.query(`select count(*)::int as n from ${table} where ${column} = any($1::uuid[])`, [ids])).rows[0]
            .n;
        expect(await count('beneficiary', 'id', [winId, loseId])).toBe(1);
        expect(await count('journey', 'id', [winId, loseId])).toBe(1);
        expect(await count('evidence', 'journey_id', [loseId])).toBe(0);

        // Temporal: the winner's workflow runs, the loser's was never started.
        expect((await app.client.workflow.getHandle(`journey-${winId}`).describe()).status.name).toBe('RUNNING');
        await expect(app.client.workflow.getHandle(`journey-${loseId}`).describe()).rejects.toBeInstanceOf(
          WorkflowNotFoundError,
        );
        await expectRecordedExactlyOnce(pg, app.client, winId);
      }

      // Visibility agrees (it is eventually consistent: poll until every winner is listed, then no loser may be).
      const ids = rounds.flatMap((r) => r.keys.map((k) => `'journey-${deterministicUuid('enrolment', k)}'`));
      const listed = async () => {
        const found: string[] = [];
        for await (const wf of app.client.workflow.list({ query: `WorkflowId IN (${ids.join(', ')})` }))
          found.push(wf.workflowId);
        return found;
      };
      await until(
        async () => (await listed()).length >= ROUNDS,
        'the enrolled journeys to show in Temporal visibility',
        15_000,
      );
      expect(await listed()).toHaveLength(ROUNDS);

      // The loser retrying with its own key is refused again and still creates nothing.
      const retry = await app.gql(ENROLL, {
        input: enrolmentInput(rounds[0].nik),
        key: rounds[0].keys[answers[0].findIndex((a) => !!a.errors)],
      });
      expect(retry.errors?.[0]?.extensions?.code).toBe('DUPLICATE_NIK');
    },
    120_000,
  );
});

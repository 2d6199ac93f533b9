import { randomUUID } from 'node:crypto';
import { Client as PgClient } from 'pg';
import { startAppHarness, randomNik, type AppHarness } from '../support/app-harness';
import { fullAuditLog, verifyChain } from '../support/audit-graphql';
import { ENROLL, enrolmentInput } from '../support/journey-graphql';
import { assessmentInput, MANAGER, ok } from '../support/journey-commands-graphql';
import { testDatabaseUrl } from '../support/servers';

/** The audit log is append-only in PostgreSQL itself, and an edit made around that is caught by the chain. */
describe('audit: append-only and tamper-evident', () => {
  let app: AppHarness;
  let id: string;
  beforeAll(async () => {
    app = await startAppHarness();
    id = (
      await app.gql(ENROLL, {
        input: enrolmentInput(randomNik(), { programmeId: 'training-sandbox' }),
        key: `enrol-${randomUUID()}`,
      })
    ).data!.enrollBeneficiary.id;
    const planning = await ok(app, 'submitAssessment', id, assessmentInput());
    await ok(app, 'approvePlan', id, { modules: planning.proposedModules }, MANAGER);
  });
  afterAll(async () => {
    await app?.stop();
  });

  const appSql = (sql: string) => app.orm.em.fork().getConnection().execute(sql);

  it("refuses UPDATE, DELETE and TRUNCATE of audit_log on the application's own connection", async () => {
    const [row] = await fullAuditLog(app, { journeyId: id });
    await expect(appSql(`update audit_log set reason = 'rewritten' where id = ${row.id}`)).rejects.toThrow(
      /append-only: UPDATE refused/,
    );
    await expect(appSql(`delete from audit_log where id = ${row.id}`)).rejects.toThrow(/append-only: DELETE refused/);
    await expect(appSql('truncate audit_log')).rejects.toThrow(/append-only: TRUNCATE refused/);
    const privileges = await appSql(
      'select privilege_type from information_schema.role_table_grants ' +
        `where table_name = 'audit_log' and grantee = 'PUBLIC'`,
    );
    expect(privileges.map((p) => p.privilege_type)).not.toEqual(expect.arrayContaining(['UPDATE']));
    const [again] = await fullAuditLog(app, { journeyId: id });
    expect(again).toEqual(row);
  });

  it('names the row a superuser edited around the trigger, and the row after one they removed', async () => {
    const rows = await fullAuditLog(app, { journeyId: id });
    const target = rows[1]; // the assessment step
    expect((await verifyChain(app, rows[0].id)).ok).toBe(true);
    const su = new PgClient({ connectionString: testDatabaseUrl() });
    await su.connect();
    try {
      await su.query(`set session_replication_role = replica`); // superuser only: triggers do not fire
      await su.query(`update audit_log set actor_id = 'someone-else' where id = $1`, [target.id]);
      const broken = await verifyChain(app, rows[0].id);
      expect(broken).toMatchObject({ ok: false, firstBrokenId: target.id, problem: 'HASH_MISMATCH' });
      expect((await verifyChain(app)).firstBrokenId).toBe(target.id); // the whole table names the same row
      // Put it back: the chain verifies again (the hash covers the content, nothing else).
      await su.query(`update audit_log set actor_id = $2 where id = $1`, [target.id, target.actorId]);
      expect(await verifyChain(app, rows[0].id)).toMatchObject({ ok: true, firstBrokenId: null });
      // A row removed around the trigger breaks the link of the row after it; put back, all verifies.
      const saved = await su.query(`select * from audit_log where id = $1`, [target.id]);
      await su.query(`delete from audit_log where id = $1`, [target.id]);
      const next = await su.query(`select id::text from audit_log where id > $1 order by id limit 1`, [target.id]);
      expect(await verifyChain(app, rows[0].id)).toMatchObject({
        ok: false,
        firstBrokenId: next.rows[0].id,
        problem: 'LINK_MISMATCH',
      });
      const cols = Object.keys(saved.rows[0]);
      await su.query(
        `insert into audit_log (${cols.join(', ')}) values (${cols.map((_, i) => `$${i + 1}`).join(', ')})`,
        cols.map((c) => saved.rows[0][c]),
      );
      expect(await verifyChain(app, rows[0].id)).toMatchObject({ ok: true });
    } finally {
      await su.query(`set session_replication_role = origin`).catch(() => undefined);
      await su.end();
    }
  });
});

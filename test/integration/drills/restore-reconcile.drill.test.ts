import { randomUUID } from 'node:crypto';
import { Client as PgClient } from 'pg';
import { journeyStateQuery, journeyWorkflowId } from '../../../workflows/journey/journey.messages';
import { randomNik } from '../../support/app-harness';
import { fullHistory, verifyChain } from '../../support/audit-graphql';
import { RestoreDrillStores } from '../../support/drill-restore';
import { assessmentInput, MANAGER, ok } from '../../support/journey-commands-graphql';
import { ENROLL, enrolmentInput } from '../../support/journey-graphql';

/**
 * Restore drill, on its own PostgreSQL cluster and Temporal dev server (test/support/drill-restore.ts): both stores
 * are backed up at one moment, the journeys move on, then ONE store is restored from that backup, so the read model
 * and the workflows disagree, and `npm run ops:reconcile` (in process) brings the read model back in step with
 * the workflows, auditing every repair.
 */
describe('restore drill: stores restored from different moments are reconciled', () => {
  const stores = new RestoreDrillStores();
  const ids: Record<'a' | 'b' | 'c', string> = { a: '', b: '', c: '' };
  const app = () => stores.app!;
  const sql = async (text: string, params: unknown[] = []) => {
    const c = new PgClient({ connectionString: stores.pg.url });
    await c.connect();
    try {
      return (await c.query(text, params)).rows;
    } finally {
      await c.end();
    }
  };
  const enrol = async () =>
    (await app().gql(ENROLL, { input: enrolmentInput(randomNik()), key: `enrol-${randomUUID()}` })).data!
      .enrollBeneficiary.journeyId as string;
  const workflowSeq = async (id: string) =>
    (await app().client.workflow.getHandle(journeyWorkflowId(id)).query(journeyStateQuery)).state.seq;
  /** What an auditor compares: the row, the events and the journey steps' audit rows. */
  const readModel = async (id: string) => ({
    row: (await sql('select seq, stage, status from journey where id = $1', [id]))[0] ?? null,
    events: await sql('select seq, ordinal, type from journey_event where journey_id = $1 order by seq, ordinal', [id]),
    stepAudits: (
      await sql(`select event_seq from audit_log where source = 'JOURNEY_EVENT' and journey_id = $1 order by 1`, [id])
    ).map((r) => r.event_seq),
  });
  let later: Record<string, Awaited<ReturnType<typeof readModel>>> = {};

  beforeAll(async () => {
    await stores.start();
    ids.a = await enrol();
    ids.b = await enrol();
    const planning = await ok(app(), 'submitAssessment', ids.a, assessmentInput());
    await stores.backup('earlier');
    // After the backup: A's plan is approved (its stage changes: the workflow continues as new), B is assessed,
    // C is enrolled.
    await ok(app(), 'approvePlan', ids.a, { modules: planning.proposedModules }, MANAGER);
    await ok(app(), 'submitAssessment', ids.b, assessmentInput());
    ids.c = await enrol();
    later = { a: await readModel(ids.a), b: await readModel(ids.b) };
  }, 600_000);
  afterAll(() => stores.stop());

  it('PostgreSQL restored from the earlier backup: the steps after it are replayed from the workflows', async () => {
    await stores.restore('postgres', 'earlier');
    expect((await readModel(ids.a)).row.seq).toBeLessThan(later.a.row.seq);

    const dry = await stores.reconcile(true);
    expect(dry.counts).toMatchObject({ WORKFLOW_AHEAD: 2, JOURNEY_ROW_MISSING: 1, READ_MODEL_AHEAD: 0 });
    expect((await readModel(ids.a)).row.seq).toBeLessThan(later.a.row.seq); // a dry run changes nothing

    const report = await stores.reconcile();
    const byId = new Map(report.findings.map((f) => [f.journeyId, f]));
    expect(byId.get(ids.a)).toMatchObject({ kind: 'WORKFLOW_AHEAD', repaired: true, unrestoredSeqs: [] });
    expect(byId.get(ids.b)).toMatchObject({ kind: 'WORKFLOW_AHEAD', repaired: true, unrestoredSeqs: [] });
    // C's beneficiary (personal data, only in PostgreSQL) was enrolled after the backup: reported, not invented.
    expect(byId.get(ids.c)).toMatchObject({ kind: 'JOURNEY_ROW_MISSING', repaired: false });
    expect(byId.get(ids.c)!.problem).toMatch(/beneficiary/);

    for (const k of ['a', 'b'] as const) {
      const now = await readModel(ids[k]);
      expect(now).toEqual(later[k]);
      expect(now.row.seq).toBe(await workflowSeq(ids[k]));
      const history = await fullHistory(app(), ids[k]);
      const repair = history.filter((h) => h.kind === 'RECONCILIATION');
      expect(repair).toHaveLength(1);
      expect(repair[0]).toMatchObject({ actorId: 'drill-operator', name: 'reconcile.WORKFLOW_AHEAD' });
      expect(repair[0].after).toMatchObject({ seq: now.row.seq });
    }
    expect((await verifyChain(app() as never)).ok).toBe(true);

    const again = await stores.reconcile();
    expect(again.findings.map((f) => [f.journeyId, f.kind])).toEqual([[ids.c, 'JOURNEY_ROW_MISSING']]);
  }, 300_000);

  it('Temporal restored from the earlier backup: rows roll back, later events are kept as superseded', async () => {
    await stores.restore('temporal', 'earlier');
    const report = await stores.reconcile();
    expect(report.counts).toMatchObject({ READ_MODEL_AHEAD: 2, WORKFLOW_AHEAD: 0 });
    for (const k of ['a', 'b'] as const) {
      expect(report.findings.find((f) => f.journeyId === ids[k])).toMatchObject({ repaired: true, problem: null });
      const wf = await workflowSeq(ids[k]);
      const now = await readModel(ids[k]);
      expect(now.row.seq).toBe(wf);
      expect(now.events.every((e) => e.seq <= wf)).toBe(true);
      const superseded = await sql(
        `select s.seq, s.ordinal, s.type, a.source, a.actor_id from journey_event_superseded s
         join audit_log a on a.id = s.superseded_by_audit_id where s.journey_id = $1 order by s.seq, s.ordinal`,
        [ids[k]],
      );
      const lost = later[k].events.filter((e) => e.seq > wf);
      expect(lost.length).toBeGreaterThan(0);
      expect(superseded.map(({ seq, ordinal, type }) => ({ seq, ordinal, type }))).toEqual(lost);
      expect(superseded.every((s) => s.source === 'RECONCILIATION' && s.actor_id === 'drill-operator')).toBe(true);
    }
    expect((await stores.reconcile()).findings.filter((f) => f.kind !== 'JOURNEY_ROW_MISSING')).toEqual([]);

    // The journey goes on from the workflow's state: B is assessed again, recorded under the seq it reuses.
    const b = await ok(app(), 'submitAssessment', ids.b, assessmentInput());
    const now = await readModel(ids.b);
    expect(now.row.seq).toBe(b.seq);
    expect(now.events.some((e) => e.seq === b.seq)).toBe(true);
  }, 300_000);
});

import { randomUUID } from 'node:crypto';
import type { HistoryItem } from '../../api/audit/journey-history.item';
import { temporalHistory, type TemporalResume } from '../../api/audit/journey-history.temporal';
import { startAppHarness, randomNik, type AppHarness } from '../support/app-harness';
import {
  AUDITOR,
  fullAuditLog,
  fullHistory,
  getExport,
  serverHistory,
  verifyChain,
  type AuditRow,
  type HistoryEvent,
} from '../support/audit-graphql';
import { ENROLL, enrolmentInput } from '../support/journey-graphql';
import {
  command,
  driveToReEvaluation,
  FACILITATOR,
  MANAGER,
  ok,
  reEvaluation,
  waitForStage,
} from '../support/journey-commands-graphql';

/**
 * A training-sandbox journey taken through intensive support (its cycle ended by a real server
 * timer) to an exit, then read back as an auditor: the merged history, the audit log, the chain,
 * the exports.
 */
describe('audit: a journey through intensive support to exit, reconstructed', () => {
  let app: AppHarness;
  let id: string;
  const EXIT_REASON = 'Moved to another province; family relocated for work';
  const NOT_YET_REASON = 'Income still under the threshold after the modules';

  beforeAll(async () => {
    app = await startAppHarness();
    id = (
      await app.gql(ENROLL, {
        input: enrolmentInput(randomNik(), { programmeId: 'training-sandbox' }),
        key: `enrol-${randomUUID()}`,
      })
    ).data!.enrollBeneficiary.journeyId; // the UUID: the audit log, Temporal and the exports name the journey by it
    await driveToReEvaluation(app, id);
    await ok(app, 'submitReEvaluation', id, reEvaluation(false));
    const denied = await command(
      app,
      'decideGraduation',
      id,
      { decision: 'NOT_YET', reason: 'a facilitator tries' },
      FACILITATOR,
    );
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    await ok(app, 'decideGraduation', id, { decision: 'NOT_YET', reason: NOT_YET_REASON }, MANAGER);
    await ok(app, 'recordCommunication', id, { decision: 'NOT_YET', channel: 'FACE_TO_FACE', summary: 'Explained' });
    await ok(app, 'recordNotGraduatedEvaluation', id, {
      causes: ['sales fell'],
      beneficiaryInput: 'Needs a better stall',
      recommendations: 'Weekly visits',
    });
    await ok(app, 'startIntensiveSupport', id, { actionPlan: 'Weekly visits; daily sales book' });
    await ok(app, 'recordCommunication', id, {
      decision: 'INTENSIVE_SUPPORT',
      channel: 'HOME_VISIT',
      summary: 'Agreed the action plan',
    });
    await waitForStage(app, id, 'RE_EVALUATION', 60_000); // the intensive cycle's durable timer
    const exited = await ok(app, 'exitJourney', id, { exitKind: 'RELOCATION', reason: EXIT_REASON }, MANAGER);
    expect(exited).toMatchObject({ stage: 'EXITED', status: 'CLOSED' });
    await app.client.workflow.getHandle(`journey-${id}`).result();
  }, 240_000);
  afterAll(async () => {
    await app?.stop();
  });

  it('merges the Temporal history and the audit log in time order, matching the server event for event', async () => {
    const started = Date.now();
    const history = await fullHistory(app, id);
    const ms = Date.now() - started;
    const server = await serverHistory(app, id);
    const temporalItems = history.filter((h) => h.source === 'TEMPORAL');
    const auditItems = history.filter((h) => h.source === 'AUDIT_LOG');
    const runs = new Set(server.map((s) => s.runId)).size;
    console.log(
      `journeyHistory: ${history.length} events (${temporalItems.length} Temporal in ${runs} runs, ` +
        `${auditItems.length} audit rows) in ${ms} ms`,
    );
    expect(temporalItems.map((h) => `${h.runId}#${h.workflowEventId}`)).toEqual(
      server.map((s) => `${s.runId}#${Number(s.event.eventId)}`),
    );
    expect(new Set(server.map((s) => s.runId)).size).toBeGreaterThan(1); // continue-as-new at stage changes
    expect(history.map((h) => h.position)).toEqual(history.map((_, i) => i));
    // Each source keeps its own authoritative order (Temporal: run, then event id; audit: row id = chain order).
    const auditIds = history.filter((h) => h.source === 'AUDIT_LOG').map((h) => BigInt(h.auditRowId!));
    expect(auditIds).toEqual([...auditIds].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    // Between the two, time order: an audit row never comes after a Temporal event that happened later than it.
    for (let i = 1; i < history.length; i++) {
      if (history[i].source === 'TEMPORAL' && history[i - 1].source === 'AUDIT_LOG')
        expect(Date.parse(history[i].at)).toBeGreaterThanOrEqual(Date.parse(history[i - 1].at));
    }

    // Every command accepted by the workflow has exactly one audit row with the same idempotency key.
    const accepted = temporalItems.filter((h) => h.kind === 'WORKFLOW_EXECUTION_UPDATE_ACCEPTED' && h.name !== 'sync');
    const stepRows = auditItems.filter((h) => h.kind === 'JOURNEY_EVENT');
    expect(
      stepRows
        .filter((r) => r.idempotencyKey)
        .map((r) => r.idempotencyKey)
        .sort(),
    ).toEqual(accepted.map((u) => u.idempotencyKey).sort());
    for (const u of accepted) expect(u.actorId).toEqual(expect.any(String));
    expect(temporalItems.some((h) => h.kind === 'TIMER_FIRED')).toBe(true);
    expect(
      stepRows.some((r) => r.name === 'deadline' && r.actorId === 'system' && r.after.stage === 'RE_EVALUATION'),
    ).toBe(true);
    expect(
      auditItems.some((h) => h.kind === 'DENIED' && h.actorId === FACILITATOR.user && h.name === 'decideGraduation'),
    ).toBe(true);
  });

  it('records who decided each step, with the written reasons, one audit row per step', async () => {
    const rows = await fullAuditLog(app, { journeyId: id, source: 'JOURNEY_EVENT' });
    const seqs = rows.map((r) => r.eventSeq!);
    expect(new Set(seqs).size).toBe(seqs.length);
    const journeyEvents = await app.orm.em
      .fork()
      .getConnection()
      .execute('select distinct seq from journey_event where journey_id = ? order by seq', [id]);
    expect(seqs.slice().sort((a, b) => a - b)).toEqual(journeyEvents.map((r) => Number(r.seq)));
    for (const r of rows)
      expect(r).toMatchObject({
        actorId: expect.any(String),
        actorRole: expect.any(String),
        programmeId: 'training-sandbox',
        workflowId: `journey-${id}`,
      });
    const managerRows = rows.filter((r) => r.actorRole === 'manager');
    expect(managerRows.map((r) => r.action)).toEqual(['enroll', 'approvePlan', 'decideGraduation', 'exit']);
    expect(managerRows.find((r) => r.action === 'decideGraduation')).toMatchObject({
      actorId: MANAGER.user,
      reason: NOT_YET_REASON,
    });
    expect(managerRows.find((r) => r.action === 'exit')).toMatchObject({
      actorId: MANAGER.user,
      reason: EXIT_REASON,
      after: { stage: 'EXITED' },
    });
    expect(rows[0]).toMatchObject({ action: 'enroll', eventSeq: 1 });
  });

  it("logs the facilitator's denied manager action, and the chain of this journey's rows verifies", async () => {
    const denied = await fullAuditLog(app, { journeyId: id, source: 'DENIED' });
    expect(denied).toHaveLength(1);
    expect(denied[0]).toMatchObject({
      actorId: FACILITATOR.user,
      actorRole: 'facilitator',
      action: 'decideGraduation',
      reason: null,
      after: { code: 'FORBIDDEN' },
      programmeId: 'training-sandbox',
    });
    const byActor = await fullAuditLog(app, {
      actorId: FACILITATOR.user,
      source: 'DENIED',
      programmeId: 'training-sandbox',
    });
    expect(byActor.map((r) => r.id)).toContain(denied[0].id);
    const all = await fullAuditLog(app, { journeyId: id });
    const check = await verifyChain(app, all[0].id);
    expect(check).toMatchObject({ ok: true, firstBrokenId: null });
    expect(check.checkedRows).toBeGreaterThanOrEqual(all.length);
  });

  it('picks the server history up after any event, from the server page that held it', async () => {
    const workflowId = `journey-${id}`;
    const read = async (resume: TemporalResume | null) => {
      const items: HistoryItem[] = [];
      for await (const item of temporalHistory(app.client, workflowId, resume, 2)) items.push(item);
      return items;
    };
    const key = (h: HistoryItem) => `${h.runId}#${h.workflowEventId}`;
    const whole = await read(null);
    expect(whole.map(key)).toEqual((await serverHistory(app, id)).map((s) => `${s.runId}#${Number(s.event.eventId)}`));
    // Server pages of 2 event batches, in 8 runs.
    expect(new Set(whole.map((h) => h.temporalPageToken)).size).toBeGreaterThan(10);
    const pageStarts = whole
      .map((h, i) => i)
      .filter(
        (i) => i > 0 && whole[i].temporalPageToken && whole[i].temporalPageToken !== whole[i - 1].temporalPageToken,
      );
    for (const k of [
      0,
      6,
      pageStarts[0] - 1,
      pageStarts[0],
      pageStarts[1] + 1,
      Math.floor(whole.length / 2),
      whole.length - 2,
    ]) {
      const at = whole[k];
      const rest = await read({ runId: at.runId!, afterEventId: at.workflowEventId!, pageToken: at.temporalPageToken });
      expect(rest.map(key)).toEqual(whole.slice(k + 1).map(key));
    }
    // A page token the server does not take (e.g. from another server): the run is read from its start instead.
    const at = whole[9];
    const rest = await read({
      runId: at.runId!,
      afterEventId: at.workflowEventId!,
      pageToken: Buffer.from('not a page token').toString('base64url'),
    });
    expect(rest.map(key)).toEqual(whole.slice(10).map(key));
  });

  it('only auditors and managers read the trail', async () => {
    const res = await app.gql(
      `query($id: ID!) { journeyHistory(journeyId: $id) { edges { cursor } } }`,
      { id },
      FACILITATOR,
    );
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(
      (await app.gql(`{ auditLog { edges { cursor } } }`, {}, { user: 'v', role: 'viewer' })).errors?.[0].extensions
        ?.code,
    ).toBe('FORBIDDEN');
    expect((await app.gql(`{ verifyAuditChain { ok } }`, {}, null)).errors?.[0].extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    expect((await getExport(app, `/exports/audit-log.json`, FACILITATOR)).status).toBe(403);
    expect((await getExport(app, `/exports/audit-log.json?nope=1`)).status).toBe(400);
    expect(
      (await app.gql(`query { auditLog(first: 0) { edges { cursor } } }`, {}, AUDITOR)).errors?.[0].extensions?.code,
    ).toBe('VALIDATION_FAILED');
  });

  it('exports stream the same rows as the GraphQL queries (CSV and JSON)', async () => {
    const history = await fullHistory(app, id, 37); // several pages
    const json = await getExport(app, `/exports/journey-history/${id}.json`);
    expect(json).toMatchObject({ status: 200, type: expect.stringContaining('application/json') });
    const exported = JSON.parse(json.text) as HistoryEvent[];
    const key = (h: HistoryEvent) =>
      `${h.source}:${h.runId}:${h.workflowEventId}:${h.auditRowId}:${new Date(h.at).toISOString()}`;
    expect(exported.map(key)).toEqual(history.map(key));
    const csv = await getExport(app, `/exports/journey-history/${id}.csv`);
    expect(csv.text.trimEnd().split('\r\n')).toHaveLength(history.length + 1);

    const rows = await fullAuditLog(app, { journeyId: id });
    const auditJson = JSON.parse((await getExport(app, `/exports/audit-log.json?journeyId=${id}`)).text) as AuditRow[];
    expect(auditJson.map((r) => [r.id, r.hash, r.reason])).toEqual(rows.map((r) => [r.id, r.hash, r.reason]));
    const auditCsv = (await getExport(app, `/exports/audit-log.csv?journeyId=${id}`)).text.trimEnd().split('\r\n');
    expect(auditCsv[0].split(',')).toEqual(expect.arrayContaining(['id', 'actorId', 'action', 'reason', 'hash']));
    expect(auditCsv.slice(1).map((line) => line.split(',')[0])).toEqual(rows.map((r) => r.id));
  });
});

import { randomUUID } from 'node:crypto';
import { startAppHarness, randomNik, FACILITATOR, MANAGER, type AppHarness } from '../support/app-harness';
import { fullHistory } from '../support/audit-graphql';
import { assessmentInput, ok } from '../support/journey-commands-graphql';
import { ENROLL, enrolmentInput } from '../support/journey-graphql';

const SYNC = `mutation Sync($input: FieldSyncInput!) { syncFieldRecords(input: $input) {
  totals { records applied alreadyApplied refused }
  results { clientId journeyId kind status code message stage lastChange { type at recordedAt actorRole } } } }`;
const APPROVE = `mutation Approve($id: ID!, $key: String!, $reason: String!) {
  approveLateRecord(journeyId: $id, recordKey: $key, reason: $reason) { journeyId recordKey approvedBy approvedAt } }`;

type Row = Record<string, unknown>;

/** A facilitator's device sends what it captured offline; over HTTP (GraphQL only) on the real servers. */
describe('field records captured offline, sent later in one batch', () => {
  let app: AppHarness;
  let assessed: string; // ENROLLED: its assessment arrives twice in the batch
  let attended: string; // IN_INTERVENTION with two sessions: their attendance arrives out of order
  let late: string; // ENROLLED: its assessment is three weeks old
  let refused: string; // ENROLLED: attendance is not allowed there
  let moduleId: string;
  const scheduledAt = new Date().toISOString();
  let planApprovedAt: number;

  const sql = (text: string, params: unknown[]) =>
    app.orm.em.fork().getConnection().execute<Row[]>(text, params, 'all');
  const events = (journeyId: string, type: string) =>
    sql('select at, recorded_at, idempotency_key from journey_event where journey_id = ? and type = ? order by seq', [
      journeyId,
      type,
    ]);

  beforeAll(async () => {
    app = await startAppHarness();
    const enrol = async () => {
      const res = await app.gql(ENROLL, { input: enrolmentInput(randomNik()), key: `enrol-${randomUUID()}` });
      if (res.errors) throw new Error(JSON.stringify(res.errors));
      return res.data!.enrollBeneficiary.journeyId as string;
    };
    [assessed, attended, late, refused] = await Promise.all([enrol(), enrol(), enrol(), enrol()]);
    const planning = await ok(app, 'submitAssessment', attended, assessmentInput());
    const modules = planning.proposedModules.map((m: Row) => ({ ...m }));
    const journey = await ok(app, 'approvePlan', attended, { modules }, MANAGER);
    planApprovedAt = Date.now();
    moduleId = journey.modules[0].moduleId;
    for (const sessionId of ['s-1', 's-2'])
      await ok(app, 'scheduleSession', attended, { moduleId, sessionId, sessionType: 'THEORY', scheduledAt });
  }, 180_000);
  afterAll(async () => {
    await app?.stop();
  });

  it(
    'a batch with a duplicate, an out-of-order pair, a late record and refusals: one result per record, each ' +
      'applied once; after a manager approves, the resend applies the late ones and nothing twice',
    async () => {
      await new Promise((resolve) => setTimeout(resolve, 50));
      const now = Date.now();
      const at = (ms: number) => new Date(ms).toISOString();
      const attendance = (sessionId: string) => ({ moduleId, sessionId, status: 'PRESENT', heldAt: scheduledAt });
      const tag = randomUUID().slice(0, 8);
      const batch = [
        { clientId: `a-${tag}`, journeyId: assessed, kind: 'SUBMIT_ASSESSMENT', occurredAt: at(now - 30) },
        { clientId: `a-${tag}`, journeyId: assessed, kind: 'SUBMIT_ASSESSMENT', occurredAt: at(now - 30) },
        // s-2 was held after s-1, but the device sends s-2 first: s-1 then precedes the journey's last attendance
        { clientId: `s2-${tag}`, journeyId: attended, kind: 'RECORD_ATTENDANCE', occurredAt: at(now - 10) },
        { clientId: `s1-${tag}`, journeyId: attended, kind: 'RECORD_ATTENDANCE', occurredAt: at(planApprovedAt + 1) },
        { clientId: `l-${tag}`, journeyId: late, kind: 'SUBMIT_ASSESSMENT', occurredAt: at(now - 21 * 86_400_000) },
        { clientId: `r-${tag}`, journeyId: refused, kind: 'RECORD_ATTENDANCE', occurredAt: at(now - 20) },
        { clientId: `f-${tag}`, journeyId: refused, kind: 'SUBMIT_ASSESSMENT', occurredAt: at(now + 3_600_000) },
      ].map((r) => ({
        ...r,
        ...(r.kind === 'SUBMIT_ASSESSMENT'
          ? { assessment: assessmentInput() }
          : { attendance: attendance(r.clientId.startsWith('s1') ? 's-1' : 's-2') }),
      }));

      const first = await app.gql(SYNC, { input: { records: batch } }, FACILITATOR);
      expect(first.errors).toBeUndefined();
      const report = first.data!.syncFieldRecords;
      const brief = (r: Row) => [r.clientId, r.status, r.code, r.stage];
      expect(report.results.map(brief)).toEqual([
        [`a-${tag}`, 'APPLIED', null, 'PLANNING'],
        [`a-${tag}`, 'ALREADY_APPLIED', null, 'PLANNING'],
        [`s2-${tag}`, 'APPLIED', null, 'IN_INTERVENTION'],
        [`s1-${tag}`, 'REFUSED', 'LATE_RECORD_NEEDS_APPROVAL', 'IN_INTERVENTION'],
        [`l-${tag}`, 'REFUSED', 'LATE_RECORD_NEEDS_APPROVAL', 'ENROLLED'],
        [`r-${tag}`, 'REFUSED', 'COMMAND_NOT_ALLOWED_IN_STAGE', 'ENROLLED'],
        [`f-${tag}`, 'REFUSED', 'OCCURRED_AT_IN_FUTURE', 'ENROLLED'],
      ]);
      expect(report.totals).toEqual({ records: 7, applied: 2, alreadyApplied: 1, refused: 4 });
      // the out-of-order refusal names what the journey last did: the attendance at s-2, at its field time
      expect(report.results[3].lastChange).toMatchObject({ actorRole: 'facilitator', at: at(now - 10) });
      expect(report.results[3].message).toContain(at(now - 10));

      // the field time is the step's time; recorded_at keeps when it arrived
      const [assessment] = await events(assessed, 'ASSESSMENT_SUBMITTED');
      expect(new Date(assessment.at as string).toISOString()).toBe(at(now - 30));
      expect(new Date(assessment.recorded_at as string).getTime()).toBeGreaterThanOrEqual(now - 30);

      // a manager lets the late and the out-of-order records in, with a reason each
      for (const [id, key] of [
        [late, `l-${tag}`],
        [attended, `s1-${tag}`],
      ]) {
        const approved = await app.gql(APPROVE, { id, key, reason: 'No signal in the village for weeks' }, MANAGER);
        expect(approved.errors).toBeUndefined();
        expect(approved.data!.approveLateRecord).toMatchObject({ recordKey: key, approvedBy: MANAGER.user });
      }
      const byFacilitator = await app.gql(APPROVE, { id: late, key: `l-${tag}`, reason: 'I was there' }, FACILITATOR);
      expect(byFacilitator.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

      // the device did not get the answer: it sends the same batch again
      const second = await app.gql(SYNC, { input: { records: batch } }, FACILITATOR);
      expect(second.errors).toBeUndefined();
      expect(second.data!.syncFieldRecords.results.map(brief)).toEqual([
        [`a-${tag}`, 'ALREADY_APPLIED', null, 'PLANNING'],
        [`a-${tag}`, 'ALREADY_APPLIED', null, 'PLANNING'],
        [`s2-${tag}`, 'ALREADY_APPLIED', null, 'IN_INTERVENTION'],
        [`s1-${tag}`, 'APPLIED', null, 'IN_INTERVENTION'],
        [`l-${tag}`, 'APPLIED', null, 'PLANNING'],
        [`r-${tag}`, 'REFUSED', 'COMMAND_NOT_ALLOWED_IN_STAGE', 'ENROLLED'],
        [`f-${tag}`, 'REFUSED', 'OCCURRED_AT_IN_FUTURE', 'ENROLLED'],
      ]);
      const third = await app.gql(SYNC, { input: { records: batch } }, FACILITATOR);
      expect(third.data!.syncFieldRecords.totals).toEqual({ records: 7, applied: 0, alreadyApplied: 5, refused: 2 });

      // exactly one effect per applied record
      expect(await events(assessed, 'ASSESSMENT_SUBMITTED')).toHaveLength(1);
      expect(await events(late, 'ASSESSMENT_SUBMITTED')).toHaveLength(1);
      expect(await events(refused, 'ASSESSMENT_SUBMITTED')).toHaveLength(0);
      const attendances = await events(attended, 'ATTENDANCE_RECORDED');
      expect(attendances.map((e) => e.idempotency_key)).toEqual([`s2-${tag}`, `s1-${tag}`]);

      // the late assessment counts at its field time, three weeks ago; the history shows who let it in and why
      const [lateEvent] = await events(late, 'ASSESSMENT_SUBMITTED');
      expect(new Date(lateEvent.at as string).toISOString()).toBe(at(now - 21 * 86_400_000));
      const history = await fullHistory(app, late);
      const rows = history.filter((h) => h.idempotencyKey === `l-${tag}` && h.auditRowId);
      // refused first (DENIED, nothing dropped silently), approved by the manager (FIELD_SYNC), then applied
      expect(rows.map((h) => [h.kind, h.name])).toEqual([
        ['DENIED', 'submitAssessment'],
        ['FIELD_SYNC', 'approveLateRecord'],
        ['JOURNEY_EVENT', 'submitAssessment'],
      ]);
      const step = rows.find((h) => h.kind === 'JOURNEY_EVENT');
      expect(step?.reason).toBe('No signal in the village for weeks');
      expect(step?.after).toMatchObject({
        occurredAt: at(now - 21 * 86_400_000),
        lateApproval: { approvedBy: MANAGER.user },
      });
      // the history entry shows both times: it happened three weeks ago and reached the server today
      expect(step?.occurredAt).toBe(at(now - 21 * 86_400_000));
      expect(Date.parse(step!.recordedAt!)).toBeGreaterThanOrEqual(now);
      expect(Date.parse(step!.occurredAt!)).toBeLessThan(Date.parse(step!.recordedAt!));
      expect(step?.recordedAt).toBe(new Date(lateEvent.recorded_at as string).toISOString());
      const approvals = await sql(`select actor_id, reason from audit_log where journey_id = ? and source = ?`, [
        late,
        'FIELD_SYNC',
      ]);
      expect(approvals).toEqual([{ actor_id: MANAGER.user, reason: 'No signal in the village for weeks' }]);
    },
    120_000,
  );

  it('a record whose input is not its kind is refused alone; the rest of the batch applies', async () => {
    const tag = randomUUID().slice(0, 8);
    const res = await app.gql(
      SYNC,
      {
        input: {
          records: [
            { clientId: `x-${tag}`, journeyId: refused, kind: 'SUBMIT_ASSESSMENT' },
            { clientId: `y-${tag}`, journeyId: refused, kind: 'SUBMIT_ASSESSMENT', assessment: assessmentInput() },
          ],
        },
      },
      FACILITATOR,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.syncFieldRecords.results.map((r: Row) => [r.status, r.code])).toEqual([
      ['REFUSED', 'VALIDATION_FAILED'],
      ['APPLIED', null],
    ]);
  });
});

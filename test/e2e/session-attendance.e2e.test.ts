import { randomUUID } from 'node:crypto';
import { JourneyEventEntity } from '../../db/entities';
import { startAppHarness, randomNik, FACILITATOR, MANAGER, type AppHarness } from '../support/app-harness';
import { assessmentInput, ok } from '../support/journey-commands-graphql';
import { ENROLL, JOURNEY, enrolmentInput } from '../support/journey-graphql';

const SESSION_ATTENDANCE = `mutation Attendance($input: SessionAttendanceInput!, $key: String!) {
  recordSessionAttendance(input: $input, idempotencyKey: $key) {
    totals { entries recorded failed } entries { journeyId ok code message attendanceRate } } }`;

/** A facilitator's attendance list for a group session, over HTTP on the real servers. */
describe('session attendance in one call', () => {
  let app: AppHarness;
  const inIntervention: { id: string; moduleId: string }[] = [];
  let enrolledOnly: string;
  const heldAt = new Date().toISOString();

  beforeAll(async () => {
    app = await startAppHarness();
    const enrol = async () => {
      const res = await app.gql(ENROLL, { input: enrolmentInput(randomNik()), key: `enrol-${randomUUID()}` });
      if (res.errors) throw new Error(JSON.stringify(res.errors));
      return res.data!.enrollBeneficiary.journeyId as string; // the UUID: entry results and SQL name journeys by it
    };
    // Four journeys in IN_INTERVENTION with the group session scheduled in their first module; one still ENROLLED.
    await Promise.all(
      [0, 1, 2, 3].map(async () => {
        const id = await enrol();
        const planning = await ok(app, 'submitAssessment', id, assessmentInput());
        const journey = await ok(
          app,
          'approvePlan',
          id,
          { modules: planning.proposedModules.map((m: Record<string, unknown>) => ({ ...m })) },
          MANAGER,
        );
        const moduleId = journey.modules[0].moduleId;
        await ok(app, 'scheduleSession', id, {
          moduleId,
          sessionId: 'group-1',
          sessionType: 'THEORY',
          scheduledAt: heldAt,
        });
        inIntervention.push({ id, moduleId });
      }),
    );
    enrolledOnly = await enrol();
  }, 180_000);
  afterAll(async () => {
    await app?.stop();
  });

  const send = (
    entries: Record<string, unknown>[],
    key = `att-${randomUUID()}`,
    identity = FACILITATOR,
    sessionId = 'group-1',
  ) => app.gql(SESSION_ATTENDANCE, { input: { sessionId, heldAt, entries }, key }, identity);
  const attendanceEvents = (ids: string[]) =>
    app.orm.em.fork().count(JourneyEventEntity, { journeyId: { $in: ids }, type: 'ATTENDANCE_RECORDED' });

  it(
    'records attendance for five journeys in one call; the one in the wrong stage alone is refused; ' +
      'sending again records nothing twice',
    async () => {
      const [a, b, c, d] = inIntervention;
      const entries = [
        { journeyId: a.id, moduleId: a.moduleId, status: 'PRESENT' },
        { journeyId: b.id, moduleId: b.moduleId, status: 'PARTIAL' },
        { journeyId: enrolledOnly, moduleId: a.moduleId, status: 'PRESENT' },
        { journeyId: c.id, moduleId: c.moduleId, status: 'ABSENT', notes: 'Sakit (ill), surat dokter' },
        { journeyId: d.id, moduleId: d.moduleId, status: 'PRESENT' },
      ];
      const key = `att-${randomUUID()}`;
      const started = Date.now();
      const res = await send(entries, key);
      process.stderr.write(`session attendance, 5 entries: ${Date.now() - started} ms\n`);
      expect(res.errors).toBeUndefined();
      const report = res.data!.recordSessionAttendance;
      expect(report.totals).toEqual({ entries: 5, recorded: 4, failed: 1 });
      expect(report.entries).toEqual([
        { journeyId: a.id, ok: true, code: null, message: null, attendanceRate: 100 },
        { journeyId: b.id, ok: true, code: null, message: null, attendanceRate: 50 },
        {
          journeyId: enrolledOnly,
          ok: false,
          code: 'COMMAND_NOT_ALLOWED_IN_STAGE',
          message: expect.any(String),
          attendanceRate: null,
        },
        { journeyId: c.id, ok: true, code: null, message: null, attendanceRate: 0 },
        { journeyId: d.id, ok: true, code: null, message: null, attendanceRate: 100 },
      ]);
      const journeyB = (await app.gql(JOURNEY, { id: b.id })).data!.journey;
      expect(journeyB.modules[0].sessions).toEqual([{ sessionId: 'group-1', attendance: 'PARTIAL' }]);
      const ids = inIntervention.map((j) => j.id);
      expect(await attendanceEvents(ids)).toBe(4);

      // The same list with the same key (a retry after a timeout): same answers, nothing recorded twice.
      const again = (await send(entries, key)).data!.recordSessionAttendance;
      expect(again.totals).toEqual({ entries: 5, recorded: 4, failed: 1 });
      expect(again.entries.map((e: { attendanceRate: number | null }) => e.attendanceRate)).toEqual([
        100,
        50,
        null,
        0,
        100,
      ]);
      expect(await attendanceEvents(ids)).toBe(4);

      // A new key for an already recorded session: refused per entry (a change is a correction).
      const newKey = (await send(entries.slice(0, 1))).data!.recordSessionAttendance;
      expect(newKey.entries[0]).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
    },
  );

  it('reports an unknown session, a journey listed twice and an unknown journey per entry', async () => {
    const [a] = inIntervention;
    const missing = randomUUID();
    const res = await send(
      [
        { journeyId: a.id, moduleId: a.moduleId, status: 'PRESENT' },
        { journeyId: a.id, moduleId: a.moduleId, status: 'ABSENT' },
        { journeyId: missing, moduleId: a.moduleId, status: 'PRESENT' },
      ],
      `att-${randomUUID()}`,
      FACILITATOR,
      'no-such-session',
    );
    expect(res.data!.recordSessionAttendance.entries).toEqual([
      expect.objectContaining({ ok: false, code: 'SESSION_NOT_FOUND' }),
      expect.objectContaining({
        ok: false,
        code: 'VALIDATION_FAILED',
        message: expect.stringContaining('already listed'),
      }),
      expect.objectContaining({ journeyId: missing, ok: false, code: 'NOT_FOUND' }),
    ]);
  });

  it('refuses managers, more than 200 entries, malformed entries and bad keys as a whole', async () => {
    const [a] = inIntervention;
    const entry = { journeyId: a.id, moduleId: a.moduleId, status: 'PRESENT' };
    expect((await send([entry], `att-${randomUUID()}`, MANAGER)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await send(Array.from({ length: 201 }, () => entry))).errors?.[0].extensions?.code).toBe(
      'VALIDATION_FAILED',
    );
    expect((await send([{ ...entry, journeyId: 'not-a-uuid' }])).errors?.[0].extensions?.code).toBe(
      'VALIDATION_FAILED',
    );
    expect((await send([], `att-${randomUUID()}`)).errors?.[0].extensions?.code).toBe('VALIDATION_FAILED');
    expect((await send([entry], 'x'.repeat(100))).errors?.[0].extensions?.code).toBe('VALIDATION_FAILED');
    expect((await send([entry], `att-${randomUUID()}`, null as never)).errors?.[0].extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
  });
});

import { randomUUID } from 'node:crypto';
import {
  startAppHarness,
  randomNik,
  FACILITATOR,
  MANAGER,
  type AppHarness,
  type TestIdentity,
} from '../support/app-harness';
import { fullAuditLog } from '../support/audit-graphql';
import { assessmentInput, command, ok } from '../support/journey-commands-graphql';
import { ENROLL, JOURNEY, enrolmentInput } from '../support/journey-graphql';

const MENTOR: TestIdentity = { user: 'mentor-m', role: 'mentor', programmes: ['default'], regions: ['52'] };
const MY_MODULES = `{ myModules { journeyId moduleId templateId moduleName participantName status sessionsHeld
  sessionsPlanned nextSession { sessionId sessionType scheduledAt attendance } plannedStart plannedEnd } }`;
const ASSIGN_REASON = 'Mentor teknis berpengalaman di bidang akses modal';

type Module = { moduleId: string; templateId: string; mentorId: string | null };

/** A mentor (pendamping teknis/sosial/manajerial) delivers the module a manager assigned them, and nothing else. */
describe('a mentor records only the module assigned to them', () => {
  let app: AppHarness;
  let journeyA: string;
  let journeyB: string;
  let capitalA: string;
  let marketA: string;
  let capitalB: string;
  const code = (res: { errors?: { extensions?: Record<string, unknown> }[] }) => res.errors?.[0]?.extensions?.code;

  beforeAll(async () => {
    app = await startAppHarness();
    const toIntervention = async (needs: { capital?: boolean; market?: boolean }) => {
      const res = await app.gql(ENROLL, { input: enrolmentInput(randomNik()), key: `enrol-${randomUUID()}` });
      if (res.errors) throw new Error(JSON.stringify(res.errors));
      const id = res.data!.enrollBeneficiary.journeyId as string;
      const planning = await ok(app, 'submitAssessment', id, assessmentInput(needs));
      const journey = await ok(
        app,
        'approvePlan',
        id,
        { modules: planning.proposedModules.map((m: Record<string, unknown>) => ({ ...m })) },
        MANAGER,
      );
      const moduleOf = (templateId: string) =>
        (journey.modules as Module[]).find((m) => m.templateId === templateId)?.moduleId ?? '';
      return { id, moduleOf };
    };
    const a = await toIntervention({ capital: true, market: true });
    const b = await toIntervention({ capital: true });
    [journeyA, capitalA, marketA] = [a.id, a.moduleOf('CAPITAL_ACCESS'), a.moduleOf('MARKET_ACCESS')];
    [journeyB, capitalB] = [b.id, b.moduleOf('CAPITAL_ACCESS')];
  }, 180_000);
  afterAll(async () => {
    await app?.stop();
  });

  it('a manager assigns one module of the plan to the mentor, applied once on retry, the reason audited', async () => {
    const key = `assign-${randomUUID()}`;
    const input = { templateId: 'CAPITAL_ACCESS', mentorId: MENTOR.user, reason: ASSIGN_REASON };
    // Only a mentor the programme has registered (assignStaff, role MENTOR) can be given a module.
    const unregistered = { ...input, mentorId: `stranger-${randomUUID().slice(0, 8)}` };
    expect(code(await command(app, 'assignModuleMentor', journeyA, unregistered, MANAGER))).toBe('STAFF_NOT_ASSIGNED');
    const staffed = await app.gql(`mutation($i: AssignStaffInput!) { assignStaff(input: $i) { userId } }`, {
      i: { userId: MENTOR.user, role: 'MENTOR', programmeId: 'default', regionCodes: ['52'], reason: 'Mentor pool' },
    });
    expect(staffed.errors).toBeUndefined();
    const first = await command(app, 'assignModuleMentor', journeyA, input, MANAGER, key);
    expect(first.errors).toBeUndefined();
    const again = await command(app, 'assignModuleMentor', journeyA, input, MANAGER, key);
    expect(again.data).toEqual(first.data);

    const read = await app.gql(`query($id: ID!) { journey(id: $id) { modules { moduleId templateId mentorId } } }`, {
      id: journeyA,
    });
    expect(read.data!.journey.modules).toEqual(
      expect.arrayContaining([
        { moduleId: capitalA, templateId: 'CAPITAL_ACCESS', mentorId: 'mentor-m' },
        { moduleId: marketA, templateId: 'MARKET_ACCESS', mentorId: null },
      ]),
    );
    const rows = await fullAuditLog(app, { journeyId: journeyA, source: 'JOURNEY_EVENT' });
    const assigned = rows.filter((r) => r.action === 'assignModuleMentor');
    expect(assigned).toHaveLength(1);
    expect(assigned[0]).toMatchObject({ actorId: MANAGER.user, actorRole: 'manager', reason: ASSIGN_REASON });

    const facilitator = await command(app, 'assignModuleMentor', journeyA, input, FACILITATOR);
    expect(code(facilitator)).toBe('FORBIDDEN');
    const notInPlan = await command(
      app,
      'assignModuleMentor',
      journeyB,
      { ...input, templateId: 'MARKET_ACCESS' },
      MANAGER,
    );
    expect(code(notInPlan)).toBe('UNKNOWN_MODULE');
  });

  it('the mentor sees the module in myModules, schedules and records a session and the evaluation', async () => {
    const before = await app.gql(MY_MODULES, {}, MENTOR);
    expect(before.errors).toBeUndefined();
    expect(before.data!.myModules).toEqual([
      expect.objectContaining({
        journeyId: journeyA,
        moduleId: capitalA,
        templateId: 'CAPITAL_ACCESS',
        moduleName: expect.any(String),
        participantName: 'Siti Aminah',
        status: 'PLANNED',
        sessionsHeld: 0,
        nextSession: null,
      }),
    ]);
    const at = new Date().toISOString();
    await ok(
      app,
      'scheduleSession',
      journeyA,
      { moduleId: capitalA, sessionId: 'm1', sessionType: 'THEORY', scheduledAt: at },
      MENTOR,
    );
    const waiting = await app.gql(MY_MODULES, {}, MENTOR);
    expect(waiting.data!.myModules[0].nextSession).toEqual({
      sessionId: 'm1',
      sessionType: 'THEORY',
      scheduledAt: at,
      attendance: null,
    });
    await ok(
      app,
      'recordAttendance',
      journeyA,
      { moduleId: capitalA, sessionId: 'm1', status: 'PRESENT', heldAt: at },
      MENTOR,
    );
    await ok(
      app,
      'recordModuleEvaluation',
      journeyA,
      { moduleId: capitalA, preScore: 40, postScore: 85, assignmentResult: 'PASSED' },
      MENTOR,
    );
    const after = await app.gql(MY_MODULES, {}, MENTOR);
    expect(after.data!.myModules[0]).toMatchObject({ status: 'ACTIVE', sessionsHeld: 1, nextSession: null });
    const journey = await app.gql(JOURNEY, { id: journeyA });
    const capital = journey.data!.journey.modules.find((m: { moduleId: string }) => m.moduleId === capitalA);
    expect(capital).toMatchObject({
      sessions: [{ sessionId: 'm1', attendance: 'PRESENT' }],
      preScore: 40,
      postScore: 85,
    });
  });

  it('the mentor is refused on another module of the journey and on another journey; nothing changes', async () => {
    const at = new Date().toISOString();
    const session = (moduleId: string) => ({ moduleId, sessionId: 'x1', sessionType: 'THEORY', scheduledAt: at });
    expect(code(await command(app, 'scheduleSession', journeyA, session(marketA), MENTOR))).toBe('NOT_YOUR_MODULE');
    expect(code(await command(app, 'scheduleSession', journeyB, session(capitalB), MENTOR))).toBe('NOT_YOUR_MODULE');
    const evaluation = { moduleId: capitalB, preScore: 1, postScore: 2, assignmentResult: 'PASSED' };
    expect(code(await command(app, 'recordModuleEvaluation', journeyB, evaluation, MENTOR))).toBe('NOT_YOUR_MODULE');
    const b = await app.gql(JOURNEY, { id: journeyB });
    expect(b.data!.journey.modules[0]).toMatchObject({ sessions: [], preScore: null });

    // the attendance list of a group session: their module is recorded, the other journey's is refused
    await ok(app, 'scheduleSession', journeyA, { ...session(capitalA), sessionId: 'group-2' }, MENTOR);
    await ok(app, 'scheduleSession', journeyB, { ...session(capitalB), sessionId: 'group-2' });
    const bulk = await app.gql(
      `mutation($input: SessionAttendanceInput!, $key: String!) {
        recordSessionAttendance(input: $input, idempotencyKey: $key) {
        totals { recorded failed } entries { journeyId ok code } } }`,
      {
        input: {
          sessionId: 'group-2',
          heldAt: at,
          entries: [
            { journeyId: journeyA, moduleId: capitalA, status: 'PRESENT' },
            { journeyId: journeyB, moduleId: capitalB, status: 'PRESENT' },
          ],
        },
        key: `att-${randomUUID()}`,
      },
      MENTOR,
    );
    expect(bulk.data!.recordSessionAttendance.entries).toEqual([
      { journeyId: journeyA, ok: true, code: null },
      { journeyId: journeyB, ok: false, code: 'NOT_YOUR_MODULE' },
    ]);

    const denied = await fullAuditLog(app, { journeyId: journeyB, source: 'DENIED' });
    expect(denied.some((r) => r.actorId === MENTOR.user && r.after?.code === 'NOT_YOUR_MODULE')).toBe(true);
  });

  it("the mentor needs the journey in the token's programmes and regions", async () => {
    const elsewhere = { ...MENTOR, regions: ['31'] };
    const res = await command(
      app,
      'scheduleSession',
      journeyA,
      {
        moduleId: capitalA,
        sessionId: 'far-1',
        sessionType: 'THEORY',
        scheduledAt: new Date().toISOString(),
      },
      elsewhere,
    );
    expect(code(res)).toBe('FORBIDDEN');
    expect((await app.gql(MY_MODULES, {}, elsewhere)).data!.myModules).toEqual([]);
  });

  it('the mentor reads no person, decides nothing: FORBIDDEN on journey, beneficiary, decideGraduation', async () => {
    const journey = await app.gql(`query($id: ID!) { journey(id: $id) { id } }`, { id: journeyA }, MENTOR);
    expect(code(journey)).toBe('FORBIDDEN');
    const beneficiary = await app.gql(`query($id: ID!) { beneficiary(id: $id) { id } }`, { id: journeyA }, MENTOR);
    expect(code(beneficiary)).toBe('FORBIDDEN');
    const decide = await command(
      app,
      'decideGraduation',
      journeyA,
      { decision: 'GRADUATE', reason: 'mentor tries' },
      MENTOR,
    );
    expect(code(decide)).toBe('FORBIDDEN');
    expect(
      code(await command(app, 'closeModule', journeyA, { moduleId: capitalA, reason: 'mentor tries' }, MENTOR)),
    ).toBe('FORBIDDEN');
    expect(code(await app.gql(MY_MODULES, {}, MANAGER))).toBe('FORBIDDEN');
  });
});

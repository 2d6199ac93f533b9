import { randomUUID } from 'node:crypto';
import { mapWithConcurrency } from '../../domain/shared/bounded-concurrency';
import { memberCommandKey } from '../../domain/group/group-session.rules';
import { addDays } from '../../domain/shared/iso-time';
import { MANAGER, startAppHarness, type AppHarness, type Json, type TestIdentity } from '../support/app-harness';
import {
  cellOf,
  cohortFigures,
  figureOf,
  groupFigureDifferences,
  independentGroupFigures,
} from '../support/group-figure-check';
import {
  CHANGE_GROUP_STATUS,
  GROUP,
  RECORD_BUSINESS_PLAN,
  RECORD_GROUP_CAPITAL,
  RECORD_GROUP_REPORT,
  addGroupMembers,
  createGroup,
} from '../support/group-graphql';
import {
  CAPITAL_SESSIONS,
  GRADUATES,
  GROUP_SIZE,
  attendanceEvents,
  attendanceRows,
  daysAgo,
  deliveryOf,
  heldDaysAgo,
  plannedMembers,
  statusOf,
  type Member,
} from '../support/group-module-scenario';
import { groupProgramme, setUpGroupProgramme } from '../support/group-programme';
import {
  groupAttendanceRows,
  groupSessionInput,
  recordGroupAttendance,
  scheduleGroupSession,
} from '../support/group-session-graphql';
import { command, ok, reEvaluation } from '../support/journey-commands-graphql';
import { rawQuery } from '../support/raw-sql';

const codeOf = (res: { errors?: { extensions?: { code?: string } }[] }) => res.errors?.[0]?.extensions?.code;
const EVALUATION = { preScore: 35, postScore: 80, assignmentResult: 'PASSED' };
const LEARNING_ROLES: Record<number, string> = { 4: 'CHAIR', 5: 'SECRETARY', 6: 'TREASURER' };
const BUSINESS_ROLES = ['TREASURER', 'CHAIR', 'SECRETARY', 'MEMBER'];
const ALL_APPLIED = { members: GROUP_SIZE, applied: GROUP_SIZE, alreadyApplied: 0, refused: 0, notRecorded: 0 };

/**
 * What issue "Groups" is done by, through GraphQL on the real API, worker, PostgreSQL and Temporal (SQL only
 * reads raw rows): a learning group of 25 takes the capital module in every session it plans, held months ago,
 * once for everyone, with the template's hours and session mix (a session outside the hours refused, the mix
 * flagged half way); one attendance call retried and one cut off half way, each member's attendance applied
 * once; the module completes after evaluation and each journey moves on as its plan says, while the next module,
 * started by another group days ago, cannot be completed before its minimum duration; the graduates form a
 * business group with a plan, capital and two reports; every group figure equals the raw rows' own computation.
 */
describe('a learning group of 25 through a whole module, a business group of its graduates, their figures', () => {
  let app: AppHarness;
  const p = groupProgramme(randomUUID().slice(0, 8), 14, {
    minimumDuration: 'REFUSE',
    hoursPerSession: 'REFUSE',
    mixTolerancePoints: 10,
  });
  const { facilitatorA } = p.staff;
  const place = { programmeId: p.programmeId, cohortId: p.cohortId, facilitatorId: facilitatorA.user };
  let members: Member[] = [];
  let learning: Json;
  let market: Json;
  let business: Json;
  const sessions: { id: string; heldAt: string }[] = [];
  const moduleOf = new Map<string, string>(); // journey -> its capital module's id
  const entriesOf = (s: number) => members.map((m) => ({ journeyId: m.journeyId, status: statusOf(m.i, s) }));
  const send = (doc: string, groupId: string, input: Record<string, unknown>, who: TestIdentity = MANAGER) =>
    app.gql(doc, { groupId, key: `g-${randomUUID()}`, input }, who);
  const capitalOf = (journey: Json) => (journey.modules as Json[]).find((m) => m.templateId === 'CAPITAL_ACCESS');

  /** Schedules capital session s for the group (every member APPLIED); answers its id and when it was held. */
  async function schedule(s: number): Promise<{ id: string; heldAt: string }> {
    const { sessionType, durationHours, daysAgo: ago } = CAPITAL_SESSIONS[s];
    const heldAt = heldDaysAgo(ago);
    const input = groupSessionInput(learning.id, heldAt, { sessionType, durationHours });
    const res = await scheduleGroupSession(app, input, undefined, facilitatorA);
    const answer = res.data!.scheduleGroupSession;
    expect(answer.totals).toEqual(ALL_APPLIED);
    for (const l of answer.members) moduleOf.set(l.journeyId, l.moduleId);
    sessions.push({ id: answer.session.id, heldAt });
    return sessions[s];
  }
  const attend = (s: number, key?: string) =>
    recordGroupAttendance(app, sessions[s].id, sessions[s].heldAt, entriesOf(s), key, facilitatorA);

  beforeAll(async () => {
    app = await startAppHarness();
    await setUpGroupProgramme(app, p);
    members = await plannedMembers(app, p, facilitatorA);
  }, 300_000);
  afterAll(() => app?.stop());

  it('forms the learning group of 25; a session outside the template hours is refused; the first is held', async () => {
    learning = await createGroup(
      app,
      {
        ...place,
        kind: 'LEARNING_GROUP',
        moduleTemplateId: 'CAPITAL_ACCESS',
        name: 'Kelompok Belajar Melati',
        formedOn: daysAgo(120),
      },
      facilitatorA,
    );
    const joined = await addGroupMembers(
      app,
      learning.id,
      members.map((m) => ({ journeyId: m.journeyId, role: LEARNING_ROLES[m.i] ?? 'MEMBER', joinedOn: daysAgo(120) })),
      facilitatorA,
    );
    expect(joined.members.filter((m) => !m.applied)).toEqual([]);
    expect(joined.group.activeMemberCount).toBe(GROUP_SIZE);
    const active = await send(CHANGE_GROUP_STATUS, learning.id, { status: 'ACTIVE', reason: 'Met' }, facilitatorA);
    expect(active.errors).toBeUndefined();

    // The rules refuse a session outside the template's 3-4 hours: refused whole, nothing stored or copied.
    const long = groupSessionInput(learning.id, heldDaysAgo(101), { sessionType: 'THEORY', durationHours: 6 });
    const refused = await scheduleGroupSession(app, long, undefined, facilitatorA);
    expect(codeOf(refused)).toBe('SESSION_HOURS_OUTSIDE_TEMPLATE');
    expect(refused.errors?.[0]?.message).toMatch(/3-4 hours/);
    const stored = await rawQuery<{ n: number }>('select count(*)::int as n from group_session where group_id = $1', [
      learning.groupId,
    ]);
    expect(stored[0].n).toBe(0);
    expect(capitalOf(await deliveryOf(app, members[0].journeyId))).toMatchObject({ status: 'PLANNED', sessions: [] });

    await schedule(0);
    const first = (await attend(0)).data!.recordGroupAttendance;
    expect(first.totals).toEqual(ALL_APPLIED);
    const journey = await deliveryOf(app, members[0].journeyId);
    expect(capitalOf(journey)).toMatchObject({ status: 'ACTIVE', actualStart: sessions[0].heldAt });
  }, 240_000);

  it('a retried attendance call applies nothing twice; half way the mix is flagged against the template', async () => {
    await schedule(1);
    const key = `ga-${randomUUID()}`;
    const first = (await attend(1, key)).data!.recordGroupAttendance;
    expect(first.totals).toMatchObject({ applied: GROUP_SIZE, alreadyApplied: 0 });
    const again = (await attend(1, key)).data!.recordGroupAttendance;
    expect(again.totals).toEqual({
      members: GROUP_SIZE,
      applied: 0,
      alreadyApplied: GROUP_SIZE,
      refused: 0,
      notRecorded: 0,
    });
    expect(again.members.map((l: Json) => [l.journeyId, l.outcome, l.attendance])).toEqual(
      members.map((m) => [m.journeyId, 'ALREADY_APPLIED', statusOf(m.i, 1)]),
    );

    // Theory 3 h and facilitation 4 h held: theory's share is far above 20%, no guidance yet, hours still short.
    const { delivery } = capitalOf(await deliveryOf(app, members[9].journeyId));
    expect(delivery).toMatchObject({ sessionsHeld: 2, hoursHeld: 7, totalHoursCheck: 'BELOW', mixBasis: 'HOURS' });
    expect(delivery.mixOutsideTolerance).toBe(true);
    expect(delivery.mix.map((m: Json) => [m.sessionType, m.outsideTolerance])).toEqual([
      ['THEORY', true],
      ['FACILITATION', false],
      ['GUIDANCE', true],
    ]);
  }, 240_000);

  it('a call cut off half way is completed by its retry: each member once', async () => {
    const { id, heldAt } = await schedule(2);
    const key = `ga-${randomUUID()}`;
    // What a call leaves when its server stops after 12 members: their journeys applied their commands, sent with
    // the call's per-member keys; the rest of the call, its group_attendance rows included, never ran.
    const reached = members.slice(0, 12);
    await mapWithConcurrency(reached, 4, async (m) => {
      const input = { moduleId: moduleOf.get(m.journeyId), sessionId: id, status: statusOf(m.i, 2), heldAt };
      const res = await command(
        app,
        'recordAttendance',
        m.journeyId,
        input,
        facilitatorA,
        memberCommandKey(key, m.journeyId),
      );
      expect(res.errors).toBeUndefined();
    });
    expect(await groupAttendanceRows(id)).toEqual({});

    const retry = (await attend(2, key)).data!.recordGroupAttendance;
    expect(retry.totals).toEqual({ members: GROUP_SIZE, applied: 13, alreadyApplied: 12, refused: 0, notRecorded: 0 });
    expect(retry.members.map((l: Json) => l.outcome)).toEqual(
      members.map((m) => (m.i < 12 ? 'ALREADY_APPLIED' : 'APPLIED')),
    );
  }, 240_000);

  it('holds the last session: hours and mix within the template, one effect per member and session', async () => {
    await schedule(3);
    expect((await attend(3)).data!.recordGroupAttendance.totals).toMatchObject({ applied: GROUP_SIZE });

    const journeys = await mapWithConcurrency(members, 4, (m) => deliveryOf(app, m.journeyId));
    for (const journey of journeys) {
      const capital = capitalOf(journey);
      expect(capital.sessions.map((s: Json) => s.sessionId)).toEqual(sessions.map((s) => s.id));
      expect(capital.delivery).toMatchObject({
        sessionsScheduled: 4,
        sessionsHeld: 4,
        hoursHeld: 15,
        hoursScheduled: 15,
        hoursPerSession: { min: 3, max: 4 },
        sessionsOutsideHours: [],
        totalHours: { min: 12, max: 24 },
        totalHoursCheck: 'WITHIN',
        mixTolerancePoints: 10,
        mixOutsideTolerance: false,
        minimumDurationDays: 60,
        earliestCompletion: addDays(sessions[0].heldAt, 60),
        completedEarly: false,
      });
      const shares = capital.delivery.mix.map((m: Json) => [m.sessionType, m.sessionsHeld, m.hoursHeld]);
      expect(shares).toEqual([
        ['THEORY', 1, 3],
        ['FACILITATION', 2, 8],
        ['GUIDANCE', 1, 4],
      ]);
      capital.delivery.mix.forEach((m: Json, k: number) =>
        expect(m.sharePercent).toBeCloseTo([20, 53.33, 26.67][k], 1),
      );
    }

    // Every member's journey recorded each session's attendance once; the group rows say the same.
    const ids = sessions.map((s) => s.id);
    const events = await attendanceEvents(ids);
    const rows = await attendanceRows(ids);
    const pairs = members.flatMap((m) =>
      ids.map((id, s) => ({ key: `${m.journeyId}/${id}`, status: statusOf(m.i, s) })),
    );
    expect(events.size).toBe(GROUP_SIZE * 4);
    expect(pairs.filter((x) => events.get(x.key) !== 1)).toEqual([]);
    expect(rows.size).toBe(GROUP_SIZE * 4);
    expect(pairs.filter((x) => rows.get(x.key) !== x.status)).toEqual([]);
  }, 240_000);

  it('completes the module held months ago; each journey moves on as its plan says', async () => {
    const done = await mapWithConcurrency(members, 4, (m) =>
      ok(
        app,
        'recordModuleEvaluation',
        m.journeyId,
        { moduleId: moduleOf.get(m.journeyId), ...EVALUATION },
        facilitatorA,
      ),
    );
    for (const [k, journey] of done.entries()) {
      expect(capitalOf(journey)).toMatchObject({ status: 'COMPLETED', preScore: 35, postScore: 80 });
      if (k < GRADUATES) {
        // Their plan held the capital module only: its end is the plan's end.
        expect(journey).toMatchObject({ stage: 'RE_EVALUATION', nextAction: { action: 'submitReEvaluation' } });
      } else {
        const next = journey.modules.find((m: Json) => m.templateId === 'MARKET_ACCESS');
        expect(journey).toMatchObject({ stage: 'IN_INTERVENTION', nextAction: { action: 'scheduleSession' } });
        expect(next).toMatchObject({ status: 'PLANNED', sessions: [] });
      }
    }
  }, 240_000);

  it('refuses to complete the next module early: its group met for the first time three days ago', async () => {
    const takers = members.slice(GRADUATES);
    market = await createGroup(
      app,
      {
        ...place,
        kind: 'LEARNING_GROUP',
        moduleTemplateId: 'MARKET_ACCESS',
        name: 'Kelompok Belajar Kenanga',
        formedOn: daysAgo(10),
      },
      facilitatorA,
    );
    const roles = takers.map((m) => ({
      journeyId: m.journeyId,
      role: m.i === 7 ? 'CHAIR' : 'MEMBER',
      joinedOn: daysAgo(10),
    }));
    expect((await addGroupMembers(app, market.id, roles, facilitatorA)).group.activeMemberCount).toBe(takers.length);
    const heldAt = heldDaysAgo(3);
    const input = groupSessionInput(market.id, heldAt, { sessionType: 'THEORY', durationHours: 2 });
    const session = (await scheduleGroupSession(app, input, undefined, facilitatorA)).data!.scheduleGroupSession;
    const entries = takers.map((m) => ({ journeyId: m.journeyId, status: 'PRESENT' }));
    const held = await recordGroupAttendance(app, session.session.id, heldAt, entries, undefined, facilitatorA);
    expect(held.data!.recordGroupAttendance.totals).toMatchObject({ applied: takers.length, refused: 0 });

    const earliest = addDays(heldAt, 60);
    const early = await mapWithConcurrency(takers, 4, (m) => {
      const moduleId = session.members.find((l: Json) => l.journeyId === m.journeyId).moduleId;
      return command(app, 'recordModuleEvaluation', m.journeyId, { moduleId, ...EVALUATION }, facilitatorA);
    });
    expect(early.map(codeOf)).toEqual(takers.map(() => 'MODULE_MINIMUM_DURATION'));
    expect(early[0].errors?.[0]?.message).toContain(earliest);
    const journey = await deliveryOf(app, takers[0].journeyId);
    const next = journey.modules.find((m: Json) => m.templateId === 'MARKET_ACCESS');
    expect(journey.stage).toBe('IN_INTERVENTION');
    expect(next).toMatchObject({ status: 'ACTIVE', preScore: null, actualStart: heldAt });
    expect(next.delivery).toMatchObject({ earliestCompletion: earliest, completedEarly: false, sessionsHeld: 1 });
    const evaluated = await rawQuery<{ n: number }>(
      `select count(*)::int as n from journey_event where type = 'MODULE_EVALUATED' and journey_id = any($1)
          and data->>'moduleId' like 'MARKET_ACCESS%'`,
      [takers.map((m) => m.journeyId)],
    );
    expect(evaluated[0].n).toBe(0);
  }, 240_000);

  it('the graduates form a business group with a plan, capital and two periodic reports', async () => {
    const graduates = members.slice(0, GRADUATES);
    await mapWithConcurrency(graduates, 4, async (m) => {
      expect((await ok(app, 'submitReEvaluation', m.journeyId, reEvaluation(true), facilitatorA)).stage).toBe(
        'GRADUATION_REVIEW',
      );
      await ok(app, 'decideGraduation', m.journeyId, { decision: 'GRADUATE' }, MANAGER);
      const told = { decision: 'GRADUATE', channel: 'HOME_VISIT', summary: 'Explained the criteria met' };
      expect((await ok(app, 'recordCommunication', m.journeyId, told, facilitatorA)).stage).toBe('GRADUATED');
    });

    business = await createGroup(app, {
      ...place,
      kind: 'BUSINESS_GROUP',
      name: 'KUBE Melati Sejahtera',
      formedOn: daysAgo(75),
      plannedMeetingsPerMonth: 2,
    });
    const joined = await addGroupMembers(
      app,
      business.id,
      graduates.map((m) => ({ journeyId: m.journeyId, role: BUSINESS_ROLES[m.i], joinedOn: daysAgo(75) })),
    );
    expect(joined.members.map((m) => m.applied)).toEqual([true, true, true, true]);
    const plan = {
      activity: 'FOOD_PROCESSING',
      plannedCapital: 12e6,
      expectedMonthlyRevenue: 2.5e6,
      presentedOn: daysAgo(70),
    };
    expect((await send(RECORD_BUSINESS_PLAN, business.id, plan)).data!.recordBusinessPlan.businessPlan).toEqual(plan);
    const capital = await send(RECORD_GROUP_CAPITAL, business.id, {
      source: 'KUR',
      amount: 10e6,
      receivedOn: daysAgo(45),
    });
    expect(capital.errors).toBeUndefined();
    const report = (from: number, to: number, meetingsHeld: number, membersPresent: number, revenue: number) =>
      send(RECORD_GROUP_REPORT, business.id, {
        periodStart: daysAgo(from),
        periodEnd: daysAgo(to),
        meetingsHeld,
        membersPresent,
        revenue,
        savings: 250_000,
      });
    expect((await report(60, 31, 3, 4, 0)).errors).toBeUndefined();
    expect((await report(30, 1, 4, 3, 1_800_000)).errors).toBeUndefined();

    const read = async (g: Json) => (await app.gql(GROUP, { id: g.id })).data!.group;
    expect(await read(business)).toMatchObject({
      kind: 'BUSINESS_GROUP',
      activeMemberCount: 4,
      businessPlan: plan,
      capital: [expect.objectContaining({ source: 'KUR', amount: 10e6, receivedOn: daysAgo(45) })],
      reports: [expect.objectContaining({ revenue: 0 }), expect.objectContaining({ revenue: 1_800_000 })],
      lastMeetingOn: daysAgo(1),
      meetingOverdue: false,
    });
    // The rules' 14 days: the capital group last met 79 days ago, the market group three days ago.
    expect(await read(learning)).toMatchObject({ lastMeetingOn: daysAgo(79), meetingOverdue: true });
    expect(await read(market)).toMatchObject({ lastMeetingOn: daysAgo(3), meetingOverdue: false });
  }, 240_000);

  it.each([
    ['all time', { from: null, to: null }],
    ['the last 60 days', { from: daysAgo(60), to: daysAgo(0) }],
  ])(
    'every group figure over %s equals the computation from the raw rows, in total and per group',
    async (_, period) => {
      const api = await cohortFigures(app, p.programmeId, p.cohortId, period);
      expect(
        groupFigureDifferences(api, await independentGroupFigures(app, p.programmeId, p.cohortId, period)),
      ).toEqual([]);
      const keys = api.map((f) => f.key);
      for (const key of [
        'group_members',
        'group_meeting_rate:LEARNING_GROUP',
        `group_attendance_rate:group:${market.groupId}`, // its session was held three days ago
      ])
        expect(keys).toContain(key);
    },
  );

  it('counts what the groups did: members, leaders, women leaders, attendance, capital, business', async () => {
    const all = await cohortFigures(app, p.programmeId, p.cohortId, { from: null, to: null });
    expect(figureOf(all, 'group_members')).toMatchObject({ numerator: 25, denominator: 25 });
    expect(cellOf(figureOf(all, 'group_members'), 'SEX', 'MALE')).toMatchObject({ numerator: 8, denominator: 8 });
    expect(figureOf(all, 'group_members:BUSINESS_GROUP')).toMatchObject({ numerator: 4 });
    // Leaders: the capital group's three, the market group's chair, the business group's three.
    expect(figureOf(all, 'group_leader_rate')).toMatchObject({ numerator: 7, denominator: 25 });
    const women = figureOf(all, 'group_women_leader_share');
    expect(women).toMatchObject({ numerator: 4, denominator: 7 });
    expect(cellOf(women, 'SEX', 'MALE')).toMatchObject({ numerator: 0, denominator: 3 });
    const points = members.flatMap((m) =>
      [0, 1, 2, 3].map((s) => ({ PRESENT: 1, PARTIAL: 0.5, ABSENT: 0 })[statusOf(m.i, s)]),
    );
    expect(figureOf(all, `group_attendance_rate:group:${learning.groupId}`)).toMatchObject({
      numerator: points.reduce((a, b) => a + b, 0),
      denominator: 100,
    });
    expect(figureOf(all, 'group_capital_access:KUR')).toMatchObject({ numerator: 1, denominator: 1 });
    expect(figureOf(all, 'group_business_running')).toMatchObject({ numerator: 1, denominator: 1 });
    expect(cellOf(figureOf(all, 'group_business_running'), 'REGION', '52')).toMatchObject({
      numerator: 1,
      denominator: 1,
    });
  });
});

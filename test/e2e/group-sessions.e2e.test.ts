import { randomUUID } from 'node:crypto';
import { memberCommandKey } from '../../domain/group/group-session.rules';
import { startAppHarness, randomNik, FACILITATOR, MANAGER, type AppHarness, type Json } from '../support/app-harness';
import { assessmentInput, command, ok } from '../support/journey-commands-graphql';
import { ENROLL, JOURNEY, enrolmentInput } from '../support/journey-graphql';
import { CHANGE_GROUP_STATUS, END_GROUP_MEMBERSHIP, addGroupMembers, createGroup } from '../support/group-graphql';
import {
  groupAttendanceRows,
  groupSessionInput,
  recordGroupAttendance,
  scheduleGroupSession,
  sessionEventCounts,
} from '../support/group-session-graphql';
import { rawQuery } from '../support/raw-sql';

const DAY = 86_400_000;
const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const line = (journeyId: string, outcome: string, rest: Record<string, unknown> = {}) =>
  expect.objectContaining({ journeyId, outcome, ...rest });
const sessionsOf = async (app: AppHarness, id: string) =>
  ((await app.gql(JOURNEY, { id })).data!.journey.modules as Json[]).flatMap((m: Json) => m.sessions as Json[]);

/**
 * A learning group's sessions over HTTP on the real servers: one session scheduled once for every member, their
 * attendance recorded in one call, retried, cut off half way, refused for some; each member's journey holds each
 * effect once. Groups and memberships are formed through the group mutations (createGroup, addGroupMembers,
 * endGroupMembership), each member joining on their own so the answers list them in the order they joined.
 */
describe('learning group sessions: held once, recorded for every member', () => {
  let app: AppHarness;
  let members: string[]; // group A from a month ago
  let outsider: string; // in intervention, in no group
  let mover: string; // group A until yesterday, group B from yesterday
  let groupA: string;
  let groupB: string;
  let today: string; // the session S1 of group A, held now
  const now = Date.now();

  beforeAll(async () => {
    app = await startAppHarness();
    const journeys = await Promise.all(
      Array.from({ length: 7 }, async () => {
        const res = await app.gql(ENROLL, { input: enrolmentInput(randomNik()), key: `enrol-${randomUUID()}` });
        if (res.errors) throw new Error(JSON.stringify(res.errors));
        const id = res.data!.enrollBeneficiary.journeyId as string;
        const planning = await ok(app, 'submitAssessment', id, assessmentInput());
        const modules = planning.proposedModules.map((m: Json) => ({ ...m }));
        const planned = await ok(app, 'approvePlan', id, { modules }, MANAGER);
        return { id, templateId: planned.modules[0].templateId as string };
      }),
    );
    [outsider, mover] = journeys.slice(5).map((j) => j.id);
    members = journeys.slice(0, 5).map((j) => j.id);
    const learningGroup = async (name: string) => {
      const input = { kind: 'LEARNING_GROUP', moduleTemplateId: journeys[0].templateId, name };
      const group = await createGroup(app, { ...input, formedOn: dayOf(now - 60 * DAY) }, FACILITATOR);
      const active = { status: 'ACTIVE', reason: 'First meeting held' };
      const res = await app.gql(CHANGE_GROUP_STATUS, { groupId: group.id, key: `gst-${randomUUID()}`, input: active });
      if (res.errors) throw new Error(JSON.stringify(res.errors));
      return group.groupId as string;
    };
    const join = async (groupId: string, journeyId: string, joinedOn: string) => {
      const [line] = (await addGroupMembers(app, groupId, [{ journeyId, joinedOn }], FACILITATOR)).members;
      if (!line.applied) throw new Error(`${journeyId} did not join: ${line.code}`);
    };
    groupA = await learningGroup('Kelompok Belajar Anggrek');
    groupB = await learningGroup('Kelompok Belajar Mawar');
    for (const id of [...members, mover]) await join(groupA, id, dayOf(now - 30 * DAY));
    const leave = { journeyId: mover, leftOn: dayOf(now - DAY), reason: 'Moved to another hamlet' };
    const left = await app.gql(END_GROUP_MEMBERSHIP, { groupId: groupA, key: `gl-${randomUUID()}`, input: leave });
    if (left.errors) throw new Error(JSON.stringify(left.errors));
    await join(groupB, mover, dayOf(now - DAY));
  }, 240_000);
  afterAll(() => app?.stop());

  it('schedules a session once for every member on its day; the same call again schedules nothing twice', async () => {
    const key = `gs-${randomUUID()}`;
    const input = groupSessionInput(groupA, new Date(now).toISOString());
    const first = (await scheduleGroupSession(app, input, key)).data!.scheduleGroupSession;
    expect(first.totals).toEqual({ members: 5, applied: 5, alreadyApplied: 0, refused: 0, notRecorded: 0 });
    expect(first.members).toEqual(members.map((id) => line(id, 'APPLIED', { code: null })));
    today = first.session.id;
    for (const id of members) expect(await sessionsOf(app, id)).toEqual([{ sessionId: today, attendance: null }]);
    expect(await sessionsOf(app, mover)).toEqual([]); // left group A yesterday

    const again = (await scheduleGroupSession(app, input, key)).data!.scheduleGroupSession;
    expect(again.session.id).toBe(today);
    expect(again.totals).toMatchObject({ members: 5, applied: 0, alreadyApplied: 5 });
    const scheduled = await sessionEventCounts('SESSION_SCHEDULED', today);
    expect(members.map((id) => scheduled[id])).toEqual([1, 1, 1, 1, 1]);
    const audit = await rawQuery<{ after: string }>(
      `select after::text from audit_log where source = 'GROUP' and action = 'groupSession.schedule' ` +
        `and after->>'sessionId' = $1`,
      [today],
    );
    expect(audit).toHaveLength(1);
    expect(audit[0].after).not.toMatch(/Balai|proposal|Pendamping/); // programme facts stay out of audit rows

    const codeOf = (res: { errors?: { extensions?: { code?: string } }[] }) => res.errors?.[0].extensions?.code;
    expect(codeOf(await scheduleGroupSession(app, { ...input, topic: 'Another topic' }, key))).toBe(
      'IDEMPOTENCY_KEY_REUSED',
    );
    expect(codeOf(await scheduleGroupSession(app, { ...input, sessionType: 'HOME_VISIT' }))).toBe('VALIDATION_FAILED');
    const other = { user: 'facilitator-2', role: 'facilitator' };
    expect(codeOf(await scheduleGroupSession(app, input, undefined, other))).toBe('FORBIDDEN');
    expect(codeOf(await scheduleGroupSession(app, input, undefined, MANAGER))).toBe('FORBIDDEN');
  });

  it("records every member's attendance in one call; the same call again applies nothing twice", async () => {
    const [m0, m1, m2, m3, m4] = members;
    const heldAt = new Date(now).toISOString();
    const entries = [
      { journeyId: m0, status: 'PRESENT' },
      { journeyId: m1, status: 'PARTIAL' },
      { journeyId: m2, status: 'ABSENT' },
      { journeyId: m3, status: 'PRESENT' },
      { journeyId: outsider, status: 'PRESENT' },
    ];
    const key = `ga-${randomUUID()}`;
    const expected = (outcome: string) => [
      line(m0, outcome, { attendance: 'PRESENT' }),
      line(m1, outcome, { attendance: 'PARTIAL' }),
      line(m2, outcome, { attendance: 'ABSENT' }),
      line(m3, outcome, { attendance: 'PRESENT' }),
      line(outsider, 'REFUSED', { code: 'NOT_A_GROUP_MEMBER' }),
      line(m4, 'NOT_RECORDED', { code: null, attendance: null }),
    ];
    const first = (await recordGroupAttendance(app, today, heldAt, entries, key)).data!.recordGroupAttendance;
    expect(first.totals).toEqual({ members: 6, applied: 4, alreadyApplied: 0, refused: 1, notRecorded: 1 });
    expect(first.members).toEqual(expected('APPLIED'));

    const again = (await recordGroupAttendance(app, today, heldAt, entries, key)).data!.recordGroupAttendance;
    expect(again.totals).toEqual({ members: 6, applied: 0, alreadyApplied: 4, refused: 1, notRecorded: 1 });
    expect(again.members).toEqual(expected('ALREADY_APPLIED'));
    expect(await sessionsOf(app, m1)).toEqual([{ sessionId: today, attendance: 'PARTIAL' }]);
    const events = await sessionEventCounts('ATTENDANCE_RECORDED', today);
    expect(events).toEqual({ [m0]: 1, [m1]: 1, [m2]: 1, [m3]: 1 });
    expect(await groupAttendanceRows(today)).toEqual({
      [m0]: 'PRESENT',
      [m1]: 'PARTIAL',
      [m2]: 'ABSENT',
      [m3]: 'PRESENT',
    });

    expect(await attendanceAudits(today)).toEqual([{ recorded: 4, refused: 1 }]); // the retry added no row

    // The member left out is recorded by a later list; the others are already there.
    const late = await recordGroupAttendance(app, today, heldAt, [{ journeyId: m4, status: 'PRESENT' }]);
    expect(late.data!.recordGroupAttendance.totals).toMatchObject({ applied: 1, notRecorded: 0 });
    expect(await attendanceAudits(today)).toHaveLength(2);
  });

  it('completes a call cut off half way with its retry: one effect per member', async () => {
    const heldAt = new Date(now).toISOString();
    const session = (await scheduleGroupSession(app, groupSessionInput(groupA, heldAt))).data!.scheduleGroupSession;
    const id = session.session.id as string;
    const key = `ga-${randomUUID()}`;
    // What a call leaves when its server stops after two members: their journeys applied their commands, sent with
    // the call's per-member keys; the rest of the call, its group_attendance rows included, never ran.
    for (const journeyId of members.slice(0, 2)) {
      const input = { moduleId: session.members[0].moduleId, sessionId: id, status: 'PRESENT', heldAt };
      const res = await command(
        app,
        'recordAttendance',
        journeyId,
        input,
        FACILITATOR,
        memberCommandKey(key, journeyId),
      );
      expect(res.errors).toBeUndefined();
    }
    expect(await groupAttendanceRows(id)).toEqual({});

    const entries = members.map((journeyId) => ({ journeyId, status: 'PRESENT' }));
    const retry = (await recordGroupAttendance(app, id, heldAt, entries, key)).data!.recordGroupAttendance;
    expect(retry.members.map((l: Json) => l.outcome)).toEqual([
      'ALREADY_APPLIED',
      'ALREADY_APPLIED',
      'APPLIED',
      'APPLIED',
      'APPLIED',
    ]);
    const events = await sessionEventCounts('ATTENDANCE_RECORDED', id);
    expect(members.map((m) => events[m])).toEqual([1, 1, 1, 1, 1]);
    expect(Object.keys(await groupAttendanceRows(id)).sort()).toEqual([...members].sort());
  });

  it('keeps one attendance history for a member who changed group', async () => {
    const before = new Date(now - 2 * DAY).toISOString(); // in group A then
    const inA = (await scheduleGroupSession(app, groupSessionInput(groupA, before))).data!.scheduleGroupSession;
    expect(inA.members.map((l: Json) => l.journeyId)).toEqual([...members, mover]);
    const a = await recordGroupAttendance(app, inA.session.id, before, [{ journeyId: mover, status: 'PRESENT' }]);
    expect(a.data!.recordGroupAttendance.members[0]).toEqual(line(mover, 'APPLIED'));

    const nowIso = new Date(now).toISOString();
    const inB = (await scheduleGroupSession(app, groupSessionInput(groupB, nowIso))).data!.scheduleGroupSession;
    expect(inB.members).toEqual([line(mover, 'APPLIED')]);
    const b = await recordGroupAttendance(app, inB.session.id, nowIso, [{ journeyId: mover, status: 'PARTIAL' }]);
    expect(b.data!.recordGroupAttendance.members[0]).toEqual(line(mover, 'APPLIED'));
    // No longer in group A today: A's session of today is not theirs to attend.
    const notA = await recordGroupAttendance(app, today, nowIso, [{ journeyId: mover, status: 'PRESENT' }]);
    expect(notA.data!.recordGroupAttendance.members[0]).toEqual(line(mover, 'REFUSED', { code: 'NOT_A_GROUP_MEMBER' }));

    expect(await sessionsOf(app, mover)).toEqual([
      { sessionId: inA.session.id, attendance: 'PRESENT' },
      { sessionId: inB.session.id, attendance: 'PARTIAL' },
    ]);
    const [state] = await rawQuery<{ groups: string[] }>(
      `select array(select s->>'groupId' from jsonb_array_elements(state->'modules'->0->'sessions') s) as groups
         from journey where id = $1`,
      [mover],
    );
    expect(state.groups).toEqual([groupA, groupB]);
    expect(await groupAttendanceRows(inA.session.id)).toEqual({ [mover]: 'PRESENT' });
    expect(await groupAttendanceRows(inB.session.id)).toEqual({ [mover]: 'PARTIAL' });
  });

  it('refuses per member with its reason: listed twice, another attendance recorded, paused, ended', async () => {
    const [m0, m1, m2, m3, m4] = members;
    const heldAt = new Date(now).toISOString();
    const session = (await scheduleGroupSession(app, groupSessionInput(groupA, heldAt))).data!.scheduleGroupSession;
    const id = session.session.id as string;
    const moduleId = session.members[0].moduleId as string;
    await ok(app, 'recordAttendance', m0, { moduleId, sessionId: id, status: 'ABSENT', heldAt });
    const reason = { reason: 'Pindah ke luar daerah' };
    expect((await app.gql(PAUSE, { id: m2, ...reason })).errors).toBeUndefined();
    expect((await app.gql(WITHDRAW, { id: m4, ...reason }, FACILITATOR)).errors).toBeUndefined();

    const res = await recordGroupAttendance(app, id, heldAt, [
      { journeyId: m0, status: 'PRESENT' },
      { journeyId: m1, status: 'PRESENT' },
      { journeyId: m1, status: 'ABSENT' },
      { journeyId: m2, status: 'PRESENT' },
      { journeyId: m3, status: 'PRESENT' },
      { journeyId: m4, status: 'PRESENT' },
    ]);
    expect(res.data!.recordGroupAttendance.members).toEqual([
      line(m0, 'REFUSED', { code: 'ATTENDANCE_ALREADY_RECORDED', attendance: 'ABSENT' }),
      line(m1, 'REFUSED', { code: 'LISTED_TWICE' }),
      line(m1, 'REFUSED', { code: 'LISTED_TWICE' }),
      line(m2, 'REFUSED', { code: 'JOURNEY_PAUSED' }),
      line(m3, 'APPLIED'),
      line(m4, 'REFUSED', { code: 'JOURNEY_CLOSED' }),
    ]);
    expect(res.data!.recordGroupAttendance.members[1].message).toEqual(expect.stringContaining('more than once'));
    expect(await groupAttendanceRows(id)).toEqual({ [m0]: 'ABSENT', [m3]: 'PRESENT' }); // as the journeys hold it
  });
});

/** The GROUP audit rows of a session's attendance lists: how many rows each added and refused. */
const attendanceAudits = async (sessionId: string) =>
  (
    await rawQuery<{ recorded: number; refused: number }>(
      `select jsonb_array_length(after->'recorded') as recorded, jsonb_array_length(after->'refused') as refused
         from audit_log where source = 'GROUP' and action = 'groupSession.attendance' and after->>'sessionId' = $1
        order by id`,
      [sessionId],
    )
  ).map((r) => ({ recorded: Number(r.recorded), refused: Number(r.refused) }));

const PAUSE = `mutation($id: ID!, $reason: String!) {
  pauseJourney(journeyId: $id, idempotencyKey: "pause-${randomUUID()}", reason: $reason) { id } }`;
const WITHDRAW = `mutation($id: ID!, $reason: String!) {
  withdraw(journeyId: $id, idempotencyKey: "withdraw-${randomUUID()}", reason: $reason) { id } }`;

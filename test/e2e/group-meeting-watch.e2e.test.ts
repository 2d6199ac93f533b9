import { randomUUID } from 'node:crypto';
import { startAppHarness, MANAGER, type AppHarness, type Json, type TestIdentity } from '../support/app-harness';
import {
  CHANGE_GROUP_STATUS,
  GROUP,
  RECORD_GROUP_REPORT,
  addGroupMembers,
  createGroup,
} from '../support/group-graphql';
import { runGroupMeetingWatch } from '../support/group-meeting-watch';
import { enrolForGroups, groupProgramme, setUpGroupProgramme } from '../support/group-programme';
import { groupSessionInput, recordGroupAttendance, scheduleGroupSession } from '../support/group-session-graphql';
import { assessmentInput } from '../support/journey-commands-graphql';
import { toIntervention } from '../support/programme-office';
import { rawQuery } from '../support/raw-sql';

const DAY = 86_400_000;
const daysAgo = (n: number) => new Date(Date.now() - n * DAY).toISOString().slice(0, 10);

/**
 * The group meeting watch on the real servers: the worker's Temporal Schedule (created by the harness as the
 * worker creates it, paused so that only a trigger starts a round) runs its workflow, whose activity escalates
 * every open group that stopped meeting under its programme's rules (here 2 days) to the group's facilitator and
 * their coordinator, as myNotifications shows them; once per silence, however many rounds run.
 */
describe('group meeting watch: groups that stopped meeting are escalated, once', () => {
  let app: AppHarness;
  const run = randomUUID().slice(0, 8);
  const p = groupProgramme(run, 2);
  const { coordinator, facilitatorA, facilitatorB } = p.staff;
  const groups: Record<
    'silent' | 'reported' | 'heldSession' | 'dissolved' | 'silentB',
    { id: string; groupId: string }
  > = {} as never;
  const ours = () => Object.values(groups).map((g) => g.groupId);
  const notifications = async (who: TestIdentity) => {
    const res = await app.gql(
      `query { myNotifications(first: 200) { key kind reason journeyId groupId deadlineKey } }`,
      {},
      who,
    );
    if (res.errors) return res.errors.map((e) => e.extensions?.code);
    return (res.data!.myNotifications as Json[]).filter((n: Json) => ours().includes(n.groupId));
  };
  const escalationRows = () =>
    rawQuery<Record<string, Json>>(
      `select a.actor_id, a.actor_role, a.after::text as after, a.after->>'groupId' as group_id from audit_log a
        where a.source = 'GROUP' and a.action = 'group.meeting.escalate' and a.after->>'groupId' = any($1::text[])
        order by a.id`,
      [ours()],
    );
  const notificationRows = () =>
    rawQuery<Record<string, Json>>(
      `select key, kind, reason, recipient_id, recipient_role, journey_id, group_id::text as group_id, data
         from notification where group_id::text = any($1::text[]) order by key`,
      [ours()],
    );

  beforeAll(async () => {
    app = await startAppHarness();
    await setUpGroupProgramme(app, p);
    const place = { programmeId: p.programmeId, cohortId: p.cohortId, facilitatorId: facilitatorA.user };
    const formed = (name: string, extra: Record<string, unknown> = {}) =>
      createGroup(app, { ...place, name, formedOn: daysAgo(10), ...extra }) as Promise<{ id: string; groupId: string }>;
    groups.silent = await formed('KUBE Sunyi');
    groups.silentB = await formed('KUBE Sepi', { facilitatorId: facilitatorB.user });
    groups.reported = await formed('KUBE Lapor');
    const report = { periodStart: daysAgo(7), periodEnd: daysAgo(1), meetingsHeld: 2, membersPresent: 0 };
    const reported = await app.gql(
      RECORD_GROUP_REPORT,
      { groupId: groups.reported.id, key: `r-${randomUUID()}`, input: { ...report, revenue: 0, savings: 0 } },
      MANAGER,
    );
    expect(reported.errors).toBeUndefined();
    groups.dissolved = await formed('KUBE Bubar');
    const dissolve = { status: 'DISSOLVED', reason: 'Members moved away' };
    const ended = await app.gql(CHANGE_GROUP_STATUS, {
      groupId: groups.dissolved.id,
      key: `d-${run}`,
      input: dissolve,
    });
    expect(ended.errors).toBeUndefined();
    // A learning group whose member attended a session today: it met.
    const [journeyId] = await enrolForGroups(app, p, 1, facilitatorA);
    const [module] = await toIntervention(app, journeyId, facilitatorA, assessmentInput());
    groups.heldSession = await formed('Kelompok Belajar Hadir', {
      kind: 'LEARNING_GROUP',
      moduleTemplateId: module.templateId,
    });
    await addGroupMembers(app, groups.heldSession.id, [{ journeyId, joinedOn: daysAgo(10) }]);
    const now = new Date().toISOString();
    const scheduled = await scheduleGroupSession(
      app,
      groupSessionInput(groups.heldSession.id, now),
      undefined,
      facilitatorA,
    );
    expect(scheduled.errors).toBeUndefined();
    const sessionId = scheduled.data!.scheduleGroupSession.session.id as string;
    const held = await recordGroupAttendance(
      app,
      sessionId,
      now,
      [{ journeyId, status: 'PRESENT' }],
      undefined,
      facilitatorA,
    );
    expect(held.data!.recordGroupAttendance.totals).toMatchObject({ applied: 1 });
  }, 240_000);
  afterAll(() => app?.stop());

  it('judges the groups as Group.meetingOverdue shows them', async () => {
    const overdue = async (id: string) => (await app.gql(GROUP, { id })).data!.group.meetingOverdue as boolean;
    expect(await overdue(groups.silent.id)).toBe(true);
    expect(await overdue(groups.silentB.id)).toBe(true);
    expect(await overdue(groups.reported.id)).toBe(false);
    expect(await overdue(groups.heldSession.id)).toBe(false);
    expect(await overdue(groups.dissolved.id)).toBe(false);
  });

  it("a round tells each silent group's facilitator and their coordinator; nobody else sees it", async () => {
    const round = await runGroupMeetingWatch(app);
    expect(round.escalated).toBeGreaterThanOrEqual(2);
    const told = (kind: string, group: { groupId: string }) =>
      expect.objectContaining({ kind, reason: 'GROUP_MEETING_OVERDUE', groupId: group.groupId, journeyId: null });
    expect(await notifications(facilitatorA)).toEqual([told('ESCALATE_TO_FACILITATOR', groups.silent)]);
    expect(await notifications(coordinator)).toEqual([told('ESCALATE_TO_COORDINATOR', groups.silent)]);
    expect(await notifications(facilitatorB)).toEqual([told('ESCALATE_TO_FACILITATOR', groups.silentB)]);
    expect(await notifications(MANAGER)).toEqual([]);
    // The coordinator with a token for another province, and a partner, see none of it.
    expect(await notifications({ ...coordinator, regions: ['31'] })).toEqual([]);
    const partner = { user: `mitra-${run}`, role: 'partner', programmes: [p.programmeId], regions: ['52'] };
    expect(await notifications(partner)).toEqual(['FORBIDDEN']);
    // Facilitator B has no coordinator: that rung is recorded, addressed to nobody.
    const rows = await notificationRows();
    expect(rows.filter((r) => r.group_id === groups.silentB.groupId)).toEqual([
      expect.objectContaining({ kind: 'ESCALATE_TO_COORDINATOR', recipient_id: null, recipient_role: 'coordinator' }),
      expect.objectContaining({ kind: 'ESCALATE_TO_FACILITATOR', recipient_id: facilitatorB.user }),
    ]);
    expect(rows.every((r) => r.journey_id === null)).toBe(true);
    expect(rows[0].data).toMatchObject({ programmeId: p.programmeId, silentSince: daysAgo(10), lastMeetingOn: null });
  });

  it('audits each escalation once under GROUP, by the system, with ids and codes only', async () => {
    const audit = await escalationRows();
    expect(audit.map((r) => r.group_id).sort()).toEqual([groups.silent.groupId, groups.silentB.groupId].sort());
    expect(audit.every((r) => r.actor_id === 'system' && r.actor_role === 'system')).toBe(true);
    const silent = JSON.parse(String(audit.find((r) => r.group_id === groups.silent.groupId)!.after));
    expect(silent).toMatchObject({ coordinatorId: coordinator.user, meetingOverdueDays: 2, silentSince: daysAgo(10) });
    expect(audit.map((r) => String(r.after)).join('\n')).not.toMatch(/KUBE|Sunyi|Sepi/);
  });

  it('another round adds nothing; a group that met since is not escalated', async () => {
    const [rowsBefore, auditBefore] = [await notificationRows(), await escalationRows()];
    await runGroupMeetingWatch(app);
    expect(await notificationRows()).toEqual(rowsBefore);
    expect(await escalationRows()).toEqual(auditBefore);
    const report = { periodStart: daysAgo(3), periodEnd: daysAgo(0), meetingsHeld: 1, membersPresent: 0 };
    const met = await app.gql(RECORD_GROUP_REPORT, {
      groupId: groups.silent.id,
      key: `r-${randomUUID()}`,
      input: { ...report, revenue: 0, savings: 0 },
    });
    expect(met.data!.recordGroupReport.meetingOverdue).toBe(false);
    await runGroupMeetingWatch(app);
    expect(await notificationRows()).toEqual(rowsBefore);
    expect(await notifications(facilitatorA)).toHaveLength(1);
  });
});

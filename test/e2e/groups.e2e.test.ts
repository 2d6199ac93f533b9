import { randomUUID } from 'node:crypto';
import { MANAGER, startAppHarness, type AppHarness, type Json, type TestIdentity } from '../support/app-harness';
import {
  ADD_GROUP_MEMBERS,
  CHANGE_GROUP_MEMBER_ROLE,
  CHANGE_GROUP_STATUS,
  CREATE_GROUP,
  END_GROUP_MEMBERSHIP,
  GROUP,
  GROUPS,
  JOURNEY_GROUPS,
  RECORD_BUSINESS_PLAN,
  RECORD_GROUP_CAPITAL,
  RECORD_GROUP_REPORT,
  addGroupMembers,
  createGroup,
  groupInput,
} from '../support/group-graphql';
import { enrolForGroups, groupProgramme, setUpGroupProgramme } from '../support/group-programme';

const codeOf = (res: { errors?: { extensions?: { code?: string } }[] }) => res.errors?.[0]?.extensions?.code;
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

/**
 * Groups through GraphQL against the real API, worker, PostgreSQL and Temporal: a learning group and a business
 * group formed, members joining (each answered on its own), their lifecycle, a member leaving and rejoining,
 * a business plan, capital and reports, retried commands applied once, callers out of scope refused, and
 * every change in the audit log (source GROUP) with ids, codes and figures only.
 */
describe('groups: formed, joined, run and audited through GraphQL', () => {
  let app: AppHarness;
  const run = randomUUID().slice(0, 8);
  const p = groupProgramme(run);
  const { facilitatorA, facilitatorB, coordinator } = p.staff;
  let journeys: string[] = [];
  let outside = '';
  let learning = { id: '', groupId: '' };
  let business = { id: '', groupId: '' };
  const send = (doc: string, groupId: string, input: Record<string, unknown>, who: TestIdentity = MANAGER) =>
    app.gql(doc, { groupId, key: `g-${randomUUID()}`, input }, who);
  const groupRows = async (sql: string, params: unknown[]) =>
    app.orm.em.fork().getConnection().execute<Record<string, Json>[]>(sql, params);

  beforeAll(async () => {
    app = await startAppHarness();
    await setUpGroupProgramme(app, p);
    journeys = await enrolForGroups(app, p, 6, facilitatorA);
    [outside] = await enrolForGroups(app, p, 1, facilitatorA, '52.01.01');
  });
  afterAll(() => app?.stop());

  it('a facilitator forms a learning group for a module of the rules; a manager a business group', async () => {
    const place = { programmeId: p.programmeId, cohortId: p.cohortId, facilitatorId: facilitatorA.user };
    learning = await createGroup(
      app,
      { ...place, kind: 'LEARNING_GROUP', moduleTemplateId: 'SOCIAL_MENTORING', name: 'Kelompok Belajar Melati' },
      facilitatorA,
    );
    expect(learning).toMatchObject({ kind: 'LEARNING_GROUP', status: 'FORMED', nextStatuses: ['ACTIVE', 'DISSOLVED'] });
    business = await createGroup(app, { ...place, name: 'KUBE Sejahtera' });
    expect(business).toMatchObject({ kind: 'BUSINESS_GROUP', moduleTemplateId: null, activeMemberCount: 0 });
    const unknown = await app.gql(CREATE_GROUP, {
      key: `g-${randomUUID()}`,
      input: groupInput({ ...place, kind: 'LEARNING_GROUP', moduleTemplateId: 'KNITTING' }),
    });
    expect(codeOf(unknown)).toBe('UNKNOWN_MODULE');
    const forAnother = await app.gql(
      CREATE_GROUP,
      { key: `g-${randomUUID()}`, input: groupInput(place) },
      facilitatorB,
    );
    expect(codeOf(forAnother)).toBe('FORBIDDEN');
  });

  it('a retried createGroup forms the group once; the key with other content is IDEMPOTENCY_KEY_REUSED', async () => {
    const key = `g-${randomUUID()}`;
    const input = groupInput({ programmeId: p.programmeId, facilitatorId: facilitatorA.user, name: 'KUBE Retry' });
    const first = await app.gql(CREATE_GROUP, { key, input });
    const again = await app.gql(CREATE_GROUP, { key, input });
    expect(again.data!.createGroup.groupId).toBe(first.data!.createGroup.groupId);
    const rows = await groupRows('select count(*)::int as n from community_group where idempotency_key = ?', [key]);
    expect(rows[0].n).toBe(1);
    expect(codeOf(await app.gql(CREATE_GROUP, { key, input: { ...input, plannedMeetingsPerMonth: 2 } }))).toBe(
      'IDEMPOTENCY_KEY_REUSED',
    );
  });

  it('members join, each answered on its own: a second chair, another region, an unknown journey refused', async () => {
    const [j1, j2, j3] = journeys;
    const key = `m-${randomUUID()}`;
    const members = [
      { journeyId: j1, role: 'CHAIR' },
      { journeyId: j2 },
      { journeyId: j3, role: 'CHAIR' },
      { journeyId: outside },
      { journeyId: randomUUID() },
    ];
    const first = await addGroupMembers(app, learning.id, members, facilitatorA, key);
    expect(first.members.map((m) => [m.applied, m.code])).toEqual([
      [true, null],
      [true, null],
      [false, 'GROUP_ROLE_TAKEN'],
      [false, 'GROUP_MEMBER_NOT_ELIGIBLE'],
      [false, 'NOT_FOUND'],
    ]);
    expect(first.group).toMatchObject({ activeMemberCount: 2 });
    const retried = await addGroupMembers(app, learning.id, members, facilitatorA, key);
    expect(retried.members).toEqual(first.members);
    expect(retried.group.members).toHaveLength(2);
    // One open learning group per module: j1 cannot join a second one for SOCIAL_MENTORING.
    const second = await createGroup(app, {
      programmeId: p.programmeId,
      facilitatorId: facilitatorA.user,
      kind: 'LEARNING_GROUP',
      moduleTemplateId: 'SOCIAL_MENTORING',
    });
    const moved = await addGroupMembers(app, second.id, [{ journeyId: j1 }, { journeyId: j3 }]);
    expect(moved.members.map((m) => m.code)).toEqual(['IN_ANOTHER_LEARNING_GROUP', null]);
    // An alumni group takes graduates only.
    const alumni = await createGroup(app, {
      programmeId: p.programmeId,
      facilitatorId: facilitatorA.user,
      kind: 'ALUMNI_GROUP',
    });
    expect((await addGroupMembers(app, alumni.id, [{ journeyId: j2 }])).members[0].code).toBe(
      'GROUP_MEMBER_NOT_ELIGIBLE',
    );
    // Dissolving a group ends its memberships that day; it then takes nobody.
    const dissolved = await send(CHANGE_GROUP_STATUS, second.id, { status: 'DISSOLVED', reason: 'Merged into Melati' });
    expect(dissolved.data!.changeGroupStatus).toMatchObject({ status: 'DISSOLVED', activeMemberCount: 0 });
    expect(
      codeOf(await send(ADD_GROUP_MEMBERS, second.id, { members: [{ journeyId: j3, joinedOn: '2026-02-01' }] })),
    ).toBe('GROUP_DISSOLVED');
  });

  it('moves through its lifecycle; a move the lifecycle does not allow is refused and changes nothing', async () => {
    const active = await send(
      CHANGE_GROUP_STATUS,
      learning.id,
      { status: 'ACTIVE', reason: 'First meeting held' },
      facilitatorA,
    );
    expect(active.data!.changeGroupStatus).toMatchObject({
      status: 'ACTIVE',
      nextStatuses: ['INDEPENDENT', 'DISSOLVED'],
    });
    const back = await send(CHANGE_GROUP_STATUS, learning.id, { status: 'FORMED', reason: 'Undo' }, facilitatorA);
    expect(codeOf(back)).toBe('GROUP_STATUS_CHANGE_NOT_ALLOWED');
    expect((await app.gql(GROUP, { id: learning.id })).data!.group.status).toBe('ACTIVE');
  });

  it('a member who leaves and rejoins keeps both memberships; roles stay one chair, one treasurer', async () => {
    const [, , , j4, j5] = journeys;
    await addGroupMembers(app, business.id, [{ journeyId: j4 }, { journeyId: j5, role: 'TREASURER' }]);
    const left = await send(END_GROUP_MEMBERSHIP, business.id, {
      journeyId: j4,
      leftOn: '2026-03-01',
      reason: 'Moved',
    });
    expect(left.data!.endGroupMembership.activeMemberCount).toBe(1);
    const early = await addGroupMembers(app, business.id, [{ journeyId: j4, joinedOn: '2026-02-15' }]);
    expect(early.members[0].code).toBe('VALIDATION_FAILED');
    await addGroupMembers(app, business.id, [{ journeyId: j4, joinedOn: '2026-03-10' }]);
    const taken = await send(CHANGE_GROUP_MEMBER_ROLE, business.id, {
      journeyId: j4,
      role: 'TREASURER',
      reason: 'Vote',
    });
    expect(codeOf(taken)).toBe('GROUP_ROLE_TAKEN');
    const chair = await send(CHANGE_GROUP_MEMBER_ROLE, business.id, { journeyId: j4, role: 'CHAIR', reason: 'Vote' });
    expect(chair.data!.changeGroupMemberRole.members.filter((m: Json) => m.journeyId === j4)).toEqual([
      { journeyId: j4, role: 'MEMBER', joinedOn: '2026-01-05', leftOn: '2026-03-01', current: false },
      { journeyId: j4, role: 'CHAIR', joinedOn: '2026-03-10', leftOn: null, current: true },
    ]);
    const mine = await app.gql(JOURNEY_GROUPS, { id: j4 });
    expect(mine.data!.journey.groups.map((g: Json) => [g.groupId, g.role, g.leftOn])).toEqual([
      [business.groupId, 'MEMBER', '2026-03-01'],
      [business.groupId, 'CHAIR', null],
    ]);
  });

  it('records a business plan, capital (a retry once) and reports; the group then met recently', async () => {
    const plan = {
      activity: 'FOOD_PROCESSING',
      plannedCapital: 15e6,
      expectedMonthlyRevenue: 3e6,
      presentedOn: '2026-02-01',
    };
    expect((await send(RECORD_BUSINESS_PLAN, business.id, plan)).data!.recordBusinessPlan.businessPlan).toEqual(plan);
    const capital = {
      groupId: business.id,
      key: `c-${randomUUID()}`,
      input: { source: 'KUR', amount: 10e6, receivedOn: '2026-03-15' },
    };
    // The same command twice at once, then once more: recorded once, every answer the same.
    const twice = await Promise.all([app.gql(RECORD_GROUP_CAPITAL, capital), app.gql(RECORD_GROUP_CAPITAL, capital)]);
    const again = await app.gql(RECORD_GROUP_CAPITAL, capital);
    expect(twice.map((r) => r.errors)).toEqual([undefined, undefined]);
    expect(again.data!.recordGroupCapital.capital).toEqual([expect.objectContaining({ source: 'KUR', amount: 10e6 })]);
    const report = (start: string, end: string, present = 2) => ({
      periodStart: start,
      periodEnd: end,
      meetingsHeld: 4,
      membersPresent: present,
      revenue: 2_750_000,
      savings: 400_000.5,
    });
    expect(codeOf(await send(RECORD_GROUP_REPORT, business.id, report('2026-04-01', '2026-04-30', 3)))).toBe(
      'VALIDATION_FAILED',
    );
    await send(RECORD_GROUP_REPORT, business.id, report('2026-04-01', '2026-04-30'));
    expect(codeOf(await send(RECORD_GROUP_REPORT, business.id, report('2026-04-15', '2026-05-15')))).toBe(
      'GROUP_REPORT_PERIOD_OVERLAPS',
    );
    const recent = await send(RECORD_GROUP_REPORT, business.id, report(daysAgo(20), daysAgo(5)));
    expect(recent.data!.recordGroupReport).toMatchObject({ lastMeetingOn: daysAgo(5), meetingOverdue: false });
    expect(recent.data!.recordGroupReport.reports).toHaveLength(2);
    expect(codeOf(await send(RECORD_GROUP_CAPITAL, learning.id, capital.input))).toBe('NOT_A_BUSINESS_GROUP');
    // The learning group, formed months ago, never met: overdue under the rules' 30 days.
    expect((await app.gql(GROUP, { id: learning.id })).data!.group).toMatchObject({
      lastMeetingOn: null,
      meetingOverdue: true,
    });
  });

  it('lists groups: a facilitator their own, a coordinator their team; node(id:) reads one', async () => {
    const list = async (who: TestIdentity, vars: Record<string, unknown> = {}) =>
      (await app.gql(GROUPS, { programmeId: p.programmeId, first: 50, ...vars }, who)).data!.groups;
    expect((await list(MANAGER, { kind: 'BUSINESS_GROUP' })).edges.map((e: Json) => e.node.groupId)).toContain(
      business.groupId,
    );
    expect((await list(coordinator)).totalCount).toBe((await list(MANAGER)).totalCount);
    expect((await list(facilitatorB)).totalCount).toBe(0);
    const page = await list(MANAGER, { first: 2 });
    const next = await list(MANAGER, { first: 50, after: page.pageInfo.endCursor });
    expect(page.edges.length + next.edges.length).toBe(page.totalCount);
    const node = await app.gql(`query($id: ID!) { node(id: $id) { ... on Group { groupId kind } } }`, {
      id: business.id,
    });
    expect(node.data!.node).toEqual({ groupId: business.groupId, kind: 'BUSINESS_GROUP' });
  });

  it('refuses callers outside the group (region, facilitator, team) and writes nothing', async () => {
    const before = await groupRows('select count(*)::int as n from group_member where group_id = ?', [
      business.groupId,
    ]);
    const elsewhere = { ...MANAGER, regions: ['31'] };
    const otherCoordinator = { ...coordinator, user: `koordinator-x-${run}` };
    for (const who of [elsewhere, facilitatorB, otherCoordinator]) {
      expect(codeOf(await app.gql(GROUP, { id: business.id }, who))).toBe('FORBIDDEN');
      const add = await send(
        ADD_GROUP_MEMBERS,
        business.id,
        { members: [{ journeyId: journeys[5], joinedOn: '2026-04-01' }] },
        who,
      );
      expect(codeOf(add)).toBe('FORBIDDEN');
    }
    const after = await groupRows('select count(*)::int as n from group_member where group_id = ?', [business.groupId]);
    expect(after[0].n).toBe(before[0].n);
  });

  it('audits every change under GROUP with ids, codes and figures only, once per applied command', async () => {
    const rows = await groupRows(
      `select action, after::text as after, reason from audit_log where source = 'GROUP' and after->>'groupId' = ?
        order by id`,
      [business.groupId],
    );
    expect(rows.map((r) => r.action)).toEqual([
      'group.create',
      'group.member.add',
      'group.member.add',
      'group.member.end',
      'group.member.add',
      'group.member.role',
      'group.plan',
      'group.capital',
      'group.report',
      'group.report',
    ]);
    const text = rows.map((r) => String(r.after)).join('\n');
    expect(text).not.toMatch(/KUBE|Sejahtera|Siti|Aminah/);
    expect(text).toContain(journeys[3]);
  });
});

import { randomUUID } from 'node:crypto';
import { fullAuditLog } from '../support/audit-graphql';
import { ENROLL, enrolmentInput } from '../support/journey-graphql';
import { randomNik, startAppHarness, type AppHarness, type GqlResult } from '../support/app-harness';

const codeOf = (res: GqlResult) => res.errors?.[0]?.extensions?.code;
const ASSIGN = `mutation($i: AssignStaffInput!) { assignStaff(input: $i) {
  userId role programmeId regionCodes cohortIds caseloadLimit coordinatorId active openJourneys } }`;
const HAND_OVER = `mutation($i: HandOverCaseloadInput!) { handOverCaseload(input: $i) {
  moved refused { journeyId code message } alreadyMoved } }`;
const JOURNEY = `query($id: ID!) { journey(id: $id) { journeyId facilitatorId } }`;
const JOURNEYS = `query { journeys(first: 100) { totalCount edges { node { journeyId facilitatorId } } } }`;
const MY_TEAM = `query { myTeam { userId openJourneys caseloadLimit } }`;
const REASSIGN = `mutation($id: ID!, $key: String, $i: ReassignFacilitatorInput!) {
  reassignFacilitator(journeyId: $id, idempotencyKey: $key, input: $i) { journeyId facilitatorId } }`;

describe('staff: coordinators see their team, and a caseload is handed over once, within limits', () => {
  let app: AppHarness;
  const run = randomUUID().slice(0, 8);
  const coordinator = { user: `coord-${run}`, role: 'coordinator', programmes: ['default'], regions: ['52'] };
  const otherCoordinator = `coord-other-${run}`;
  const facA = `fac-a-${run}`;
  const facB = `fac-b-${run}`;
  const facC = `fac-c-${run}`;
  const place = { programmeId: 'default', regionCodes: ['52.71'], reason: 'field team of Mataram' };
  let journeysOfA: string[];
  let journeyOfC: string;

  const assign = async (input: Record<string, unknown>) => {
    const res = await app.gql(ASSIGN, { i: { ...place, ...input } });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!.assignStaff;
  };
  const enrolFor = async (facilitatorId: string): Promise<string> => {
    const res = await app.gql(ENROLL, {
      input: enrolmentInput(randomNik(), { facilitatorId }),
      key: `staff-${randomUUID()}`,
    });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!.enrollBeneficiary.journeyId as string;
  };
  const facilitatorOf = async (id: string) => (await app.gql(JOURNEY, { id })).data!.journey.facilitatorId as string;
  const staffRows = async (userId: string) =>
    (await fullAuditLog(app, { source: 'STAFF', programmeId: 'default', regionCode: '52*' })).filter(
      (r) => (r.after as { userId?: string } | null)?.userId === userId,
    );

  beforeAll(async () => {
    app = await startAppHarness();
    await assign({ userId: coordinator.user, role: 'COORDINATOR' });
    await assign({ userId: otherCoordinator, role: 'COORDINATOR' });
    await assign({ userId: facA, role: 'FACILITATOR', coordinatorId: coordinator.user });
    await assign({ userId: facB, role: 'FACILITATOR', coordinatorId: coordinator.user, caseloadLimit: 3 });
    await assign({ userId: facC, role: 'FACILITATOR', coordinatorId: otherCoordinator });
    journeysOfA = [await enrolFor(facA), await enrolFor(facA)];
    journeyOfC = await enrolFor(facC);
  });
  afterAll(() => app?.stop());

  it('assigns staff once: the same assignment again changes nothing, a change is audited as an update', async () => {
    expect(await staffRows(facB)).toHaveLength(1);
    const again = await assign({
      userId: facB,
      role: 'FACILITATOR',
      coordinatorId: coordinator.user,
      caseloadLimit: 3,
    });
    expect(again).toMatchObject({ userId: facB, caseloadLimit: 3, coordinatorId: coordinator.user, openJourneys: 0 });
    expect((await staffRows(facB)).map((r) => r.action)).toEqual(['staff.assign']);
    const moved = await assign({ userId: otherCoordinator, role: 'COORDINATOR', regionCodes: ['52.71', '52.01'] });
    expect(moved.regionCodes).toEqual(['52.71', '52.01']);
    const rows = await staffRows(otherCoordinator);
    expect(rows.map((r) => r.action)).toEqual(['staff.assign', 'staff.update']);
    expect(rows[1]).toMatchObject({ actorId: 'manager-1', reason: place.reason, after: { changed: ['regionCodes'] } });

    const bad = await app.gql(ASSIGN, { i: { ...place, userId: facB, role: 'COORDINATOR', caseloadLimit: 5 } });
    expect(codeOf(bad)).toBe('VALIDATION_FAILED');
    const noCoordinator = await app.gql(ASSIGN, {
      i: { ...place, userId: `fac-x-${run}`, role: 'FACILITATOR', coordinatorId: facA },
    });
    expect(codeOf(noCoordinator)).toBe('STAFF_NOT_ASSIGNED');
    const facilitator = { user: facA, role: 'facilitator' };
    expect(codeOf(await app.gql(ASSIGN, { i: { ...place, userId: facB, role: 'MENTOR' } }, facilitator))).toBe(
      'FORBIDDEN',
    );
  });

  it("shows a coordinator their team's journeys and caseloads, and nothing of another team", async () => {
    for (const id of journeysOfA)
      expect((await app.gql(JOURNEY, { id }, coordinator)).data!.journey.journeyId).toBe(id);
    expect(codeOf(await app.gql(JOURNEY, { id: journeyOfC }, coordinator))).toBe('FORBIDDEN');
    const list = await app.gql(JOURNEYS, {}, coordinator);
    const listed = list.data!.journeys.edges.map((e: { node: { journeyId: string } }) => e.node.journeyId);
    expect(listed.sort()).toEqual([...journeysOfA].sort());
    expect(listed).not.toContain(journeyOfC);
    const team = await app.gql(MY_TEAM, {}, coordinator);
    expect(team.data!.myTeam).toEqual(
      expect.arrayContaining([
        { userId: facA, openJourneys: 2, caseloadLimit: null },
        { userId: facB, openJourneys: 0, caseloadLimit: 3 },
      ]),
    );
    expect(team.data!.myTeam.map((m: { userId: string }) => m.userId)).not.toContain(facC);
    const members = await app.gql(`query { staffMembers(programmeId: "default", role: FACILITATOR) { userId } }`);
    expect(members.data!.staffMembers.map((m: { userId: string }) => m.userId)).toEqual(
      expect.arrayContaining([facA, facB, facC]),
    );
  });

  it('refuses a coordinator a hand-over to or from a facilitator of another team', async () => {
    const res = await app.gql(
      HAND_OVER,
      { i: { ...handOver(facA, facC), idempotencyKey: `ho-other-${run}` } },
      coordinator,
    );
    expect(codeOf(res)).toBe('FORBIDDEN');
    for (const id of journeysOfA) expect(await facilitatorOf(id)).toBe(facA);
  });

  it("hands A's caseload to B once: every journey moved and audited once, a retry moves nothing twice", async () => {
    const input = { ...handOver(facA, facB), idempotencyKey: `ho-${run}` };
    const first = await app.gql(HAND_OVER, { i: input }, coordinator);
    expect(first.errors).toBeUndefined();
    expect([...first.data!.handOverCaseload.moved].sort()).toEqual([...journeysOfA].sort());
    expect(first.data!.handOverCaseload).toMatchObject({ refused: [], alreadyMoved: 0 });
    for (const id of journeysOfA) expect(await facilitatorOf(id)).toBe(facB);

    const retry = await app.gql(HAND_OVER, { i: input }, coordinator);
    expect(retry.data!.handOverCaseload).toEqual({ moved: [], refused: [], alreadyMoved: 2 });
    for (const id of journeysOfA) {
      const rows = await fullAuditLog(app, { journeyId: id, source: 'JOURNEY_EVENT' });
      const reassignments = rows.filter((r) => r.action === 'reassignFacilitator');
      expect(reassignments).toHaveLength(1);
      expect(reassignments[0]).toMatchObject({ actorId: coordinator.user, actorRole: 'coordinator' });
    }
    const team = await app.gql(MY_TEAM, {}, coordinator);
    expect(team.data!.myTeam).toEqual(
      expect.arrayContaining([
        { userId: facA, openJourneys: 0, caseloadLimit: null },
        { userId: facB, openJourneys: 2, caseloadLimit: 3 },
      ]),
    );
  });

  it("refuses a hand-over past B's caseload limit whole, and a single reassignment past it", async () => {
    const more = [await enrolFor(facA), await enrolFor(facA)];
    const refused = await app.gql(HAND_OVER, { i: { ...handOver(facA, facB), idempotencyKey: `ho-full-${run}` } });
    expect(codeOf(refused)).toBe('CASELOAD_LIMIT_REACHED');
    for (const id of more) expect(await facilitatorOf(id)).toBe(facA);

    const reassign = (id: string, key: string) =>
      app.gql(REASSIGN, { id, key, i: { facilitatorId: facB, reason: 'B takes one more' } }, coordinator);
    expect((await reassign(more[0], `ra-1-${run}`)).data!.reassignFacilitator.facilitatorId).toBe(facB);
    expect(codeOf(await reassign(more[1], `ra-2-${run}`))).toBe('CASELOAD_LIMIT_REACHED');
    expect(await facilitatorOf(more[1])).toBe(facA);
    // the same reassignment retried answers as before, though B is now full
    expect((await reassign(more[0], `ra-1-${run}`)).data!.reassignFacilitator.facilitatorId).toBe(facB);
    const toOtherTeam = await app.gql(
      REASSIGN,
      { id: more[1], key: `ra-3-${run}`, i: { facilitatorId: facC, reason: 'C is not in this team' } },
      coordinator,
    );
    expect(codeOf(toOtherTeam)).toBe('FORBIDDEN');
    expect(await facilitatorOf(more[1])).toBe(facA);

    // B is full: a new enrolment for B is refused too, and B's caseload stays as it was.
    const openOfB = async () =>
      (await app.gql(MY_TEAM, {}, coordinator)).data!.myTeam.find((m: { userId: string }) => m.userId === facB)
        .openJourneys as number;
    const before = await openOfB();
    const input = enrolmentInput(randomNik(), { facilitatorId: facB });
    expect(codeOf(await app.gql(ENROLL, { input, key: `full-${run}` }))).toBe('CASELOAD_LIMIT_REACHED');
    expect(await openOfB()).toBe(before);
  });

  function handOver(from: string, to: string) {
    return {
      programmeId: 'default',
      fromFacilitatorId: from,
      toFacilitatorId: to,
      reason: 'A moves to another district',
    };
  }
});

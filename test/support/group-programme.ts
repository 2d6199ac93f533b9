import type { ProgrammeRules } from '../../domain/programme/programme-rules.types';
import { MANAGER, randomNik, type AppHarness, type TestIdentity } from './app-harness';
import { ADMIN, CREATE_PROGRAMME, PUBLISH_RULES, UPDATE_PROGRAMME, programmeInput } from './programme-graphql';
import { OFFICE, enrolInto, must } from './programme-office';

/**
 * A programme whose groups are watched for meetings (its rules: the default v2 plus groups.meetingOverdueDays;
 * given `moduleDelivery`, the default v4 with those delivery checks instead), covering NTB (52), with one
 * cohort, a coordinator and two facilitators (A coordinated by them, B by nobody), for one test run.
 */
export function groupProgramme(
  run: string,
  meetingOverdueDays = 30,
  moduleDelivery?: ProgrammeRules['moduleDelivery'],
) {
  const programmeId = `groups-${run}`;
  const programmes = [programmeId];
  return {
    programmeId,
    rulesId: `groups-rules-${run}`,
    cohortId: `groups-${run}`,
    meetingOverdueDays,
    moduleDelivery,
    baseVersion: moduleDelivery ? 4 : 2,
    staff: {
      coordinator: { user: `koordinator-${run}`, role: 'coordinator', programmes, regions: ['52'] },
      facilitatorA: { user: `pendamping-a-${run}`, role: 'facilitator', programmes, regions: ['52'] },
      facilitatorB: { user: `pendamping-b-${run}`, role: 'facilitator', programmes, regions: ['52'] },
    } satisfies Record<string, TestIdentity>,
  };
}

export type GroupProgramme = ReturnType<typeof groupProgramme>;

/** Sets the programme up on its own published rules, with its cohort and staff, through GraphQL only. */
export async function setUpGroupProgramme(app: Pick<AppHarness, 'gql'>, p: GroupProgramme): Promise<void> {
  const input = programmeInput(p.programmeId, { rulesId: 'default', rulesVersion: p.baseVersion, regionCodes: ['52'] });
  await must(app, CREATE_PROGRAMME, { input }, ADMIN);
  const base = await must<{ programmeRules: { document: ProgrammeRules } }>(
    app,
    OFFICE.rules,
    { r: 'default', v: p.baseVersion },
    ADMIN,
  );
  const document = {
    ...base.programmeRules.document,
    programmeRulesId: p.rulesId,
    version: 1,
    groups: { meetingOverdueDays: p.meetingOverdueDays },
    ...(p.moduleDelivery ? { moduleDelivery: p.moduleDelivery } : {}),
  };
  const reason = 'Groups are watched for meetings';
  const publish = {
    rulesId: p.rulesId,
    version: 1,
    derivesFromRulesId: 'default',
    derivesFromVersion: p.baseVersion,
    document,
  };
  await must(app, PUBLISH_RULES, { input: { ...publish, reason } }, ADMIN);
  const update = { id: p.programmeId, rulesId: p.rulesId, rulesVersion: 1, reason };
  await must(app, UPDATE_PROGRAMME, { input: update }, ADMIN);
  // quotas given: createCohort reads default quotas from bundled rules only
  const cohort = { id: p.cohortId, programmeId: p.programmeId, name: p.cohortId, regionCode: '52', quotas: [] };
  await must(app, OFFICE.createCohort, { i: { ...cohort, startDate: '2026-01-05', plannedSize: 100 } }, MANAGER);
  const assign = (who: TestIdentity, role: string, extra: Record<string, unknown> = {}) =>
    must(
      app,
      OFFICE.assignStaff,
      { i: { userId: who.user, role, programmeId: p.programmeId, regionCodes: ['52'], reason: 'Team', ...extra } },
      MANAGER,
    );
  await assign(p.staff.coordinator, 'COORDINATOR');
  await assign(p.staff.facilitatorA, 'FACILITATOR', { coordinatorId: p.staff.coordinator.user });
  await assign(p.staff.facilitatorB, 'FACILITATOR');
}

/** Enrols `count` people of `regionCode` for a facilitator of the programme; answers their journeys' UUIDs. */
export async function enrolForGroups(
  app: Pick<AppHarness, 'gql'>,
  p: GroupProgramme,
  count: number,
  facilitator: TestIdentity,
  regionCode = '52.71.01',
): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const place = { programmeId: p.programmeId, cohortId: p.cohortId, facilitatorId: facilitator.user, regionCode };
    ids.push((await enrolInto(app, randomNik(), place)).journeyId);
  }
  return ids;
}

import { randomUUID } from 'node:crypto';
import type { AppHarness, TestIdentity } from './app-harness';
import { ENROLL, enrolmentInput } from './journey-graphql';
import { MANAGER, ok } from './journey-commands-graphql';

/** What a programme office sends while it sets a programme up, and the people it works with, for one test run. */
export function programmeOffice(run: string) {
  const programmeId = `office-${run}`;
  const rulesId = `office-rules-${run}`;
  const staff = {
    coordinator: { user: `koordinator-${run}`, role: 'coordinator', programmes: [programmeId], regions: ['52'] },
    facilitatorA: { user: `pendamping-a-${run}`, role: 'facilitator', programmes: [programmeId], regions: ['52'] },
    facilitatorB: { user: `pendamping-b-${run}`, role: 'facilitator', programmes: [programmeId], regions: ['52'] },
    mentor: { user: `mentor-${run}`, role: 'mentor', programmes: [programmeId], regions: ['52'] },
    partner: {
      user: `mitra-${run}`,
      role: 'partner',
      programmes: [programmeId],
      regions: ['52'],
      organisations: [`mitra-${run}`],
    },
    government: { user: `pemda-${run}`, role: 'government', programmes: ['*'], regions: ['52.71'] },
    donor: { user: `donor-${run}`, role: 'donor', programmes: [programmeId], regions: ['*'] },
  } satisfies Record<string, TestIdentity>;
  return {
    programmeId,
    rulesId,
    organisationId: `mitra-${run}`,
    cohortA: `office-a-${run}`,
    cohortB: `office-b-${run}`,
    staff,
  };
}

/** The mutations of the set-up, as an admin console sends them. */
export const OFFICE = {
  assignStaff: `mutation($i: AssignStaffInput!) { assignStaff(input: $i) { userId role coordinatorId } }`,
  createCohort: `mutation($i: CreateCohortInput!) { createCohort(input: $i) { id status quotas { group } } }`,
  createOrganisation: `mutation($i: CreateOrganisationInput!) { createOrganisation(input: $i) { id } }`,
  refuse: `mutation($i: RecordSelectionRefusalInput!) { recordSelectionRefusal(input: $i) { id reasons } }`,
  quota: `query($c: ID!) { cohortQuotaStatus(cohortId: $c) { plannedSize enrolled refused applicants
    quotas { group applicants enrolled met } } }`,
  overdue: `query($id: ID!) { journey(id: $id) { overdue { key escalatedTo } } }`,
  rules: `query($r: String!, $v: Int) { programmeRules(rulesId: $r, version: $v) { version document } }`,
};

/** Sends a document and fails the test with the API's errors when it refuses. */
export async function must<T = Record<string, unknown>>(
  app: Pick<AppHarness, 'gql'>,
  doc: string,
  vars: Record<string, unknown>,
  who: TestIdentity,
): Promise<T> {
  const res = await app.gql<T>(doc, vars, who);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!;
}

/** Enrols one person into a cohort for a facilitator; answers the journey's global id and its UUID. */
export async function enrolInto(
  app: Pick<AppHarness, 'gql'>,
  nik: string,
  place: { programmeId: string; cohortId: string; facilitatorId: string; regionCode?: string },
  extra: Record<string, unknown> = {},
): Promise<{ id: string; journeyId: string }> {
  const input = enrolmentInput(nik, { regionCode: '52.71', ...place, ...extra });
  const data = await must<{ enrollBeneficiary: { id: string; journeyId: string } }>(
    app,
    ENROLL,
    { input, key: `office-${randomUUID()}` },
    MANAGER,
  );
  return data.enrollBeneficiary;
}

/** Assessment and plan approval: the journey in IN_INTERVENTION, its modules by template id. */
export async function toIntervention(
  app: Pick<AppHarness, 'gql'>,
  id: string,
  facilitator: TestIdentity,
  needs: Record<string, unknown>,
): Promise<{ moduleId: string; templateId: string; plannedSessions: number }[]> {
  const planning = await ok(app, 'submitAssessment', id, needs, facilitator);
  const running = await ok(app, 'approvePlan', id, { modules: planning.proposedModules }, MANAGER);
  return running.modules;
}

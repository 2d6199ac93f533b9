import { randomUUID } from 'node:crypto';
import { MANAGER, type AppHarness, type Json, type TestIdentity } from './app-harness';

/** GraphQL documents for groups (kelompok), as a front end sends them. */
export const GROUP_FIELDS = `id groupId programmeId cohortId regionCode kind status nextStatuses name facilitatorId
  moduleTemplateId formedOn plannedMeetingsPerMonth activeMemberCount lastMeetingOn meetingOverdue
  members { journeyId role joinedOn leftOn current }
  businessPlan { activity plannedCapital expectedMonthlyRevenue presentedOn }
  capital { id source amount receivedOn }
  reports { id periodStart periodEnd meetingsHeld membersPresent revenue savings }`;

export const CREATE_GROUP = `mutation CreateGroup($key: String!, $input: CreateGroupInput!) {
  createGroup(idempotencyKey: $key, input: $input) { ${GROUP_FIELDS} } }`;

export const ADD_GROUP_MEMBERS = `mutation AddGroupMembers($groupId: ID!, $key: String!,
  $input: AddGroupMembersInput!) {
  addGroupMembers(groupId: $groupId, idempotencyKey: $key, input: $input) {
    group { ${GROUP_FIELDS} } members { journeyId applied code message } } }`;

export const CHANGE_GROUP_STATUS = `mutation ChangeGroupStatus($groupId: ID!, $key: String!,
  $input: ChangeGroupStatusInput!) {
  changeGroupStatus(groupId: $groupId, idempotencyKey: $key, input: $input) { ${GROUP_FIELDS} } }`;

export const END_GROUP_MEMBERSHIP = `mutation EndGroupMembership($groupId: ID!, $key: String!,
  $input: EndGroupMembershipInput!) {
  endGroupMembership(groupId: $groupId, idempotencyKey: $key, input: $input) { ${GROUP_FIELDS} } }`;

export const CHANGE_GROUP_MEMBER_ROLE = `mutation ChangeGroupMemberRole($groupId: ID!, $key: String!,
  $input: ChangeGroupMemberRoleInput!) {
  changeGroupMemberRole(groupId: $groupId, idempotencyKey: $key, input: $input) { ${GROUP_FIELDS} } }`;

export const RECORD_BUSINESS_PLAN = `mutation RecordBusinessPlan($groupId: ID!, $key: String!,
  $input: BusinessPlanInput!) {
  recordBusinessPlan(groupId: $groupId, idempotencyKey: $key, input: $input) { ${GROUP_FIELDS} } }`;

export const RECORD_GROUP_CAPITAL = `mutation RecordGroupCapital($groupId: ID!, $key: String!,
  $input: GroupCapitalInput!) {
  recordGroupCapital(groupId: $groupId, idempotencyKey: $key, input: $input) { ${GROUP_FIELDS} } }`;

export const RECORD_GROUP_REPORT = `mutation RecordGroupReport($groupId: ID!, $key: String!,
  $input: GroupReportInput!) {
  recordGroupReport(groupId: $groupId, idempotencyKey: $key, input: $input) { ${GROUP_FIELDS} } }`;

export const GROUP = `query Group($id: ID!) { group(id: $id) { ${GROUP_FIELDS} } }`;

export const GROUPS = `query Groups($programmeId: ID!, $cohortId: ID, $kind: GroupKind, $status: GroupStatus,
  $first: Int, $after: String) {
  groups(programmeId: $programmeId, cohortId: $cohortId, kind: $kind, status: $status, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id groupId kind status name } } } }`;

export const JOURNEY_GROUPS = `query JourneyGroups($id: ID!) {
  journey(id: $id) { journeyId groups { groupId kind name status role joinedOn leftOn } } }`;

/** A group's creation input: a business group of the default programme in 52.71, formed on 2026-01-05. */
export function groupInput(overrides: Record<string, unknown> = {}) {
  return {
    kind: 'BUSINESS_GROUP',
    programmeId: 'default',
    regionCode: '52.71',
    name: 'Kelompok Usaha Melati',
    facilitatorId: 'facilitator-1',
    formedOn: '2026-01-05',
    plannedMeetingsPerMonth: 4,
    ...overrides,
  };
}

/** Sends a document and fails the test with the API's errors when it refuses; answers its data. */
async function must(
  app: Pick<AppHarness, 'gql'>,
  doc: string,
  vars: Record<string, unknown>,
  who: TestIdentity,
): Promise<Record<string, Json>> {
  const res = await app.gql(doc, vars, who);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!;
}

/** Forms a group (a fresh idempotency key unless one is given); answers the group as the API shows it. */
export async function createGroup(
  app: Pick<AppHarness, 'gql'>,
  overrides: Record<string, unknown> = {},
  who: TestIdentity = MANAGER,
  key = `group-${randomUUID()}`,
): Promise<Json> {
  return (await must(app, CREATE_GROUP, { key, input: groupInput(overrides) }, who)).createGroup;
}

/** Journeys join a group as MEMBERs on `joinedOn` (or with the roles given); answers the per-member lines. */
export async function addGroupMembers(
  app: Pick<AppHarness, 'gql'>,
  groupId: string,
  members: { journeyId: string; role?: string; joinedOn?: string }[],
  who: TestIdentity = MANAGER,
  key = `members-${randomUUID()}`,
): Promise<{ group: Json; members: { journeyId: string; applied: boolean; code: string | null }[] }> {
  const input = {
    members: members.map((m) => ({ role: 'MEMBER', joinedOn: '2026-01-05', ...m })),
  };
  return (await must(app, ADD_GROUP_MEMBERS, { groupId, key, input }, who)).addGroupMembers;
}

import { MANAGER, type AppHarness, type TestIdentity } from './app-harness';

/** GraphQL documents for cohorts, selection records and quota status, as a front end sends them. */
export const COHORT_FIELDS = `id programmeId name regionCode startDate targetGroups plannedSize
  quotas { group minPercent } status enrolled activeJourneys`;

export const QUOTA_STATUS_FIELDS = `cohortId plannedSize enrolled seatsLeft applicants refused
  quotas { group minPercent applicants enrolled enrolledPercent met atRisk }`;

export const CREATE_COHORT = `mutation CreateCohort($input: CreateCohortInput!) {
  createCohort(input: $input) { ${COHORT_FIELDS} } }`;

export const UPDATE_COHORT = `mutation UpdateCohort($input: UpdateCohortInput!) {
  updateCohort(input: $input) { ${COHORT_FIELDS} } }`;

export const COHORT = `query Cohort($id: ID!, $programmeId: ID) { cohort(id: $id, programmeId: $programmeId) {
  ${COHORT_FIELDS} } }`;

export const COHORTS = `query Cohorts($programmeId: ID!) { cohorts(programmeId: $programmeId) { ${COHORT_FIELDS} } }`;

export const RECORD_SELECTION_REFUSAL = `mutation Refuse($input: RecordSelectionRefusalInput!) {
  recordSelectionRefusal(input: $input) {
    id programmeId cohortId regionCode sex disability vulnerableGroups reasons note recordedBy recordedAt } }`;

export const SELECTION_RECORDS = `query SelectionRecords($cohortId: ID!) { selectionRecords(cohortId: $cohortId) {
  id cohortId regionCode sex disability vulnerableGroups reasons } }`;

export const COHORT_QUOTA_STATUS = `query QuotaStatus($cohortId: ID!) { cohortQuotaStatus(cohortId: $cohortId) {
  ${QUOTA_STATUS_FIELDS} } }`;

/** A cohort's creation input: an ENROLLING cohort everywhere (regionCode ''), large enough for any test. */
export function cohortInput(id: string, overrides: Record<string, unknown> = {}) {
  return {
    id,
    programmeId: 'default',
    name: `Cohort ${id}`,
    regionCode: '',
    startDate: '2026-01-05',
    plannedSize: 1000,
    ...overrides,
  };
}

/**
 * Creates the cohort tests enrol into (enrolment needs an existing ENROLLING cohort); the same input again
 * returns it, so calling it twice is harmless. Throws with the API's errors otherwise.
 */
export async function ensureCohort(
  app: AppHarness,
  id: string,
  overrides: Record<string, unknown> = {},
  identity: TestIdentity = MANAGER,
): Promise<void> {
  const res = await app.gql(CREATE_COHORT, { input: cohortInput(id, overrides) }, identity);
  if (res.errors) throw new Error(`createCohort ${id}: ${JSON.stringify(res.errors)}`);
}

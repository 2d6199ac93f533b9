import { randomUUID } from 'node:crypto';
import { FACILITATOR, type AppHarness, type Json, type TestIdentity } from './app-harness';

/** GraphQL documents of the inclusion e2e, as a front end would send them. */
const PERSON = 'beneficiaryId disability disabilityLevel functioningRecordedAt accommodationNeeds ethnicity';

export const RECORD_FUNCTIONING = `mutation($journeyId: ID!, $answers: FunctioningInput!, $disability: Boolean,
  $key: String!) { recordFunctioning(journeyId: $journeyId, answers: $answers, disability: $disability,
  idempotencyKey: $key) { ${PERSON} } }`;

export const RECORD_ACCOMMODATION_NEEDS = `mutation($journeyId: ID!, $needs: [AccommodationNeed!]!, $key: String!) {
  recordAccommodationNeeds(journeyId: $journeyId, needs: $needs, idempotencyKey: $key) { ${PERSON} } }`;

export const JOURNEY_NEEDS = `query($id: ID!) { journey(id: $id) { journeyId accommodationNeeds
  beneficiary { ${PERSON} } } }`;

export const GROUP_NEEDS = `query($id: ID!) { group(id: $id) { groupId accommodationNeeds { need people }
  members { journeyId current accommodationNeeds } } }`;

export const SCHEDULE_WITH_NEEDS = `mutation($input: ScheduleGroupSessionInput!, $key: String!) {
  scheduleGroupSession(input: $input, idempotencyKey: $key) { session { id }
    accommodationNeeds { need people } members { journeyId outcome accommodationNeeds } } }`;

export const COHORT_NEEDS = `query($id: ID!, $programmeId: ID) { cohort(id: $id, programmeId: $programmeId) {
  id accommodationNeeds { need people } } }`;

export const FIGURES = `query($programmeId: ID!, $filter: IndicatorFilterInput, $by: [IndicatorDimension!]) {
  programmeIndicators(programmeId: $programmeId, filter: $filter, disaggregateBy: $by) {
    key numerator denominator value breakdown { dimension group numerator denominator value } } }`;

/** Every domain answered NO_DIFFICULTY but those given. */
export const answers = (worse: Record<string, string> = {}) => ({
  seeing: 'NO_DIFFICULTY',
  hearing: 'NO_DIFFICULTY',
  walking: 'NO_DIFFICULTY',
  cognition: 'NO_DIFFICULTY',
  selfCare: 'NO_DIFFICULTY',
  communication: 'NO_DIFFICULTY',
  ...worse,
});

export async function recordFunctioning(
  app: Pick<AppHarness, 'gql'>,
  journeyId: string,
  given: Record<string, string>,
  disability: boolean | null = null,
  who: TestIdentity = FACILITATOR,
  key = `fn-${randomUUID()}`,
) {
  return app.gql(RECORD_FUNCTIONING, { journeyId, answers: given, disability, key }, who);
}

export async function recordNeeds(app: Pick<AppHarness, 'gql'>, journeyId: string, needs: string[]): Promise<Json> {
  const res = await app.gql(RECORD_ACCOMMODATION_NEEDS, { journeyId, needs, key: `an-${randomUUID()}` }, FACILITATOR);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.recordAccommodationNeeds;
}

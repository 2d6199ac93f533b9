import { randomUUID } from 'node:crypto';
import { FACILITATOR, MANAGER, randomNik, startAppHarness, type AppHarness } from '../support/app-harness';
import { enrolmentInput } from '../support/journey-graphql';
import { COHORT, COHORTS, CREATE_COHORT, UPDATE_COHORT, cohortInput } from '../support/cohort-graphql';

const codeOf = (res: { errors?: { extensions?: { code?: string } }[] }) => res.errors?.[0]?.extensions?.code;
const ADMIN = { user: 'admin-1', role: 'admin' };
const ENROL = `mutation Enrol($input: EnrollBeneficiaryInput!, $key: String!) {
  enrollBeneficiary(input: $input, idempotencyKey: $key) {
    journeyId cohortId enrolmentWarnings { code group message } } }`;

describe('cohorts: created and changed through GraphQL, checked at enrolment, with their quota status', () => {
  let app: AppHarness;
  const run = randomUUID().slice(0, 8);
  const a = `ntb-${run}-a`;
  const b = `ntb-${run}-b`;

  beforeAll(async () => {
    app = await startAppHarness();
  });
  afterAll(() => app?.stop());

  describe('creating and changing cohorts', () => {
    it("an admin creates a cohort with its quotas; a manager's without quotas gets the rules' quotas", async () => {
      const created = await app.gql(
        CREATE_COHORT,
        {
          input: cohortInput(a, {
            name: 'NTB 2027 A',
            regionCode: '52.71',
            startDate: '2027-01-04',
            targetGroups: ['FEMALE_HEAD_OF_HOUSEHOLD'],
            plannedSize: 4,
            quotas: [{ group: 'DISABILITY', minPercent: 25 }],
            reason: 'first intake of the NTB pilot',
          }),
        },
        ADMIN,
      );
      expect(created.errors).toBeUndefined();
      expect(created.data!.createCohort).toEqual({
        id: a,
        programmeId: 'default',
        name: 'NTB 2027 A',
        regionCode: '52.71',
        startDate: '2027-01-04',
        targetGroups: ['FEMALE_HEAD_OF_HOUSEHOLD'],
        plannedSize: 4,
        quotas: [{ group: 'DISABILITY', minPercent: 25 }],
        status: 'ENROLLING',
        enrolled: 0,
        activeJourneys: 0,
      });
      const second = await app.gql(CREATE_COHORT, { input: cohortInput(b, { regionCode: '52', plannedSize: 3 }) });
      expect(second.data!.createCohort.quotas).toEqual([
        { group: 'DISABILITY', minPercent: 10 },
        { group: 'FEMALE_HEAD_OF_HOUSEHOLD', minPercent: 30 },
      ]);
    });

    it('the same create again returns the cohort; the same id, other content is COHORT_ALREADY_EXISTS', async () => {
      const again = await app.gql(CREATE_COHORT, { input: cohortInput(b, { regionCode: '52', plannedSize: 3 }) });
      expect(again.data!.createCohort.id).toBe(b);
      const other = await app.gql(CREATE_COHORT, { input: cohortInput(b, { regionCode: '52', plannedSize: 9 }) });
      expect(codeOf(other)).toBe('COHORT_ALREADY_EXISTS');
    });

    it('refuses a cohort outside the caller scope, a bad slug, and facilitators', async () => {
      const scoped = { ...MANAGER, regions: ['31'] };
      expect(
        codeOf(await app.gql(CREATE_COHORT, { input: cohortInput(`x-${run}`, { regionCode: '52' }) }, scoped)),
      ).toBe('FORBIDDEN');
      expect(codeOf(await app.gql(CREATE_COHORT, { input: cohortInput('no spaces here') }))).toBe('VALIDATION_FAILED');
      const facilitator = { user: 'facilitator-1', role: 'facilitator' };
      expect(codeOf(await app.gql(CREATE_COHORT, { input: cohortInput(`y-${run}`) }, facilitator))).toBe('FORBIDDEN');
    });

    it('lists the programme cohorts a caller may see, and reads one by id', async () => {
      const listed = (await app.gql(COHORTS, { programmeId: 'default' })).data!.cohorts as { id: string }[];
      expect(listed.map((c) => c.id)).toEqual(expect.arrayContaining([a, b]));
      const elsewhere = { ...MANAGER, regions: ['31'] };
      const theirs = (await app.gql(COHORTS, { programmeId: 'default' }, elsewhere)).data!.cohorts as { id: string }[];
      expect(theirs.map((c) => c.id)).not.toContain(a);
      expect((await app.gql(COHORT, { id: a })).data!.cohort.name).toBe('NTB 2027 A');
      expect((await app.gql(COHORT, { id: a, programmeId: 'training-sandbox' })).data!.cohort).toBeNull();
    });

    it('updates need a reason; a closed cohort cannot be reopened', async () => {
      const noReason = await app.gql(UPDATE_COHORT, { input: { id: b, status: 'CLOSED', reason: ' ' } });
      expect(codeOf(noReason)).toBe('REASON_REQUIRED');
      const closed = await app.gql(UPDATE_COHORT, { input: { id: b, status: 'CLOSED', reason: 'intake cancelled' } });
      expect(closed.data!.updateCohort.status).toBe('CLOSED');
      const reopened = await app.gql(UPDATE_COHORT, { input: { id: b, status: 'ENROLLING', reason: 'oops' } });
      expect(codeOf(reopened)).toBe('VALIDATION_FAILED');
    });
  });

  describe('enrolling into a cohort', () => {
    const enrol = (cohortId: string, overrides: Record<string, unknown> = {}) =>
      app.gql(
        ENROL,
        {
          input: enrolmentInput(randomNik(), { cohortId, regionCode: '52.71.01', ...overrides }),
          key: `c-${randomUUID()}`,
        },
        FACILITATOR,
      );
    const people = async () =>
      Number(
        (
          await app.orm.em
            .fork()
            .getConnection()
            .execute(`select count(*) as n from beneficiary where cohort_id = ?`, [a])
        )[0].n,
      );

    it("refuses a cohort that does not exist, a closed one and a person outside the cohort's region", async () => {
      expect(codeOf(await enrol(`none-${run}`))).toBe('COHORT_NOT_FOUND');
      expect(codeOf(await enrol(b))).toBe('COHORT_NOT_ENROLLING');
      expect(codeOf(await enrol(a, { regionCode: '31.74' }))).toBe('COHORT_REGION_MISMATCH');
      expect(await people()).toBe(0);
    });

    it('warns when someone outside a quota group takes a seat it needed, then past the planned size', async () => {
      for (let i = 0; i < 3; i++) {
        const res = await enrol(a);
        expect(res.errors).toBeUndefined();
        expect(res.data!.enrollBeneficiary.enrolmentWarnings).toEqual([]);
      }
      const fourth = await enrol(a);
      expect(fourth.data!.enrollBeneficiary.enrolmentWarnings).toEqual([
        expect.objectContaining({ code: 'QUOTA_AT_RISK', group: 'DISABILITY' }),
      ]);
      const fifth = await enrol(a, { disability: true, vulnerableGroups: ['DISABILITY'] });
      expect(fifth.data!.enrollBeneficiary).toMatchObject({
        cohortId: a,
        enrolmentWarnings: [expect.objectContaining({ code: 'OVER_PLANNED_SIZE', group: null })],
      });
      expect(await people()).toBe(5);
    });
  });
});

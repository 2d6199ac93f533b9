import { randomUUID } from 'node:crypto';
import { FACILITATOR, MANAGER, randomNik, startAppHarness, type AppHarness } from '../support/app-harness';
import { enrolmentInput } from '../support/journey-graphql';
import {
  COHORT,
  COHORT_QUOTA_STATUS,
  COHORTS,
  CREATE_COHORT,
  QUOTA_STATUS_FIELDS,
  RECORD_SELECTION_REFUSAL,
  SELECTION_RECORDS,
  UPDATE_COHORT,
  cohortInput,
} from '../support/cohort-graphql';

const codeOf = (res: { errors?: { extensions?: { code?: string } }[] }) => res.errors?.[0]?.extensions?.code;
const ADMIN = { user: 'admin-1', role: 'admin' };
const AUDITOR = { user: 'auditor-1', role: 'auditor' };
const VIEWER = { user: 'viewer-1', role: 'viewer' };
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

  describe('selection records and quota status', () => {
    const refusal = (overrides: Record<string, unknown> = {}) => ({
      programmeId: 'default',
      cohortId: a,
      regionCode: '52.71.02',
      sex: 'FEMALE',
      disability: true,
      vulnerableGroups: ['DISABILITY'],
      reasons: ['NOT_COMMITTED'],
      idempotencyKey: `refusal-${run}`,
      ...overrides,
    });

    it('keeps a candidate refused at selection once, with reason codes and no journey', async () => {
      const first = await app.gql(RECORD_SELECTION_REFUSAL, { input: refusal() }, FACILITATOR);
      expect(first.errors).toBeUndefined();
      expect(first.data!.recordSelectionRefusal).toMatchObject({
        cohortId: a,
        reasons: ['NOT_COMMITTED'],
        note: null,
        recordedBy: 'facilitator-1',
      });
      const again = await app.gql(RECORD_SELECTION_REFUSAL, { input: refusal() }, FACILITATOR);
      expect(again.data!.recordSelectionRefusal.id).toBe(first.data!.recordSelectionRefusal.id);
      const reused = await app.gql(RECORD_SELECTION_REFUSAL, { input: refusal({ reasons: ['DUPLICATE'] }) });
      expect(codeOf(reused)).toBe('IDEMPOTENCY_KEY_REUSED');
      const other = refusal({ reasons: ['OTHER'], idempotencyKey: `refusal-${run}-other` });
      expect(codeOf(await app.gql(RECORD_SELECTION_REFUSAL, { input: other }))).toBe('VALIDATION_FAILED');
      expect(codeOf(await app.gql(RECORD_SELECTION_REFUSAL, { input: refusal() }, VIEWER))).toBe('FORBIDDEN');

      const records = await app.gql(SELECTION_RECORDS, { cohortId: a }, AUDITOR);
      expect(records.data!.selectionRecords).toEqual([
        expect.objectContaining({ id: first.data!.recordSelectionRefusal.id, sex: 'FEMALE', disability: true }),
      ]);
      expect(codeOf(await app.gql(SELECTION_RECORDS, { cohortId: a }, VIEWER))).toBe('FORBIDDEN');
      const audited = await app.orm.em
        .fork()
        .getConnection()
        .execute(`select action, source from audit_log where after->>'cohortId' = ? order by id`, [a]);
      expect(audited).toEqual([{ action: 'selection.refuse', source: 'PROGRAMME_SETUP' }]);
    });

    it('counts quotas over applicants and enrolees: a query, Cohort.quotaStatus, viewers in scope', async () => {
      const expected = {
        cohortId: a,
        plannedSize: 4,
        enrolled: 5,
        seatsLeft: 0,
        applicants: 6,
        refused: 1,
        quotas: [
          {
            group: 'DISABILITY',
            minPercent: 25,
            applicants: 2,
            enrolled: 1,
            enrolledPercent: 20,
            met: false,
            atRisk: false,
          },
        ],
      };
      expect((await app.gql(COHORT_QUOTA_STATUS, { cohortId: a }, VIEWER)).data!.cohortQuotaStatus).toEqual(expected);
      const field = await app.gql(`query($id: ID!) { cohort(id: $id) { quotaStatus { ${QUOTA_STATUS_FIELDS} } } }`, {
        id: a,
      });
      expect(field.data!.cohort.quotaStatus).toEqual(expected);
      const elsewhere = { ...VIEWER, regions: ['31'] };
      expect(codeOf(await app.gql(COHORT_QUOTA_STATUS, { cohortId: a }, elsewhere))).toBe('FORBIDDEN');
      expect(codeOf(await app.gql(COHORT_QUOTA_STATUS, { cohortId: `none-${run}` }))).toBe('COHORT_NOT_FOUND');
    });
  });
});

import { randomUUID } from 'node:crypto';
import { ensureCohort } from '../support/cohort-graphql';
import { randomNik, startAppHarness, type AppHarness, type TestIdentity } from '../support/app-harness';
import { ENROLL, enrolmentInput } from '../support/journey-graphql';

/**
 * Local government (pemda, desa) and donors read aggregated figures of their regions and of the
 * programmes they fund, with small cells withheld as for viewers, and never a person's record.
 */
const INDICATORS = `query($programmeId: ID!, $filter: IndicatorFilterInput, $by: [IndicatorDimension!]) {
  programmeIndicators(programmeId: $programmeId, filter: $filter, disaggregateBy: $by) {
    key numerator denominator suppressed breakdown { dimension group numerator denominator suppressed } } }`;
const LOGFRAME = `query($programmeId: ID!, $filter: IndicatorFilterInput) {
  logframe(programmeId: $programmeId, filter: $filter) { smallCellThreshold rows { indicatorKey } } }`;

interface Figure {
  key: string;
  numerator: number;
  denominator: number;
  suppressed: boolean;
  breakdown: { dimension: string; group: string; numerator: number; denominator: number; suppressed: boolean }[];
}

const GOVERNMENT: TestIdentity = { user: 'pemda-ntb', role: 'government', programmes: ['*'], regions: ['52'] };
const DONOR: TestIdentity = { user: 'donor-1', role: 'donor', programmes: ['default'], regions: ['*'] };
const MANAGER: TestIdentity = { user: 'manager-1', role: 'manager' };

describe('government and donor tokens read figures, never a person', () => {
  let app: AppHarness;
  const cohortId = `fig-${randomUUID().slice(0, 8)}`;
  let journeyId: string;
  let beneficiaryId: string;

  beforeAll(async () => {
    app = await startAppHarness();
    await ensureCohort(app, cohortId);
    // Six women and one man in Mataram (52.71), one woman in Jakarta (31.71), all in one cohort.
    const people = [
      ...Array.from({ length: 6 }, () => ({ sex: 'FEMALE', regionCode: '52.71' })),
      { sex: 'MALE', regionCode: '52.71' },
      { sex: 'FEMALE', regionCode: '31.71' },
    ];
    for (const person of people) {
      const res = await app.gql(
        ENROLL,
        { input: enrolmentInput(randomNik(), { ...person, cohortId }), key: `fig-${randomUUID()}` },
        MANAGER,
      );
      if (res.errors) throw new Error(JSON.stringify(res.errors));
      journeyId = res.data!.enrollBeneficiary.id;
      beneficiaryId = res.data!.enrollBeneficiary.beneficiary.id;
    }
  });
  afterAll(() => app?.stop());

  const figure = async (key: string, identity: TestIdentity, filter: Record<string, unknown> = {}) => {
    const res = await app.gql<{ programmeIndicators: Figure[] }>(
      INDICATORS,
      { programmeId: 'default', filter: { cohortId, ...filter }, by: ['SEX'] },
      identity,
    );
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!.programmeIndicators.find((f) => f.key === key)!;
  };
  const enrolled = (identity: TestIdentity, filter: Record<string, unknown> = {}) =>
    figure('enrolled', identity, filter);
  const group = (figure: Figure, name: string) => figure.breakdown.find((g) => g.group === name);

  it("lets a government token read its region's figures with the small cells withheld", async () => {
    const manager = await enrolled(MANAGER, { regionPrefix: '52' });
    expect(manager.numerator).toBe(7);
    expect(group(manager, 'MALE')).toMatchObject({ numerator: 1, suppressed: false });

    // Only region 52 is counted (the Jakarta enrolee is not), and the one man is withheld.
    const government = await enrolled(GOVERNMENT);
    expect(government).toMatchObject({ numerator: 7, suppressed: false });
    expect(group(government, 'FEMALE')).toMatchObject({ numerator: 6, suppressed: false });
    expect(group(government, 'MALE')).toMatchObject({ numerator: 0, suppressed: true });
    // The quota figures too: everybody enrolled is a female head of household (the enrolment default).
    const quota = await figure('quota:FEMALE_HEAD_OF_HOUSEHOLD', GOVERNMENT);
    expect(quota).toMatchObject({ numerator: 7, denominator: 7, suppressed: false });
    expect(group(quota, 'MALE')).toMatchObject({ numerator: 0, denominator: 0, suppressed: true });

    const logframe = await app.gql(LOGFRAME, { programmeId: 'default', filter: { cohortId } }, GOVERNMENT);
    expect(logframe.errors).toBeUndefined();
    expect(logframe.data!.logframe.smallCellThreshold).toBeGreaterThan(1);
  });

  it("lets a donor token read its programme's figures with the small cells withheld", async () => {
    const donor = await enrolled(DONOR);
    expect(donor.numerator).toBe(8);
    expect(group(donor, 'MALE')).toMatchObject({ numerator: 0, suppressed: true });
    const conflicts = await app.gql(`query { conflictFigures(programmeId: "default") { key numerator } }`, {}, DONOR);
    expect(conflicts.errors).toBeUndefined();
  });

  it('refuses figures outside their regions and programmes', async () => {
    const otherRegion = await app.gql(
      INDICATORS,
      { programmeId: 'default', filter: { cohortId, regionPrefix: '31' }, by: [] },
      GOVERNMENT,
    );
    expect(otherRegion.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const otherProgramme = await app.gql(INDICATORS, { programmeId: 'training-sandbox', by: [] }, DONOR);
    expect(otherProgramme.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it.each([
    ['government', GOVERNMENT],
    ['donor', DONOR],
  ])('refuses every person query to a %s token', async (_, identity) => {
    const asked = [
      app.gql(`query($id: ID!) { journey(id: $id) { id } }`, { id: journeyId }, identity),
      app.gql(`query($id: ID!) { beneficiary(id: $id) { id } }`, { id: beneficiaryId }, identity),
      app.gql(`query { journeys(first: 10) { totalCount } }`, {}, identity),
      app.gql(`query { beneficiaries(first: 10) { totalCount } }`, {}, identity),
    ];
    for (const res of await Promise.all(asked)) expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

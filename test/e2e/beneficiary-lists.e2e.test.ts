import { randomUUID } from 'node:crypto';
import { startAppHarness, MANAGER, type AppHarness } from '../support/app-harness';
import { BULK_ENROL, csvLine, csvOf } from '../support/bulk-graphql';
import { ensureCohort } from '../support/cohort-graphql';

const LIST = `query List($filter: BeneficiaryFilter, $first: Int, $after: String) {
  beneficiaries(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { id beneficiaryId name nikMasked sex birthDate regionCode cohortId
      journey { journeyId stage } } } } }`;
const COHORTS =
  'query Cohorts($programmeId: ID!) { cohorts(programmeId: $programmeId) ' +
  '{ id programmeId enrolled activeJourneys } }';
const COHORT =
  'query Cohort($id: ID!, $programmeId: ID) { cohort(id: $id, programmeId: $programmeId) ' +
  '{ id programmeId enrolled activeJourneys } }';

/** A birth date `years` years and 100 days ago, so age bands hold whenever the test runs. */
function bornYearsAgo(years: number): string {
  const d = new Date();
  d.setUTCFullYear(d.getUTCFullYear() - years);
  d.setUTCDate(d.getUTCDate() - 100);
  return d.toISOString().slice(0, 10);
}

/** Beneficiary lists and cohorts from PostgreSQL, over HTTP on the real servers. */
describe('beneficiary lists and cohorts', () => {
  let app: AppHarness;
  const cohortId = `c-${randomUUID().slice(0, 8)}`;
  const people = [
    { name: 'Ayu Lestari', sex: 'FEMALE', age: 36, disability: 'false', regionCode: '52.71' },
    { name: 'Budi Santoso', sex: 'MALE', age: 70, disability: 'false', regionCode: '52.01' },
    { name: 'Made Ayu', sex: 'FEMALE', age: 26, disability: 'true', regionCode: '52.71' },
    { name: 'Made Ayu', sex: 'FEMALE', age: 41, disability: 'false', regionCode: '51.71' },
    { name: 'Wayan Sari', sex: 'MALE', age: 31, disability: 'false', regionCode: '52.71.1' },
    { name: 'Ketut Wira', sex: 'MALE', age: 56, disability: 'true', regionCode: '52.02' },
    { name: 'Nyoman Dewi', sex: 'FEMALE', age: 27, disability: 'false', regionCode: '52.71' },
  ];
  const ids: string[] = [];

  beforeAll(async () => {
    app = await startAppHarness();
    await ensureCohort(app, cohortId);
    const csv = csvOf(
      people.map((p) =>
        csvLine({
          name: p.name,
          sex: p.sex,
          birthDate: bornYearsAgo(p.age),
          disability: p.disability,
          regionCode: p.regionCode,
        }),
      ),
    );
    const res = await app.gql(
      BULK_ENROL,
      { csv, programmeId: 'default', cohortId, key: `bulk-${randomUUID()}` },
      MANAGER,
    );
    if (res.errors || res.data!.enrollBeneficiariesCsv.totals.enrolled !== people.length)
      throw new Error(JSON.stringify(res));
    ids.push(...res.data!.enrollBeneficiariesCsv.rows.map((r: { journeyId: string }) => r.journeyId));
  }, 120_000);
  afterAll(async () => {
    await app?.stop();
  });

  const list = (filter: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
    app.gql(LIST, { filter: { cohortId, ...filter }, first: 50, ...extra });
  type Edge = { cursor: string; node: { id: string; beneficiaryId: string; name: string } };

  it(
    'pages by name then id with a keyset cursor: every person once, the total on every page, ' +
      'same-name people in id order',
    async () => {
      const pages: Edge[][] = [];
      let after: string | null = null;
      for (;;) {
        const res = await list({}, { first: 4, after });
        expect(res.errors).toBeUndefined();
        expect(res.data!.beneficiaries.totalCount).toBe(7);
        pages.push(res.data!.beneficiaries.edges);
        if (!res.data!.beneficiaries.pageInfo.hasNextPage) break;
        after = res.data!.beneficiaries.pageInfo.endCursor;
      }
      expect(pages.map((p) => p.length)).toEqual([4, 3]);
      const nodes = pages.flat().map((e) => e.node);
      expect(nodes.map((n) => n.name)).toEqual([
        'Ayu Lestari',
        'Budi Santoso',
        'Ketut Wira',
        'Made Ayu',
        'Made Ayu',
        'Nyoman Dewi',
        'Wayan Sari',
      ]);
      const made = nodes.filter((n) => n.name === 'Made Ayu').map((n) => n.beneficiaryId);
      expect(made).toEqual([...made].sort()); // the pair straddles the page break, in id (UUID) order
      expect(new Set(nodes.map((n) => n.beneficiaryId))).toEqual(new Set(ids));
    },
  );

  it('serves each node with its masked NIK and its journey, in a constant number of SQL statements', async () => {
    const before = app.statements.count;
    const res = await list({});
    const statements = app.statements.count - before;
    const node = res.data!.beneficiaries.edges[0].node;
    expect(node).toMatchObject({
      name: 'Ayu Lestari',
      birthDate: bornYearsAgo(36),
      cohortId,
      journey: { journeyId: node.beneficiaryId, stage: 'ENROLLED' },
    });
    expect(node.nikMasked).toMatch(/^\d{4}\*{8}\d{4}$/);
    expect(statements).toBeLessThanOrEqual(3); // count, page, journeys (batched)
  });

  it.each([
    [{ sex: 'MALE' }, 3],
    [{ disability: true }, 2],
    [{ disability: false }, 5],
    [{ regionCode: '52.71' }, 3],
    [{ regionCode: '52.71*' }, 4],
    [{ regionCode: '52.*' }, 6],
    [{ nameContains: 'AYU' }, 3],
    [{ nameContains: '%' }, 0],
    [{ ageBand: 'AGE_25_34' }, 3],
    [{ ageBand: 'AGE_60_PLUS' }, 1],
    [{ sex: 'FEMALE', nameContains: 'made', ageBand: 'AGE_35_44' }, 1],
    [{ programmeId: 'default' }, 7],
    [{ programmeId: 'training-sandbox' }, 0],
    [{ cohortId: 'no-such-cohort' }, 0],
  ])('filters by %j', async (filter, expected) => {
    const res = await list(filter);
    expect(res.errors).toBeUndefined();
    expect(res.data!.beneficiaries.totalCount).toBe(expected);
    expect(res.data!.beneficiaries.edges).toHaveLength(expected);
  });

  it('refuses bad page sizes, cursors and filters (VALIDATION_FAILED), and callers without an identity', async () => {
    expect((await list({}, { first: 0 })).errors?.[0].extensions?.code).toBe('VALIDATION_FAILED');
    expect((await list({}, { first: 101 })).errors?.[0].extensions?.code).toBe('VALIDATION_FAILED');
    expect((await list({}, { after: 'not-a-cursor' })).errors?.[0].extensions?.code).toBe('VALIDATION_FAILED');
    expect((await list({ regionCode: "52'; drop table beneficiary; --" })).errors?.[0].extensions?.code).toBe(
      'VALIDATION_FAILED',
    );
    expect((await app.gql(LIST, { filter: { cohortId } }, null)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it("counts a cohort's members: enrolled and active journeys, per programme", async () => {
    const listed = await app.gql(COHORTS, { programmeId: 'default' });
    expect(listed.errors).toBeUndefined();
    expect(listed.data!.cohorts).toContainEqual({
      id: cohortId,
      programmeId: 'default',
      enrolled: 7,
      activeJourneys: 7,
    });

    const paused = await app.gql(
      `mutation($id: ID!) { pauseJourney(journeyId: $id, reason: "Merantau sementara (temporarily away)") { status } }`,
      { id: ids[0] },
    );
    expect(paused.data?.pauseJourney.status).toBe('PAUSED');
    expect((await app.gql(COHORT, { id: cohortId })).data!.cohort).toEqual({
      id: cohortId,
      programmeId: 'default',
      enrolled: 7,
      activeJourneys: 6,
    });

    expect((await app.gql(COHORT, { id: 'no-such-cohort' })).data!.cohort).toBeNull();
    expect((await app.gql(COHORTS, { programmeId: 'training-sandbox' })).data!.cohorts).not.toContainEqual(
      expect.objectContaining({ id: cohortId }),
    );
    expect((await app.gql(COHORT, { id: 'bad id!' })).errors?.[0].extensions?.code).toBe('VALIDATION_FAILED');
    expect((await app.gql(COHORTS, { programmeId: 'default' }, null)).errors?.[0].extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
  });

  it("a cohort id names one programme's cohort: another programme cannot enrol into it", async () => {
    const res = await app.gql(
      BULK_ENROL,
      { csv: csvOf([csvLine()]), programmeId: 'training-sandbox', cohortId, key: `bulk-${randomUUID()}` },
      MANAGER,
    );
    expect(res.errors?.[0].extensions?.code).toBe('COHORT_NOT_FOUND');
    expect((await app.gql(COHORT, { id: cohortId, programmeId: 'training-sandbox' })).data!.cohort).toBeNull();
    expect((await app.gql(COHORT, { id: cohortId })).data!.cohort).toMatchObject({ programmeId: 'default' });
  });
});

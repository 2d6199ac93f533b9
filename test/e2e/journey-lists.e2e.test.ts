import { randomUUID } from 'node:crypto';
import { startAppHarness, randomNik, type AppHarness } from '../support/app-harness';
import { ENROLL, enrolmentInput } from '../support/journey-graphql';
import { ensureCohort } from '../support/cohort-graphql';

const LIST = `query List($filter: JourneyFilter, $first: Int, $after: String, $sort: JourneySort) {
  journeys(filter: $filter, first: $first, after: $after, sort: $sort) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { id stage regionCode facilitatorId nextAction { action by dueAt }
      modules { moduleId status } proposedModules { templateId } beneficiary { id name sex disability } } } } }`;
const CASELOAD =
  'query { myCaseload(first: 50) { totalCount edges { node { id facilitatorId nextAction { action dueAt } ' +
  'beneficiary { name } } } } }';

/** Lists from the read model, on the real servers: filters, stable pages, caseloads, no N+1. */
describe('journey lists', () => {
  let app: AppHarness;
  const cohortId = `c-${randomUUID().slice(0, 8)}`;
  const ids: string[] = [];
  beforeAll(async () => {
    app = await startAppHarness();
    await ensureCohort(app, cohortId);
    for (let i = 0; i < 60; i++) {
      const res = await app.gql(ENROLL, {
        key: `enrol-${randomUUID()}`,
        input: enrolmentInput(randomNik(), {
          cohortId,
          name: i % 10 === 0 ? `Wayan Sari ${i}` : `Person ${i}`,
          sex: i % 3 === 0 ? 'MALE' : 'FEMALE',
          disability: i % 5 === 0,
          regionCode: i % 2 === 0 ? '52.71' : '52.01',
          facilitatorId: i % 4 === 0 ? `fac-${cohortId}` : 'facilitator-9',
          birthDate: i % 6 === 0 ? '1950-01-01' : '1995-06-15',
        }),
      });
      if (res.errors) throw new Error(JSON.stringify(res.errors));
      ids.push(res.data!.enrollBeneficiary.id);
    }
  }, 300_000);
  afterAll(async () => {
    await app?.stop();
  });

  const list = (filter: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
    app.gql(LIST, { filter: { cohortId, ...filter }, first: 50, ...extra });

  it('pages through every journey once, in a stable order, with the total', async () => {
    const first = await list({});
    expect(first.errors).toBeUndefined();
    expect(first.data!.journeys.totalCount).toBe(60);
    expect(first.data!.journeys.edges).toHaveLength(50);
    expect(first.data!.journeys.pageInfo.hasNextPage).toBe(true);
    const second = await list({}, { after: first.data!.journeys.pageInfo.endCursor });
    expect(second.data!.journeys.edges).toHaveLength(10);
    expect(second.data!.journeys.pageInfo.hasNextPage).toBe(false);
    const seen = [...first.data!.journeys.edges, ...second.data!.journeys.edges].map(
      (e: { node: { id: string } }) => e.node.id,
    );
    expect(new Set(seen).size).toBe(60);
    expect(new Set(seen)).toEqual(new Set(ids));
    const byName = await list({}, { sort: 'NAME_ASC', first: 5 });
    const names = byName.data!.journeys.edges.map(
      (e: { node: { beneficiary: { name: string } } }) => e.node.beneficiary.name,
    );
    expect(names).toEqual([...names].sort());
  });

  it.each([
    [{ sex: 'MALE' }, 20],
    [{ disability: true }, 12],
    [{ regionCode: '52.71' }, 30],
    [{ regionCode: '52.*' }, 60],
    [{ stages: ['ENROLLED'] }, 60],
    [{ stages: ['GRADUATED'] }, 0],
    [{ overdue: true }, 0],
    [{ nameContains: 'wayan' }, 6],
    [{ ageBand: 'AGE_60_PLUS' }, 10],
    [{ ageBand: 'AGE_25_34' }, 50],
    [{ facilitatorId: `fac-${cohortId}` }, 15],
  ])('filters by %j', async (filter, expected) => {
    const res = await list(filter);
    expect(res.errors).toBeUndefined();
    expect(res.data!.journeys.totalCount).toBe(expected);
  });

  it('costs as many SQL statements for 10 journeys as for 50, with their beneficiary, plan and modules', async () => {
    const count = async (first: number) => {
      const before = app.statements.count;
      const res = await app.gql(LIST, { filter: { cohortId }, first });
      expect(res.data!.journeys.edges).toHaveLength(first);
      return app.statements.count - before;
    };
    const small = await count(10);
    const large = await count(50);
    expect(small).toBeGreaterThan(0);
    expect(large).toBe(small);
    expect(large).toBeLessThanOrEqual(3); // count, page, beneficiaries
  });

  it('gives a facilitator their own open journeys with the next action', async () => {
    const res = await app.gql(CASELOAD, {}, { user: `fac-${cohortId}`, role: 'facilitator' });
    expect(res.errors).toBeUndefined();
    expect(res.data!.myCaseload.totalCount).toBe(15);
    for (const e of res.data!.myCaseload.edges) {
      expect(e.node.facilitatorId).toBe(`fac-${cohortId}`);
      expect(e.node.nextAction.action).toBe('submitAssessment');
      expect(e.node.nextAction.dueAt).toEqual(expect.any(String));
    }
    const manager = await app.gql(CASELOAD, {});
    expect(manager.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('lists each journey as journey(id) reads it from the read model', async () => {
    const fields =
      'id workflowId programmeId cohortId regionCode facilitatorId stage status stageEnteredAt welfareLevel ' +
      'enrolledAt seq rulesId rulesVersion nextAction { action by dueAt } overdue { kind key } ' +
      'modules { moduleId status } proposedModules { templateId }';
    const page = await app.gql(
      `query($f: JourneyFilter) { journeys(filter: $f, first: 8) { edges { node { ${fields} } } } }`,
      { f: { cohortId } },
    );
    expect(page.errors).toBeUndefined();
    const nodes = page.data!.journeys.edges.map((e: { node: Record<string, unknown> }) => e.node);
    expect(nodes).toHaveLength(8);
    for (const node of nodes) {
      const one = await app.gql(`query($id: ID!) { journey(id: $id) { ${fields} } }`, { id: node.id });
      expect(one.data!.journey).toEqual(node);
    }
  });

  it('refuses a bad page size or cursor with VALIDATION_FAILED', async () => {
    expect((await list({}, { first: 0 })).errors?.[0].extensions?.code).toBe('VALIDATION_FAILED');
    expect((await list({}, { first: 1000 })).errors?.[0].extensions?.code).toBe('VALIDATION_FAILED');
    expect((await list({}, { after: 'not-a-cursor' })).errors?.[0].extensions?.code).toBe('VALIDATION_FAILED');
    expect((await list({ regionCode: "52'; drop table journey; --" })).errors?.[0].extensions?.code).toBe(
      'VALIDATION_FAILED',
    );
  });
});

import { randomUUID } from 'node:crypto';
import { parseGlobalId } from '../../api/node/global-id';
import { mapWithConcurrency } from '../../domain/shared/bounded-concurrency';
import { authHeaders, MANAGER, startAppHarness, type AppHarness } from '../support/app-harness';
import { ensureCohort } from '../support/cohort-graphql';
import { day, groupScenario, today } from '../support/group-indicator-scenario';
import { seedGroups } from '../support/group-seed';
import {
  ALL_DIMS,
  cellOf,
  cohortFigures,
  figureOf,
  groupFigureDifferences,
  independentGroupFigures,
} from '../support/group-figure-check';
import type { OraclePeriod } from '../support/indicator-group-oracle';
import { enrolPerson, REGIONS, type Person } from '../support/indicator-scenario';

/**
 * Group figures on seeded groups: 24 people enrolled through the API in one cohort, then learning groups,
 * business groups, a cooperative and an alumni group with memberships, sessions and attendance, capital and
 * reports written straight into PostgreSQL (test/support/group-indicator-scenario.ts). Every group figure of
 * programmeIndicators is checked against an independent computation from the raw rows
 * (test/support/indicator-group-oracle.ts), in total and per group, over all time and over the last 60 days;
 * a few against what the test seeded; small cells withheld from viewers; the monthly report's group section.
 */
const PROGRAMME = 'training-sandbox';

describe('group figures on seeded groups', () => {
  let app: AppHarness;
  let people: Person[];
  const cohortId = `grp-${randomUUID().slice(0, 8)}`;
  beforeAll(async () => {
    app = await startAppHarness();
    await ensureCohort(app, cohortId, { programmeId: PROGRAMME });
    const specs = Array.from({ length: 24 }, (_, i) => ({
      i,
      path: 'ENROLLED' as const,
      region: REGIONS[i % 3],
      cohort: cohortId,
    }));
    // enrollBeneficiary answers the journey's node id; the group tables hold the journey's uuid.
    const enrolled = await mapWithConcurrency(specs, 6, (spec) => enrolPerson(app, spec));
    people = enrolled.map((p) => ({ ...p, id: parseGlobalId(p.id)!.uuid }));
    await seedGroups(groupScenario(PROGRAMME, cohortId, people));
  }, 300_000);
  afterAll(async () => {
    await app?.stop();
  });

  const figures = (period: OraclePeriod, identity = MANAGER) =>
    cohortFigures(app, PROGRAMME, cohortId, period, identity);
  const independent = (period: OraclePeriod) => independentGroupFigures(app, PROGRAMME, cohortId, period);

  it.each([
    ['all time', { from: null, to: null }],
    ['the last 60 days', { from: day(-60), to: today() }],
  ])('every group figure over %s equals the independent computation, in total and per group', async (_, period) => {
    const api = await figures(period);
    expect(groupFigureDifferences(api, await independent(period))).toEqual([]);
    // Group figures break down by the group's own province and cohort; people figures by every dimension.
    expect(new Set(figureOf(api, 'group_business_running').breakdown.map((g) => g.dimension))).toEqual(
      new Set(['REGION', 'COHORT']),
    );
    expect(figureOf(api, 'group_business_running').subject).toBe('GROUPS');
    expect(new Set(figureOf(api, 'group_members').breakdown.map((g) => g.dimension))).toEqual(new Set(ALL_DIMS));
  });

  it('counts what the test seeded: members, leaders, women leaders, capital and businesses running', async () => {
    const all = await figures({ from: null, to: null });
    // Open memberships today: the learning groups (one member left), the business group, the cooperative and the
    // alumni group; the two dissolved business groups count no more.
    expect(figureOf(all, 'group_members')).toMatchObject({ numerator: 21, denominator: 24 });
    expect(figureOf(all, 'group_members:BUSINESS_GROUP')).toMatchObject({ numerator: 5 });
    expect(figureOf(all, 'group_leader_rate')).toMatchObject({ numerator: 8, denominator: 21 });
    expect(figureOf(all, 'group_women_leader_share')).toMatchObject({ numerator: 5, denominator: 8 });
    expect(cellOf(figureOf(all, 'group_women_leader_share'), 'SEX', 'MALE')).toMatchObject({
      numerator: 0,
      denominator: 3,
    });
    // The four business groups ever open all had capital; only the active one with revenue in its latest report runs.
    expect(figureOf(all, 'group_capital_access')).toMatchObject({ numerator: 4, denominator: 4 });
    expect(figureOf(all, 'group_capital_access:KUR')).toMatchObject({ numerator: 1, denominator: 4 });
    expect(figureOf(all, 'group_business_running')).toMatchObject({ numerator: 1, denominator: 4 });

    const recent = await figures({ from: day(-60), to: today() });
    // The group dissolved before the period is not a group of the period; capital received within it: grant + KUR.
    expect(figureOf(recent, 'group_business_running')).toMatchObject({ numerator: 1, denominator: 3 });
    expect(figureOf(recent, 'group_capital_received')).toMatchObject({
      numerator: 1,
      denominator: 3,
      median: 15_000_000,
    });
    expect(figureOf(recent, 'group_capital_received:CSR')).toMatchObject({
      numerator: 0,
      denominator: 3,
      median: null,
    });
  });

  it('withholds small cells of group figures from viewers only', async () => {
    const period = { from: day(-60), to: today() };
    const viewer = await figures(period, { user: 'viewer-1', role: 'viewer' });
    const manager = await figures(period);
    for (const [key, dimension, group] of [
      ['group_women_leader_share', 'SEX', 'MALE'],
      ['group_business_running', 'REGION', '33'],
    ]) {
      expect(cellOf(figureOf(manager, key), dimension, group)).toMatchObject({
        denominator: expect.any(Number),
        suppressed: false,
      });
      expect(cellOf(figureOf(manager, key), dimension, group).denominator).toBeGreaterThan(0);
      expect(cellOf(figureOf(manager, key), dimension, group).denominator).toBeLessThan(5);
      expect(cellOf(figureOf(viewer, key), dimension, group)).toMatchObject({
        numerator: 0,
        denominator: 0,
        value: null,
        suppressed: true,
      });
    }
    expect(figureOf(viewer, 'group_members')).toMatchObject({ numerator: 21, suppressed: false });
  });

  it("puts the group figures in the monthly progress report's group section", async () => {
    const requested = await app.gql(
      'mutation($input: RequestReportInput!, $key: String!) ' +
        '{ requestReport(input: $input, idempotencyKey: $key) { id } }',
      {
        input: {
          type: 'MONTHLY_PROGRESS',
          programmeId: PROGRAMME,
          cohortId,
          from: day(-29),
          to: today(),
          format: 'CSV',
          locale: 'en',
        },
        key: `report-${randomUUID()}`,
      },
    );
    expect(requested.errors).toBeUndefined();
    const id = requested.data!.requestReport.id as string;
    let job: { status: string; url: string | null } = { status: 'QUEUED', url: null };
    for (const deadline = Date.now() + 120_000; !['DONE', 'FAILED'].includes(job.status) && Date.now() < deadline;) {
      await new Promise((r) => setTimeout(r, 500));
      job = (await app.gql('query($id: ID!) { reportJob(id: $id) { status url } }', { id })).data!.reportJob;
    }
    expect(job.status).toBe('DONE');
    const csv = await (await fetch(`${app.api.url}${job.url}`, { headers: await authHeaders(MANAGER) })).text();
    expect(csv).toContain('\r\nGroup Participation\r\nCode,Indicator,Level,Statistic,Numerator,Denominator,Value\r\n');
    expect(csv).toContain('\r\ngroup_members,Active group members,Output,Count,21,24,21\r\n');
    expect(csv).toContain('\r\nGroup Figures Disaggregated\r\n');
    // 14 of the 16 women are group members; the one business group of province 52 is a small cell, withheld.
    expect(csv).toContain('\r\ngroup_members,Active group members,Sex,Female,Count,14,16,14\r\n');
    expect(csv).toContain('\r\ngroup_business_running,Group businesses running,Region,52,Share,,,\r\n');
  });
});

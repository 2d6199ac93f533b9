import { randomUUID } from 'node:crypto';
import { FieldCipher } from '../../../config/crypto/field-cipher';
import { rebuildFacts } from '../../../db/facts/fact-rebuild';
import { migrateUp, openMigratedOrm } from '../../../db/migrate';
import { startAppHarness, type AppHarness } from '../../support/app-harness';
import { seedCohort } from '../../support/indicator-scenario';
import { rawQuery } from '../../support/raw-sql';
import { testDatabaseUrl } from '../../support/servers';

/**
 * The indicators' fact projection (journey_fact, journey_fact_answer, journey_module_fact, journey.overdue_count,
 * journey_summary, journey_indicator_row) as the recording activity writes it live equals the one
 * `npm run db:rebuild-facts` recomputes
 * from the recorded events, forms and states, after a realistic cohort (every journey path, over the real API and
 * workflow); and the programme's figures read the same before and after.
 */
const SNAPSHOTS = {
  facts: `select f.* from journey_fact f join journey j on j.id = f.journey_id where j.cohort_id like $1
    order by f.journey_id, f.seq, f.ordinal`,
  answers: `select a.* from journey_fact_answer a join journey j on j.id = a.journey_id where j.cohort_id like $1
    order by a.journey_id, a.seq, a.ordinal, a.position`,
  modules: `select m.journey_id, m.module_id, m.module_template, m.status, m.planned_start, m.actual_end
    from journey_module_fact m join journey j on j.id = m.journey_id where j.cohort_id like $1
    order by m.journey_id, m.module_id`,
  overdue: `select id, overdue_count from journey where cohort_id like $1 order by id`,
  summaries: `select s.* from journey_summary s join journey j on j.id = s.journey_id where j.cohort_id like $1
    order by s.journey_id`,
  // Without position: a storage key only; steps of attendance append rows in the order they come.
  indicatorRows: `select r.journey_id, r.family, r.k, r.per_person, r.num, r.den, r.val, r.at
    from journey_indicator_row r join journey j on j.id = r.journey_id where j.cohort_id like $1
    order by r.journey_id, r.family, r.k, r.per_person, r.val nulls first, r.at nulls first, r.num, r.den`,
};
const INDICATORS = `query($programmeId: ID!, $by: [IndicatorDimension!]) {
  programmeIndicators(programmeId: $programmeId, disaggregateBy: $by) {
    key numerator denominator value median mean breakdown { dimension group numerator denominator median mean } } }`;

/**
 * Figures with every fractional number rounded to 12 significant digits: PostgreSQL sums double precision values in
 * the order it reads the rows, and a rebuild rewrites them in another physical order, so a mean can move in its last
 * bit (1.1827956989247312 against 1.182795698924731) while every count and every input is the same.
 */
const rounded = (figures: unknown): unknown =>
  JSON.parse(JSON.stringify(figures), (_key, value: unknown) =>
    typeof value === 'number' && !Number.isInteger(value) ? Number(value.toPrecision(12)) : value,
  );

async function snapshot(cohorts: string): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const [name, sql] of Object.entries(SNAPSHOTS)) out[name] = await rawQuery(sql, [cohorts]);
  return out;
}

describe('the fact projection rebuilt from the recorded events', () => {
  let app: AppHarness;
  const runId = `facts-${randomUUID().slice(0, 8)}`;
  beforeAll(async () => {
    app = await startAppHarness();
    await seedCohort(app, runId);
    await app.stopWorker(); // freeze the read model: nothing is recorded while the test compares
  }, 1_200_000);
  afterAll(async () => {
    await app?.stop();
  });

  it('equals the projection the recording activity wrote, and the figures do not change', async () => {
    const figures = async () => {
      const res = await app.gql(
        INDICATORS,
        { programmeId: 'training-sandbox', by: ['SEX', 'REGION', 'COHORT'] },
        {
          user: 'manager-1',
          role: 'manager',
        },
      );
      expect(res.errors).toBeUndefined();
      return rounded(res.data);
    };
    const live = await snapshot(`${runId}%`);
    expect(live.facts.length).toBeGreaterThan(1000);
    expect(live.modules.length).toBeGreaterThan(0);
    expect(live.summaries.length).toBeGreaterThan(0);
    // The cohort attends modules and is measured (it records no capital or market step: no ACCESS rows).
    expect(new Set(live.indicatorRows.map((r) => (r as { family: string }).family))).toEqual(
      new Set(['MODULE', 'OUTCOME']),
    );
    const figuresLive = await figures();

    const orm = await openMigratedOrm(testDatabaseUrl(), 2);
    try {
      const report = await rebuildFacts(orm.em.fork(), new FieldCipher(app.config.dataKeys));
      expect(report.facts).toBeGreaterThanOrEqual(live.facts.length);
    } finally {
      await orm.close(true);
    }
    const rebuilt = await snapshot(`${runId}%`);
    for (const name of Object.keys(SNAPSHOTS)) expect({ [name]: rebuilt[name] }).toEqual({ [name]: live[name] });
    expect(await figures()).toEqual(figuresLive);
  });

  it('gets the summaries of journeys recorded before the summary table from db:migrate', async () => {
    const live = await snapshot(`${runId}%`);
    await rawQuery('delete from journey_summary s using journey j where j.id = s.journey_id and j.cohort_id like $1', [
      `${runId}%`,
    ]);
    expect((await snapshot(`${runId}%`)).summaries).toEqual([]);
    await migrateUp(testDatabaseUrl(), app.config.dataKeys);
    expect((await snapshot(`${runId}%`)).summaries).toEqual(live.summaries);
  });

  it('gets the indicator rows of journeys recorded before the side table from db:migrate', async () => {
    const live = await snapshot(`${runId}%`);
    await rawQuery(
      'delete from journey_indicator_row r using journey j where j.id = r.journey_id and j.cohort_id like $1',
      [`${runId}%`],
    );
    expect((await snapshot(`${runId}%`)).indicatorRows).toEqual([]);
    await migrateUp(testDatabaseUrl(), app.config.dataKeys);
    expect((await snapshot(`${runId}%`)).indicatorRows).toEqual(live.indicatorRows);
  });
});

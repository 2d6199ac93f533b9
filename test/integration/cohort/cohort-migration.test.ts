import { randomUUID } from 'node:crypto';
import { cohortsFromBeneficiariesSql } from '../../../db/migrations/migration-20261205081000-cohorts';
import { FACILITATOR, randomNik, startAppHarness, type AppHarness } from '../../support/app-harness';
import { ENROLL, enrolmentInput } from '../../support/journey-graphql';

/** Cohort ids beneficiaries used before cohorts were rows become cohorts, so existing data stays valid. */
describe('the cohort migration', () => {
  let app: AppHarness;
  const run = randomUUID().slice(0, 8);
  beforeAll(async () => {
    app = await startAppHarness();
  });
  afterAll(() => app?.stop());

  const sql = (text: string, params: unknown[] = []) =>
    app.orm.em.fork().getConnection().execute<Record<string, unknown>[]>(text, params);
  const person = (cohortId: string, regionCode: string, groups: string[]) =>
    sql(
      `insert into beneficiary (id, name, sex, birth_date, disability, region_code, programme_id, cohort_id,
       vulnerable_groups, enrolment_key, created_by, created_at)
       values (?, 'Peserta Lama', 'FEMALE', '1988-04-12', false, ?, 'default', ?, ?::jsonb, ?, 'migration-test', ?)`,
      [randomUUID(), regionCode, cohortId, JSON.stringify(groups), `old-${randomUUID()}`, '2026-03-02T08:00:00Z'],
    );

  it("makes each cohort id in use a RUNNING cohort: members counted, common region prefix, rules' quotas", async () => {
    const near = `old-${run}-near`;
    const wide = `old-${run}-wide`;
    await person(near, '52.71.01', ['DISABILITY']);
    await person(near, '52.71.02', []);
    await person(near, '52.71', []);
    await person(wide, '52.71', []);
    await person(wide, '31.74', []);
    await sql(cohortsFromBeneficiariesSql());
    await sql(cohortsFromBeneficiariesSql()); // a second run changes nothing
    const rows = await sql(
      `select id, region_code, planned_size, status, quotas, start_date::text as start_date
         from cohort where id in (?, ?) order by id`,
      [near, wide],
    );
    expect(rows).toEqual([
      {
        id: near,
        region_code: '52.71',
        planned_size: 3,
        status: 'RUNNING',
        quotas: [
          { group: 'DISABILITY', minPercent: 10 },
          { group: 'FEMALE_HEAD_OF_HOUSEHOLD', minPercent: 30 },
        ],
        start_date: '2026-03-02',
      },
      expect.objectContaining({ id: wide, region_code: '', planned_size: 2, status: 'RUNNING' }),
    ]);
    // A running cohort takes no new enrolments until a manager sets it ENROLLING again.
    const late = await app.gql(
      ENROLL,
      { input: enrolmentInput(randomNik(), { cohortId: near }), key: `late-${randomUUID()}` },
      FACILITATOR,
    );
    expect(late.errors?.[0].extensions?.code).toBe('COHORT_NOT_ENROLLING');
  });
});

import { randomUUID } from 'node:crypto';
import { logframeFor } from '../../domain/indicator/logframe.registry';
import { getProgrammeRules } from '../../domain/programme/programme-rules.registry';
import { startAppHarness, randomNik, MANAGER, type AppHarness } from '../support/app-harness';
import { FIGURES } from '../support/inclusion-graphql';
import { ENROLL, enrolmentInput } from '../support/journey-graphql';
import { programmeOnDerivedRules } from '../support/programme-graphql';
import { rawQuery } from '../support/raw-sql';

/**
 * Ethnicity where a programme collects it: a rules version derived from default v5 with
 * inclusion.collectEthnicity true, a programme on it, people enrolled with and without a code, and the ETHNICITY
 * breakdown checked against the raw beneficiary rows. The bundled rules (seed silent) collect none.
 */
describe('ethnicity where the programme collects it', () => {
  let app: AppHarness;
  const suffix = randomUUID().slice(0, 8);
  const programmeId = `incl-eth-${suffix}`;
  const rulesId = `incl-eth-rules-${suffix}`;
  const manager = { ...MANAGER, programmes: [programmeId], regions: ['52'] };
  const CODES = ['SASAK', 'SASAK', 'MBOJO', null, 'SAMAWA', 'SASAK'];

  beforeAll(async () => {
    app = await startAppHarness();
    const document = JSON.parse(JSON.stringify(getProgrammeRules('default', 5)));
    Object.assign(document, { programmeRulesId: rulesId, version: 1 });
    document.inclusion = { ...document.inclusion, collectEthnicity: true };
    await programmeOnDerivedRules(app, {
      programmeId,
      rulesId,
      derivesFrom: { rulesId: 'default', version: 5 },
      document,
      reason: 'The provincial programme reports by suku, as its donor asks',
      programme: { logframe: logframeFor('default') },
    });
  }, 120_000);
  afterAll(() => app?.stop());

  it('takes a code at enrolment and breaks figures down by ETHNICITY as the raw rows say', async () => {
    for (const ethnicity of CODES) {
      const input = enrolmentInput(randomNik(), { programmeId, ethnicity });
      const res = await app.gql(ENROLL, { input, key: `enrol-${randomUUID()}` }, manager);
      expect(res.errors).toBeUndefined();
    }
    const bad = await app.gql(
      ENROLL,
      { input: enrolmentInput(randomNik(), { programmeId, ethnicity: 'sasak lombok' }), key: `enrol-${randomUUID()}` },
      manager,
    );
    expect(bad.errors?.[0].extensions?.code).toBe('VALIDATION_FAILED');

    const res = await app.gql(FIGURES, { programmeId, filter: null, by: ['ETHNICITY'] }, manager);
    expect(res.errors).toBeUndefined();
    const enrolled = res.data!.programmeIndicators.find((f: { key: string }) => f.key === 'enrolled');
    const rows = await rawQuery<{ grp: string; n: string }>(
      `select coalesce(ethnicity, 'NOT_RECORDED') as grp, count(*) as n from beneficiary where programme_id = $1
        group by 1 order by 1`,
      [programmeId],
    );
    expect(rows.reduce((s, r) => s + Number(r.n), 0)).toBe(CODES.length);
    expect(
      enrolled.breakdown.map((b: { group: string; numerator: number; denominator: number }) => [
        b.group,
        b.numerator,
        b.denominator,
      ]),
    ).toEqual(rows.map((r) => [r.grp, Number(r.n), Number(r.n)]));
    expect(enrolled.numerator).toBe(CODES.length);
  });
});

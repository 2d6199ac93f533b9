import { randomUUID } from 'node:crypto';
import { ProgrammeEntity, ProgrammeRulesEntity } from '../../db/entities';
import { logframeFor } from '../../domain/indicator/logframe.registry';
import { getProgrammeRules } from '../../domain/programme/programme-rules.registry';
import type { ProgrammeRules } from '../../domain/programme/programme-rules.types';
import { startAppHarness, randomNik, FACILITATOR, MANAGER, type AppHarness, type Json } from '../support/app-harness';
import { ENROLL, enrolmentInput } from '../support/journey-graphql';
import { driveToReEvaluation, ok, reEvaluation } from '../support/journey-commands-graphql';
import {
  ADMIN,
  CREATE_PROGRAMME,
  PUBLISH_RULES,
  RULES_VERSION,
  RULES_VERSIONS,
  UPDATE_PROGRAMME,
  programmeInput,
} from '../support/programme-graphql';

/**
 * A programme office starts a programme through GraphQL only: the admin sets it up, publishes its own rules
 * with a stricter graduation threshold, switches the programme to them, and a journey enrolled afterwards
 * runs on the published version.
 */
describe('setting up a programme and its rules through the API', () => {
  let app: AppHarness;
  beforeAll(async () => {
    app = await startAppHarness();
  });
  afterAll(async () => {
    await app?.stop();
  });

  const suffix = randomUUID().slice(0, 8);
  const programmeId = `pena-ntb-${suffix}`;
  const rulesId = `pena-ntb-rules-${suffix}`;
  const stricter = (version: number, ratio = 1.5): ProgrammeRules => {
    const rules = JSON.parse(JSON.stringify(getProgrammeRules('default', 2))) as ProgrammeRules;
    rules.programmeRulesId = rulesId;
    rules.version = version;
    rules.graduation.minIncomeToMinimumWageRatio = ratio;
    return rules;
  };
  const publishInput = (document: unknown, version = 1, derives = { rulesId: 'default', version: 2 }) => ({
    rulesId,
    version,
    derivesFromRulesId: derives.rulesId,
    derivesFromVersion: derives.version,
    document,
    reason: 'Graduation needs income of 1.5 times the minimum wage, as the ministry decided',
  });
  /** CONFIGURATION audit rows of this file's programme or rules (the database is shared by the run's e2e files). */
  const auditRows = async (action: string) => {
    const rows = await app.orm.em
      .getConnection()
      .execute<{ n: string }[]>(
        `select count(*) as n from audit_log where source = 'CONFIGURATION' and action = ? ` +
          `and (programme_id = ? or after->>'rulesId' = ?)`,
        [action, programmeId, rulesId],
      );
    return Number(rows[0].n);
  };
  const codeOf = (res: { errors?: { extensions?: { code?: string } }[] }) => res.errors?.[0]?.extensions?.code;

  it('creates a programme from nothing, once, with the logframe threshold as default', async () => {
    const created = await app.gql(CREATE_PROGRAMME, { input: programmeInput(programmeId) }, ADMIN);
    expect(created.errors).toBeUndefined();
    expect(created.data!.createProgramme).toMatchObject({
      id: programmeId,
      nameId: 'Program Pemberdayaan Ekonomi Keluarga NTB',
      nameEn: 'NTB family economic empowerment programme',
      implementingAgency: 'Bappeda Provinsi NTB',
      regionCodes: ['52.71', '52.01'],
      periodStart: '2027-01-01',
      periodEnd: '2029-12-31',
      rulesId: 'default',
      rulesVersion: 2,
      smallCellThreshold: 5,
    });
    const retried = await app.gql(CREATE_PROGRAMME, { input: programmeInput(programmeId) }, ADMIN);
    expect(retried.data!.createProgramme).toEqual(created.data!.createProgramme);
    expect(await auditRows('programme.create')).toBe(1);

    const other = await app.gql(
      CREATE_PROGRAMME,
      { input: programmeInput(programmeId, { implementingAgency: 'Dinas Sosial NTB' }) },
      ADMIN,
    );
    expect(codeOf(other)).toBe('PROGRAMME_EXISTS');
    const badLogframe = { ...logframeFor('default'), ageBands: [], rows: [{ id: 'r1' }] };
    const invalid = await app.gql(
      CREATE_PROGRAMME,
      { input: programmeInput(`bad-${suffix}`, { logframe: badLogframe, regionCodes: ['NTB'] }) },
      ADMIN,
    );
    expect(codeOf(invalid)).toBe('VALIDATION_FAILED');
    expect((invalid.errors![0].extensions as { details: { problems: string[] } }).details.problems).toEqual(
      expect.arrayContaining([
        'regionCodes: NTB is not a BPS region code (e.g. 52 or 52.71)',
        'logframe: rows[0].level is missing',
      ]),
    );
    expect(await app.orm.em.fork().count(ProgrammeEntity, { id: `bad-${suffix}` })).toBe(0);
    const listed = await app.gql(`{ programmes { id } programme(id: "${programmeId}") { nameEn } }`, {}, MANAGER);
    expect(listed.data!.programmes).toContainEqual({ id: programmeId });
    expect(listed.data!.programme).toEqual({ nameEn: 'NTB family economic empowerment programme' });
  });

  it('refuses programme and rules changes to anyone but an admin, and changes nothing', async () => {
    for (const who of [MANAGER, FACILITATOR, { user: 'auditor-1', role: 'auditor' }]) {
      const create = await app.gql(CREATE_PROGRAMME, { input: programmeInput(`other-${suffix}`) }, who);
      expect(codeOf(create)).toBe('FORBIDDEN');
      const publish = await app.gql(PUBLISH_RULES, { input: publishInput(stricter(1)) }, who);
      expect(codeOf(publish)).toBe('FORBIDDEN');
    }
    const read = await app.gql(RULES_VERSION, { rulesId: 'default' }, FACILITATOR);
    expect(codeOf(read)).toBe('FORBIDDEN');
    expect(await app.orm.em.fork().count(ProgrammeEntity, { id: `other-${suffix}` })).toBe(0);
    expect(await app.orm.em.fork().count(ProgrammeRulesEntity, { rulesId })).toBe(0);
  });

  it('refuses documents that are not valid rules with the problems listed, and stores nothing', async () => {
    const inconsistent = stricter(1);
    inconsistent.welfareThresholds.MIDDLE = 9;
    const missing = stricter(1) as unknown as Record<string, unknown>;
    delete missing.graduation;
    const misnamed = stricter(1);
    misnamed.version = 7;
    const cases: [unknown, string][] = [
      [inconsistent, 'welfareThresholds must satisfy 0 <= VULNERABLE < MIDDLE < STABLE, got 0.5/9/1.5'],
      [missing, 'graduation is missing'],
      [misnamed, 'version is 7, not 1'],
    ];
    for (const [document, problem] of cases) {
      const res = await app.gql<Json>(PUBLISH_RULES, { input: publishInput(document) }, ADMIN);
      expect(codeOf(res)).toBe('INVALID_RULES');
      expect((res.errors![0].extensions as { details: { problems: string[] } }).details.problems).toContain(problem);
    }
    expect((await app.gql(RULES_VERSION, { rulesId }, ADMIN)).data!.programmeRules).toBeNull();
    expect(await auditRows('programmeRules.publish')).toBe(0);
  });

  it('publishes a derived version whose diff shows exactly the changed threshold; it never changes', async () => {
    const published = await app.gql(PUBLISH_RULES, { input: publishInput(stricter(1)) }, ADMIN);
    expect(published.errors).toBeUndefined();
    const version = published.data!.publishProgrammeRules;
    expect(version).toMatchObject({
      rulesId,
      version: 1,
      bundled: false,
      derivesFrom: { rulesId: 'default', version: 2 },
      publishedBy: 'admin-1',
      diff: [{ path: 'graduation.minIncomeToMinimumWageRatio', before: 1, after: 1.5 }],
    });
    expect(version.document).toEqual(stricter(1));

    const again = await app.gql(PUBLISH_RULES, { input: publishInput(stricter(1)) }, ADMIN);
    expect(again.data!.publishProgrammeRules).toEqual(version);
    const changed = await app.gql(PUBLISH_RULES, { input: publishInput(stricter(1, 1.2)) }, ADMIN);
    expect(codeOf(changed)).toBe('RULES_VERSION_PUBLISHED');
    expect(await auditRows('programmeRules.publish')).toBe(1);

    const read = await app.gql(RULES_VERSION, { rulesId }, { user: 'auditor-1', role: 'auditor' });
    expect(read.data!.programmeRules).toEqual(version);
    const bundled = await app.gql(RULES_VERSIONS, { rulesId: 'default' }, MANAGER);
    expect(bundled.data!.programmeRulesVersions).toEqual([
      { rulesId: 'default', version: 1, bundled: true, derivesFrom: null },
      { rulesId: 'default', version: 2, bundled: true, derivesFrom: { rulesId: 'default', version: 1 } },
      { rulesId: 'default', version: 3, bundled: true, derivesFrom: { rulesId: 'default', version: 2 } },
      { rulesId: 'default', version: 4, bundled: true, derivesFrom: { rulesId: 'default', version: 3 } },
      { rulesId: 'default', version: 5, bundled: true, derivesFrom: { rulesId: 'default', version: 4 } },
    ]);
    const templates = await app.gql(`{ moduleTemplates(rulesId: "${rulesId}") { id } }`, {}, FACILITATOR);
    expect(templates.data!.moduleTemplates).toHaveLength(stricter(1).moduleTemplates.length);
  });

  it('switches the programme to the published version; journeys enrolled afterwards run on it', async () => {
    const updated = await app.gql(
      UPDATE_PROGRAMME,
      { input: { id: programmeId, rulesId, rulesVersion: 1, reason: 'The ministry set stricter graduation' } },
      ADMIN,
    );
    expect(updated.errors).toBeUndefined();
    expect(updated.data!.updateProgramme).toMatchObject({ rulesId, rulesVersion: 1, smallCellThreshold: 5 });
    const retried = await app.gql(
      UPDATE_PROGRAMME,
      { input: { id: programmeId, rulesId, rulesVersion: 1, reason: 'The ministry set stricter graduation' } },
      ADMIN,
    );
    expect(retried.data!.updateProgramme).toEqual(updated.data!.updateProgramme);
    expect(await auditRows('programme.update')).toBe(1);

    const outside = await app.gql(ENROLL, {
      input: enrolmentInput(randomNik(), { programmeId, regionCode: '31.74' }),
      key: `enrol-${randomUUID()}`,
    });
    expect(codeOf(outside)).toBe('REGION_NOT_COVERED');

    const manager = { ...MANAGER, programmes: [programmeId], regions: ['52'] };
    const enrolled = await app.gql(
      ENROLL,
      { input: enrolmentInput(randomNik(), { programmeId }), key: `enrol-${randomUUID()}` },
      manager,
    );
    expect(enrolled.errors).toBeUndefined();
    const id = enrolled.data!.enrollBeneficiary.journeyId as string;
    const rulesOf = async () =>
      (await app.gql(`query($id: ID!) { journey(id: $id) { rulesId rulesVersion } }`, { id }, manager)).data!.journey;
    expect(await rulesOf()).toEqual({ rulesId, rulesVersion: 1 });

    // Income 1.19 times the minimum wage graduates on the bundled rules (1.0); on the published ones (1.5) it does not.
    await driveToReEvaluation(app, id);
    const reviewed = await ok(app, 'submitReEvaluation', id, reEvaluation(true));
    expect(reviewed.stage).toBe('GRADUATION_REVIEW');
    expect(reviewed.reEvaluations[0].proposal).toBe('NOT_YET');
    expect(reviewed.reEvaluations[0].criteria).toContainEqual(
      expect.objectContaining({
        criterion: 'INCOME_TO_MINIMUM_WAGE',
        met: false,
        detail: expect.stringContaining('1.5'),
      }),
    );
    expect(await rulesOf()).toEqual({ rulesId, rulesVersion: 1 });

    // A newer published version travels to the running journey with migrateJourneyRules.
    const v2 = await app.gql(
      PUBLISH_RULES,
      { input: publishInput(stricter(2, 1.1), 2, { rulesId, version: 1 }) },
      ADMIN,
    );
    expect(v2.data!.publishProgrammeRules.diff).toEqual([
      { path: 'graduation.minIncomeToMinimumWageRatio', before: 1.5, after: 1.1 },
    ]);
    const migrated = await app.gql(
      `mutation($id: ID!) { migrateJourneyRules(journeyId: $id, rulesVersion: 2, reason: "Ministry relaxed it") {
        rulesVersion stage } }`,
      { id },
      manager,
    );
    expect(migrated.errors).toBeUndefined();
    expect(migrated.data!.migrateJourneyRules).toEqual({ rulesVersion: 2, stage: 'GRADUATION_REVIEW' });
  });
});

import { randomUUID } from 'node:crypto';
import { JourneyEventEntity } from '../../db/entities';
import { startAppHarness, randomNik, type AppHarness } from '../support/app-harness';
import { getExport } from '../support/audit-graphql';
import { assessmentInput, command, FACILITATOR, MANAGER, ok } from '../support/journey-commands-graphql';
import { ENROLL, enrolmentInput } from '../support/journey-graphql';
import { ensureCohort } from '../support/cohort-graphql';

const JOURNEYS = `query($filter: JourneyFilter) { journeys(filter: $filter, first: 5) { totalCount } }`;
const CONFLICTS = `query($p: ID, $f: ConflictFilter) { conflicts(programmeId: $p, filter: $f) { id } }`;
const CODE_TYPES = `{ __type(name: "ModuleRun") { fields { name type { kind name ofType { kind name } } } } }`;

/**
 * Codes a client branches on are enums, identifiers are ID and dates in filters are typed (docs/contract-changes.md):
 * the same strings travel in variables, a value outside a list is VALIDATION_FAILED and changes nothing.
 */
describe('codes, ids and dates typed in the contract', () => {
  let app: AppHarness;
  beforeAll(async () => {
    app = await startAppHarness();
  });
  afterAll(async () => {
    await app?.stop();
  });

  const enrol = async (cohortId?: string) =>
    (
      await app.gql(ENROLL, {
        input: enrolmentInput(randomNik(), cohortId ? { cohortId } : {}),
        key: `enrol-${randomUUID()}`,
      })
    ).data!.enrollBeneficiary as { journeyId: string };

  it('reads codes as the same strings, typed by enums', async () => {
    const { journeyId } = await enrol();
    const planning = await ok(app, 'submitAssessment', journeyId, assessmentInput({ capital: true, market: true }));
    expect(planning.nextAction).toMatchObject({ action: 'approvePlan', by: 'manager' });
    expect(planning.assessment.needs.sort()).toEqual(['CAPITAL', 'MARKET']);
    const types = (await app.gql(CODE_TYPES)).data!.__type as {
      fields: { name: string; type: { kind: string; ofType: { kind: string; name: string } | null } }[];
    };
    const status = types.fields.find((f) => f.name === 'status')!;
    expect(status.type.ofType).toEqual({ kind: 'ENUM', name: 'ModuleStatus' });
  });

  it('refuses a code outside its list, sent in variables, with VALIDATION_FAILED and records nothing', async () => {
    const { journeyId } = await enrol();
    const before = await app.orm.em.fork().count(JourneyEventEntity, { journeyId });
    const input = { ...assessmentInput(), needs: { ...assessmentInput().needs, mentoringTypes: ['SPIRITUAL'] } };
    const bad = await command(app, 'submitAssessment', journeyId, input, FACILITATOR);
    expect(bad.errors?.[0].extensions?.code).toBe('VALIDATION_FAILED');
    expect(bad.errors?.[0].message).toContain('MentoringType');
    const exit = await command(app, 'exitJourney', journeyId, { exitKind: 'VANISHED', reason: 'No news' }, MANAGER);
    expect(exit.errors?.[0].extensions?.code).toBe('VALIDATION_FAILED');
    expect(await app.orm.em.fork().count(JourneyEventEntity, { journeyId })).toBe(before);
  });

  it('filters journeys by instants (DateTimeISO) and cohort ids (ID); a bare date is VALIDATION_FAILED', async () => {
    const cohortId = `typed-${randomUUID().slice(0, 8)}`;
    await ensureCohort(app, cohortId);
    await enrol(cohortId);
    const since = new Date(Date.now() - 3_600_000).toISOString();
    const found = await app.gql(JOURNEYS, { filter: { cohortId, enrolledFrom: since } });
    expect(found.errors).toBeUndefined();
    expect(found.data!.journeys).toEqual({ totalCount: 1 });
    const later = await app.gql(JOURNEYS, { filter: { cohortId, enrolledTo: since } });
    expect(later.data!.journeys).toEqual({ totalCount: 0 });
    const bareDate = await app.gql(JOURNEYS, { filter: { cohortId, enrolledFrom: since.slice(0, 10) } });
    expect(bareDate.errors?.[0].extensions?.code).toBe('VALIDATION_FAILED');
  });

  it('reads the audit filter instants as DateTimeISO over GraphQL and in the export alike', async () => {
    const AUDIT = 'query($f: AuditLogFilter) { auditLog(filter: $f, first: 1) { edges { cursor } } }';
    const since = new Date(Date.now() - 60_000).toISOString();
    expect((await app.gql(AUDIT, { f: { from: since } }, MANAGER)).errors).toBeUndefined();
    const bare = await app.gql(AUDIT, { f: { from: since.slice(0, 10) } }, MANAGER);
    expect(bare.errors?.[0].extensions?.code).toBe('VALIDATION_FAILED');
    expect((await getExport(app, `/exports/audit-log.json?from=${encodeURIComponent(since)}`)).status).toBe(200);
    expect((await getExport(app, `/exports/audit-log.json?from=${since.slice(0, 10)}`)).status).toBe(400);
  });

  it('filters conflicts by local dates (LocalDate); a malformed date is VALIDATION_FAILED', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const answered = await app.gql(CONFLICTS, { p: 'default', f: { from: today, to: today } }, MANAGER);
    expect(answered.errors).toBeUndefined();
    const bad = await app.gql(CONFLICTS, { p: 'default', f: { from: '2026-13-40' } }, MANAGER);
    expect(bad.errors?.[0].extensions?.code).toBe('VALIDATION_FAILED');
  });
});

import { randomUUID } from 'node:crypto';
import { randomNik, startAppHarness, type AppHarness, type TestIdentity } from '../support/app-harness';
import { sql } from '../support/grievance-graphql';
import { ENROLL, enrolmentInput } from '../support/journey-graphql';

/**
 * Implementing partners (mitra pelaksana) over HTTP: an admin creates an organisation, a manager assigns
 * journeys to it, its partner reads those journeys only, and answers the referrals addressed to it.
 */
const ORG_FIELDS = 'id name kind programmeIds regionCodes createdBy';
const CREATE = `mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { ${ORG_FIELDS} } }`;
const ORGANISATIONS = `query($p: ID!) { organisations(programmeId: $p) { ${ORG_FIELDS} } }`;

const ADMIN: TestIdentity = { user: 'admin-1', role: 'admin' };
const MANAGER: TestIdentity = { user: 'manager-1', role: 'manager' };
const codeOf = (res: { errors?: { extensions?: { code?: unknown } }[] }) => res.errors?.[0]?.extensions?.code;

describe('implementing partners: organisations, assigned journeys, referrals', () => {
  let app: AppHarness;
  const run = randomUUID().slice(0, 8);
  const orgA = `mitra-a-${run}`;
  const orgB = `mitra-b-${run}`;
  const organisation = (id: string, extra: Record<string, unknown> = {}) => ({
    id,
    name: 'Yayasan BICARA',
    kind: 'FOUNDATION',
    programmeIds: ['default'],
    regionCodes: ['52'],
    reason: 'Implementing partner for the Mataram cohort',
    ...extra,
  });

  beforeAll(async () => {
    app = await startAppHarness();
  });
  afterAll(() => app?.stop());

  it('lets an admin create an organisation once (audited), and answers a retry with it', async () => {
    const created = await app.gql(CREATE, { input: organisation(orgA) }, ADMIN);
    expect(created.errors).toBeUndefined();
    expect(created.data!.createOrganisation).toEqual({
      id: orgA,
      name: 'Yayasan BICARA',
      kind: 'FOUNDATION',
      programmeIds: ['default'],
      regionCodes: ['52'],
      createdBy: 'admin-1',
    });
    const retry = await app.gql(CREATE, { input: organisation(orgA) }, ADMIN);
    expect(retry.data!.createOrganisation).toEqual(created.data!.createOrganisation);
    const audit = await sql(
      app,
      `select actor_id, source, reason from audit_log where after->'organisation'->>'id' = ?`,
      [orgA],
    );
    expect(audit).toEqual([
      { actor_id: 'admin-1', source: 'CONFIGURATION', reason: 'Implementing partner for the Mataram cohort' },
    ]);

    const other = await app.gql(CREATE, { input: organisation(orgA, { kind: 'NGO' }) }, ADMIN);
    expect(codeOf(other)).toBe('ORGANISATION_ID_TAKEN');
    const badKind = await app.gql(CREATE, { input: organisation(`x-${run}`, { regionCodes: ['Mataram'] }) }, ADMIN);
    expect(codeOf(badKind)).toBe('VALIDATION_FAILED');
    const unknownProgramme = await app.gql(
      CREATE,
      { input: organisation(`y-${run}`, { programmeIds: ['nope'] }) },
      ADMIN,
    );
    expect(codeOf(unknownProgramme)).toBe('NOT_FOUND');
    const byManager = await app.gql(CREATE, { input: organisation(`z-${run}`) }, MANAGER);
    expect(codeOf(byManager)).toBe('FORBIDDEN');

    expect(
      (await app.gql(CREATE, { input: organisation(orgB, { name: 'Koperasi Maju' }) }, ADMIN)).errors,
    ).toBeUndefined();
    const listed = await app.gql(ORGANISATIONS, { p: 'default' }, MANAGER);
    const ids = listed.data!.organisations.map((o: { id: string }) => o.id);
    expect(ids).toEqual(expect.arrayContaining([orgA, orgB]));
    const elsewhere = await app.gql(ORGANISATIONS, { p: 'training-sandbox' }, MANAGER);
    expect(elsewhere.data!.organisations.map((o: { id: string }) => o.id)).not.toContain(orgA);
  });
});

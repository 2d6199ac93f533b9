import { randomUUID } from 'node:crypto';
import { ensureCohort } from '../support/cohort-graphql';
import { randomNik, startAppHarness, type AppHarness, type TestIdentity } from '../support/app-harness';
import { sql } from '../support/grievance-graphql';
import { ENROLL, enrolmentInput } from '../support/journey-graphql';
import { FACILITATOR, command, driveToReEvaluation, ok, reEvaluation } from '../support/journey-commands-graphql';

/**
 * Implementing partners (mitra pelaksana) over HTTP: an admin creates an organisation, a manager assigns
 * journeys to it, its partner reads those journeys only, and answers the referrals addressed to it.
 */
const ORG_FIELDS = 'id name kind programmeIds regionCodes createdBy';
const CREATE = `mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { ${ORG_FIELDS} } }`;
const ORGANISATIONS = `query($p: ID!) { organisations(programmeId: $p) { ${ORG_FIELDS} } }`;

const ADMIN: TestIdentity = { user: 'admin-1', role: 'admin' };
const MANAGER: TestIdentity = { user: 'manager-1', role: 'manager' };
const JOURNEY = `query($id: ID!) { journey(id: $id) { id partnerOrganisationId referral { organisationId answer } } }`;
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

  const partnerA: TestIdentity = {
    user: 'partner-a',
    role: 'partner',
    programmes: ['default'],
    regions: ['52'],
    organisations: [orgA],
  };
  const partnerB: TestIdentity = { ...partnerA, user: 'partner-b', organisations: [orgB] };
  const cohortId = `partners-${run}`;
  const enrol = async (): Promise<string> => {
    await ensureCohort(app, cohortId);
    const input = enrolmentInput(randomNik(), { cohortId });
    const res = await app.gql(ENROLL, { input, key: `partners-${randomUUID()}` }, MANAGER);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return (res.data!.enrollBeneficiary as { id: string }).id;
  };
  let assigned: string;
  let other: string;

  it('lets a manager assign a journey to an organisation, whose partner then reads it and no other', async () => {
    [assigned, other] = [await enrol(), await enrol()];
    const assign = (id: string, organisationId: string, who: TestIdentity = MANAGER) =>
      command(app, 'assignPartner', id, { organisationId, reason: 'Field partner in Mataram' }, who);
    await ok(app, 'assignPartner', assigned, { organisationId: orgA, reason: 'Field partner' }, MANAGER);
    const byManager = await app.gql(JOURNEY, { id: assigned }, MANAGER);
    expect(byManager.data!.journey.partnerOrganisationId).toBe(orgA);
    expect(codeOf(await assign(other, `unknown-${run}`))).toBe('NOT_FOUND');
    const sandboxOrg = `sandbox-${run}`;
    await app.gql(CREATE, { input: organisation(sandboxOrg, { programmeIds: ['training-sandbox'] }) }, ADMIN);
    expect(codeOf(await assign(other, sandboxOrg))).toBe('VALIDATION_FAILED');
    expect(codeOf(await assign(other, orgA, FACILITATOR))).toBe('FORBIDDEN');

    const read = await app.gql(JOURNEY, { id: assigned }, partnerA);
    expect(read.errors).toBeUndefined();
    expect(read.data!.journey).toMatchObject({ id: assigned, partnerOrganisationId: orgA });
    expect(codeOf(await app.gql(JOURNEY, { id: other }, partnerA))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql(JOURNEY, { id: assigned }, partnerB))).toBe('FORBIDDEN');
    const person = await app.gql(`query($id: ID!) { beneficiary(id: $id) { id } }`, { id: assigned }, partnerA);
    expect(codeOf(person)).toBe('FORBIDDEN');

    const list = `query($f: JourneyFilter) { journeys(filter: $f, first: 10) { totalCount edges { node { id } } } }`;
    const mine = await app.gql(list, { f: { cohortId } }, partnerA);
    expect(mine.data!.journeys.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([assigned]);
    expect((await app.gql(list, { f: { cohortId } }, partnerB)).data!.journeys.totalCount).toBe(0);
  });

  /** Graduation (communicated): the journey in GRADUATED, where referrals are made. */
  async function graduate(id: string): Promise<void> {
    await driveToReEvaluation(app, id);
    await ok(app, 'submitReEvaluation', id, reEvaluation(true));
    await ok(app, 'decideGraduation', id, { decision: 'GRADUATE' }, MANAGER);
    await ok(app, 'recordCommunication', id, { decision: 'GRADUATE', channel: 'HOME_VISIT', summary: 'Explained' });
  }
  const referral = (organisationId?: string) => ({
    targetProgramme: 'KUR',
    ...(organisationId ? { organisationId } : {}),
    readiness: 'Ready for a cooperative loan',
    informationGiven: 'Loan terms explained',
  });
  const answer = { answer: 'ACCEPTED', note: 'Accepted as a member' };

  it("lets the receiving organisation's partner answer a referral naming it, and refuses other partners", async () => {
    await Promise.all([graduate(assigned), graduate(other)]);
    expect(codeOf(await command(app, 'refer', assigned, referral(`sandbox-${run}`), FACILITATOR))).toBe(
      'VALIDATION_FAILED',
    );
    const referred = await ok(app, 'refer', assigned, referral(orgB));
    if (referred.pendingCommunication === 'REFER')
      await ok(app, 'recordCommunication', assigned, { decision: 'REFER', channel: 'HOME_VISIT', summary: 'Told' });

    // The journey is assigned to organisation A, but the referral names B: only B's partner answers it.
    expect(codeOf(await command(app, 'recordReferralAnswer', assigned, answer, partnerA))).toBe('FORBIDDEN');
    const answered = await ok(app, 'recordReferralAnswer', assigned, answer, partnerB);
    expect(answered.referral).toMatchObject({ targetProgramme: 'KUR', answer: 'ACCEPTED' });
    const read = await app.gql(JOURNEY, { id: assigned }, MANAGER);
    expect(read.data!.journey.referral).toEqual({ organisationId: orgB, answer: 'ACCEPTED' });

    // A referral naming no organisation is the facilitator's to record.
    await ok(app, 'assignPartner', other, { organisationId: orgA, reason: 'Field partner' }, MANAGER);
    const plain = await ok(app, 'refer', other, referral());
    if (plain.pendingCommunication === 'REFER')
      await ok(app, 'recordCommunication', other, { decision: 'REFER', channel: 'HOME_VISIT', summary: 'Told' });
    expect(codeOf(await command(app, 'recordReferralAnswer', other, answer, partnerA))).toBe('FORBIDDEN');
    await ok(app, 'recordReferralAnswer', other, answer, FACILITATOR);
  });
});

import { randomUUID } from 'node:crypto';
import { BeneficiaryEntity, JourneyEventEntity } from '../../db/entities';
import { startAppHarness, randomNik, FACILITATOR, type AppHarness } from '../support/app-harness';
import { historyPayloadText } from '../support/history-text';
import { ENROLL, JOURNEY, enrolmentInput } from '../support/journey-graphql';
import { localActivityMarker } from '../../api/audit/local-activity-marker';

/**
 * The thin path, real end to end: HTTP -> GraphQL -> PostgreSQL -> Temporal dev server -> worker
 * -> recording activity -> PostgreSQL -> GraphQL.
 */
describe('enrolling a beneficiary', () => {
  let app: AppHarness;
  beforeAll(async () => {
    app = await startAppHarness();
  });
  afterAll(async () => {
    await app?.stop();
  });

  const countBeneficiaries = () => app.orm.em.fork().count(BeneficiaryEntity, {});

  it('stores the person, starts journey-<id>, records the enrolment and serves the journey', async () => {
    const nik = randomNik();
    const res = await app.gql(ENROLL, { input: enrolmentInput(nik), key: `enrol-${randomUUID()}` }, FACILITATOR);
    expect(res.errors).toBeUndefined();
    const journey = res.data!.enrollBeneficiary;
    expect(journey.stage).toBe('ENROLLED');
    expect(journey.status).toBe('ACTIVE');
    expect(journey.workflowId).toBe(`journey-${journey.journeyId}`);
    // One UUID for the person and their journey; two global ids, one per object.
    expect(journey.beneficiary.id).not.toBe(journey.id);
    expect(journey.beneficiary).toMatchObject({
      beneficiaryId: journey.journeyId,
      name: 'Siti Aminah',
      nikMasked: `${nik.slice(0, 4)}********${nik.slice(12)}`,
    });
    expect(journey.nextAction).toMatchObject({ action: 'submitAssessment', by: 'facilitator' });

    const read = await app.gql(JOURNEY, { id: journey.id });
    expect(read.data!.journey).toMatchObject({
      id: journey.id,
      stage: 'ENROLLED',
      beneficiary: { name: 'Siti Aminah' },
    });

    const events = await app.orm.em.fork().find(JourneyEventEntity, { journeyId: journey.journeyId });
    expect(events.map((e) => e.type)).toContain('ENROLLED');
    expect(events[0]).toMatchObject({
      actorId: 'facilitator-1',
      actorRole: 'facilitator',
      workflowId: journey.workflowId,
    });

    // The workflow's history on the server shows the recording (a local activity: its marker), and no personal data.
    const history = await app.client.workflow.getHandle(journey.workflowId).fetchHistory();
    const markers = history.events!.map(localActivityMarker).filter((m) => m !== null);
    expect(history.events![0].eventType).toBe(1); // started
    expect(markers).toContainEqual(
      expect.objectContaining({
        activityType: 'recordJourneyTransition',
        result: expect.objectContaining({ recordedSeq: 1 }),
      }),
    );
    const text = historyPayloadText(history);
    expect(text).toContain('recordJourneyTransition');
    expect(text).toContain(journey.journeyId); // ids travel...
    // ...personal data does not.
    for (const secret of [nik, 'Siti Aminah', '1988-04-12', '900000']) expect(text).not.toContain(secret);
  });

  it('refuses a second enrolment with the same NIK with DUPLICATE_NIK and changes nothing', async () => {
    const nik = randomNik();
    const first = await app.gql(ENROLL, { input: enrolmentInput(nik), key: `enrol-${randomUUID()}` });
    expect(first.errors).toBeUndefined();
    const before = await countBeneficiaries();
    const second = await app.gql(ENROLL, {
      input: enrolmentInput(nik, { name: 'Someone Else' }),
      key: `enrol-${randomUUID()}`,
    });
    expect(second.errors?.[0].extensions?.code).toBe('DUPLICATE_NIK');
    expect(second.data).toBeNull();
    expect(await countBeneficiaries()).toBe(before);
  });

  it('answers a retried enrolment (same idempotency key) with the same journey, once', async () => {
    const key = `enrol-${randomUUID()}`;
    const input = enrolmentInput(randomNik());
    const a = await app.gql(ENROLL, { input, key });
    const before = await countBeneficiaries();
    const b = await app.gql(ENROLL, { input, key });
    expect(b.errors).toBeUndefined();
    expect(b.data!.enrollBeneficiary.id).toBe(a.data!.enrollBeneficiary.id);
    expect(await countBeneficiaries()).toBe(before);
  });

  it('answers a retried enrolment of a closed journey with that journey, without starting it again', async () => {
    const key = `enrol-${randomUUID()}`;
    const input = enrolmentInput(randomNik());
    const a = await app.gql(ENROLL, { input, key }, FACILITATOR);
    const journey = a.data!.enrollBeneficiary;
    const withdrawn = await app.gql(
      `mutation($id: ID!) { withdraw(journeyId: $id, idempotencyKey: "w-${randomUUID()}", ` +
        'reason: "Moved to another district") { stage status } }',
      { id: journey.journeyId },
      FACILITATOR,
    );
    expect(withdrawn.data!.withdraw).toEqual({ stage: 'WITHDRAWN', status: 'CLOSED' });
    const handle = app.client.workflow.getHandle(journey.workflowId);
    const closedRun = (await handle.describe()).runId;

    const b = await app.gql(ENROLL, { input, key }, FACILITATOR);
    expect(b.errors).toBeUndefined();
    expect(b.data!.enrollBeneficiary).toMatchObject({ id: journey.id, stage: 'WITHDRAWN', status: 'CLOSED' });
    const now = await handle.describe();
    expect(now.runId).toBe(closedRun);
    expect(now.status.name).not.toBe('RUNNING');
  });

  it.each([
    ['a NIK that is not 16 digits', { nik: '123' }, 'VALIDATION_FAILED'],
    ['an unknown programme', { programmeId: 'nope' }, 'NOT_FOUND'],
    [
      'a candidate above the selection welfare ceiling',
      { selection: { monthlyIncome: 9e6, regionalMinimumWage: 2.6e6, potentialScore: 4, committed: true } },
      'SELECTION_CRITERIA_NOT_MET',
    ],
    [
      'a candidate not committed to take part',
      { selection: { monthlyIncome: 9e5, regionalMinimumWage: 2.6e6, potentialScore: 4, committed: false } },
      'SELECTION_CRITERIA_NOT_MET',
    ],
  ])('refuses %s with a stable code and stores nothing', async (_label, override, code) => {
    const before = await countBeneficiaries();
    const res = await app.gql(ENROLL, { input: enrolmentInput(randomNik(), override), key: `enrol-${randomUUID()}` });
    expect(res.errors?.[0].extensions?.code).toBe(code);
    expect(await countBeneficiaries()).toBe(before);
  });

  it('refuses callers without an identity, and viewers', async () => {
    const anon = await app.gql(ENROLL, { input: enrolmentInput(randomNik()), key: `enrol-${randomUUID()}` }, null);
    expect(anon.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const viewer = await app.gql(
      ENROLL,
      { input: enrolmentInput(randomNik()), key: `enrol-${randomUUID()}` },
      { user: 'v', role: 'viewer' },
    );
    expect(viewer.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    // Reads that carry personal data are never served to anonymous callers either.
    const id = randomUUID();
    for (const query of [
      `{ journey(id: "${id}") { id } }`,
      `{ beneficiary(id: "${id}") { id } }`,
      '{ journeys { totalCount } }',
    ]) {
      expect((await app.gql(query, {}, null)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
  });
});

import { randomUUID } from 'node:crypto';
import { EvidenceEntity, JourneyEventEntity, NotificationEntity } from '../../db/entities';
import { startAppHarness, randomNik, type AppHarness } from '../support/app-harness';
import { ENROLL, enrolmentInput } from '../support/journey-graphql';
import {
  assessmentInput,
  command,
  driveToReEvaluation,
  FACILITATOR,
  MANAGER,
  ok,
} from '../support/journey-commands-graphql';

/** A manager and a facilitator drive a journey through every step over HTTP; each response shows the effect. */
describe('driving a journey to graduation through the API', () => {
  let app: AppHarness;
  beforeAll(async () => {
    app = await startAppHarness();
  });
  afterAll(async () => {
    await app?.stop();
  });

  // The tests name each journey by its UUID (journeyId), as SQL and Temporal do; commands take it as well as the id.
  const enrol = async () =>
    (await app.gql(ENROLL, { input: enrolmentInput(randomNik()), key: `enrol-${randomUUID()}` })).data!
      .enrollBeneficiary;
  const events = (journeyId: string) => app.orm.em.fork().count(JourneyEventEntity, { journeyId });

  it('takes a beneficiary from enrolment to graduation, recording every step', async () => {
    const { journeyId: id } = await enrol();
    const planning = await ok(app, 'submitAssessment', id, assessmentInput({ capital: true, market: true }));
    expect(planning.stage).toBe('PLANNING');
    expect(planning.welfareLevel).toBe('POOR');
    expect(planning.assessment.needs.sort()).toEqual(['CAPITAL', 'MARKET']);
    expect(planning.nextAction).toMatchObject({ action: 'approvePlan', by: 'manager' });
    expect(planning.proposedModules.map((m: { templateId: string }) => m.templateId).sort()).toEqual([
      'CAPITAL_ACCESS',
      'MARKET_ACCESS',
    ]);
    let journey = await driveToReEvaluation(app, id, undefined, planning);
    expect(journey.stage).toBe('RE_EVALUATION');
    journey = await ok(app, 'submitReEvaluation', id, {
      monthlyFamilyIncome: 3100000,
      regionalMinimumWage: 2600000,
      businessRunning: true,
      mindsetChanged: true,
    });
    expect(journey.stage).toBe('GRADUATION_REVIEW');
    journey = await ok(app, 'decideGraduation', id, { decision: 'GRADUATE' }, MANAGER);
    expect(journey).toMatchObject({
      stage: 'GRADUATED',
      pendingCommunication: 'GRADUATE',
      nextAction: { action: 'recordCommunication' },
    });
    journey = await ok(app, 'recordCommunication', id, {
      decision: 'GRADUATE',
      channel: 'HOME_VISIT',
      summary: 'Explained the criteria met and the follow-ups',
    });
    expect(journey.pendingCommunication).toBeNull();
    expect(journey.followUps).toHaveLength(3);
    expect(journey.welfareLevel).toBe('MIDDLE');

    // The read model agrees with the responses, and every raw form is kept as accepted evidence.
    const read = await app.gql(`query($id: ID!) { journey(id: $id) { stage seq } }`, { id });
    expect(read.data!.journey).toMatchObject({ stage: 'GRADUATED', seq: journey.seq });
    const em = app.orm.em.fork();
    expect(await em.count(EvidenceEntity, { journeyId: id, status: 'PENDING' })).toBe(0);
    expect(await em.count(EvidenceEntity, { journeyId: id, kind: 'ASSESSMENT', status: 'ACCEPTED' })).toBe(1);
    expect(await events(id)).toBeGreaterThanOrEqual(journey.seq);
  });

  it('refuses a command the stage does not allow, and it leaves no event, evidence or notification', async () => {
    const { journeyId: id } = await enrol();
    const before = {
      events: await events(id),
      evidence: await app.orm.em.fork().count(EvidenceEntity, { journeyId: id }),
    };
    const res = await command(
      app,
      'submitReEvaluation',
      id,
      { monthlyFamilyIncome: 1, regionalMinimumWage: 2, businessRunning: true, mindsetChanged: true },
      FACILITATOR,
    );
    expect(res.errors?.[0].extensions?.code).toBe('COMMAND_NOT_ALLOWED_IN_STAGE');
    const wrongRole = await command(
      app,
      'approvePlan',
      id,
      {
        modules: [
          { templateId: 'CAPITAL_ACCESS', phase: 1, plannedStart: new Date().toISOString(), plannedSessions: 4 },
        ],
      },
      FACILITATOR,
    );
    expect(wrongRole.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const noReason = await command(app, 'withdraw', id, null, FACILITATOR);
    // The reason argument is required by the schema.
    expect(noReason.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(await events(id)).toBe(before.events);
    expect(await app.orm.em.fork().count(EvidenceEntity, { journeyId: id })).toBe(before.evidence);
    expect(await app.orm.em.fork().count(NotificationEntity, { journeyId: id })).toBe(0);
  });

  it('applies a retried command once: same idempotency key, same answer', async () => {
    const { journeyId: id } = await enrol();
    const key = `assess-${randomUUID()}`;
    const a = await command(app, 'submitAssessment', id, assessmentInput(), FACILITATOR, key);
    const b = await command(app, 'submitAssessment', id, assessmentInput(), FACILITATOR, key);
    expect(a.errors).toBeUndefined();
    expect(b.errors).toBeUndefined();
    expect(b.data!.submitAssessment.seq).toBe(a.data!.submitAssessment.seq);
    expect(await app.orm.em.fork().count(EvidenceEntity, { journeyId: id, kind: 'ASSESSMENT' })).toBe(1);
  });

  it('ends a journey on withdrawal with a reason; later commands get JOURNEY_CLOSED', async () => {
    const { journeyId: id } = await enrol();
    const blank = await app.gql(
      `mutation($id: ID!) { withdraw(journeyId: $id, idempotencyKey: "w-${randomUUID()}", reason: "  ") { stage } }`,
      { id },
      FACILITATOR,
    );
    expect(blank.errors?.[0].extensions?.code).toBe('REASON_REQUIRED');
    const res = await app.gql(
      `mutation($id: ID!) { withdraw(journeyId: $id, idempotencyKey: "w-${randomUUID()}", ` +
        'reason: "Moved to work in Malaysia") { stage status } }',
      { id },
      FACILITATOR,
    );
    expect(res.data!.withdraw).toEqual({ stage: 'WITHDRAWN', status: 'CLOSED' });
    const after = await command(app, 'submitAssessment', id, assessmentInput(), FACILITATOR);
    expect(after.errors?.[0].extensions?.code).toBe('JOURNEY_CLOSED');
  });

  it('answers a retried closing command with the same journey even though the workflow has ended', async () => {
    const { journeyId: id } = await enrol();
    const key = `exit-${randomUUID()}`;
    const first = await command(
      app,
      'exitJourney',
      id,
      { exitKind: 'DEATH', reason: 'Passed away on 2 March' },
      MANAGER,
      key,
    );
    expect(first.data!.exitJourney).toMatchObject({ stage: 'EXITED', status: 'CLOSED' });
    await app.client.workflow.getHandle(`journey-${id}`).result();
    const retry = await command(
      app,
      'exitJourney',
      id,
      { exitKind: 'DEATH', reason: 'Passed away on 2 March' },
      MANAGER,
      key,
    );
    expect(retry.errors).toBeUndefined();
    expect(retry.data!.exitJourney.seq).toBe(first.data!.exitJourney.seq);
  });

  it('refuses a key reused for a different command instead of answering with the first result', async () => {
    const { journeyId: id } = await enrol();
    const key = `reuse-${randomUUID()}`;
    expect((await command(app, 'submitAssessment', id, assessmentInput(), FACILITATOR, key)).errors).toBeUndefined();
    const reused = await app.gql(
      'mutation($id: ID!, $key: String) { pauseJourney(journeyId: $id, idempotencyKey: $key, ' +
        'reason: "Hospital stay") { status } }',
      { id, key },
      MANAGER,
    );
    expect(reused.errors?.[0].extensions?.code).toBe('IDEMPOTENCY_KEY_REUSED');
    const read = await app.gql(`query($id: ID!) { journey(id: $id) { status } }`, { id });
    expect(read.data!.journey.status).toBe('ACTIVE');
  });
});

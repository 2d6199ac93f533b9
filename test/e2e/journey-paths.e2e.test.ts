import { randomUUID } from 'node:crypto';
import { NotificationEntity } from '../../db/entities';
import { startAppHarness, randomNik, type AppHarness } from '../support/app-harness';
import { ENROLL, enrolmentInput } from '../support/journey-graphql';
import {
  driveToReEvaluation,
  FACILITATOR,
  MANAGER,
  ok,
  recordFollowUpWhenOpen,
  reEvaluation,
  waitForStage,
} from '../support/journey-commands-graphql';

/**
 * Journeys on the "training-sandbox" programme (short clocks) so the Temporal dev server's real
 * timers fire within the test: intensive support, follow-ups, referral and exit over HTTP.
 */
describe('journey paths over HTTP on the real servers', () => {
  let app: AppHarness;
  beforeAll(async () => {
    app = await startAppHarness();
  });
  afterAll(async () => {
    await app?.stop();
  });

  const enrol = async () =>
    (
      await app.gql(ENROLL, {
        input: enrolmentInput(randomNik(), { programmeId: 'training-sandbox' }),
        key: `enrol-${randomUUID()}`,
      })
    ).data!.enrollBeneficiary as { id: string; journeyId: string }; // its id, and the UUID Temporal and SQL use

  it('goes through intensive support, whose cycle ends on a server timer, to graduation and completion', async () => {
    const { id, journeyId } = await enrol();
    await driveToReEvaluation(app, id);
    let j = await ok(app, 'submitReEvaluation', id, reEvaluation(false));
    expect(j.stage).toBe('GRADUATION_REVIEW');
    j = await ok(app, 'decideGraduation', id, { decision: 'NOT_YET' }, MANAGER);
    expect(j).toMatchObject({ stage: 'NOT_GRADUATED', pendingCommunication: 'NOT_YET' });
    await ok(app, 'recordCommunication', id, {
      decision: 'NOT_YET',
      channel: 'FACE_TO_FACE',
      summary: 'Explained; termination possible if no change',
    });
    await ok(app, 'recordNotGraduatedEvaluation', id, {
      causes: ['sales fell'],
      beneficiaryInput: 'Needs a better stall',
      recommendations: 'Weekly visits',
    });
    j = await ok(app, 'startIntensiveSupport', id, {
      actionPlan: 'Weekly visits; daily sales book; move stall to market',
    });
    expect(j.stage).toBe('INTENSIVE_SUPPORT');
    await ok(app, 'recordCommunication', id, {
      decision: 'INTENSIVE_SUPPORT',
      channel: 'HOME_VISIT',
      summary: 'Agreed the action plan',
    });

    j = await waitForStage(app, id, 'RE_EVALUATION', 60_000); // the cycle's durable timer
    expect(j.intensiveCycles[0].endedAt).toEqual(expect.any(String));
    await ok(app, 'submitReEvaluation', id, reEvaluation(true));
    await ok(app, 'decideGraduation', id, { decision: 'GRADUATE' }, MANAGER);
    j = await ok(app, 'recordCommunication', id, {
      decision: 'GRADUATE',
      channel: 'HOME_VISIT',
      summary: 'Criteria met',
    });
    expect(j.reEvaluations.map((r: { proposal: string }) => r.proposal)).toEqual(['NOT_YET', 'GRADUATE']);
    expect(
      j.reEvaluations[0].criteria.find((c: { criterion: string }) => c.criterion === 'INCOME_TO_MINIMUM_WAGE').met,
    ).toBe(false);
    expect(j.followUps).toHaveLength(2);
    for (const f of j.followUps) {
      j = await recordFollowUpWhenOpen(app, id, {
        index: f.index,
        monthlyFamilyIncome: 3200000,
        regionalMinimumWage: 2600000,
        businessRunning: true,
      });
    }
    expect(j).toMatchObject({ stage: 'COMPLETED', status: 'CLOSED' });
    const handle = app.client.workflow.getHandle(`journey-${journeyId}`);
    expect((await handle.describe()).status.name).toBe('COMPLETED');
  }, 180_000);

  it('refers a graduate to a more advanced programme and records the answer', async () => {
    const { id } = await enrol();
    await driveToReEvaluation(app, id);
    await ok(app, 'submitReEvaluation', id, reEvaluation(true));
    await ok(app, 'decideGraduation', id, { decision: 'GRADUATE' }, MANAGER);
    await ok(app, 'recordCommunication', id, { decision: 'GRADUATE', channel: 'HOME_VISIT', summary: 'Criteria met' });
    let j = await ok(app, 'refer', id, {
      targetProgramme: 'KUR',
      readiness: 'Ready for a bank loan',
      informationGiven: 'KUR terms explained',
    });
    if (j.pendingCommunication === 'REFER') {
      j = await ok(app, 'recordCommunication', id, {
        decision: 'REFER',
        channel: 'FACE_TO_FACE',
        summary: 'Referral explained',
      });
    }
    j = await ok(app, 'recordReferralAnswer', id, { answer: 'ACCEPTED', note: 'Bank accepted the application' });
    expect(j.stage).toBe('GRADUATED');
    expect(j.referral).toMatchObject({ targetProgramme: 'KUR', answer: 'ACCEPTED', answeredAt: expect.any(String) });
    const read = await app.gql(`query($id: ID!) { journey(id: $id) { stage decisions { kind communicatedAt } } }`, {
      id,
    });
    expect(read.data!.journey.decisions.map((d: { kind: string }) => d.kind)).toEqual(
      expect.arrayContaining(['GRADUATE', 'REFER']),
    );
  }, 120_000);

  it('exits a journey with a reason, mid-module, and the workflow completes', async () => {
    const { id, journeyId } = await enrol();
    await ok(app, 'submitAssessment', id, (await import('../support/journey-commands-graphql')).assessmentInput());
    const j = await ok(
      app,
      'exitJourney',
      id,
      { exitKind: 'RELOCATION', reason: 'Moved to another province' },
      MANAGER,
    );
    expect(j).toMatchObject({ stage: 'EXITED', status: 'CLOSED', nextAction: { action: 'NONE' } });
    const handle = app.client.workflow.getHandle(`journey-${journeyId}`);
    await handle.result();
    expect((await handle.describe()).status.name).toBe('COMPLETED');
  });

  it('escalates to the manager when a follow-up is not recorded in time (a real server timer)', async () => {
    const { id, journeyId } = await enrol();
    await driveToReEvaluation(app, id);
    await ok(app, 'submitReEvaluation', id, reEvaluation(true));
    await ok(app, 'decideGraduation', id, { decision: 'GRADUATE' }, MANAGER);
    await ok(
      app,
      'recordCommunication',
      id,
      { decision: 'GRADUATE', channel: 'HOME_VISIT', summary: 'Criteria met' },
      FACILITATOR,
    );
    const deadline = Date.now() + 90_000;
    let overdue: { kind: string }[] = [];
    while (Date.now() < deadline && overdue.length === 0) {
      await new Promise((r) => setTimeout(r, 500));
      overdue = (await app.gql(`query($id: ID!) { journey(id: $id) { overdue { kind } } }`, { id })).data!.journey
        .overdue;
    }
    expect(overdue.map((o) => o.kind)).toContain('FOLLOW_UP');
    const notes = await app.orm.em.fork().find(NotificationEntity, { journeyId });
    expect(notes.map((n) => n.kind)).toContain('ESCALATE_TO_MANAGER');
  }, 150_000);
});

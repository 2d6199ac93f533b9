import { randomUUID } from 'node:crypto';
import { startAppHarness, randomNik, type AppHarness } from '../support/app-harness';
import { ENROLL, enrolmentInput } from '../support/journey-graphql';
import {
  command,
  driveToReEvaluation,
  FACILITATOR,
  MANAGER,
  ok,
  reEvaluation,
  waitForStage,
} from '../support/journey-commands-graphql';

/**
 * After the intensive cycles run out, NOT_YET opens the termination review with that NOT_YET still owed to the
 * beneficiary. The intended order (rules README, "Order after the last intensive cycle"): the communication
 * first, then the manager's decision, then its communication. A client that does what nextAction names, as the
 * role it names, is never refused. Over HTTP on training-sandbox (short clocks), both cycles ending on timers.
 */
describe('termination review: nextAction names the owed communication before the decision', () => {
  let app: AppHarness;
  beforeAll(async () => {
    app = await startAppHarness();
  });
  afterAll(async () => {
    await app?.stop();
  });

  const communicate = (id: string, decision: string) =>
    ok(app, 'recordCommunication', id, { decision, channel: 'HOME_VISIT', summary: `Explained ${decision}` });

  async function failAndRunCycle(id: string): Promise<void> {
    await ok(app, 'submitReEvaluation', id, reEvaluation(false));
    await ok(app, 'decideGraduation', id, { decision: 'NOT_YET' }, MANAGER);
    await communicate(id, 'NOT_YET');
    await ok(app, 'recordNotGraduatedEvaluation', id, {
      causes: ['sales fell'],
      beneficiaryInput: 'Needs a better stall',
      recommendations: 'Weekly visits',
    });
    await ok(app, 'startIntensiveSupport', id, { actionPlan: 'Weekly visits; daily sales book' });
    await communicate(id, 'INTENSIVE_SUPPORT');
    await waitForStage(app, id, 'RE_EVALUATION', 60_000);
  }

  const caseloadAction = async (id: string) => {
    const res = await app.gql(`query($id: ID!) { journey(id: $id) { seq nextAction { action by } } }`, { id });
    return res.data!.journey as { seq: number; nextAction: { action: string; by: string } };
  };

  it('recordCommunication (facilitator), then decideTermination (manager), then its communication', async () => {
    const res = await app.gql(ENROLL, {
      input: enrolmentInput(randomNik(), { programmeId: 'training-sandbox' }),
      key: `enrol-${randomUUID()}`,
    });
    const id = (res.data!.enrollBeneficiary as { id: string }).id;
    await driveToReEvaluation(app, id);
    await failAndRunCycle(id);
    await failAndRunCycle(id);

    await ok(app, 'submitReEvaluation', id, reEvaluation(false));
    const review = await ok(app, 'decideGraduation', id, { decision: 'NOT_YET' }, MANAGER);
    expect(review).toMatchObject({ stage: 'TERMINATION_REVIEW', pendingCommunication: 'NOT_YET' });
    expect(review.nextAction).toEqual({ action: 'recordCommunication', by: 'facilitator', dueAt: expect.any(String) });
    const refused = await command(
      app,
      'decideTermination',
      id,
      { decision: 'TERMINATE', reason: 'No significant change after two cycles', alternativesOffered: ['PKH'] },
      MANAGER,
    );
    expect(refused.errors?.map((e) => e.extensions?.code)).toEqual(['COMMUNICATION_REQUIRED']);

    const told = await communicate(id, 'NOT_YET');
    expect(told).toMatchObject({ stage: 'TERMINATION_REVIEW', pendingCommunication: null });
    expect(told.nextAction).toEqual({ action: 'decideTermination', by: 'manager', dueAt: null });
    // The read model (caseload lists) names the same action once it has caught up.
    for (let n = 0; n < 40 && (await caseloadAction(id)).seq < told.seq; n++)
      await new Promise((resolve) => setTimeout(resolve, 250));
    expect((await caseloadAction(id)).nextAction).toEqual({ action: 'decideTermination', by: 'manager' });

    const decided = await ok(
      app,
      'decideTermination',
      id,
      { decision: 'TERMINATE', reason: 'No significant change after two cycles', alternativesOffered: ['PKH'] },
      MANAGER,
    );
    expect(decided).toMatchObject({ stage: 'TERMINATED', status: 'ACTIVE', pendingCommunication: 'TERMINATE' });
    expect(decided.nextAction).toMatchObject({ action: 'recordCommunication', by: 'facilitator' });

    const closed = await ok(
      app,
      'recordCommunication',
      id,
      { decision: 'TERMINATE', channel: 'HOME_VISIT', summary: 'Alternatives offered' },
      FACILITATOR,
    );
    expect(closed).toMatchObject({ stage: 'TERMINATED', status: 'CLOSED', nextAction: { action: 'NONE' } });
  }, 180_000);
});

import { randomUUID } from 'node:crypto';
import { startAppHarness, randomNik, type AppHarness, type Json } from '../support/app-harness';
import { fullSelection } from '../support/full-selection';
import { ENROLL, enrolmentInput } from '../support/journey-graphql';
import {
  driveToReEvaluation,
  MANAGER,
  ok,
  recordFollowUpWhenOpen,
  reEvaluation,
  waitForStage,
} from '../support/journey-commands-graphql';
import { ensureCohort } from '../support/cohort-graphql';

/**
 * A field a client may select must never take a whole answer down. Every field of Journey (the selection is
 * built from the schema's introspection, so a new field is covered without changing this test) is read on
 * journeys of each bundled programme's rules, in stages where modules, re-evaluations, intensive cycles,
 * follow-ups and a referral exist: one journey at a time (read model and live workflow) and as a list page.
 */
describe('every field of Journey, on journeys of each programme rules', () => {
  let app: AppHarness;
  let selection: string;
  beforeAll(async () => {
    app = await startAppHarness();
    selection = await fullSelection(app, 'Journey');
  });
  afterAll(async () => {
    await app?.stop();
  });

  const enrol = async (programmeId: string, cohortId: string): Promise<string> => {
    await ensureCohort(app, cohortId, { programmeId });
    const input = enrolmentInput(randomNik(), { programmeId, cohortId });
    const res = await app.gql(ENROLL, { input, key: `enrol-${randomUUID()}` });
    if (res.errors) throw new Error(`enrol: ${JSON.stringify(res.errors)}`);
    return (res.data!.enrollBeneficiary as { id: string }).id;
  };

  const communicate = (id: string, decision: string) =>
    ok(app, 'recordCommunication', id, { decision, channel: 'HOME_VISIT', summary: `Explained ${decision}` });

  /** NOT_YET, evaluation of causes, intensive support (communicated): the journey in INTENSIVE_SUPPORT. */
  async function intoIntensiveSupport(id: string): Promise<void> {
    await driveToReEvaluation(app, id);
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
  }

  /** GRADUATE (communicated) and a referral whose answer is recorded: GRADUATED with follow-ups scheduled. */
  async function graduateAndRefer(id: string): Promise<void> {
    await ok(app, 'submitReEvaluation', id, reEvaluation(true));
    await ok(app, 'decideGraduation', id, { decision: 'GRADUATE' }, MANAGER);
    await communicate(id, 'GRADUATE');
    const j = await ok(app, 'refer', id, {
      targetProgramme: 'KUR',
      readiness: 'Ready for a bank loan',
      informationGiven: 'KUR terms explained',
    });
    if (j.pendingCommunication === 'REFER') await communicate(id, 'REFER');
    await ok(app, 'recordReferralAnswer', id, { answer: 'ACCEPTED', note: 'Bank accepted the application' });
  }

  /** Reads once the read model has caught up with the workflow, so both answer the same journey. */
  async function readEveryField(id: string): Promise<{ stored: Json; live: Json }> {
    const query = `query($id: ID!, $live: Boolean) { journey(id: $id, live: $live) ${selection} }`;
    const deadline = Date.now() + 30_000;
    for (;;) {
      const [stored, live] = await Promise.all([
        app.gql(query, { id, live: false }),
        app.gql(query, { id, live: true }),
      ]);
      expect(stored.errors).toBeUndefined();
      expect(live.errors).toBeUndefined();
      expect(stored.data!.journey).not.toBeNull();
      expect(live.data!.journey).not.toBeNull();
      if (stored.data!.journey.seq === live.data!.journey.seq || Date.now() > deadline)
        return { stored: stored.data!.journey, live: live.data!.journey };
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }

  async function pageOfEveryField(cohortId: string): Promise<Json[]> {
    const res = await app.gql(
      `query($filter: JourneyFilter) { journeys(first: 10, filter: $filter) { edges { node ${selection} } } }`,
      { filter: { cohortId } },
    );
    expect(res.errors).toBeUndefined();
    return (res.data!.journeys.edges as { node: Json }[]).map((e) => e.node);
  }

  it('selects every field of Journey from the schema (none left out by the builder)', () => {
    for (const field of ['intensiveCycles', 'visitEveryDays', 'followUps', 'opensAt', 'beneficiary', 'nextAction'])
      expect(selection).toMatch(new RegExp(`\\b${field}\\b`));
  });

  it('training-sandbox: a graduate after an intensive cycle (fractional visit interval) and a referral', async () => {
    const cohortId = `every-field-sandbox-${randomUUID()}`;
    const id = await enrol('training-sandbox', cohortId);
    await intoIntensiveSupport(id);
    await waitForStage(app, id, 'RE_EVALUATION', 60_000); // the cycle ends on a server timer
    await graduateAndRefer(id);
    await recordFollowUpWhenOpen(app, id, {
      index: 0,
      monthlyFamilyIncome: 3200000,
      regionalMinimumWage: 2600000,
      businessRunning: true,
    });

    const { stored, live } = await readEveryField(id);
    for (const journey of [stored, live]) {
      expect(journey).toMatchObject({ stage: 'GRADUATED', rulesId: 'training-sandbox' });
      expect(journey.modules.length).toBeGreaterThan(0);
      expect(journey.reEvaluations).toHaveLength(2);
      expect(journey.intensiveCycles).toHaveLength(1);
      expect(journey.intensiveCycles[0].visitEveryDays).toBeCloseTo(0.00002, 10);
      expect(journey.followUps.map((f: { recordedAt: string | null }) => Boolean(f.recordedAt))).toEqual([true, false]);
      expect(journey.referral).toMatchObject({ targetProgramme: 'KUR', answer: 'ACCEPTED' });
      expect(journey.beneficiary).toBeTruthy();
    }
    const page = await pageOfEveryField(cohortId);
    expect(page).toHaveLength(1);
    expect(page[0].intensiveCycles[0].visitEveryDays).toBeCloseTo(0.00002, 10);
  }, 180_000);

  it('default: one journey in intensive support and one graduate with follow-ups and a referral', async () => {
    const cohortId = `every-field-default-${randomUUID()}`;
    const [inSupport, graduate] = await Promise.all([enrol('default', cohortId), enrol('default', cohortId)]);
    await Promise.all([
      intoIntensiveSupport(inSupport),
      driveToReEvaluation(app, graduate).then(() => graduateAndRefer(graduate)),
    ]);

    const a = await readEveryField(inSupport);
    const b = await readEveryField(graduate);
    for (const journey of [a.stored, a.live]) {
      expect(journey).toMatchObject({ stage: 'INTENSIVE_SUPPORT', rulesId: 'default' });
      expect(journey.intensiveCycles).toEqual([expect.objectContaining({ cycle: 1, visitEveryDays: 7 })]);
      expect(journey.notGraduatedEvaluation).toBeTruthy();
    }
    for (const journey of [b.stored, b.live]) {
      expect(journey).toMatchObject({ stage: 'GRADUATED', rulesId: 'default' });
      expect(journey.followUps).toHaveLength(3);
      expect(journey.referral).toMatchObject({ answer: 'ACCEPTED' });
    }
    const page = await pageOfEveryField(cohortId);
    expect(page.map((j) => j.stage).sort()).toEqual(['GRADUATED', 'INTENSIVE_SUPPORT']);
  }, 180_000);
});

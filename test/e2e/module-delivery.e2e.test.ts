import { randomUUID } from 'node:crypto';
import { logframeFor } from '../../domain/indicator/logframe.registry';
import { getProgrammeRules } from '../../domain/programme/programme-rules.registry';
import type { ProgrammeRules } from '../../domain/programme/programme-rules.types';
import { addDays } from '../../domain/shared/iso-time';
import { startAppHarness, randomNik, MANAGER, type AppHarness } from '../support/app-harness';
import { ENROLL, enrolmentInput } from '../support/journey-graphql';
import { assessmentInput, command, ok } from '../support/journey-commands-graphql';
import { programmeOnDerivedRules } from '../support/programme-graphql';

const suffix = randomUUID().slice(0, 8);
const PROGRAMME = `delivery-${suffix}`;
const RULES_ID = `delivery-rules-${suffix}`;
/** Default v4 published as this file's rules, refusing both a short module and a session outside its hours. */
const RULES: ProgrammeRules = {
  ...(JSON.parse(JSON.stringify(getProgrammeRules('default', 4))) as ProgrammeRules),
  programmeRulesId: RULES_ID,
  version: 1,
  moduleDelivery: { minimumDuration: 'REFUSE', hoursPerSession: 'REFUSE', mixTolerancePoints: 10 },
};
const DELIVERY = `query($id: ID!) { journey(id: $id) { stage modules { moduleId status preScore delivery {
  sessionsScheduled sessionsHeld hoursHeld hoursScheduled heldWithoutHours hoursPerSession { min max }
  sessionsOutsideHours { sessionId } totalHours { min max } totalHoursCheck mixBasis mixTolerancePoints
  mix { sessionType templatePercent sessionsHeld hoursHeld sharePercent deviationPoints outsideTolerance }
  mixOutsideTolerance minimumDurationDays earliestCompletion completedEarly }
  sessions { sessionId durationHours } } } }`;
const EVALUATION = { preScore: 35, postScore: 80, assignmentResult: 'PASSED' };

/**
 * A module's delivery checked against its template over HTTP, on published rules that refuse early completion
 * and sessions outside the template's hours: CAPITAL_ACCESS (4-6 sessions of 3-4 hours over at least 2 months;
 * theory 20%, facilitation 50%, guidance 30%). Attendance may be recorded for a session held in the past, so a
 * module can have started months ago.
 */
describe("a module's delivery against its template", () => {
  let app: AppHarness;
  beforeAll(async () => {
    app = await startAppHarness();
    await programmeOnDerivedRules(app, {
      programmeId: PROGRAMME,
      rulesId: RULES_ID,
      derivesFrom: { rulesId: 'default', version: 4 },
      document: RULES,
      reason: 'The programme refuses sessions outside the template hours',
      programme: { regionCodes: ['52'], logframe: logframeFor('default') },
    });
  });
  afterAll(async () => {
    await app?.stop();
  });

  /** A journey in IN_INTERVENTION with its one module (CAPITAL_ACCESS, 4 planned sessions). */
  async function inIntervention(): Promise<{ id: string; moduleId: string }> {
    const res = await app.gql(ENROLL, {
      input: enrolmentInput(randomNik(), { programmeId: PROGRAMME }),
      key: `enrol-${randomUUID()}`,
    });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    const id = res.data!.enrollBeneficiary.id as string;
    const planning = await ok(app, 'submitAssessment', id, assessmentInput({ capital: true }));
    const running = await ok(app, 'approvePlan', id, { modules: planning.proposedModules }, MANAGER);
    return { id, moduleId: running.modules[0].moduleId as string };
  }

  /** Four sessions of 3 hours held a week apart from `firstHeldAt`: theory, then three facilitation sessions. */
  async function holdSessions(id: string, moduleId: string, firstHeldAt: string): Promise<void> {
    for (let i = 0; i < 4; i++) {
      const at = addDays(firstHeldAt, 7 * i);
      const sessionType = i === 0 ? 'THEORY' : 'FACILITATION';
      await ok(app, 'scheduleSession', id, {
        moduleId,
        sessionId: `s${i}`,
        sessionType,
        scheduledAt: at,
        durationHours: 3,
      });
      await ok(app, 'recordAttendance', id, { moduleId, sessionId: `s${i}`, status: 'PRESENT', heldAt: at });
    }
  }
  const read = async (id: string) => (await app.gql(DELIVERY, { id })).data!.journey;

  it('refuses a session outside the template hours, then an early evaluation, and shows the delivery', async () => {
    const { id, moduleId } = await inIntervention();
    const long = await command(
      app,
      'scheduleSession',
      id,
      { moduleId, sessionId: 'long', sessionType: 'THEORY', scheduledAt: new Date().toISOString(), durationHours: 6 },
      { user: 'facilitator-1', role: 'facilitator' },
    );
    expect(long.errors?.[0]?.extensions?.code).toBe('SESSION_HOURS_OUTSIDE_TEMPLATE');
    expect(long.errors?.[0]?.message).toMatch(/3-4 hours/);

    const firstHeldAt = addDays(new Date().toISOString(), -21); // three weeks ago: well inside the 2 months
    await holdSessions(id, moduleId, firstHeldAt);
    const early = await command(
      app,
      'recordModuleEvaluation',
      id,
      { moduleId, ...EVALUATION },
      {
        user: 'facilitator-1',
        role: 'facilitator',
      },
    );
    const earliest = addDays(firstHeldAt, 60);
    expect(early.errors?.[0]?.extensions?.code).toBe('MODULE_MINIMUM_DURATION');
    expect(early.errors?.[0]?.message).toContain(earliest);

    const journey = await read(id);
    expect(journey.stage).toBe('IN_INTERVENTION');
    const [module] = journey.modules;
    expect(module).toMatchObject({ status: 'ACTIVE', preScore: null });
    expect(module.sessions).toEqual([0, 1, 2, 3].map((i) => ({ sessionId: `s${i}`, durationHours: 3 })));
    expect(module.delivery).toEqual({
      sessionsScheduled: 4,
      sessionsHeld: 4,
      hoursHeld: 12,
      hoursScheduled: 12,
      heldWithoutHours: 0,
      hoursPerSession: { min: 3, max: 4 },
      sessionsOutsideHours: [],
      totalHours: { min: 12, max: 24 },
      totalHoursCheck: 'WITHIN',
      mixBasis: 'HOURS',
      mixTolerancePoints: 10,
      mix: [
        {
          sessionType: 'THEORY',
          templatePercent: 20,
          sessionsHeld: 1,
          hoursHeld: 3,
          sharePercent: 25,
          deviationPoints: 5,
          outsideTolerance: false,
        },
        {
          sessionType: 'FACILITATION',
          templatePercent: 50,
          sessionsHeld: 3,
          hoursHeld: 9,
          sharePercent: 75,
          deviationPoints: 25,
          outsideTolerance: true,
        },
        {
          sessionType: 'GUIDANCE',
          templatePercent: 30,
          sessionsHeld: 0,
          hoursHeld: 0,
          sharePercent: 0,
          deviationPoints: -30,
          outsideTolerance: true,
        },
      ],
      mixOutsideTolerance: true,
      minimumDurationDays: 60,
      earliestCompletion: earliest,
      completedEarly: false,
    });
  });

  it('accepts the evaluation of a module that started more than its minimum duration ago', async () => {
    const { id, moduleId } = await inIntervention();
    await holdSessions(id, moduleId, addDays(new Date().toISOString(), -70));
    const done = await ok(app, 'recordModuleEvaluation', id, { moduleId, ...EVALUATION });
    expect(done.stage).toBe('RE_EVALUATION');
    const [module] = (await read(id)).modules;
    expect(module.status).toBe('COMPLETED');
    expect(module.delivery).toMatchObject({ completedEarly: false, totalHoursCheck: 'WITHIN' });
  });
});

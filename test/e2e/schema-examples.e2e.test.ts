import { readFileSync } from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { Kind, parse, print, type OperationDefinitionNode } from 'graphql';
import { startAppHarness, randomNik, FACILITATOR, MANAGER, type AppHarness } from '../support/app-harness';
import { enrolmentInput } from '../support/journey-graphql';
import { assessmentInput } from '../support/journey-commands-graphql';

const MENTOR = { user: 'mentor-1', role: 'mentor' };

/** Executes every operation of schema/examples.graphql, in order, as the file's reader would. */
describe('schema/examples.graphql', () => {
  let app: AppHarness;
  beforeAll(async () => {
    app = await startAppHarness();
    // The programme office registers the examples' mentor before a module can be given to them.
    const staffed = await app.gql(`mutation($i: AssignStaffInput!) { assignStaff(input: $i) { userId } }`, {
      i: { userId: MENTOR.user, role: 'MENTOR', programmeId: 'default', regionCodes: ['52'], reason: 'Mentor pool' },
    });
    if (staffed.errors) throw new Error(JSON.stringify(staffed.errors));
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('runs every example operation without errors', async () => {
    const doc = parse(readFileSync(path.join(__dirname, '../../schema/examples.graphql'), 'utf8'));
    const ops = doc.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    const ctx: { journeyId?: string; moduleId?: string; plan?: unknown[] } = {};
    const variables: Record<string, () => Record<string, unknown>> = {
      EnrollBeneficiary: () => ({ input: enrolmentInput(randomNik()), key: `ex-${randomUUID()}` }),
      SubmitAssessment: () => ({ journeyId: ctx.journeyId, input: assessmentInput() }),
      ApprovePlan: () => ({ journeyId: ctx.journeyId, input: { modules: ctx.plan } }),
      ScheduleSession: () => ({
        journeyId: ctx.journeyId,
        input: {
          moduleId: ctx.moduleId,
          sessionId: 's1',
          sessionType: 'THEORY',
          scheduledAt: new Date().toISOString(),
        },
      }),
      RecordAttendance: () => ({
        journeyId: ctx.journeyId,
        input: { moduleId: ctx.moduleId, sessionId: 's1', status: 'PRESENT', heldAt: new Date().toISOString() },
      }),
      Journey: () => ({ id: ctx.journeyId }),
      Node: () => ({ id: ctx.journeyId }),
      Journeys: () => ({ filter: { programmeId: 'default', enrolledFrom: '2020-01-01T00:00:00Z' }, first: 5 }),
      AssignModuleMentor: () => ({
        journeyId: ctx.journeyId,
        input: {
          templateId: (ctx.plan?.[0] as { templateId: string }).templateId,
          mentorId: MENTOR.user,
          reason: 'Mentor teknis untuk modul ini',
        },
      }),
      SubmitCapitalProposal: () => ({ journeyId: ctx.journeyId, input: { source: 'KUR', requestedAmount: 5000000 } }),
      OpenMarketChannel: () => ({ journeyId: ctx.journeyId, input: { channel: 'ONLINE' } }),
      PauseJourney: () => ({ journeyId: ctx.journeyId, reason: 'Beneficiary in hospital for two weeks' }),
      ResumeJourney: () => ({ journeyId: ctx.journeyId }),
    };
    const who: Record<string, typeof MANAGER> = {
      ApprovePlan: MANAGER,
      AssignModuleMentor: MANAGER,
      MyModules: MENTOR,
      PauseJourney: MANAGER,
      ResumeJourney: MANAGER,
    };
    for (const op of ops) {
      const name = op.name!.value;
      const res = await app.gql(print(op), variables[name]?.() ?? {}, who[name] ?? FACILITATOR);
      expect({ name, errors: res.errors }).toEqual({ name, errors: undefined });
      const data = res.data!;
      if (name === 'EnrollBeneficiary') ctx.journeyId = data.enrollBeneficiary.id;
      if (name === 'SubmitAssessment') ctx.plan = data.submitAssessment.proposedModules;
      if (name === 'ApprovePlan') ctx.moduleId = data.approvePlan.modules[0].moduleId;
    }
    expect(ops.length).toBeGreaterThanOrEqual(10);
  });
});

import { addDays } from '../../domain/shared/iso-time';
import { FACILITATOR, MANAGER, randomNik, type AppHarness } from './app-harness';
import { assessmentInput, ok } from './journey-commands-graphql';
import { CREATE_PROGRAMME, ADMIN, programmeInput } from './programme-graphql';
import { enrolInto, must, OFFICE } from './programme-office';

/** What the capital and market access e2e reads of a journey, and of the programme's figures. */
export const OUTCOMES = `query($id: ID!) { journey(id: $id) { stage seq nextAction { action }
  modules { templateId status } capitalProposals { proposalId source status submittedAt decidedAt receivedAt }
  marketChannels { channel openedAt } satisfaction { occasion moduleId meanScore } } }`;
export const FIGURES = `query($programmeId: ID!) { programmeIndicators(programmeId: $programmeId) {
  key unit numerator denominator median mean } }`;

type App = Pick<AppHarness, 'gql'>;

/** A programme on the default rules v5 covering NTB (52), with one cohort (the same id). */
export async function setUpAccessProgramme(app: App, id: string): Promise<void> {
  const input = programmeInput(id, { rulesId: 'default', rulesVersion: 5, regionCodes: ['52'] });
  await must(app, CREATE_PROGRAMME, { input }, ADMIN);
  const cohort = { id, programmeId: id, name: id, regionCode: '52', quotas: [] };
  await must(app, OFFICE.createCohort, { i: { ...cohort, startDate: '2026-01-05', plannedSize: 10 } }, MANAGER);
}

/** A person in IN_INTERVENTION whose plan is CAPITAL_ACCESS alone; answers the journey id and the module id. */
export async function personInIntervention(app: App, programmeId: string): Promise<{ id: string; moduleId: string }> {
  const place = { programmeId, cohortId: programmeId, facilitatorId: FACILITATOR.user };
  const { journeyId } = await enrolInto(app, randomNik(), place);
  const planning = await ok(app, 'submitAssessment', journeyId, assessmentInput({ capital: true }));
  const running = await ok(app, 'approvePlan', journeyId, { modules: planning.proposedModules }, MANAGER);
  return { id: journeyId, moduleId: running.modules[0].moduleId as string };
}

/** The module's four sessions held weekly from 70 days ago (past the template's two months), then its evaluation. */
export async function holdAndEvaluate(app: App, id: string, moduleId: string): Promise<void> {
  const first = addDays(new Date().toISOString(), -70);
  for (let i = 0; i < 4; i++) {
    const at = addDays(first, 7 * i);
    const session = { moduleId, sessionId: `s${i}`, sessionType: i ? 'FACILITATION' : 'THEORY', scheduledAt: at };
    await ok(app, 'scheduleSession', id, { ...session, durationHours: 3 });
    await ok(app, 'recordAttendance', id, { moduleId, sessionId: `s${i}`, status: 'PRESENT', heldAt: at });
  }
  await ok(app, 'recordModuleEvaluation', id, { moduleId, preScore: 35, postScore: 80, assignmentResult: 'PASSED' });
}

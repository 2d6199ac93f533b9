import { randomUUID } from 'node:crypto';
import { JOURNEY_FIELDS } from './journey-graphql';
import type { AppHarness, GqlResult, Json } from './app-harness';
import { FACILITATOR, MANAGER } from './app-harness';

type Identity = { user: string; role: string };

/** Sends one journey mutation as a front end would: journeyId, a fresh idempotency key, input. */
export async function command(
  app: Pick<AppHarness, 'gql'>,
  mutation: string,
  journeyId: string,
  input: Record<string, unknown> | null,
  identity: Identity,
  key = `k-${randomUUID()}`,
): Promise<GqlResult> {
  const inputDecl = input ? ', $input: ' + inputTypeOf(mutation) + '!' : '';
  const inputArg = input ? ', input: $input' : '';
  const doc =
    `mutation M($id: ID!, $key: String!${inputDecl}) ` +
    `{ ${mutation}(journeyId: $id, idempotencyKey: $key${inputArg}) { ${JOURNEY_FIELDS} } }`;
  return app.gql(doc, { id: journeyId, key, ...(input ? { input } : {}) }, identity);
}

/** Like command, but fails the test with the server's error when the mutation is refused. */
export async function ok(
  app: Pick<AppHarness, 'gql'>,
  mutation: string,
  journeyId: string,
  input: Record<string, unknown> | null,
  identity: Identity = FACILITATOR,
) {
  const res = await command(app, mutation, journeyId, input, identity);
  if (res.errors) throw new Error(`${mutation}: ${JSON.stringify(res.errors)}`);
  return res.data![mutation];
}

/**
 * Records the next follow-up as a facilitator would: not before its window opens (FollowUp.opensAt, set by the
 * programme rules; the sandbox's opens seconds after graduation), so the server never refuses it as early.
 */
export async function recordFollowUpWhenOpen(
  app: Pick<AppHarness, 'gql'>,
  journeyId: string,
  input: Record<string, unknown> & { index: number },
  identity: Identity = FACILITATOR,
) {
  const read = await app.gql(`query($id: ID!) { journey(id: $id) { followUps { index opensAt } } }`, {
    id: journeyId,
  });
  const opensAt = (read.data?.journey?.followUps as { index: number; opensAt: string | null }[] | undefined)?.find(
    (f) => f.index === input.index,
  )?.opensAt;
  const wait = opensAt ? Date.parse(opensAt) - Date.now() + 250 : 0;
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  return ok(app, 'recordFollowUp', journeyId, input, identity);
}

const INPUT_TYPES: Record<string, string> = {
  submitAssessment: 'AssessmentInput',
  submitReEvaluation: 'ReEvaluationInput',
  recordFollowUp: 'FollowUpInput',
  approvePlan: 'ApprovePlanInput',
  scheduleSession: 'ScheduleSessionInput',
  recordAttendance: 'RecordAttendanceInput',
  recordModuleEvaluation: 'ModuleEvaluationInput',
  closeModule: 'CloseModuleInput',
  extendModule: 'ExtendModuleInput',
  decideGraduation: 'DecideGraduationInput',
  recordCommunication: 'RecordCommunicationInput',
  recordNotGraduatedEvaluation: 'NotGraduatedEvaluationInput',
  startIntensiveSupport: 'IntensiveSupportInput',
  decideTermination: 'DecideTerminationInput',
  refer: 'ReferInput',
  recordReferralAnswer: 'ReferralAnswerInput',
  exitJourney: 'ExitInput',
  reassignFacilitator: 'ReassignFacilitatorInput',
  assignPartner: 'AssignPartnerInput',
  correctData: 'CorrectDataInput',
  assignModuleMentor: 'AssignModuleMentorInput',
  submitCapitalProposal: 'SubmitCapitalProposalInput',
  decideCapitalProposal: 'DecideCapitalProposalInput',
  recordCapitalReceipt: 'RecordCapitalReceiptInput',
  openMarketChannel: 'OpenMarketChannelInput',
  recordSatisfaction: 'RecordSatisfactionInput',
  recordFollowUpPlan: 'FollowUpPlanInput',
  recordMentoringVisit: 'RecordMentoringVisitInput',
  recordIntensiveVisit: 'RecordIntensiveVisitInput',
};
const inputTypeOf = (mutation: string): string => INPUT_TYPES[mutation];

export function assessmentInput(needs: { capital?: boolean; market?: boolean } = { capital: true }) {
  return {
    employment: { mainOccupation: 'Penjual sayur', permanent: false, careerPath: false, highestEducation: 'SMP' },
    income: {
      monthlyFamilyIncome: 900000,
      monthlyExpenditure: 850000,
      regionalMinimumWage: 2600000,
      incomeAdequate: false,
    },
    assets: { ownsLandOrHouse: true, assetTypes: ['gerobak'], assetsSupportIncome: true },
    basicServices: { healthVisitsLast6Months: 2, cleanWater: true, stableElectricity: true },
    needs: {
      skillsNeeded: false,
      mentoringNeeded: false,
      mentoringTypes: [],
      capitalNeeded: !!needs.capital,
      capitalScheme: 'MICRO_CREDIT',
      lacksFinancialManagement: false,
      marketNeeded: !!needs.market,
      lowEducationOrBasicSkills: false,
    },
    challenges: 'Modal usaha terbatas',
  };
}

export { FACILITATOR, MANAGER };

/** Assessment, plan approval and every planned session and evaluation, over HTTP: ends in RE_EVALUATION. */
export async function driveToReEvaluation(
  app: Pick<AppHarness, 'gql'>,
  id: string,
  needs: { capital?: boolean; market?: boolean } = { capital: true },
  assessed?: Record<string, Json>,
) {
  const planning = assessed ?? (await ok(app, 'submitAssessment', id, assessmentInput(needs)));
  let journey = await ok(
    app,
    'approvePlan',
    id,
    { modules: planning.proposedModules.map((m: Record<string, unknown>) => ({ ...m })) },
    MANAGER,
  );
  for (const m of journey.modules) {
    for (let i = 1; i <= m.plannedSessions; i++) {
      const at = new Date().toISOString();
      await ok(app, 'scheduleSession', id, {
        moduleId: m.moduleId,
        sessionId: `s${i}`,
        sessionType: 'THEORY',
        scheduledAt: at,
      });
      journey = await ok(app, 'recordAttendance', id, {
        moduleId: m.moduleId,
        sessionId: `s${i}`,
        status: 'PRESENT',
        heldAt: at,
      });
    }
    journey = await ok(app, 'recordModuleEvaluation', id, {
      moduleId: m.moduleId,
      preScore: 35,
      postScore: 80,
      assignmentResult: 'PASSED',
    });
  }
  // Rules whose CAPITAL_ACCESS completes on a submitted proposal (v5) wait for it, as the next action says.
  if (journey.nextAction?.action === 'submitCapitalProposal')
    journey = await ok(app, 'submitCapitalProposal', id, { source: 'KUR', requestedAmount: 5000000 });
  return journey;
}

export const reEvaluation = (pass: boolean) => ({
  monthlyFamilyIncome: pass ? 3100000 : 1000000,
  regionalMinimumWage: 2600000,
  businessRunning: pass,
  mindsetChanged: pass,
});

/** Polls the read model until the journey reaches a stage (timers fire on the server, not in the test). */
export async function waitForStage(
  app: Pick<AppHarness, 'gql'>,
  id: string,
  stage: string,
  timeoutMs = 60_000,
): Promise<Record<string, Json>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const res = await app.gql(`query($id: ID!) { journey(id: $id) { ${JOURNEY_FIELDS} } }`, { id });
    if (res.data?.journey?.stage === stage) return res.data.journey;
    if (Date.now() > deadline) throw new Error(`journey ${id} still in ${res.data?.journey?.stage}, expected ${stage}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

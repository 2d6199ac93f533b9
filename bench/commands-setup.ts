/**
 * Untimed set-up for the command benchmark: drives enrolled journeys to IN_INTERVENTION over the
 * API (assessment, plan approval) and schedules `sessions` sessions in each one's first module,
 * so every attendance command in the benchmark has a session of its own to record.
 */
import { facilitator, gql, MANAGER, type Identity } from './http-client';
import { runLoad } from './load-loop';

const ASSESSMENT = {
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
    capitalNeeded: true,
    capitalScheme: 'MICRO_CREDIT',
    lacksFinancialManagement: false,
    marketNeeded: false,
    lowEducationOrBasicSkills: false,
  },
  challenges: 'Modal usaha terbatas',
};

const doc = (mutation: string, inputType: string, fields: string) =>
  `mutation M($id: ID!, $key: String!, $input: ${inputType}!) ` +
  `{ ${mutation}(journeyId: $id, idempotencyKey: $key, input: $input) { ${fields} } }`;
const ASSESS = doc(
  'submitAssessment',
  'AssessmentInput',
  'proposedModules { templateId phase plannedStart plannedSessions }',
);
const APPROVE = doc('approvePlan', 'ApprovePlanInput', 'modules { moduleId }');
export const SCHEDULE = doc('scheduleSession', 'ScheduleSessionInput', 'seq');

/** The parts of the ASSESS and APPROVE answers the set-up reads. */
interface Assessed {
  submitAssessment: { proposedModules: unknown[] };
}
interface Approved {
  approvePlan: { modules: { moduleId: string }[] };
}

export interface PreparedJourney {
  id: string;
  moduleId: string;
  facilitator: Identity;
}

/** Commands answered NOT_FOUND ("workflow does not exist") and retried with the same key: see the report. */
export const notFoundRetries: string[] = [];

/** One set-up command; a NOT_FOUND (seen right after a continue-as-new) is retried once with the same key. */
export async function send<T = unknown>(
  apiUrl: string,
  step: string,
  query: string,
  variables: Record<string, unknown>,
  who: Identity,
): Promise<T> {
  try {
    return await gql<T>(apiUrl, query, variables, who);
  } catch (err) {
    if (!/GraphQL NOT_FOUND/.test((err as Error).message)) throw err;
    notFoundRetries.push(step);
    await new Promise((r) => setTimeout(r, 200));
    return gql<T>(apiUrl, query, variables, who);
  }
}

/** `facilitators`: each journey's facilitator user id (a facilitator may only act on their own caseload). */
export async function prepareJourneys(
  apiUrl: string,
  ids: string[],
  facilitators: Map<string, string>,
  sessions: number,
  stamp: string,
): Promise<PreparedJourney[]> {
  const prepared: PreparedJourney[] = new Array<PreparedJourney>(ids.length);
  const run = await runLoad({
    label: 'prepare',
    concurrency: 16,
    count: ids.length,
    job: async (i) => {
      const id = ids[i];
      const who = facilitator(facilitators.get(id) ?? 'unassigned');
      const key = (step: string) => `bench-prep-${stamp}-${step}-${i}`;
      const assessed = await send<Assessed>(
        apiUrl,
        'submitAssessment',
        ASSESS,
        { id, key: key('assess'), input: ASSESSMENT },
        who,
      );
      const approved = await send<Approved>(
        apiUrl,
        'approvePlan',
        APPROVE,
        { id, key: key('approve'), input: { modules: assessed.submitAssessment.proposedModules } },
        MANAGER,
      );
      prepared[i] = { id, moduleId: approved.approvePlan.modules[0].moduleId, facilitator: who };
    },
  });
  if (run.failed) throw new Error(`could not prepare ${run.failed} journeys: ${run.firstErrors.join('; ')}`);
  const at = new Date().toISOString();
  const scheduled = await runLoad({
    label: 'schedule',
    concurrency: 16,
    count: ids.length * sessions,
    job: async (n) => {
      const j = prepared[n % ids.length];
      const s = Math.floor(n / ids.length);
      await send(
        apiUrl,
        'scheduleSession',
        SCHEDULE,
        {
          id: j.id,
          key: `bench-prep-${stamp}-s${s}-${n % ids.length}`,
          input: { moduleId: j.moduleId, sessionId: `s${s}`, sessionType: 'THEORY', scheduledAt: at },
        },
        j.facilitator,
      );
    },
  });
  if (scheduled.failed)
    throw new Error(`could not schedule ${scheduled.failed} sessions: ${scheduled.firstErrors.join('; ')}`);
  return prepared;
}

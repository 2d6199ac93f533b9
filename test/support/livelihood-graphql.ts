import { randomUUID } from 'node:crypto';
import { randomNik, type AppHarness, type GqlResult, type Json } from './app-harness';
import { ENROLL, enrolmentInput } from './journey-graphql';
import { assessmentInput, FACILITATOR, MANAGER } from './journey-commands-graphql';
import type { ProgrammeRules } from '../../domain/programme/programme-rules.types';
import { ADMIN, CREATE_PROGRAMME, PUBLISH_RULES, UPDATE_PROGRAMME, programmeInput } from './programme-graphql';
import { must, OFFICE } from './programme-office';

type App = Pick<AppHarness, 'gql'>;

/** The journey fields the livelihood e2e reads: the track, the proposal's criteria and the work facts. */
export const LIVELIHOOD_FIELDS = `id journeyId stage seq proposedTrack track rulesVersion
  assessment { needs incomeToMinimumWageRatio }
  proposedModules { templateId phase plannedStart plannedSessions }
  modules { moduleId templateId status plannedSessions }
  reEvaluations { proposal incomeToMinimumWageRatio businessRunning inWork monthsInWork
    criteria { criterion met detail } }
  followUps { index opensAt recordedAt businessRunning inWork monthsInWork }`;

const INPUTS: Record<string, string> = {
  submitAssessment: 'AssessmentInput',
  approvePlan: 'ApprovePlanInput',
  scheduleSession: 'ScheduleSessionInput',
  recordAttendance: 'RecordAttendanceInput',
  recordModuleEvaluation: 'ModuleEvaluationInput',
  submitReEvaluation: 'ReEvaluationInput',
  decideGraduation: 'DecideGraduationInput',
  recordCommunication: 'RecordCommunicationInput',
  recordFollowUp: 'FollowUpInput',
};

/** One journey mutation with a fresh idempotency key, answering the livelihood fields. */
export function send(app: App, mutation: string, id: string, input: unknown, who = FACILITATOR): Promise<GqlResult> {
  const doc =
    `mutation M($id: ID!, $key: String!, $input: ${INPUTS[mutation]}!) ` +
    `{ ${mutation}(journeyId: $id, idempotencyKey: $key, input: $input) { ${LIVELIHOOD_FIELDS} } }`;
  return app.gql(doc, { id, key: `k-${randomUUID()}`, input }, who);
}

export async function must1(app: App, mutation: string, id: string, input: unknown, who = FACILITATOR): Promise<Json> {
  const res = await send(app, mutation, id, input, who);
  if (res.errors) throw new Error(`${mutation}: ${JSON.stringify(res.errors)}`);
  return res.data![mutation];
}

export async function readJourney(app: App, id: string): Promise<Json> {
  const res = await app.gql(`query($id: ID!) { journey(id: $id, live: true) { ${LIVELIHOOD_FIELDS} } }`, { id });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.journey;
}

/** A programme of its own on the bundled training-sandbox v5 (livelihood tracks, sandbox clocks). */
export async function tracksProgramme(app: App, run: string): Promise<string> {
  const id = `tracks-${run}`;
  await must(
    app,
    CREATE_PROGRAMME,
    { input: programmeInput(id, { rulesId: 'training-sandbox', rulesVersion: 5 }) },
    ADMIN,
  );
  return id;
}

export async function enrol(app: App, programmeId: string): Promise<string> {
  const res = await app.gql(ENROLL, {
    input: enrolmentInput(randomNik(), { programmeId }),
    key: `enrol-${randomUUID()}`,
  });
  if (res.errors) throw new Error(`enrol: ${JSON.stringify(res.errors)}`);
  return (res.data!.enrollBeneficiary as { id: string }).id;
}

/** The assessment of a person who wants job skills only (JOB_SKILLS: the JOB track is proposed). */
export function jobSeekerAssessment() {
  const base = assessmentInput({});
  return {
    ...base,
    needs: { ...base.needs, skillsNeeded: true, skillsPreference: 'JOB', capitalNeeded: false },
    household: { size: 4, memberMonthlyIncomes: [900000] },
  };
}

/**
 * Approves the plan, holds every planned session and evaluates each module, retrying the evaluation while the
 * sandbox's minimum duration (a sandbox month: 8.64 s) has not passed: the journey ends in RE_EVALUATION.
 */
export async function runPlan(app: App, id: string, planning: Json, track?: string): Promise<Json> {
  const plan = { modules: planning.proposedModules, ...(track ? { track } : {}) };
  let journey = await must1(app, 'approvePlan', id, plan, MANAGER);
  for (const m of journey.modules) {
    for (let i = 1; i <= m.plannedSessions; i++) {
      const at = new Date().toISOString();
      const session = { moduleId: m.moduleId, sessionId: `s${i}` };
      await must1(app, 'scheduleSession', id, { ...session, sessionType: 'THEORY', scheduledAt: at });
      await must1(app, 'recordAttendance', id, { ...session, status: 'PRESENT', heldAt: at });
    }
  }
  for (const m of journey.modules) {
    const evaluation = { moduleId: m.moduleId, preScore: 35, postScore: 80, assignmentResult: 'PASSED' };
    for (;;) {
      const res = await send(app, 'recordModuleEvaluation', id, evaluation);
      if (!res.errors) {
        journey = res.data!.recordModuleEvaluation;
        break;
      }
      if (res.errors[0].extensions?.code !== 'MODULE_MINIMUM_DURATION') throw new Error(JSON.stringify(res.errors));
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
  return journey;
}

/** Decides GRADUATE and conveys it: the journey in GRADUATED. */
export async function graduate(app: App, id: string): Promise<Json> {
  await must1(app, 'decideGraduation', id, { decision: 'GRADUATE' }, MANAGER);
  const communication = { decision: 'GRADUATE', channel: 'HOME_VISIT', summary: 'Criteria met' };
  return must1(app, 'recordCommunication', id, communication);
}

export const UMK = 2600000;

/**
 * A programme on rules of its own: training-sandbox v5 with income measured per capita (`incomeMeasure.basis`
 * PER_CAPITA), published through the API. Answers the programme id and the reference household size.
 */
export async function perCapitaProgramme(app: App, run: string): Promise<{ programmeId: string; reference: number }> {
  const rulesId = `per-capita-${run}`;
  const base = await must<{ programmeRules: { document: ProgrammeRules } }>(
    app,
    OFFICE.rules,
    { r: 'training-sandbox', v: 5 },
    ADMIN,
  );
  const measure = { ...base.programmeRules.document.incomeMeasure!, basis: 'PER_CAPITA' as const };
  const document = { ...base.programmeRules.document, programmeRulesId: rulesId, version: 1, incomeMeasure: measure };
  const reason = 'Income measured per household member';
  const publish = { rulesId, version: 1, derivesFromRulesId: 'training-sandbox', derivesFromVersion: 5, document };
  await must(app, PUBLISH_RULES, { input: { ...publish, reason } }, ADMIN);
  const programmeId = `per-capita-${run}`;
  const bundled = programmeInput(programmeId, { rulesId: 'training-sandbox', rulesVersion: 5 });
  await must(app, CREATE_PROGRAMME, { input: bundled }, ADMIN);
  await must(app, UPDATE_PROGRAMME, { input: { id: programmeId, rulesId, rulesVersion: 1, reason } }, ADMIN);
  return { programmeId, reference: measure.perCapitaReferenceHouseholdSize };
}

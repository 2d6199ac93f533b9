import { randomUUID } from 'node:crypto';
import { mapWithConcurrency } from '../../domain/shared/bounded-concurrency';
import { randomNik, type AppHarness } from './app-harness';
import { assessmentInput, MANAGER, ok, recordFollowUpWhenOpen, waitForStage } from './journey-commands-graphql';
import { ENROLL, enrolmentInput } from './journey-graphql';
import { ensureCohort } from './cohort-graphql';

/**
 * A realistic cohort for the indicator test, driven through the real API and workflow on the
 * training-sandbox programme (short clocks): every path of the journey, people of both sexes,
 * ages 17-66, with and without disabilities, in three provinces, two cohorts, two facilitators.
 */
export type Path =
  | 'ENROLLED'
  | 'PLANNING'
  | 'EXIT'
  | 'WITHDRAW'
  | 'IN_MODULE'
  | 'RE_EVALUATION'
  | 'COMPLETED'
  | 'FOLLOWING_UP'
  | 'REFERRAL'
  | 'INTENSIVE_GRADUATE'
  | 'NOT_YET'
  | 'TERMINATE';

/** How many people take each path (200 in all): every path, the long ones (most commands) fewer. */
export const PATHS: [Path, number][] = [
  ['ENROLLED', 36],
  ['PLANNING', 30],
  ['EXIT', 20],
  ['WITHDRAW', 10],
  ['IN_MODULE', 20],
  ['RE_EVALUATION', 12],
  ['COMPLETED', 30],
  ['FOLLOWING_UP', 12],
  ['REFERRAL', 10],
  ['INTENSIVE_GRADUATE', 10],
  ['NOT_YET', 6],
  ['TERMINATE', 4],
];

export const REGIONS = [
  { code: '52.71', wage: 2_600_000 },
  { code: '31.74', wage: 5_000_000 },
  { code: '33.22', wage: 2_200_000 },
];
const EXIT_KINDS = ['EXIT', 'DEATH', 'RELOCATION', 'SANCTION'];
const STATUSES = ['PRESENT', 'PRESENT', 'PARTIAL', 'ABSENT', 'PRESENT'];

export interface Person {
  i: number;
  id: string;
  path: Path;
  region: (typeof REGIONS)[number];
  cohort: string;
}

/** The facilitator of a person's caseload (two facilitators share the cohort). */
const facilitatorOf = (i: number) => (i % 4 === 0 ? 'facilitator-2' : 'facilitator-1');
const fac = (p: { i: number }) => ({ user: facilitatorOf(p.i), role: 'facilitator' });

/** Plain numbers per person so a run is reproducible: income at each point, scores, statuses. */
const income = (p: Person, factor: number) => Math.round(p.region.wage * factor);
const baseFactor = (p: Person) => 0.3 + (p.i % 6) * 0.1; // 0.3..0.8 of the minimum wage: poor or vulnerable

export function people(runId: string): { i: number; path: Path; region: (typeof REGIONS)[number]; cohort: string }[] {
  const out: { i: number; path: Path; region: (typeof REGIONS)[number]; cohort: string }[] = [];
  for (const [path, n] of PATHS)
    for (let k = 0; k < n; k++) {
      const i = out.length;
      out.push({ i, path, region: REGIONS[i % 3], cohort: `${runId}-${i % 2 === 0 ? 'a' : 'b'}` });
    }
  return out;
}

export async function enrolPerson(app: AppHarness, spec: ReturnType<typeof people>[number]): Promise<Person> {
  const { i, region } = spec;
  const birthYear = 1959 + ((i * 7) % 49); // ages about 17 to 66 at enrolment in 2026
  const input = enrolmentInput(randomNik(), {
    programmeId: 'training-sandbox',
    cohortId: spec.cohort,
    regionCode: region.code,
    sex: i % 3 === 1 ? 'MALE' : 'FEMALE',
    birthDate: `${birthYear}-${String(1 + (i % 12)).padStart(2, '0')}-15`,
    disability: i % 5 === 0,
    facilitatorId: facilitatorOf(i),
    vulnerableGroups: i % 5 === 0 ? ['DISABILITY'] : ['FEMALE_HEAD_OF_HOUSEHOLD'],
    selection: {
      monthlyIncome: income(spec as Person, baseFactor(spec as Person)),
      regionalMinimumWage: region.wage,
      potentialScore: 4,
      committed: true,
    },
  });
  const res = await app.gql(ENROLL, { input, key: `enrol-${randomUUID()}` }, MANAGER);
  if (res.errors) throw new Error(`enrol ${i}: ${JSON.stringify(res.errors)}`);
  return { ...spec, id: res.data!.enrollBeneficiary.id };
}

const assessment = (p: Person) => {
  const a = assessmentInput({ capital: true, market: p.path === 'IN_MODULE' && p.i % 2 === 0 });
  return {
    ...a,
    income: { ...a.income, monthlyFamilyIncome: income(p, baseFactor(p)), regionalMinimumWage: p.region.wage },
  };
};

/** Assessment, plan, sessions (all, or two per module) with varied attendance, then the evaluation. */
async function train(app: AppHarness, p: Person, allSessions: boolean): Promise<void> {
  const planning = await ok(app, 'submitAssessment', p.id, assessment(p), fac(p));
  const journey = await ok(
    app,
    'approvePlan',
    p.id,
    { modules: planning.proposedModules.map((m: Record<string, unknown>) => ({ ...m })) },
    MANAGER,
  );
  for (const m of journey.modules) {
    const n = allSessions ? m.plannedSessions : 2;
    for (let s = 1; s <= n; s++) {
      const at = new Date().toISOString();
      await ok(
        app,
        'scheduleSession',
        p.id,
        { moduleId: m.moduleId, sessionId: `s${s}`, sessionType: 'THEORY', scheduledAt: at },
        fac(p),
      );
      await ok(
        app,
        'recordAttendance',
        p.id,
        { moduleId: m.moduleId, sessionId: `s${s}`, status: STATUSES[(p.i + s) % 5], heldAt: at },
        fac(p),
      );
    }
    if (allSessions) {
      const pre = 20 + (p.i % 7) * 8;
      await ok(
        app,
        'recordModuleEvaluation',
        p.id,
        {
          moduleId: m.moduleId,
          preScore: pre,
          postScore: Math.min(100, pre + ((p.i % 5) - 1) * 9),
          assignmentResult: 'PASSED',
        },
        fac(p),
      );
    }
  }
}

const reEval = (p: Person, pass: boolean) => ({
  monthlyFamilyIncome: income(p, pass ? 1.05 + (p.i % 4) * 0.15 : baseFactor(p) + 0.1),
  regionalMinimumWage: p.region.wage,
  businessRunning: pass || p.i % 2 === 0,
  mindsetChanged: pass,
});

async function decide(app: AppHarness, p: Person, decision: 'GRADUATE' | 'NOT_YET'): Promise<void> {
  await ok(app, 'decideGraduation', p.id, { decision }, MANAGER);
  await ok(app, 'recordCommunication', p.id, { decision, channel: 'HOME_VISIT', summary: 'Explained' }, fac(p));
}

async function intensiveCycle(app: AppHarness, p: Person): Promise<void> {
  await ok(
    app,
    'recordNotGraduatedEvaluation',
    p.id,
    { causes: ['sales fell'], beneficiaryInput: 'Needs a stall', recommendations: 'Weekly visits' },
    fac(p),
  );
  await ok(app, 'startIntensiveSupport', p.id, { actionPlan: 'Weekly visits; sales book' }, fac(p));
  await ok(
    app,
    'recordCommunication',
    p.id,
    { decision: 'INTENSIVE_SUPPORT', channel: 'HOME_VISIT', summary: 'Agreed' },
    fac(p),
  );
  await waitForStage(app, p.id, 'RE_EVALUATION', 90_000); // the cycle ends on a server timer
}

async function followUps(app: AppHarness, p: Person, count: number): Promise<void> {
  for (let index = 0; index < count; index++) {
    const factor = 0.8 + ((p.i + index) % 5) * 0.2; // 0.8..1.6: some fall back below the minimum wage
    await recordFollowUpWhenOpen(
      app,
      p.id,
      {
        index,
        monthlyFamilyIncome: income(p, factor),
        regionalMinimumWage: p.region.wage,
        businessRunning: (p.i + index) % 4 !== 0,
      },
      fac(p),
    );
  }
}

/** Drives one person along their path, over HTTP, as facilitators and managers would. */
export async function drive(app: AppHarness, p: Person): Promise<void> {
  switch (p.path) {
    case 'ENROLLED':
      return;
    case 'PLANNING':
      await ok(app, 'submitAssessment', p.id, assessment(p), fac(p));
      return;
    case 'EXIT':
      await ok(app, 'submitAssessment', p.id, assessment(p), fac(p));
      await ok(app, 'exitJourney', p.id, { exitKind: EXIT_KINDS[p.i % 4], reason: 'Recorded by the manager' }, MANAGER);
      return;
    case 'WITHDRAW': {
      await ok(app, 'submitAssessment', p.id, assessment(p), fac(p));
      const res = await app.gql(
        'mutation($id: ID!, $key: String!) { withdraw(journeyId: $id, idempotencyKey: $key, ' +
          'reason: "Moved to a job") { stage } }',
        { id: p.id, key: `w-${randomUUID()}` },
        fac(p),
      );
      if (res.errors) throw new Error(`withdraw: ${JSON.stringify(res.errors)}`);
      return;
    }
    case 'IN_MODULE':
      await train(app, p, false);
      return;
    case 'RE_EVALUATION':
      await train(app, p, true);
      return;
    default:
      break;
  }
  await train(app, p, true);
  if (p.path === 'INTENSIVE_GRADUATE' || p.path === 'NOT_YET' || p.path === 'TERMINATE') {
    await ok(app, 'submitReEvaluation', p.id, reEval(p, false), fac(p));
    await decide(app, p, 'NOT_YET');
    if (p.path === 'NOT_YET') return;
    await intensiveCycle(app, p);
    if (p.path === 'TERMINATE') {
      await ok(app, 'submitReEvaluation', p.id, reEval(p, false), fac(p));
      await decide(app, p, 'NOT_YET');
      await intensiveCycle(app, p);
      await ok(app, 'submitReEvaluation', p.id, reEval(p, false), fac(p));
      await decide(app, p, 'NOT_YET'); // third NOT_YET after two cycles: termination review
      await ok(
        app,
        'decideTermination',
        p.id,
        { decision: 'TERMINATE', reason: 'No significant change after two cycles', alternativesOffered: ['PKH'] },
        MANAGER,
      );
      await ok(
        app,
        'recordCommunication',
        p.id,
        { decision: 'TERMINATE', channel: 'HOME_VISIT', summary: 'Alternatives offered' },
        fac(p),
      );
      return;
    }
  }
  await ok(app, 'submitReEvaluation', p.id, reEval(p, true), fac(p));
  await decide(app, p, 'GRADUATE');
  if (p.path === 'REFERRAL') {
    const j = await ok(
      app,
      'refer',
      p.id,
      { targetProgramme: 'KUR', readiness: 'Ready', informationGiven: 'Terms explained' },
      fac(p),
    );
    if (j.pendingCommunication === 'REFER')
      await ok(
        app,
        'recordCommunication',
        p.id,
        { decision: 'REFER', channel: 'FACE_TO_FACE', summary: 'Referral explained' },
        fac(p),
      );
    await ok(
      app,
      'recordReferralAnswer',
      p.id,
      { answer: p.i % 3 === 0 ? 'DECLINED' : 'ACCEPTED', note: 'Answer from the bank' },
      fac(p),
    );
  }
  await followUps(
    app,
    p,
    p.path === 'FOLLOWING_UP' || p.path === 'REFERRAL'
      ? 1
      : p.path === 'COMPLETED' || p.path === 'INTENSIVE_GRADUATE'
        ? 2
        : 0,
  );
}

/** Cohort b's own quotas: DISABILITY higher than the rules' 10%, and ELDERLY, a group with no enrolee. */
export const COHORT_B_QUOTAS = [
  { group: 'DISABILITY', minPercent: 25 },
  { group: 'ELDERLY', minPercent: 5 },
];

/** Enrols everybody, then drives every path with at most `concurrency` people in flight. */
export async function seedCohort(app: AppHarness, runId: string, concurrency = 24): Promise<Person[]> {
  // Both cohorts span every region of the scenario (regionCode '' is nationwide) and have room for everybody.
  // Cohort a takes the rules' quotas; cohort b its own, one of them a group nobody in the scenario belongs to.
  for (const cohort of new Set(people(runId).map((p) => p.cohort)))
    await ensureCohort(app, cohort, {
      programmeId: 'training-sandbox',
      ...(cohort.endsWith('-b') ? { quotas: COHORT_B_QUOTAS } : {}),
    });
  const enrolled = await mapWithConcurrency(people(runId), concurrency, (spec) => enrolPerson(app, spec));
  // Longest paths first so the timers of intensive support overlap with the rest.
  const order = [...enrolled].sort((a, b) => weight(b.path) - weight(a.path));
  await mapWithConcurrency(order, concurrency, (p) => drive(app, p));
  return enrolled;
}

const weight = (path: Path) =>
  (
    ({ TERMINATE: 9, INTENSIVE_GRADUATE: 8, NOT_YET: 7, REFERRAL: 6, COMPLETED: 5, FOLLOWING_UP: 5 }) as Record<
      string,
      number
    >
  )[path] ?? 1;

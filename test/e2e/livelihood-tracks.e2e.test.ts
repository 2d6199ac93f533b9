import { randomUUID } from 'node:crypto';
import { startAppHarness, type AppHarness } from '../support/app-harness';
import { assessmentInput, FACILITATOR, MANAGER } from '../support/journey-commands-graphql';
import {
  enrol,
  graduate,
  jobSeekerAssessment,
  perCapitaProgramme,
  must1,
  readJourney,
  runPlan,
  send,
  tracksProgramme,
  UMK,
} from '../support/livelihood-graphql';
import { rawQuery } from '../support/raw-sql';
import { withForms } from '../support/sealed-forms';

const WAGE_JOB = {
  inWork: true,
  employerKind: 'COMPANY',
  formality: 'FORMAL',
  contractKind: 'PERMANENT',
  monthlyWage: 3100000,
  monthsInWork: 4,
};
const NOT_RUNNING = { running: false };
const codes = (res: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  res.errors?.map((e) => e.extensions?.code);
const failedCriteria = (reEvaluation: { criteria: { criterion: string; met: boolean }[] }) =>
  reEvaluation.criteria.filter((c) => !c.met).map((c) => c.criterion);
const evidenceRows = async (journeyId: string) =>
  Number((await rawQuery<{ n: string }>('select count(*) n from evidence where journey_id = $1', [journeyId]))[0].n);

/**
 * Two livelihood tracks (issue 19; rules v5 graduation.byTrack): a vocational graduate in a wage job graduates
 * by months in work, a trader by a running business, each by their own criteria; through GraphQL only, on a
 * programme of its own on the training-sandbox v5 rules.
 */
describe('livelihood tracks: job and business graduates, each by their own criteria', () => {
  let app: AppHarness;
  let programmeId: string;
  beforeAll(async () => {
    app = await startAppHarness();
    programmeId = await tracksProgramme(app, randomUUID().slice(0, 8));
  });
  afterAll(async () => {
    await app?.stop();
  });

  /** A job seeker's journey through assessment and plan (track left to the proposal): in RE_EVALUATION. */
  async function jobSeekerAtReEvaluation() {
    const id = await enrol(app, programmeId);
    const planning = await must1(app, 'submitAssessment', id, jobSeekerAssessment());
    expect(planning.proposedTrack).toBe('JOB');
    expect(planning.track).toBeNull();
    const journey = await runPlan(app, id, planning);
    expect(journey).toMatchObject({ stage: 'RE_EVALUATION', track: 'JOB', rulesVersion: 5 });
    return journey;
  }

  it('graduates a wage earner without a business on the JOB track, and a follow-up records the work', async () => {
    const { id, journeyId } = await jobSeekerAtReEvaluation();
    const reEvaluation = {
      monthlyFamilyIncome: 3400000,
      regionalMinimumWage: UMK,
      mindsetChanged: true,
      employment: WAGE_JOB,
      business: NOT_RUNNING,
    };
    const reviewed = await must1(app, 'submitReEvaluation', id, reEvaluation);
    const [proposal] = reviewed.reEvaluations;
    expect(proposal).toMatchObject({ proposal: 'GRADUATE', businessRunning: false, inWork: true, monthsInWork: 4 });
    expect(proposal.criteria.map((c: { criterion: string }) => c.criterion)).toEqual([
      'INCOME_TO_MINIMUM_WAGE',
      'WELFARE_LEVEL',
      'MONTHS_IN_WORK',
      'MINDSET_CHANGED',
    ]);
    const graduated = await graduate(app, id);
    expect(graduated.stage).toBe('GRADUATED');

    // A bad follow-up (a wage for a person not in work) is refused with the stable code and changes nothing.
    const rowsBefore = await evidenceRows(journeyId);
    const followUp = { index: 0, monthlyFamilyIncome: 3500000, regionalMinimumWage: UMK };
    const bad = await send(app, 'recordFollowUp', id, {
      ...followUp,
      employment: { inWork: false, monthlyWage: 1500000 },
    });
    expect(codes(bad)).toEqual(['LIVELIHOOD_FACTS_INCONSISTENT']);
    expect(bad.errors![0].message).toContain('monthlyWage');
    expect((await readJourney(app, id)).seq).toBe(graduated.seq);
    expect(await evidenceRows(journeyId)).toBe(rowsBefore);

    const opensAt = Date.parse(graduated.followUps[0].opensAt);
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, opensAt - Date.now() + 250)));
    const work = {
      ...WAGE_JOB,
      employerKind: 'HOUSEHOLD',
      formality: 'INFORMAL',
      contractKind: 'NONE',
      monthsInWork: 5,
    };
    const recorded = await must1(app, 'recordFollowUp', id, { ...followUp, employment: work, business: NOT_RUNNING });
    expect(recorded.followUps[0]).toMatchObject({ inWork: true, monthsInWork: 5, businessRunning: false });
    const [row] = withForms(
      app,
      await rawQuery(
        `select payload, payload_sealed from evidence
          where journey_id = $1 and kind = 'FOLLOW_UP' and status = 'ACCEPTED'`,
        [journeyId],
      ),
    );
    expect(row.payload.employment).toEqual(work);
  }, 180_000);

  it('graduates a trader on the BUSINESS track by a running business', async () => {
    const id = await enrol(app, programmeId);
    const planning = await must1(app, 'submitAssessment', id, assessmentInput({ capital: true, market: true }));
    expect(planning.proposedTrack).toBe('BUSINESS');
    const journey = await runPlan(app, id, planning, 'BUSINESS');
    expect(journey.track).toBe('BUSINESS');
    const business = { running: true, kind: 'FOOD', monthlyRevenue: 4000000, workers: 1 };
    const reviewed = await must1(app, 'submitReEvaluation', id, {
      monthlyFamilyIncome: 3100000,
      regionalMinimumWage: UMK,
      mindsetChanged: true,
      business,
    });
    const [proposal] = reviewed.reEvaluations;
    expect(proposal).toMatchObject({ proposal: 'GRADUATE', businessRunning: true, inWork: null });
    expect(proposal.criteria.map((c: { criterion: string }) => c.criterion)).toContain('BUSINESS_RUNNING');
    expect(proposal.criteria.map((c: { criterion: string }) => c.criterion)).not.toContain('MONTHS_IN_WORK');
    const graduated = await graduate(app, id);
    expect(graduated.stage).toBe('GRADUATED');

    // The trader's follow-up: the business still runs, no wage job.
    const opensAt = Date.parse(graduated.followUps[0].opensAt);
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, opensAt - Date.now() + 250)));
    const recorded = await must1(app, 'recordFollowUp', id, {
      index: 0,
      monthlyFamilyIncome: 3300000,
      regionalMinimumWage: UMK,
      employment: { inWork: false },
      business: { ...business, workers: 2 },
    });
    expect(recorded.followUps[0]).toMatchObject({ inWork: false, monthsInWork: 0, businessRunning: true });
  }, 180_000);

  it('refuses a job-track person short of the months in work, and bad livelihood input changes nothing', async () => {
    const { id, journeyId, seq } = await jobSeekerAtReEvaluation();
    const rowsBefore = await evidenceRows(journeyId);
    const base = { monthlyFamilyIncome: 3400000, regionalMinimumWage: UMK, mindsetChanged: true };
    for (const facts of [
      { employment: { inWork: false, monthlyWage: 2000000 } },
      { employment: { inWork: true, employerKind: 'COMPANY', formality: 'FORMAL' } },
      { business: { running: false, monthlyRevenue: 500000 } },
      { businessRunning: true, business: NOT_RUNNING },
    ]) {
      const res = await send(app, 'submitReEvaluation', id, { ...base, ...facts }, FACILITATOR);
      expect(codes(res)).toEqual(['LIVELIHOOD_FACTS_INCONSISTENT']);
    }
    const unchanged = await readJourney(app, id);
    expect(unchanged).toMatchObject({ stage: 'RE_EVALUATION', seq, reEvaluations: [] });
    expect(await evidenceRows(journeyId)).toBe(rowsBefore);

    const reviewed = await must1(app, 'submitReEvaluation', id, {
      ...base,
      employment: { ...WAGE_JOB, monthsInWork: 2 },
    });
    const [proposal] = reviewed.reEvaluations;
    expect(reviewed.stage).toBe('GRADUATION_REVIEW');
    expect(proposal.proposal).toBe('NOT_YET');
    expect(failedCriteria(proposal)).toEqual(['MONTHS_IN_WORK']);
    const shown = proposal.criteria.find((c: { criterion: string }) => c.criterion === 'MONTHS_IN_WORK');
    expect(shown.detail).toContain('2 month(s)');
    expect(shown.detail).toContain('needs 3 or more');
  }, 180_000);

  it('measures income per capita when the rules say so; no household size, no assessment', async () => {
    const { programmeId: perCapita, reference } = await perCapitaProgramme(app, randomUUID().slice(0, 8));
    const id = await enrol(app, perCapita);
    const enrolled = await readJourney(app, id);
    const { household: _household, ...withoutHousehold } = jobSeekerAssessment();
    const refused = await send(app, 'submitAssessment', id, withoutHousehold);
    expect(codes(refused)).toEqual(['HOUSEHOLD_SIZE_REQUIRED']);
    expect(await readJourney(app, id)).toMatchObject({ stage: 'ENROLLED', seq: enrolled.seq, assessment: null });

    // Income per member against the UMK shared by the reference household, computed here from the form's figures.
    const perMember = (income: number, size: number) => Math.round((income / size / (UMK / reference)) * 1000) / 1000;
    const assessment = jobSeekerAssessment();
    const household = { size: 6, memberMonthlyIncomes: [1200000, 750000] };
    const income = { ...assessment.income, monthlyFamilyIncome: 1950000 };
    const planning = await must1(app, 'submitAssessment', id, { ...assessment, income, household });
    expect(planning.assessment.incomeToMinimumWageRatio).toBe(perMember(1950000, 6));

    // The re-evaluation gives no household size: the assessment's counts.
    await runPlan(app, id, planning);
    const reviewed = await must1(app, 'submitReEvaluation', id, {
      monthlyFamilyIncome: 4000000,
      regionalMinimumWage: UMK,
      mindsetChanged: true,
      employment: WAGE_JOB,
    });
    expect(reviewed.reEvaluations[0].incomeToMinimumWageRatio).toBe(perMember(4000000, 6));
  }, 180_000);

  it('counts people in work after the programme as the raw follow-up rows say', async () => {
    const res = await app.gql(
      `query($p: ID!) { programmeIndicators(programmeId: $p) { key numerator denominator value } }`,
      { p: programmeId },
      MANAGER,
    );
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    const figures = res.data!.programmeIndicators as { key: string; numerator: number; denominator: number }[];
    const figure = figures.find((f) => f.key === 'in_work_after_programme');

    // Oracle: each person's latest accepted follow-up form that recorded employment, read from the evidence rows.
    const rows = withForms(
      app,
      await rawQuery<{ journey_id: string; created_at: Date }>(
        `select v.journey_id, v.created_at, v.payload, v.payload_sealed
          from evidence v join journey j on j.id = v.journey_id
          where j.programme_id = $1 and v.kind = 'FOLLOW_UP' and v.status = 'ACCEPTED'`,
        [programmeId],
      ),
    );
    const latest = new Map<string, { at: number; inWork: boolean }>();
    for (const row of rows) {
      const employment = row.payload.employment as { inWork: boolean } | undefined;
      if (!employment) continue;
      const at = row.created_at.getTime();
      if ((latest.get(row.journey_id)?.at ?? -1) < at) latest.set(row.journey_id, { at, inWork: employment.inWork });
    }
    const people = [...latest.values()];
    expect(people.length).toBeGreaterThanOrEqual(2);
    expect(figure).toMatchObject({
      numerator: people.filter((p) => p.inWork).length,
      denominator: people.length,
    });
  });
});

import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startAppHarness, randomNik, type AppHarness, type Json } from '../support/app-harness';
import { ENROLL, enrolmentInput } from '../support/journey-graphql';
import { driveToReEvaluation, MANAGER, ok, reEvaluation, waitForStage } from '../support/journey-commands-graphql';
import { programmeOnDerivedRules } from '../support/programme-graphql';
import { addGroupMembers, createGroup } from '../support/group-graphql';
import { logframeFor } from '../../domain/indicator/logframe.registry';
import type { ProgrammeRules } from '../../domain/programme/programme-rules.types';
import { withForms } from '../support/sealed-forms';

const DAY_MS = 86_400_000;
const RULES_ID = `intensive-${randomUUID().slice(0, 8)}`;
const PROGRAMME = `intensive-programme-${randomUUID().slice(0, 8)}`;

/**
 * This file's rules, published as an admin would: training-sandbox v5 with the module delivery checks off (modules
 * run in seconds here) and one intensive cycle of about 26 s before the termination review, visits every 2.6 s with
 * 0.86 s of grace, alternatives answered within 2.6 s of the termination being communicated.
 */
const sandbox = JSON.parse(
  readFileSync(join(__dirname, '../../domain/programme/rules/training-sandbox-v5.json'), 'utf8'),
) as ProgrammeRules;
const RULES: ProgrammeRules = {
  ...sandbox,
  programmeRulesId: RULES_ID,
  version: 1,
  description: 'training-sandbox v5 with one short intensive cycle for the intensive-support e2e test',
  moduleDelivery: undefined,
  intensiveSupport: {
    ...sandbox.intensiveSupport,
    durationDays: 0.0003,
    visitEveryDays: 0.00003,
    visitGraceDays: 0.00001,
    cyclesBeforeTerminationReview: 1,
    alternativeAnswerDays: 0.00003,
  },
};
const thresholds = sandbox.intensiveSupport.significantChange!;
const after = (iso: string, days: number) => new Date(Date.parse(iso) + days * DAY_MS).toISOString();

const FIELDS = `stage status seq nextAction { action by dueAt } pendingCommunication
  decisions { kind at communicatedAt }
  overdue { kind key escalatedTo }
  reEvaluations { at evidenceId }
  intensiveCycles { cycle startedAt plannedEnd endedAt nextVisitExpectedAt visits { visitedAt kind evidenceId }
    measuredChange { significant from { at incomeToMinimumWageRatio } to { at incomeToMinimumWageRatio }
      dimensions { dimension from to change threshold significant } } }
  latestCycleChange { significant dimensions { dimension change } }
  termination { decidedAt answerDueAt measuredChange { significant } alternatives { alternative answer answeredAt } }
  graduationFollowThrough { followUpPlanRecordedAt mentoringVisitsPlanned nextMentoringVisitDueAt
    mentoringVisits { visitedAt kind } }
  alumniGroup { groupId kind name }`;

describe('intensive support and termination an auditor can follow; graduation that ends gradually', () => {
  let app: AppHarness;
  const sql = <T>(text: string, params: unknown[]): Promise<T> =>
    app.orm.em.fork().getConnection().execute(text, params) as unknown as Promise<T>;
  const read = async (id: string): Promise<Record<string, Json>> => {
    const res = await app.gql(`query($id: ID!) { journey(id: $id) { ${FIELDS} } }`, { id });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!.journey as Record<string, Json>;
  };
  const send = async (mutation: string, id: string, input: Record<string, unknown>, who = FACILITATOR_ID) => {
    const res = await app.gql(
      `mutation M($id: ID!, $key: String!, $input: ${INPUTS[mutation]}!) ` +
        `{ ${mutation}(journeyId: $id, idempotencyKey: $key, input: $input) { ${FIELDS} } }`,
      { id, key: `k-${randomUUID()}`, input },
      who,
    );
    return res;
  };
  const must = async (mutation: string, id: string, input: Record<string, unknown>, who = FACILITATOR_ID) => {
    const res = await send(mutation, id, input, who);
    if (res.errors) throw new Error(`${mutation}: ${JSON.stringify(res.errors)}`);
    return res.data![mutation] as Record<string, Json>;
  };
  const until = async (id: string, done: (j: Record<string, Json>) => boolean, ms = 30_000) => {
    const end = Date.now() + ms;
    for (;;) {
      const j = await read(id);
      if (done(j)) return j;
      if (Date.now() > end) throw new Error(`timed out; journey is ${JSON.stringify(j)}`);
      await new Promise((r) => setTimeout(r, 150));
    }
  };
  const enrol = async () => {
    const res = await app.gql(ENROLL, {
      input: enrolmentInput(randomNik(), { programmeId: PROGRAMME }),
      key: `enrol-${randomUUID()}`,
    });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!.enrollBeneficiary as { id: string; journeyId: string };
  };

  beforeAll(async () => {
    app = await startAppHarness();
    await programmeOnDerivedRules(app, {
      programmeId: PROGRAMME,
      rulesId: RULES_ID,
      derivesFrom: { rulesId: 'training-sandbox', version: 5 },
      document: JSON.parse(JSON.stringify(RULES)),
      reason: 'Short intensive cycle for the intensive-support end-to-end test',
      programme: { regionCodes: ['52'], logframe: logframeFor('training-sandbox') },
    });
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('visits, a missed visit escalated, a review with measured change, termination followed to an answer', async () => {
    const { id, journeyId } = await enrol();
    await driveToReEvaluation(app, id);
    await ok(app, 'submitReEvaluation', id, reEvaluation(false));
    await ok(app, 'decideGraduation', id, { decision: 'NOT_YET' }, MANAGER);
    await ok(app, 'recordCommunication', id, { decision: 'NOT_YET', channel: 'HOME_VISIT', summary: 'Belum lulus' });
    await ok(app, 'recordNotGraduatedEvaluation', id, {
      causes: ['Modal habis'],
      beneficiaryInput: 'Perlu pendampingan',
      recommendations: 'Kunjungan mingguan',
    });
    await ok(app, 'startIntensiveSupport', id, { actionPlan: 'Catat penjualan harian' });

    // A visit dated before the cycle is refused with its code and changes nothing.
    const before = await read(id);
    const cycle = (before.intensiveCycles as { startedAt: string }[])[0];
    const early = await send('recordIntensiveVisit', id, {
      visitedAt: after(cycle.startedAt, -1),
      kind: 'HOME_VISIT',
      agreed: 'x',
    });
    expect(early.errors?.[0].extensions?.code).toBe('VISIT_DATE_OUT_OF_CYCLE');
    expect((await read(id)).seq).toBe(before.seq);

    // A visit in the cycle: kept, what was agreed sealed at rest, the next visit due from it.
    const agreed = `Jual di pasar Sabtu ${randomUUID()}`;
    const visitedAt = new Date().toISOString();
    const visited = await must('recordIntensiveVisit', id, { visitedAt, kind: 'HOME_VISIT', agreed });
    const visits = (visited.intensiveCycles as { visits: { visitedAt: string; evidenceId: string }[] }[])[0].visits;
    expect(visits.map((v) => v.visitedAt)).toEqual([visitedAt]);
    const { visitEveryDays, visitGraceDays = 0, alternativeAnswerDays = 0 } = RULES.intensiveSupport;
    const stored = await sql<Record<string, unknown>[]>(`select * from evidence where id = ?`, [visits[0].evidenceId]);
    expect(JSON.stringify(stored[0])).not.toContain(agreed);
    expect(stored[0].payload_sealed).toMatch(/^enc:/);
    expect(withForms(app, stored)[0].payload.agreedSealed).toMatch(/^enc:/);
    // Told, the journey waits for the next visit, due when it would be overdue.
    const told1 = await ok(app, 'recordCommunication', id, {
      decision: 'INTENSIVE_SUPPORT',
      channel: 'HOME_VISIT',
      summary: 'Pendampingan intensif dimulai',
    });
    expect(told1.nextAction).toEqual({
      action: 'recordIntensiveVisit',
      by: 'facilitator',
      dueAt: after(visitedAt, visitEveryDays + visitGraceDays),
    });

    // No visit after it: overdue, then up the ladder to the manager, one notification per rung.
    const escalated = await until(id, (j) => (j.overdue as { escalatedTo: string }[])[0]?.escalatedTo === 'MANAGER');
    const overdue = (escalated.overdue as { kind: string; key: string }[])[0];
    expect(overdue.kind).toBe('INTENSIVE_VISIT');
    const notes = await sql<{ kind: string; reason: string }[]>(
      `select kind, reason from notification where journey_id = ? and data->>'key' = ? order by created_at`,
      [journeyId, overdue.key],
    );
    expect(notes).toEqual([
      { kind: 'ESCALATE_TO_FACILITATOR', reason: 'INTENSIVE_VISIT overdue' },
      { kind: 'ESCALATE_TO_COORDINATOR', reason: 'INTENSIVE_VISIT overdue' },
      { kind: 'ESCALATE_TO_MANAGER', reason: 'INTENSIVE_VISIT overdue' },
    ]);
    const caughtUp = await must('recordIntensiveVisit', id, {
      visitedAt: new Date().toISOString(),
      kind: 'PHONE',
      agreed: 'Telepon',
    });
    expect(caughtUp.overdue).toEqual([]);

    // The cycle ends; the review measures the change against the raw forms and the rules' thresholds.
    await waitForStage(app, id, 'RE_EVALUATION', 60_000);
    const reviewed = await must('submitReEvaluation', id, { ...reEvaluation(false), monthlyFamilyIncome: 1_100_000 });
    const forms = withForms(
      app,
      await sql<Record<string, unknown>[]>(
        `select payload, payload_sealed from evidence
          where journey_id = ? and kind = 'RE_EVALUATION' order by created_at`,
        [journeyId],
      ),
    ).map((f) => f.payload as { monthlyFamilyIncome: number; regionalMinimumWage: number });
    const [start, review] = forms.map((f) => f.monthlyFamilyIncome / f.regionalMinimumWage);
    const change = (reviewed.intensiveCycles as { measuredChange: Record<string, Json> }[])[0].measuredChange;
    const income = (change.dimensions as { dimension: string; change: number; threshold: number }[])[0];
    expect(income.dimension).toBe('INCOME');
    expect(income.change).toBeCloseTo(review - start, 2);
    expect(income.threshold).toBe(thresholds.minIncomeRatioRise);
    expect(change.significant).toBe(review - start >= thresholds.minIncomeRatioRise);
    expect(change.significant).toBe(false);
    expect(reviewed.latestCycleChange).toEqual({
      significant: false,
      dimensions: (change.dimensions as { dimension: string; change: number }[]).map(({ dimension, change: c }) => ({
        dimension,
        change: c,
      })),
    });

    // The termination review, the decision showing the measurement, alternatives followed to an answer.
    const review1 = await ok(app, 'decideGraduation', id, { decision: 'NOT_YET' }, MANAGER);
    expect(review1.stage).toBe('TERMINATION_REVIEW');
    await ok(app, 'recordCommunication', id, { decision: 'NOT_YET', channel: 'HOME_VISIT', summary: 'Belum ada' });
    const decided = await must(
      'decideTermination',
      id,
      { decision: 'TERMINATE', reason: 'Tidak ada perubahan berarti', alternatives: ['REFERRAL', 'OTHER_PROGRAMME'] },
      MANAGER,
    );
    expect(decided.termination).toMatchObject({
      measuredChange: { significant: false },
      answerDueAt: null,
      alternatives: [
        { alternative: 'REFERRAL', answer: null, answeredAt: null },
        { alternative: 'OTHER_PROGRAMME', answer: null, answeredAt: null },
      ],
    });
    const told = await must('recordCommunication', id, {
      decision: 'TERMINATE',
      channel: 'FACE_TO_FACE',
      summary: 'Bantuan dihentikan; alternatif ditawarkan',
    });
    const communicatedAt = (told.decisions as { kind: string; communicatedAt: string }[]).find(
      (d) => d.kind === 'TERMINATE',
    )!.communicatedAt;
    expect(told).toMatchObject({ stage: 'TERMINATED', status: 'ACTIVE' });
    expect((told.termination as { answerDueAt: string }).answerDueAt).toBe(
      after(communicatedAt, alternativeAnswerDays),
    );
    expect(told.nextAction).toMatchObject({ action: 'recordTerminationAlternativeAnswer', by: 'facilitator' });
    const unknown = await send('recordTerminationAlternativeAnswer', id, {
      alternative: 'SOCIAL_ASSISTANCE',
      answer: 'ACCEPTED',
    });
    expect(unknown.errors?.[0].extensions?.code).toBe('UNKNOWN_ALTERNATIVE');

    const late = await until(id, (j) => (j.overdue as { kind: string }[]).some((o) => o.kind === 'ALTERNATIVE_ANSWER'));
    expect(late.status).toBe('ACTIVE');
    await must('recordTerminationAlternativeAnswer', id, {
      alternative: 'REFERRAL',
      answer: 'ACCEPTED',
      note: 'Ke BLK',
    });
    const closed = await must('recordTerminationAlternativeAnswer', id, {
      alternative: 'OTHER_PROGRAMME',
      answer: 'DECLINED',
    });
    expect(closed).toMatchObject({ stage: 'TERMINATED', status: 'CLOSED', overdue: [] });
    expect((closed.termination as { alternatives: Json[] }).alternatives).toEqual([
      { alternative: 'REFERRAL', answer: 'ACCEPTED', answeredAt: expect.any(String) },
      { alternative: 'OTHER_PROGRAMME', answer: 'DECLINED', answeredAt: expect.any(String) },
    ]);

    // An auditor reads the decision in the journey's history with the measurement and the alternatives it offered.
    const history = await app.gql(
      `query($id: ID!) { journeyHistory(journeyId: $id, first: 1000) ` +
        '{ edges { node { source kind name reason after } } } }',
      { id },
      { user: 'auditor-1', role: 'auditor' },
    );
    if (history.errors) throw new Error(JSON.stringify(history.errors));
    type Row = {
      source: string;
      kind: string;
      name: string;
      reason: string | null;
      after: { events?: { type: string; data: Json }[] };
    };
    const rows = (history.data!.journeyHistory as { edges: { node: Row }[] }).edges.map((e) => e.node);
    const decision = rows.find(
      (r) => r.source === 'AUDIT_LOG' && r.kind === 'JOURNEY_EVENT' && r.name === 'decideTermination',
    )!;
    expect(decision.reason).toBe('Tidak ada perubahan berarti');
    expect(decision.after.events?.find((e) => e.type === 'TERMINATION_DECIDED')?.data).toMatchObject({
      decision: 'TERMINATE',
      alternatives: ['REFERRAL', 'OTHER_PROGRAMME'],
      measuredChange: { significant: false, dimensions: change.dimensions },
    });
  }, 240_000);

  it("a graduate's follow-up plan, tapering mentoring visits and the alumni group", async () => {
    const { id, journeyId } = await enrol();
    await driveToReEvaluation(app, id);
    await ok(app, 'submitReEvaluation', id, reEvaluation(true));
    await ok(app, 'decideGraduation', id, { decision: 'GRADUATE' }, MANAGER);
    const graduated = await must('recordCommunication', id, {
      decision: 'GRADUATE',
      channel: 'FACE_TO_FACE',
      summary: 'Lulus',
    });
    expect(graduated.nextAction).toEqual({ action: 'recordFollowUpPlan', by: 'facilitator', dueAt: null });
    const graduatedAt = (graduated.decisions as { kind: string; at: string }[]).find((d) => d.kind === 'GRADUATE')!.at;

    const planned = await must('recordFollowUpPlan', id, {
      goals: ['Warung buka setiap hari'],
      supports: ['Akses KUR'],
      dates: ['Maret 2027'],
    });
    const intervals = RULES.graduationMentoring!.visitIntervalsDays;
    expect(planned.graduationFollowThrough).toMatchObject({
      followUpPlanRecordedAt: expect.any(String),
      mentoringVisitsPlanned: intervals.length,
      nextMentoringVisitDueAt: after(graduatedAt, intervals[0]),
      mentoringVisits: [],
    });
    let last = graduatedAt;
    for (let i = 0; i < 2; i++) {
      const visitedAt = new Date().toISOString();
      const visited = await must('recordMentoringVisit', id, { visitedAt, kind: 'HOME_VISIT', notes: 'Cek usaha' });
      last = visitedAt;
      expect((visited.graduationFollowThrough as { nextMentoringVisitDueAt: string }).nextMentoringVisitDueAt).toBe(
        after(last, intervals[i + 1]),
      );
    }

    const alumni = (await createGroup(app, {
      programmeId: PROGRAMME,
      kind: 'ALUMNI_GROUP',
      name: 'Ikatan Alumni',
      formedOn: new Date().toISOString().slice(0, 10),
    })) as { id: string; groupId: string };
    const joined = await addGroupMembers(app, alumni.id, [
      { journeyId, joinedOn: new Date().toISOString().slice(0, 10) },
    ]);
    expect(joined.members[0]).toMatchObject({ applied: true });
    expect((await read(id)).alumniGroup).toEqual({
      groupId: alumni.groupId,
      kind: 'ALUMNI_GROUP',
      name: 'Ikatan Alumni',
    });
  }, 180_000);
});

const FACILITATOR_ID = { user: 'facilitator-1', role: 'facilitator' };
const INPUTS: Record<string, string> = {
  recordIntensiveVisit: 'RecordIntensiveVisitInput',
  recordTerminationAlternativeAnswer: 'TerminationAlternativeAnswerInput',
  recordFollowUpPlan: 'FollowUpPlanInput',
  recordMentoringVisit: 'RecordMentoringVisitInput',
  decideTermination: 'DecideTerminationInput',
  recordCommunication: 'RecordCommunicationInput',
  submitReEvaluation: 'ReEvaluationInput',
};

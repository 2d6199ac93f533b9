import { randomUUID } from 'node:crypto';
import {
  authHeaders,
  randomNik,
  startAppHarness,
  type AppHarness,
  type GqlResult,
  type TestIdentity,
} from '../support/app-harness';
import { ENROLL, enrolmentInput } from '../support/journey-graphql';
import { assessmentInput, MANAGER, ok } from '../support/journey-commands-graphql';
import { mondayOf, sundayOf } from '../../domain/report/weekly-narrative.rules';

/**
 * The facilitator's weekly report end to end, through GraphQL only: a facilitator records their weekly narrative,
 * reads their caseload figures, requests the WEEKLY_FACILITATOR report (limited to their own caseload), downloads
 * it and finds their narrative and figures in it, and no other facilitator's; another caseload is refused.
 */
const codeOf = (res: GqlResult) => res.errors?.[0]?.extensions?.code;
const NARRATIVE = `mutation($input: RecordWeeklyNarrativeInput!, $key: String!) {
  recordWeeklyNarrative(input: $input, idempotencyKey: $key) {
    id facilitatorId programmeId weekOf weekEnds fieldConstraints participantFeedback nextWeekPlan lessonsLearned
    revision } }`;
const FIGURES = `query($p: ID!, $from: LocalDate!, $to: LocalDate!, $f: ID) {
  myCaseloadFigures(programmeId: $p, from: $from, to: $to, facilitatorId: $f) {
    facilitatorId journeys overdueSteps overdue { kind steps } sessionsHeld attendance { present partial absent }
    attendanceRate visitsMade visits { intensive mentoring homeVisits } } }`;
const JOB = 'id reportJobId status url error facilitatorId';
const REQUEST = `mutation($input: RequestReportInput!, $key: String!) {
  requestReport(input: $input, idempotencyKey: $key) { ${JOB} } }`;
const POLL = `query($id: ID!) { reportJob(id: $id) { ${JOB} } }`;
const JOBS = `query { reportJobs(first: 200) { reportJobId facilitatorId } }`;

describe("facilitators' weekly report", () => {
  let app: AppHarness;
  const run = randomUUID().slice(0, 8);
  const facA = { user: `fac-wk-a-${run}`, role: 'facilitator', programmes: ['default'], regions: ['52'] };
  const facB = { user: `fac-wk-b-${run}`, role: 'facilitator', programmes: ['default'], regions: ['52'] };
  const weekOf = mondayOf(new Date().toISOString());
  const narrative = (who: string) => ({
    programmeId: 'default',
    weekOf,
    fieldConstraints: `Flooded road to the hamlet ${who}`,
    participantFeedback: `Participants asked for evening sessions ${who}`,
    nextWeekPlan: `Visit the weaving group ${who}`,
    lessonsLearned: `Meet at the mosque hall ${who}`,
  });
  const report = (format: string, extra: Record<string, unknown> = {}) => ({
    type: 'WEEKLY_FACILITATOR',
    programmeId: 'default',
    from: weekOf,
    to: sundayOf(weekOf),
    format,
    locale: 'en',
    ...extra,
  });
  async function finished(id: string, who: TestIdentity): Promise<Record<string, unknown>> {
    const deadline = Date.now() + 90_000;
    for (;;) {
      const job = (await app.gql(POLL, { id }, who)).data!.reportJob as Record<string, unknown>;
      if (job.status === 'DONE' || job.status === 'FAILED' || Date.now() > deadline) return job;
      await new Promise((r) => setTimeout(r, 300));
    }
  }
  const download = async (url: string, who: TestIdentity) =>
    (await fetch(`${app.api.url}${url}`, { headers: await authHeaders(who) })).text();

  beforeAll(async () => {
    app = await startAppHarness();
    for (const who of [facA, facB]) {
      const res = await app.gql(`mutation($i: AssignStaffInput!) { assignStaff(input: $i) { userId } }`, {
        i: { userId: who.user, role: 'FACILITATOR', programmeId: 'default', regionCodes: ['52'], reason: 'field' },
      });
      if (res.errors) throw new Error(JSON.stringify(res.errors));
    }
    const enrolled = await app.gql(ENROLL, {
      input: enrolmentInput(randomNik(), { facilitatorId: facA.user }),
      key: `wk-${randomUUID()}`,
    });
    if (enrolled.errors) throw new Error(JSON.stringify(enrolled.errors));
    const id = enrolled.data!.enrollBeneficiary.journeyId as string;
    const planning = await ok(app, 'submitAssessment', id, assessmentInput(), facA);
    const journey = await ok(app, 'approvePlan', id, { modules: planning.proposedModules }, MANAGER);
    const moduleId = journey.modules[0].moduleId;
    const at = new Date().toISOString();
    await ok(app, 'scheduleSession', id, { moduleId, sessionId: 's1', sessionType: 'THEORY', scheduledAt: at }, facA);
    await ok(app, 'recordAttendance', id, { moduleId, sessionId: 's1', status: 'PRESENT', heldAt: at }, facA);
  });
  afterAll(() => app?.stop());

  it('records one narrative per facilitator and week: a retry answers it, another key replaces it', async () => {
    const key = `wk-${randomUUID()}`;
    const first = await app.gql(NARRATIVE, { input: narrative('draft'), key }, facA);
    expect(first.errors).toBeUndefined();
    expect(first.data!.recordWeeklyNarrative).toMatchObject({ facilitatorId: facA.user, weekOf, revision: 1 });
    const retry = await app.gql(NARRATIVE, { input: narrative('draft'), key }, facA);
    expect(retry.data!.recordWeeklyNarrative).toMatchObject({ revision: 1 });
    const replaced = await app.gql(NARRATIVE, { input: narrative('A'), key: `wk-${randomUUID()}` }, facA);
    expect(replaced.data!.recordWeeklyNarrative).toMatchObject({
      id: first.data!.recordWeeklyNarrative.id,
      fieldConstraints: 'Flooded road to the hamlet A',
      revision: 2,
    });
    const other = await app.gql(NARRATIVE, { input: narrative('B'), key: `wk-${randomUUID()}` }, facB);
    expect(other.errors).toBeUndefined();
  });

  it('refuses a week that is not a Monday, a future week, or an empty text, and changes nothing', async () => {
    const next = sundayOf(sundayOf(weekOf)).slice(0, 10); // a day of a later week
    const tuesday = new Date(Date.parse(`${weekOf}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const future = mondayOf(next);
    for (const [input, code] of [
      [{ ...narrative('x'), weekOf: tuesday }, 'WEEK_NOT_VALID'],
      [{ ...narrative('x'), weekOf: future }, 'WEEK_NOT_VALID'],
      [{ ...narrative('x'), nextWeekPlan: '  ' }, 'VALIDATION_FAILED'],
    ] as const) {
      expect(codeOf(await app.gql(NARRATIVE, { input, key: `wk-${randomUUID()}` }, facA))).toBe(code);
    }
    expect(codeOf(await app.gql(NARRATIVE, { input: narrative('m'), key: `wk-${randomUUID()}` }, MANAGER))).toBe(
      'FORBIDDEN',
    );
    // Nothing refused was recorded: the narrative is still at revision 2 with its texts.
    const again = await app.gql(NARRATIVE, { input: narrative('A'), key: `wk-${randomUUID()}` }, facA);
    expect(again.data!.recordWeeklyNarrative).toMatchObject({ revision: 3, nextWeekPlan: 'Visit the weaving group A' });
  });

  it("shows a facilitator their own caseload figures, and refuses another facilitator's", async () => {
    const vars = { p: 'default', from: weekOf, to: sundayOf(weekOf) };
    const mine = await app.gql(FIGURES, vars, facA);
    expect(mine.errors).toBeUndefined();
    expect(mine.data!.myCaseloadFigures).toMatchObject({
      facilitatorId: facA.user,
      journeys: 1,
      sessionsHeld: 1,
      attendance: { present: 1, partial: 0, absent: 0 },
      attendanceRate: 100,
      visitsMade: 0,
    });
    expect(codeOf(await app.gql(FIGURES, { ...vars, f: facB.user }, facA))).toBe('NOT_YOUR_CASELOAD');
    const asManager = await app.gql(FIGURES, { ...vars, f: facA.user }, MANAGER);
    expect(asManager.data!.myCaseloadFigures).toMatchObject({ journeys: 1, sessionsHeld: 1 });
  });

  it('lets a facilitator request and download the weekly report of their own caseload and narrative', async () => {
    const requested = await app.gql(REQUEST, { input: report('HTML'), key: `wk-${randomUUID()}` }, facA);
    expect(requested.errors).toBeUndefined();
    expect(requested.data!.requestReport).toMatchObject({ facilitatorId: facA.user });
    const done = await finished(requested.data!.requestReport.id as string, facA);
    expect(done).toMatchObject({ status: 'DONE', error: null });
    const html = await download(done.url as string, facA);
    for (const text of Object.values(narrative('A')).slice(2)) expect(html).toContain(text);
    expect(html).toContain('Sessions held');
    expect(html).not.toContain('hamlet B');
    expect(html).not.toContain(facB.user);

    const csvJob = await app.gql(REQUEST, { input: report('CSV'), key: `wk-${randomUUID()}` }, facA);
    const csvDone = await finished(csvJob.data!.requestReport.id as string, facA);
    const csv = await download(csvDone.url as string, facA);
    expect(csv).toContain('Sessions held,Sessions held,1\r\n');
    expect(csv).toContain('Attendance rate,Attendance rate,100\r\n');

    // Another facilitator neither lists nor reads it.
    const listed = (await app.gql(JOBS, {}, facB)).data!.reportJobs as { reportJobId: string }[];
    expect(listed.map((j) => j.reportJobId)).not.toContain(done.reportJobId);
    expect(codeOf(await app.gql(POLL, { id: done.id }, facB))).toBe('FORBIDDEN');
  });

  it("refuses a facilitator another caseload's report, or another report type", async () => {
    const other = await app.gql(
      REQUEST,
      { input: report('HTML', { facilitatorId: facB.user }), key: `wk-${randomUUID()}` },
      facA,
    );
    expect(codeOf(other)).toBe('NOT_YOUR_CASELOAD');
    const monthly = await app.gql(
      REQUEST,
      { input: { ...report('HTML'), type: 'MONTHLY_PROGRESS' }, key: `wk-${randomUUID()}` },
      facA,
    );
    expect(codeOf(monthly)).toBe('FORBIDDEN');
  });

  it('gathers the weekly lessons learned and field constraints into the monthly report', async () => {
    const requested = await app.gql(
      REQUEST,
      {
        input: { ...report('HTML'), type: 'MONTHLY_PROGRESS', regionPrefix: '52' },
        key: `wk-${randomUUID()}`,
      },
      MANAGER,
    );
    expect(requested.errors).toBeUndefined();
    const done = await finished(requested.data!.requestReport.id as string, MANAGER);
    expect(done).toMatchObject({ status: 'DONE' });
    const html = await download(done.url as string, MANAGER);
    expect(html).toContain('Activities carried out');
    expect(html).toContain('Meet at the mosque hall A');
    expect(html).toContain('Flooded road to the hamlet A');
  });
});

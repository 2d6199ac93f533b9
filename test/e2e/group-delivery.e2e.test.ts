import { randomUUID } from 'node:crypto';
import { logframeFor } from '../../domain/indicator/logframe.registry';
import { getProgrammeRules } from '../../domain/programme/programme-rules.registry';
import type { ProgrammeRules } from '../../domain/programme/programme-rules.types';
import { authHeaders, MANAGER, randomNik, startAppHarness, type AppHarness, type Json } from '../support/app-harness';
import { deliveryFromRawRows, rawShare } from '../support/delivery-oracle';
import { addGroupMembers, createGroup } from '../support/group-graphql';
import { groupSessionInput, recordGroupAttendance, scheduleGroupSession } from '../support/group-session-graphql';
import { assessmentInput, ok } from '../support/journey-commands-graphql';
import { ENROLL, enrolmentInput } from '../support/journey-graphql';
import { programmeOnDerivedRules } from '../support/programme-graphql';

const suffix = randomUUID().slice(0, 8);
const PROGRAMME = `gdelivery-${suffix}`;
const RULES_ID = `gdelivery-rules-${suffix}`;
/** Default v4 (tolerance 10 points) flagging, not refusing, sessions outside their hours and early completion. */
const RULES: ProgrammeRules = {
  ...(JSON.parse(JSON.stringify(getProgrammeRules('default', 4))) as ProgrammeRules),
  programmeRulesId: RULES_ID,
  version: 1,
  moduleDelivery: { minimumDuration: 'FLAG', hoursPerSession: 'FLAG', mixTolerancePoints: 10 },
};
/** CAPITAL_ACCESS: 4 sessions planned, 3-4 hours each, 12-24 in all, at least 2 months; 20/50/30. */
const PERCENT: Record<string, number> = { THEORY: 20, FACILITATION: 50, GUIDANCE: 30 };
const DAY = 86_400_000;
const T0 = Date.now();
const at = (offset: number) => new Date(T0 + offset * DAY).toISOString();
const day = (offset: number) => at(offset).slice(0, 10);
const DELIVERY = `delivery { sessionsScheduled sessionsHeld hoursHeld hoursScheduled heldWithoutHours
  sessionsOutsideHours { sessionId durationHours check } totalHours { min max } totalHoursCheck mixBasis
  mix { sessionType templatePercent sessionsHeld hoursHeld sharePercent deviationPoints outsideTolerance }
  mixOutsideTolerance minimumDurationDays earliestCompletion completedEarly }`;
const GROUPS = `query($programmeId: ID!) {
  groups(programmeId: $programmeId) { edges { node { groupId kind ${DELIVERY} } } } }`;
const REQUEST =
  'mutation($input: RequestReportInput!, $key: String!) { requestReport(input: $input, idempotencyKey: $key) { id } }';

/**
 * A learning group's delivery and the reports' module delivery section over HTTP on the real servers: three
 * members take CAPITAL_ACCESS together (three group sessions held, one still to come), one of them holds a session
 * of their own and completes the module early (flagged), another journey takes it alone. Group.delivery counts each
 * group session once; the quarterly report's section is checked against the raw rows (test/support/delivery-oracle).
 */
describe("a learning group's delivery, and module delivery in the reports", () => {
  let app: AppHarness;
  let learning: Json;
  const held: Record<string, string> = {};

  async function inIntervention(): Promise<{ journeyId: string; moduleId: string }> {
    const res = await app.gql(ENROLL, {
      input: enrolmentInput(randomNik(), { programmeId: PROGRAMME }),
      key: `enrol-${randomUUID()}`,
    });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    const journeyId = res.data!.enrollBeneficiary.journeyId as string;
    const planning = await ok(app, 'submitAssessment', journeyId, assessmentInput({ capital: true }));
    const running = await ok(app, 'approvePlan', journeyId, { modules: planning.proposedModules }, MANAGER);
    return { journeyId, moduleId: running.modules[0].moduleId as string };
  }

  async function holdAlone(journeyId: string, moduleId: string, sessionType: string, offset: number) {
    const sessionId = `own-${sessionType}`;
    await ok(app, 'scheduleSession', journeyId, {
      moduleId,
      sessionId,
      sessionType,
      scheduledAt: at(offset),
      durationHours: 3,
    });
    await ok(app, 'recordAttendance', journeyId, { moduleId, sessionId, status: 'PRESENT', heldAt: at(offset) });
  }

  beforeAll(async () => {
    app = await startAppHarness();
    await programmeOnDerivedRules(app, {
      programmeId: PROGRAMME,
      rulesId: RULES_ID,
      derivesFrom: { rulesId: 'default', version: 4 },
      document: RULES,
      reason: 'Delivery deviations are flagged, not refused',
      programme: { regionCodes: ['52'], logframe: logframeFor('default') },
    });

    const [m1, m2, m3, solo] = await Promise.all([1, 2, 3, 4].map(() => inIntervention()));
    const place = { programmeId: PROGRAMME, regionCode: '52.71', formedOn: day(-50) };
    learning = await createGroup(app, { ...place, kind: 'LEARNING_GROUP', moduleTemplateId: 'CAPITAL_ACCESS' });
    await createGroup(app, { ...place, name: 'KUBE Mawar' }); // a business group: no delivery
    const joined = await addGroupMembers(
      app,
      learning.id as string,
      [m1, m2, m3].map((m) => ({ journeyId: m.journeyId, joinedOn: day(-50) })),
    );
    expect(joined.members.every((m) => m.applied)).toBe(true);

    // Theory 3 h, facilitation 4 h and 5 h (above the template's 3-4: flagged), held; guidance 3 h to come.
    const sessions: [string, number, number][] = [
      ['THEORY', 3, -40],
      ['FACILITATION', 4, -30],
      ['FACILITATION', 5, -20],
      ['GUIDANCE', 3, 2],
    ];
    for (const [sessionType, durationHours, offset] of sessions) {
      const input = groupSessionInput(learning.id as string, at(offset), { sessionType, durationHours });
      const res = await scheduleGroupSession(app, input);
      if (res.errors) throw new Error(JSON.stringify(res.errors));
      const id = res.data!.scheduleGroupSession.session.id as string;
      if (offset > 0) continue;
      const statuses = ['PRESENT', offset === -30 ? 'PARTIAL' : 'PRESENT', offset === -30 ? 'ABSENT' : 'PRESENT'];
      const entries = [m1, m2, m3].map((m, i) => ({ journeyId: m.journeyId, status: statuses[i] }));
      const recorded = await recordGroupAttendance(app, id, at(offset), entries);
      if (recorded.errors) throw new Error(JSON.stringify(recorded.errors));
      held[`${sessionType}${durationHours}`] = id;
    }
    // m1's fourth session is their own: the module's 4 sessions are held; evaluated now, 40 days after it started.
    await holdAlone(m1.journeyId, m1.moduleId, 'GUIDANCE', -10);
    const done = await ok(app, 'recordModuleEvaluation', m1.journeyId, {
      moduleId: m1.moduleId,
      preScore: 40,
      postScore: 75,
      assignmentResult: 'PASSED',
    });
    expect(done.stage).toBe('RE_EVALUATION');
    await holdAlone(solo.journeyId, solo.moduleId, 'THEORY', -15);
  }, 300_000);
  afterAll(() => app?.stop());

  it('shows a learning group its sessions against the template, each once; other kinds none', async () => {
    const res = await app.gql(GROUPS, { programmeId: PROGRAMME }, MANAGER);
    expect(res.errors).toBeUndefined();
    const nodes = (res.data!.groups.edges as Json[]).map((e) => e.node);
    expect(nodes.find((n) => n.kind === 'BUSINESS_GROUP')!.delivery).toBeNull();
    const delivery = nodes.find((n) => n.groupId === learning.groupId)!.delivery;
    expect(delivery).toEqual({
      sessionsScheduled: 4,
      sessionsHeld: 3,
      hoursHeld: 12,
      hoursScheduled: 15,
      heldWithoutHours: 0,
      sessionsOutsideHours: [{ sessionId: held.FACILITATION5, durationHours: 5, check: 'ABOVE' }],
      totalHours: { min: 12, max: 24 },
      totalHoursCheck: 'WITHIN',
      mixBasis: 'HOURS',
      mix: [
        row('THEORY', 1, 3, 25, 5, false),
        row('FACILITATION', 2, 9, 75, 25, true),
        row('GUIDANCE', 0, 0, 0, -30, true),
      ],
      mixOutsideTolerance: true,
      minimumDurationDays: 60,
      earliestCompletion: new Date(Date.parse(at(-40)) + 60 * DAY).toISOString(),
      completedEarly: true, // m1's module, which took the group's sessions
    });
  });

  it("puts each template's delivery in the quarterly report, as the raw rows give it", async () => {
    const from = day(-60);
    const to = day(0);
    const input = { type: 'QUARTERLY_PROGRESS', programmeId: PROGRAMME, from, to, format: 'CSV', locale: 'en' };
    const requested = await app.gql(REQUEST, { input, key: `report-${randomUUID()}` }, MANAGER);
    expect(requested.errors).toBeUndefined();
    const id = requested.data!.requestReport.id as string;
    let job: { status: string; url: string | null } = { status: 'QUEUED', url: null };
    for (const deadline = Date.now() + 120_000; !['DONE', 'FAILED'].includes(job.status) && Date.now() < deadline;) {
      await new Promise((r) => setTimeout(r, 500));
      job = (await app.gql('query($id: ID!) { reportJob(id: $id) { status url } }', { id }, MANAGER)).data!.reportJob;
    }
    expect(job.status).toBe('DONE');
    const csv = await (await fetch(`${app.api.url}${job.url}`, { headers: await authHeaders(MANAGER) })).text();
    const line = (code: string) =>
      csv
        .split('\r\n')
        .find((l) => l.startsWith(`${code},`))!
        .split(',');

    const raw = (await deliveryFromRawRows(PROGRAMME, from, to)).get('CAPITAL_ACCESS')!;
    // Three group sessions (once each, not once per member), m1's and the solo journey's own: 18 hours.
    expect([raw.sessions, raw.hours, raw.completed, raw.completedEarly]).toEqual([5, 18, 1, 1]);
    const outside = raw.durations.filter((h) => h !== null && (h < 3 || h > 4)).length; // the 5-hour session
    expect(outside).toBe(1);
    const beyond = Object.keys(PERCENT).filter((t) => Math.abs(rawShare(raw, t) - PERCENT[t]) > 10).length;
    expect(line('CAPITAL_ACCESS')).toEqual(
      ['CAPITAL_ACCESS', 'Capital access', raw.sessions, raw.hours, raw.withoutHours, outside, 'Hours', beyond]
        .concat([raw.completed, raw.completedEarly])
        .map(String),
    );
    for (const type of Object.keys(PERCENT)) {
      const [, module, , templateShare, sessions, hours, share, deviation, flag] = line(`CAPITAL_ACCESS:${type}`);
      const t = raw.byType.get(type) ?? { sessions: 0, hours: 0 };
      const expected = rawShare(raw, type);
      expect([module, Number(templateShare), Number(sessions), Number(hours)]).toEqual([
        'Capital access',
        PERCENT[type] / 100,
        t.sessions,
        t.hours,
      ]);
      expect(Number(share)).toBeCloseTo(expected / 100, 4);
      expect(Number(deviation)).toBeCloseTo(expected - PERCENT[type], 2);
      expect(flag).toBe(Math.abs(expected - PERCENT[type]) > 10 ? 'Yes' : 'No');
    }
  });
});

function row(type: string, sessions: number, hours: number, share: number, deviation: number, outside: boolean) {
  return {
    sessionType: type,
    templatePercent: PERCENT[type],
    sessionsHeld: sessions,
    hoursHeld: hours,
    sharePercent: share,
    deviationPoints: deviation,
    outsideTolerance: outside,
  };
}

import { randomUUID } from 'node:crypto';
import { startApi } from '../../api/server';
import { createLogger } from '../../config/logger';
import { randomNik, startAppHarness, type AppHarness, type Json } from '../support/app-harness';
import { ENROLL, enrolmentInput } from '../support/journey-graphql';
import { assessmentInput, MANAGER, ok } from '../support/journey-commands-graphql';
import { csvLine, csvOf } from '../support/bulk-graphql';
import { START_IMPORT } from '../support/enrolment-import-graphql';
import {
  CASELOAD,
  codesOf,
  IMPORT_CHANGED,
  JOURNEY_CHANGED,
  liveConnections,
  REPORT_CHANGED,
  subscribed,
} from '../support/live-client';

/**
 * Live updates end to end: real API (graphql-ws on its port), worker, PostgreSQL and Temporal. A
 * facilitator's screens learn of committed steps without polling, and never of a journey outside
 * their scope (refusals and tokens: live-refusals.e2e.test.ts).
 */
const JOURNEY = JOURNEY_CHANGED;
const REPORT = REPORT_CHANGED;
const ASSIGN = 'mutation($i: AssignStaffInput!) { assignStaff(input: $i) { userId } }';
const REQUEST =
  'mutation($input: RequestReportInput!, $key: String!) { requestReport(input: $input, idempotencyKey: $key) { id } }';

const run = randomUUID().slice(0, 8);
const place = { programmes: ['default'], regions: ['52'] };
const f1 = { user: `live-f1-${run}`, role: 'facilitator', ...place };
const f2 = { user: `live-f2-${run}`, role: 'facilitator', ...place };
const managerHere = { user: `live-m-${run}`, role: 'manager', ...place };
const managerElsewhere = { user: `live-m31-${run}`, role: 'manager', programmes: ['default'], regions: ['31'] };

const changeOf = (r: Json, field = 'caseloadChanged') => r?.data?.[field];
const isStep =
  (journeyId: string, stage: string, field = 'caseloadChanged') =>
  (r: Json) =>
    changeOf(r, field)?.journeyId === journeyId && changeOf(r, field)?.stage === stage;

describe('live updates over graphql-ws', () => {
  let app: AppHarness;
  const { connect, closeAll } = liveConnections();
  const enrolFor = async (facilitatorId: string): Promise<string> => {
    const res = await app.gql(ENROLL, {
      input: enrolmentInput(randomNik(), { facilitatorId }),
      key: `live-${randomUUID()}`,
    });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!.enrollBeneficiary.journeyId as string;
  };

  /** The API's log lines (info and above), parsed. */
  const logs: Json[] = [];

  beforeAll(async () => {
    app = await startAppHarness(undefined, {
      logs: { write: (line: string) => void logs.push(JSON.parse(line)) },
      env: { ENROLMENT_IMPORT_PAGE_SIZE: '4' }, // an import of 12 rows runs in three pages
    });
  });
  afterEach(() => closeAll());
  afterAll(() => app?.stop());

  it('shows a facilitator each committed step of their caseload and journey, ids and codes only', async () => {
    const journeyId = await enrolFor(f1.user);
    const live = await connect(app.api.url, f1);
    const before = app.api.live.subscriberCount;
    const caseload = live.subscribe(CASELOAD);
    const journey = live.subscribe(JOURNEY, { id: journeyId });
    await subscribed(app.api, before + 2);

    await ok(app, 'submitAssessment', journeyId, assessmentInput(), f1);

    const event = changeOf(await caseload.next(isStep(journeyId, 'PLANNING')));
    expect(event).toEqual({
      id: expect.any(String),
      journeyId,
      stage: 'PLANNING',
      status: 'ACTIVE',
      seq: expect.any(Number),
    });
    const same = changeOf(await journey.next(isStep(journeyId, 'PLANNING', 'journeyChanged')), 'journeyChanged');
    expect(same).toEqual(event);
  });

  it("never sends another facilitator's journey, nor one outside a manager's regions", async () => {
    const mine = await enrolFor(f1.user);
    const theirs = await enrolFor(f2.user);
    const before = app.api.live.subscriberCount;
    const other = (await connect(app.api.url, f2)).subscribe(CASELOAD);
    const manager = (await connect(app.api.url, managerHere)).subscribe(CASELOAD);
    const elsewhere = (await connect(app.api.url, managerElsewhere)).subscribe(CASELOAD);
    await subscribed(app.api, before + 3);

    await ok(app, 'submitAssessment', mine, assessmentInput(), f1);
    await manager.next(isStep(mine, 'PLANNING'));
    // A later step in f2's caseload is the barrier: events come in commit order, so mine would be here by now.
    await ok(app, 'submitAssessment', theirs, assessmentInput(), f2);
    await other.next(isStep(theirs, 'PLANNING'));
    await manager.next(isStep(theirs, 'PLANNING'));

    expect(other.results.map((r) => changeOf(r)?.journeyId)).not.toContain(mine);
    expect(elsewhere.results).toEqual([]);
  });

  it('stops sending a journey reassigned to another facilitator', async () => {
    const moving = await enrolFor(f1.user);
    const staying = await enrolFor(f1.user);
    const before = app.api.live.subscriberCount;
    const caseload = (await connect(app.api.url, f1)).subscribe(CASELOAD);
    await subscribed(app.api, before + 1);

    await ok(app, 'reassignFacilitator', moving, { facilitatorId: f2.user, reason: 'f1 moves district' }, MANAGER);
    await ok(app, 'submitAssessment', moving, assessmentInput(), f2);
    await ok(app, 'submitAssessment', staying, assessmentInput(), f1);
    await caseload.next(isStep(staying, 'PLANNING'));

    expect(caseload.results.filter(isStep(moving, 'PLANNING'))).toEqual([]);
  });

  it("ends a coordinator's journey subscription with FORBIDDEN once the journey leaves their team", async () => {
    const coordinator = { user: `live-c-${run}`, role: 'coordinator', ...place };
    const teamFacilitator = `live-ft-${run}`;
    const staff = { programmeId: 'default', regionCodes: ['52.71'], reason: 'live updates team' };
    for (const i of [
      { ...staff, userId: coordinator.user, role: 'COORDINATOR' },
      { ...staff, userId: teamFacilitator, role: 'FACILITATOR', coordinatorId: coordinator.user },
    ]) {
      const res = await app.gql(ASSIGN, { i });
      if (res.errors) throw new Error(JSON.stringify(res.errors));
    }
    const journeyId = await enrolFor(teamFacilitator);
    const before = app.api.live.subscriberCount;
    const journey = (await connect(app.api.url, coordinator)).subscribe(JOURNEY, { id: journeyId });
    await subscribed(app.api, before + 1);

    await ok(app, 'submitAssessment', journeyId, assessmentInput(), { user: teamFacilitator, role: 'facilitator' });
    await journey.next(isStep(journeyId, 'PLANNING', 'journeyChanged'));
    await ok(app, 'reassignFacilitator', journeyId, { facilitatorId: f2.user, reason: 'outside the team' }, MANAGER);

    const error = (await journey.ended) as Json[];
    expect(error.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(journey.results).toHaveLength(1);
  });

  it('reconnects its LISTEN connection when PostgreSQL drops it, logs it, sends later steps', async () => {
    const journeyId = await enrolFor(f1.user);
    const before = app.api.live.subscriberCount;
    const caseload = (await connect(app.api.url, f1)).subscribe(CASELOAD);
    await subscribed(app.api, before + 1);
    const pid = app.api.live.listenerPid;
    expect(pid).toEqual(expect.any(Number));

    await app.orm.em.getConnection().execute('select pg_terminate_backend(?)', [pid]);
    const deadline = Date.now() + 15_000;
    while (!logs.some((l) => l.msg === 'live listener reconnected') && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 50));
    expect(logs.map((l) => l.msg)).toEqual(
      expect.arrayContaining(['live listener lost its connection; reconnecting', 'live listener reconnected']),
    );
    expect(app.api.live.listenerPid).not.toBe(pid);

    await ok(app, 'submitAssessment', journeyId, assessmentInput(), f1);
    await caseload.next(isStep(journeyId, 'PLANNING'));
  });

  it('follows a report job to DONE, then completes', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const input = { type: 'QUARTERLY_PROGRESS', programmeId: 'default', regionPrefix: '52', from: today, to: today };
    const requested = await app.gql(
      REQUEST,
      { input: { ...input, format: 'HTML', locale: 'en' }, key: `live-report-${run}` },
      managerHere,
    );
    expect(requested.errors).toBeUndefined();
    const id = requested.data!.requestReport.id as string;
    const job = (await connect(app.api.url, managerHere)).subscribe(REPORT, { id });

    expect(await job.ended).toBeNull();
    const statuses = job.results.map((r) => r.data.reportJobChanged.status);
    expect(statuses.at(-1)).toBe('DONE');
    expect(job.results.at(-1).data.reportJobChanged).toMatchObject({ id, progress: 100 });
  });

  it('follows an enrolment import page by page to DONE, then completes; no other facilitator follows it', async () => {
    const csv = csvOf(Array.from({ length: 12 }, () => csvLine({ nik: randomNik() })));
    const started = await app.gql(
      START_IMPORT,
      { csv, programmeId: 'default', cohortId: null, key: `live-${run}` },
      f1,
    );
    expect(started.errors).toBeUndefined();
    const importId = started.data!.startEnrolmentImport.importId as string;
    const refused = (await connect(app.api.url, f2)).subscribe(IMPORT_CHANGED, { id: importId });
    const followed = (await connect(app.api.url, f1)).subscribe(IMPORT_CHANGED, { id: importId });

    expect(await followed.ended).toBeNull();
    const events = followed.results.map((r) => r.data.enrolmentImportChanged);
    // The state when it subscribed, then each page's results: counts only go forward, the last one is the end.
    const processed = events.map((e) => e.processedRows as number);
    expect(processed).toEqual([...processed].sort((a, b) => a - b));
    expect(events.every((e) => e.importId === importId && e.totalRows === 12)).toBe(true);
    expect(events.at(-1)).toMatchObject({ status: 'DONE', processedRows: 12, progress: 100, enrolled: 12, refused: 0 });
    expect(events.at(-1).resultUrl).toEqual(expect.stringContaining(importId));
    expect(await codesOf(refused)).toEqual(['FORBIDDEN']);
    expect(refused.results.filter((r) => r.data)).toEqual([]);
  });

  it('tells each page of an import as its results commit, with the counts of the enrolmentImport query', async () => {
    const csv = csvOf(Array.from({ length: 12 }, () => csvLine({ nik: randomNik() })));
    const key = `live-pages-${run}`;
    const manager = managerHere;
    const started = await app.gql(START_IMPORT, { csv, programmeId: 'default', cohortId: null, key }, manager);
    expect(started.errors).toBeUndefined();
    const importId = started.data!.startEnrolmentImport.importId as string;
    const followed = (await connect(app.api.url, manager)).subscribe(IMPORT_CHANGED, { id: importId });
    expect(await followed.ended).toBeNull();
    const last = followed.results.at(-1).data.enrolmentImportChanged;
    const query = await app.gql(
      'query($id: ID!) { enrolmentImport(importId: $id) { importId status totalRows processedRows progress ' +
        'enrolled refused alreadyEnrolled resultUrl } }',
      { id: importId },
      manager,
    );
    expect(last).toEqual(query.data!.enrolmentImport);
  });

  it('reaches a subscriber of a second API process: the step asked of the first, recorded by the worker', async () => {
    const second = await startApi(
      { orm: app.orm, temporal: app.client, config: app.config, logger: createLogger('jejak-api-2', 'silent') },
      0,
    );
    try {
      const journeyId = await enrolFor(f1.user);
      const caseload = (await connect(second.url, f1)).subscribe(CASELOAD);
      await subscribed(second, 1);
      await ok(app, 'submitAssessment', journeyId, assessmentInput(), f1);
      expect(changeOf(await caseload.next(isStep(journeyId, 'PLANNING')))).toMatchObject({
        journeyId,
        seq: expect.any(Number),
      });
    } finally {
      await closeAll();
      await second.stop();
    }
  });
});

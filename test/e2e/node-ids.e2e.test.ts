import { randomUUID } from 'node:crypto';
import { toGlobalId } from '../../api/node/global-id';
import { ENROLL, enrolmentInput } from '../support/journey-graphql';
import { FACILITATOR, MANAGER, randomNik, startAppHarness, type AppHarness } from '../support/app-harness';
import { eventually, FILE_COMPLAINT, FILE_REPORT } from '../support/grievance-graphql';
import { createGroup } from '../support/group-graphql';

type Result = { data?: Record<string, unknown> | null; errors?: { extensions?: { code?: string } }[] };
const codeOf = (res: Result) => res.errors?.[0]?.extensions?.code;

const NODE = `query($id: ID!) { node(id: $id) { __typename id
  ... on Journey { journeyId stage } ... on Beneficiary { beneficiaryId name }
  ... on Complaint { complaintId complaintStatus: status }
  ... on Conflict { conflictId conflictStatus: status }
  ... on SafeguardingReport { reportId reportStatus: status } ... on ReportJob { reportJobId type }
  ... on Group { groupId kind } } }`;

/** Each type's own query by id (a conflict has none: its list), selecting what NODE selects. */
const OWN = {
  Journey: `query($id: ID!) { one: journey(id: $id) { id journeyId stage } }`,
  Beneficiary: `query($id: ID!) { one: beneficiary(id: $id) { id beneficiaryId name } }`,
  Complaint: `query($id: ID!) { one: complaint(id: $id) { id complaintId complaintStatus: status } }`,
  SafeguardingReport: `query($id: ID!) {
    one: safeguardingReport(id: $id) { id reportId reportStatus: status } }`,
  ReportJob: `query($id: ID!) { one: reportJob(id: $id) { id reportJobId type } }`,
  Group: `query($id: ID!) { one: group(id: $id) { id groupId kind } }`,
};
const CONFLICTS = `query { conflicts(programmeId: "default") { id conflictId conflictStatus: status } }`;
const JOURNEY = `query($id: ID!) { journey(id: $id) { id journeyId status seq } }`;
const PAUSE = `mutation($id: ID!) { pauseJourney(journeyId: $id, reason: "In hospital for two weeks") {
  id journeyId status } }`;
const RESUME = `mutation($id: ID!) { resumeJourney(journeyId: $id) { id status } }`;
const TRIAGE = `mutation($id: ID!) { triageComplaint(complaintId: $id, input: { category: OTHER, priority: LOW }) {
  id complaintId status } }`;
const RECORD_CONFLICT = `mutation($input: RecordConflictInput!) {
  recordConflict(input: $input) { id conflictId journeyIds } }`;
const ELSEWHERE = { user: 'manager-9', role: 'manager', programmes: ['elsewhere'], regions: ['31'] };

describe('global object identification: node(id:) and ids that say what they name', () => {
  let app: AppHarness;
  /** The global id of one object of each type, by __typename; and its UUID. */
  const ids: Record<string, string> = {};
  const uuids: Record<string, string> = {};

  beforeAll(async () => {
    app = await startAppHarness();
    const enrolled = await app.gql(ENROLL, {
      input: enrolmentInput(randomNik(), { regionCode: '52.71' }),
      key: `node-${randomUUID()}`,
    });
    const journey = enrolled.data!.enrollBeneficiary;
    ids.Journey = journey.id;
    uuids.Journey = (await app.gql(JOURNEY, { id: journey.id }, MANAGER)).data!.journey.journeyId;
    ids.Beneficiary = journey.beneficiary.id;
    uuids.Beneficiary = uuids.Journey;
    // A complaint about the journey, named by the global id a front end holds (anyone may file).
    const filed = await app.gql(
      FILE_COMPLAINT,
      {
        input: {
          programmeId: 'default',
          subjectKind: 'JOURNEY',
          subjectRef: journey.id,
          text: 'The facilitator did not come to the last two sessions we had agreed on.',
          anonymous: true,
        },
      },
      null,
    );
    expect(filed.errors).toBeUndefined();
    const complaints = await app.gql(
      `query { complaints(programmeId: "default") { id complaintId subjectRef } }`,
      {},
      MANAGER,
    );
    const complaint = complaints.data!.complaints.find((c: { subjectRef: string }) => c.subjectRef === uuids.Journey);
    [ids.Complaint, uuids.Complaint] = [complaint.id, complaint.complaintId];
    const conflict = await app.gql(
      RECORD_CONFLICT,
      {
        input: {
          programmeId: 'default',
          regionCode: '52.71',
          type: 'COMMUNICATION',
          category: 'MINOR',
          parties: ['participants', 'facilitator'],
          journeyIds: [journey.id],
          description: 'Two different session times were sent to the group; half came at the wrong hour.',
        },
      },
      FACILITATOR,
    );
    expect(conflict.data!.recordConflict.journeyIds).toEqual([uuids.Journey]);
    [ids.Conflict, uuids.Conflict] = [conflict.data!.recordConflict.id, conflict.data!.recordConflict.conflictId];
    const report = await app.gql(
      FILE_REPORT,
      {
        input: {
          programmeId: 'default',
          regionCode: '52.71',
          category: 'HARASSMENT',
          anonymous: true,
          description: 'A participant keeps threatening a young woman of the group after the sessions.',
        },
      },
      null,
    );
    uuids.SafeguardingReport = report.data!.fileSafeguardingReport.reference;
    ids.SafeguardingReport = toGlobalId('SafeguardingReport', uuids.SafeguardingReport);
    const job = await app.gql(
      `mutation($input: RequestReportInput!, $key: String!) {
        requestReport(input: $input, idempotencyKey: $key) { id reportJobId } }`,
      {
        input: {
          type: 'QUARTERLY_PROGRESS',
          programmeId: 'default',
          regionPrefix: '52',
          from: '2026-01-01',
          to: '2026-03-31',
          format: 'CSV',
          locale: 'en',
        },
        key: `node-${randomUUID()}`,
      },
      MANAGER,
    );
    [ids.ReportJob, uuids.ReportJob] = [job.data!.requestReport.id, job.data!.requestReport.reportJobId];
    const group = await createGroup(app);
    [ids.Group, uuids.Group] = [group.id, group.groupId];
  });
  afterAll(() => app?.stop());

  it('node(id:) answers each of the node types by its id, with its __typename, as its own query does', async () => {
    for (const [typename, id] of Object.entries(ids)) {
      const res = await app.gql(NODE, { id }, MANAGER);
      expect({ typename, errors: res.errors }).toEqual({ typename, errors: undefined });
      const node = res.data!.node;
      expect(node).toMatchObject({ __typename: typename, id });
      if (typename === 'Conflict') {
        const list = (await app.gql(CONFLICTS, {}, MANAGER)).data!.conflicts;
        expect(list.find((c: { id: string }) => c.id === id)).toEqual({
          id,
          conflictId: uuids[typename],
          conflictStatus: 'OPEN',
        });
        continue;
      }
      const own = (await app.gql(OWN[typename as keyof typeof OWN], { id }, MANAGER)).data!.one;
      expect({ __typename: typename, ...own }).toEqual(node);
      expect(Object.values(node)).toContain(uuids[typename]);
    }
    // The ids differ although a journey and its beneficiary share one UUID.
    expect(ids.Journey).not.toBe(ids.Beneficiary);
    expect(new Set(Object.values(ids)).size).toBe(7);
  });

  it("refuses a node out of the caller's scope or role exactly as the type's own query does", async () => {
    for (const [typename, id] of Object.entries(ids)) {
      const node = codeOf(await app.gql(NODE, { id }, ELSEWHERE));
      expect({ typename, node }).toEqual({ typename, node: 'FORBIDDEN' });
      if (typename in OWN) {
        const own = codeOf(await app.gql(OWN[typename as keyof typeof OWN], { id }, ELSEWHERE));
        expect({ typename, own }).toEqual({ typename, own: 'FORBIDDEN' });
      } else {
        expect((await app.gql(CONFLICTS, {}, ELSEWHERE)).data!.conflicts).toEqual([]);
      }
    }
    // Roles: a viewer reads report jobs but no journey; a facilitator journeys but no report job.
    const viewer = { user: 'viewer-1', role: 'viewer' };
    for (const [typename, who, expected] of [
      ['Journey', viewer, 'FORBIDDEN'],
      ['ReportJob', viewer, undefined],
      ['ReportJob', FACILITATOR, 'FORBIDDEN'],
      ['Journey', FACILITATOR, undefined],
    ] as const) {
      const node = codeOf(await app.gql(NODE, { id: ids[typename] }, who));
      const own = codeOf(await app.gql(OWN[typename], { id: ids[typename] }, who));
      expect({ typename, role: who.role, node, own }).toEqual({
        typename,
        role: who.role,
        node: expected,
        own: expected,
      });
    }
    // Nobody's: null where the own query answers null, NOT_FOUND where it answers NOT_FOUND.
    const nobody = randomUUID();
    expect((await app.gql(NODE, { id: toGlobalId('Journey', nobody) }, MANAGER)).data).toEqual({ node: null });
    expect((await app.gql(OWN.Journey, { id: nobody }, MANAGER)).data).toEqual({ one: null });
    expect(codeOf(await app.gql(NODE, { id: toGlobalId('Complaint', nobody) }, MANAGER))).toBe('NOT_FOUND');
    expect(codeOf(await app.gql(OWN.Complaint, { id: nobody }, MANAGER))).toBe('NOT_FOUND');
    expect(codeOf(await app.gql(NODE, { id: ids.Journey }, null))).toBe('UNAUTHENTICATED');
  });

  it('refuses a wrong-type or malformed id with VALIDATION_FAILED and changes nothing', async () => {
    const before = (await app.gql(JOURNEY, { id: ids.Journey }, MANAGER)).data!.journey;
    const attempts: [string, Record<string, string>][] = [
      [PAUSE, { id: ids.Complaint }], // a complaint where a journey is expected
      [PAUSE, { id: ids.Beneficiary }], // the beneficiary, not their journey
      [PAUSE, { id: 'not-an-id' }],
      [TRIAGE, { id: ids.Journey }],
      [JOURNEY, { id: ids.ReportJob }],
      [NODE, { id: uuids.Journey }], // node(id:) needs a global id: a bare UUID does not say its type
      [NODE, { id: 'garbage' }],
      [NODE, { id: Buffer.from(`Programme:${uuids.Journey}`).toString('base64url') }],
    ];
    for (const [doc, variables] of attempts) {
      const res = await app.gql(doc, variables, MANAGER);
      expect({ variables, code: codeOf(res) }).toEqual({ variables, code: 'VALIDATION_FAILED' });
    }
    expect((await app.gql(JOURNEY, { id: ids.Journey }, MANAGER)).data!.journey).toEqual(before);
    const complaint = await app.gql(OWN.Complaint, { id: ids.Complaint }, MANAGER);
    expect(complaint.data!.one.complaintStatus).toBe('RECEIVED');
    // A refused role learns nothing about the id: the role is checked first.
    expect(codeOf(await app.gql(JOURNEY, { id: 'garbage' }, { user: 'viewer-1', role: 'viewer' }))).toBe('FORBIDDEN');
  });

  it('a command given the id from a read works, and a bare UUID still does', async () => {
    const list = await app.gql(
      `query { journeys(filter: { programmeId: "default" }, first: 100) { edges { node { id journeyId } } } }`,
      {},
      MANAGER,
    );
    const read = list.data!.journeys.edges.find((e: { node: { id: string } }) => e.node.id === ids.Journey).node;
    const paused = await app.gql(PAUSE, { id: read.id }, MANAGER);
    expect(paused.data!.pauseJourney).toEqual({ id: ids.Journey, journeyId: uuids.Journey, status: 'PAUSED' });
    const resumed = await app.gql(RESUME, { id: read.journeyId }, MANAGER);
    expect(resumed.data!.resumeJourney).toEqual({ id: ids.Journey, status: 'ACTIVE' });
    const triaged = await app.gql(TRIAGE, { id: ids.Complaint }, MANAGER);
    expect(triaged.data!.triageComplaint).toMatchObject({ id: ids.Complaint, status: 'TRIAGED' });
    // The audit log, filtered by the journey's global id, names it by its UUID.
    const AUDIT = `query($id: ID!) { auditLog(filter: { journeyId: $id }) { edges { node { action journeyId } } } }`;
    const rowsOf = async () =>
      (await app.gql(AUDIT, { id: ids.Journey }, MANAGER)).data!.auditLog.edges.map(
        (e: { node: Record<string, string> }) => e.node,
      );
    const rows = await eventually(async () => {
      const found = await rowsOf();
      return found.some((r: { action: string }) => r.action === 'resume') ? found : null;
    });
    expect(rows).toEqual(
      expect.arrayContaining([
        { action: 'pause', journeyId: uuids.Journey },
        { action: 'resume', journeyId: uuids.Journey },
      ]),
    );
  });
});

import { randomUUID } from 'node:crypto';
import pino from 'pino';
import { startApi, type RunningApi } from '../../api/server';
import { loadConfig } from '../../config/env';
import { ENROLL, enrolmentInput } from '../support/journey-graphql';
import {
  MANAGER,
  FACILITATOR,
  randomNik,
  startAppHarness,
  TEST_JWT_SECRET,
  type AppHarness,
} from '../support/app-harness';
import { testDatabaseUrl, testTemporalAddress, testTemporalNamespace } from '../support/servers';
import {
  ANSWER,
  CLOSE,
  COMPLAINT_STATUS,
  COMPLAINTS,
  eventually,
  FILE_COMPLAINT,
  rowsContaining,
  sql,
  TRIAGE,
} from '../support/grievance-graphql';

const AUDITOR = { user: 'auditor-1', role: 'auditor' };
const codeOf = (res: { errors?: { extensions?: { code?: string } }[] }) => res.errors?.[0]?.extensions?.code;

describe('complaints: public filing, receipt look-up, staff handling, escalation on a durable timer', () => {
  let app: AppHarness;
  let logged: RunningApi;
  const logLines: string[] = [];

  beforeAll(async () => {
    app = await startAppHarness();
    // A second API on the same servers whose logs (every level) are kept here, to read them afterwards.
    const config = loadConfig({
      DATABASE_URL: testDatabaseUrl(),
      TEMPORAL_ADDRESS: testTemporalAddress(),
      TEMPORAL_NAMESPACE: testTemporalNamespace(),
      TEMPORAL_TASK_QUEUE: app.taskQueue,
      PORT: '0',
      LOG_LEVEL: 'trace',
      JWT_SECRET: TEST_JWT_SECRET,
      RATE_LIMIT_PER_MINUTE: '1000000',
    });
    const logger = pino(
      { level: 'trace' },
      {
        write: (line: string) => {
          logLines.push(line);
        },
      },
    );
    logged = await startApi({ orm: app.orm, temporal: app.client, config, logger }, 0);
  });
  afterAll(async () => {
    await logged?.stop();
    await app?.stop();
  });

  it(
    'an anonymous complaint keeps nothing identifying: not in any table, not in the logs, not in Temporal; ' +
      'the audit actor is "anonymous"',
    async () => {
      const tracer = `tracer-${randomUUID().slice(0, 8)}`;
      const text = `The grant for our group in Dusun Sukamaju was paid two months late (${tracer}-text)`;
      const res = await fetch(`${logged.url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-request-id': `${tracer}-req`,
          'user-agent': `${tracer}-agent`,
          'x-forwarded-for': '203.0.113.77',
        },
        body: JSON.stringify({
          query: FILE_COMPLAINT,
          variables: {
            input: {
              programmeId: 'training-sandbox',
              regionCode: '52.71',
              subjectKind: 'PROGRAMME',
              text,
              anonymous: true,
            },
          },
        }),
      });
      const body = (await res.json()) as { data: { fileComplaint: { receiptCode: string; responseDueAt: string } } };
      const { receiptCode } = body.data.fileComplaint;
      expect(receiptCode).toMatch(/^([A-Z2-7]{4}-){6}[A-Z2-7]{2}$/); // 26 base32 characters = 128 bits
      expect(JSON.stringify(body)).not.toContain(tracer); // nothing filed is echoed

      // Only the text, sealed, is stored: no table holds the request id, user agent, forwarded address or the text
      // in clear.
      expect(await rowsContaining(app, tracer)).toEqual({});
      expect(await rowsContaining(app, '203.0.113.77')).toEqual({});
      expect(await rowsContaining(app, receiptCode.replace(/-/g, ''))).toEqual({}); // the receipt only as a keyed hash
      const [row] = await sql(
        app,
        `select * from complaint where received_at > now() - interval '1 minute' and subject_kind = 'PROGRAMME' ` +
          'and anonymous order by received_at desc limit 1',
      );
      expect(row).toMatchObject({ anonymous: true, contact_sealed: null });
      expect(row.body_sealed).toMatch(/^enc:v1:/);
      const [audit] = await sql(
        app,
        'select actor_id, actor_role, request_id, after from audit_log ' +
          `where action = 'complaint.file' and after->>'complaintId' = ?`,
        [row.id],
      );
      expect(audit).toEqual({
        actor_id: 'anonymous',
        actor_role: 'none',
        request_id: null,
        after: { complaintId: row.id, status: 'RECEIVED', subjectKind: 'PROGRAMME', anonymous: true },
      });
      const logs = logLines.join('');
      for (const secret of [tracer, '203.0.113.77', '127.0.0.1', '::1', receiptCode, row.id])
        expect(logs).not.toContain(secret); // nothing ties a filer to a complaint
      const history = JSON.stringify(await app.client.workflow.getHandle(`complaint-${row.id}`).fetchHistory());
      expect(history).not.toContain(tracer);

      // The receipt reads the status; nothing else does.
      const status = await app.gql(COMPLAINT_STATUS, { code: receiptCode.toLowerCase().replace(/-/g, ' ') }, null);
      expect(status.data!.complaintStatus).toMatchObject({ status: 'RECEIVED', answer: null, outcome: null });
      expect(codeOf(await app.gql(COMPLAINT_STATUS, { code: 'AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AA' }, null))).toBe(
        'NOT_FOUND',
      );
      expect(codeOf(await app.gql(COMPLAINT_STATUS, { code: 'not a code' }, null))).toBe('NOT_FOUND');

      // training-sandbox answers within ~3.5 s: unanswered, the durable timer escalates it to the manager.
      const escalated = await eventually(
        async () => (await app.gql(COMPLAINT_STATUS, { code: receiptCode }, null)).data!.complaintStatus.escalated,
        30_000,
      );
      expect(escalated).toBe(true);
      const [note] = await sql(
        app,
        `select kind, reason, journey_id, recipient_id, data from notification where key = ?`,
        [`complaint:${row.id}:escalation`],
      );
      expect(note).toMatchObject({
        kind: 'ESCALATE_TO_MANAGER',
        reason: 'COMPLAINT_OVERDUE',
        journey_id: null,
        recipient_id: null,
        data: { complaintId: row.id, programmeId: 'training-sandbox', regionCode: '52.71' },
      });
      const steps = await sql(
        app,
        'select actor_id, actor_role, action, event_seq, workflow_id from audit_log ' +
          `where source = 'GRIEVANCE' and workflow_id = ? order by id`,
        [`complaint-${row.id}`],
      );
      expect(steps).toEqual([
        {
          actor_id: 'anonymous',
          actor_role: 'none',
          action: 'complaint.file',
          event_seq: 0,
          workflow_id: `complaint-${row.id}`,
        },
        {
          actor_id: 'system',
          actor_role: 'system',
          action: 'complaint.escalate',
          event_seq: 1,
          workflow_id: `complaint-${row.id}`,
        },
      ]);
      const list = await app.gql(COMPLAINTS, { p: 'training-sandbox' }, MANAGER);
      expect(list.data!.complaints.find((c: { complaintId: string }) => c.complaintId === row.id)).toMatchObject({
        text,
        anonymous: true,
        contact: null,
        status: 'RECEIVED',
      });
      expect(
        list.data!.complaints.find((c: { complaintId: string }) => c.complaintId === row.id).escalatedAt,
      ).not.toBeNull();
    },
  );

  it(
    'a named complaint about a journey: triage, answer by the assignee, close; ' +
      'the filer reads the answer with the receipt; every step audited',
    async () => {
      const journey = (await app.gql(ENROLL, { input: enrolmentInput(randomNik()), key: `complaint-${randomUUID()}` }))
        .data!.enrollBeneficiary;
      const journeyId = journey.journeyId; // the complaint keeps the journey's UUID as its subject
      // Other test files share the database.
      const [{ last }] = await sql(app, `select coalesce(max(id), 0)::text as last from audit_log`);
      const contact = 'Ibu Wayan, 0812-3456-7890';
      const text = 'My mother was told the business grant would come after the training, nobody came since';
      const filed = await app.gql(
        FILE_COMPLAINT,
        {
          input: {
            programmeId: 'default',
            subjectKind: 'JOURNEY',
            subjectRef: journey.id, // the journey's id, as a front end holds it
            text,
            anonymous: false,
            contact,
          },
        },
        null,
      );
      expect(JSON.stringify(filed)).not.toMatch(/Wayan|0812|grant/);
      const code = filed.data!.fileComplaint.receiptCode;
      // Default: 14 days.
      expect(Date.parse(filed.data!.fileComplaint.responseDueAt) - Date.now()).toBeGreaterThan(13 * 86_400_000);
      const complaint = (await app.gql(COMPLAINTS, { p: 'default' }, MANAGER)).data!.complaints.find(
        (c: { subjectRef: string }) => c.subjectRef === journeyId,
      );
      expect(complaint).toMatchObject({
        text,
        contact,
        anonymous: false,
        regionCode: '52.71',
        status: 'RECEIVED',
        subjectKind: 'JOURNEY',
      });
      const asFacilitator = (await app.gql(COMPLAINTS, { p: 'default' }, FACILITATOR)).data!.complaints.find(
        (c: { id: string }) => c.id === complaint.id,
      );
      expect(asFacilitator.contact).toBeNull(); // the filer's contact is for managers
      const id = complaint.id;

      expect(codeOf(await app.gql(ANSWER, { id, answer: 'We are looking at it' }, MANAGER))).toBe(
        'COMMAND_NOT_ALLOWED_IN_STAGE',
      ); // triage first
      expect(
        codeOf(
          await app.gql(TRIAGE, { id, input: { category: 'ASSISTANCE_OR_FUNDS', priority: 'HIGH' } }, FACILITATOR),
        ),
      ).toBe('FORBIDDEN');
      const key = `triage-${randomUUID()}`;
      const triaged = await app.gql(
        TRIAGE,
        { id, key, input: { category: 'ASSISTANCE_OR_FUNDS', priority: 'HIGH', assigneeId: 'facilitator-1' } },
        MANAGER,
      );
      expect(triaged.data!.triageComplaint).toMatchObject({
        status: 'TRIAGED',
        category: 'ASSISTANCE_OR_FUNDS',
        priority: 'HIGH',
        assigneeId: 'facilitator-1',
      });
      expect(
        (
          await app.gql(
            TRIAGE,
            { id, key, input: { category: 'ASSISTANCE_OR_FUNDS', priority: 'HIGH', assigneeId: 'facilitator-1' } },
            MANAGER,
          )
        ).data!.triageComplaint.status,
      ).toBe('TRIAGED');
      expect(
        codeOf(
          await app.gql(ANSWER, { id, answer: 'Not mine to answer' }, { user: 'facilitator-2', role: 'facilitator' }),
        ),
      ).toBe('FORBIDDEN');
      const answer = 'The grant is scheduled for the 3rd of next month; your facilitator will visit on Monday.';
      expect((await app.gql(ANSWER, { id, answer }, FACILITATOR)).data!.answerComplaint).toMatchObject({
        status: 'ANSWERED',
        answer,
      });
      expect((await app.gql(COMPLAINT_STATUS, { code }, null)).data!.complaintStatus).toMatchObject({
        status: 'ANSWERED',
        answer,
        escalated: false,
      });
      expect((await app.gql(CLOSE, { id, outcome: 'RESOLVED' }, MANAGER)).data!.closeComplaint).toMatchObject({
        status: 'CLOSED',
        outcome: 'RESOLVED',
      });
      expect((await app.gql(COMPLAINT_STATUS, { code }, null)).data!.complaintStatus).toMatchObject({
        status: 'CLOSED',
        outcome: 'RESOLVED',
        answer,
      });
      expect(codeOf(await app.gql(TRIAGE, { id, input: { category: 'OTHER', priority: 'LOW' } }, MANAGER))).toBe(
        'COMMAND_NOT_ALLOWED_IN_STAGE',
      );

      const rows = (
        await app.gql(
          'query($f: AuditLogFilter) { auditLog(filter: $f, first: 100) ' +
            '{ edges { node { actorId actorRole action after } } } }',
          { f: { source: 'GRIEVANCE', programmeId: 'default', regionCode: '52.71' } },
          AUDITOR,
        )
      )
        .data!.auditLog.edges.map(
          (e: { node: { actorId: string; action: string; after: { complaintId?: string } } }) => e.node,
        )
        .filter((n: { after: { complaintId?: string } }) => n.after.complaintId === complaint.complaintId);
      expect(rows.map((r: { action: string; actorId: string }) => `${r.action} by ${r.actorId}`)).toEqual([
        'complaint.file by anonymous',
        'complaint.triage by manager-1',
        'complaint.answer by facilitator-1',
        'complaint.close by manager-1',
      ]);
      expect(JSON.stringify(rows)).not.toMatch(/Wayan|0812|grant/); // codes only in the audit log
      // Refused attempts are audit facts: the role refused by the access policy, the wrong staff member refused by
      // the machine.
      const denied = await sql(
        app,
        `select action, actor_id, after->>'code' as code from audit_log where source = 'DENIED' ` +
          `and action in ('complaint.triage', 'complaint.answer') and actor_id like 'facilitator-%' ` +
          'and id > ?::bigint order by id',
        [last],
      );
      expect(denied).toEqual([
        { action: 'complaint.triage', actor_id: 'facilitator-1', code: 'FORBIDDEN' },
        { action: 'complaint.answer', actor_id: 'facilitator-2', code: 'FORBIDDEN' },
      ]);
    },
  );

  it('refuses oversized, too short or badly placed complaints and keeps nothing', async () => {
    const before = (await sql(app, 'select count(*)::int as n from complaint'))[0].n;
    const base = { programmeId: 'default', regionCode: '52.71', subjectKind: 'PROGRAMME', anonymous: true };
    expect(codeOf(await app.gql(FILE_COMPLAINT, { input: { ...base, text: 'too short' } }, null))).toBe(
      'VALIDATION_FAILED',
    );
    expect(codeOf(await app.gql(FILE_COMPLAINT, { input: { ...base, text: 'x'.repeat(4001) } }, null))).toBe(
      'VALIDATION_FAILED',
    );
    expect(
      codeOf(
        await app.gql(
          FILE_COMPLAINT,
          { input: { ...base, programmeId: 'nope', text: 'A long enough complaint text here' } },
          null,
        ),
      ),
    ).toBe('VALIDATION_FAILED');
    expect(
      codeOf(
        await app.gql(
          FILE_COMPLAINT,
          {
            input: {
              ...base,
              subjectKind: 'JOURNEY',
              subjectRef: randomUUID(),
              text: 'A long enough complaint text here',
            },
          },
          null,
        ),
      ),
    ).toBe('VALIDATION_FAILED');
    expect(
      codeOf(
        await app.gql(
          FILE_COMPLAINT,
          { input: { ...base, anonymous: false, text: 'A long enough complaint text here' } },
          null,
        ),
      ),
    ).toBe('VALIDATION_FAILED'); // named needs a contact
    expect((await sql(app, 'select count(*)::int as n from complaint'))[0].n).toBe(before);
  });
});

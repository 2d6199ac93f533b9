import { randomUUID } from 'node:crypto';
import { CALLER_ROLES } from '../../domain/staff/principal.rules';
import { ACCESS_POLICY } from '../../api/auth/access-policy';
import { fullAuditLog, fullHistory } from '../support/audit-graphql';
import { ENROLL, enrolmentInput } from '../support/journey-graphql';
import { MANAGER, randomNik, startAppHarness, type AppHarness } from '../support/app-harness';
import {
  FILE_REPORT,
  REPORT,
  REPORT_ACTION,
  REPORTS,
  REVEAL_REPORTER,
  rowsContaining,
  SANCTION,
  sql,
} from '../support/grievance-graphql';

const codeOf = (res: { errors?: { extensions?: { code?: string } }[] }) => res.errors?.[0]?.extensions?.code;
const TEAM = { user: 'safeguarding-1', role: 'safeguarding' };

describe('safeguarding reports: sealed reporter, masked for every role, sanction exit through the journey', () => {
  let app: AppHarness;
  let journeyId: string;
  let namedId: string;
  let anonymousId: string;
  const reporterName = `Pak Budi ${randomUUID().slice(0, 6)}`;
  const reporter = `${reporterName}, 0813-1111-2222`;
  const description =
    'A participant keeps touching and threatening a young woman of the group after the evening sessions.';

  beforeAll(async () => {
    app = await startAppHarness();
    journeyId = (
      await app.gql(ENROLL, {
        input: enrolmentInput(randomNik(), { sex: 'MALE', name: 'Andi' }),
        key: `sg-${randomUUID()}`,
      })
    ).data!.enrollBeneficiary.journeyId; // the UUID: report steps, SQL and the audit log name the journey by it
    const base = {
      programmeId: 'default',
      regionCode: '52.71',
      category: 'HARASSMENT',
      atRiskGroups: ['WOMAN'],
      description,
    };
    // Named, by a signed-in facilitator; and anonymous, with no account at all.
    const named = await app.gql(
      FILE_REPORT,
      { input: { ...base, anonymous: false, reporter } },
      { user: 'facilitator-7', role: 'facilitator' },
    );
    expect(JSON.stringify(named)).not.toContain('Budi');
    namedId = named.data!.fileSafeguardingReport.reference;
    anonymousId = (await app.gql(FILE_REPORT, { input: { ...base, anonymous: true } }, null)).data!
      .fileSafeguardingReport.reference;
  });
  afterAll(() => app?.stop());

  it(
    'every role in scope sees that the report exists, never who made it; ' +
      'the description only for the safeguarding team',
    async () => {
      const readers = ACCESS_POLICY.Query.safeguardingReport.roles;
      for (const role of CALLER_ROLES.filter((r) => !readers.includes(r))) {
        expect(codeOf(await app.gql(REPORT, { id: namedId }, { user: `${role}-1`, role }))).toBe('FORBIDDEN');
      }
      for (const role of readers) {
        const res = await app.gql(REPORT, { id: namedId }, { user: `${role}-1`, role });
        const report = res.data!.safeguardingReport;
        expect(report).toMatchObject({
          reportId: namedId,
          category: 'HARASSMENT',
          atRiskGroups: ['WOMAN'],
          status: 'OPEN',
        });
        expect(report.description).toBe(role === 'safeguarding' ? description : null);
        expect(report.anonymous).toBe(role === 'safeguarding' ? false : null);
        const text = JSON.stringify(res);
        for (const secret of ['Budi', '0813', 'facilitator-7']) expect(text).not.toContain(secret);
        const list = JSON.stringify(await app.gql(REPORTS, {}, { user: `${role}-1`, role }));
        expect(list).toContain(namedId);
        for (const secret of ['Budi', '0813', 'facilitator-7']) expect(list).not.toContain(secret);
      }
      expect(codeOf(await app.gql(REPORT, { id: namedId }, { user: 'm', role: 'manager', regions: ['31'] }))).toBe(
        'FORBIDDEN',
      );
      expect(codeOf(await app.gql(REPORT, { id: namedId }, null))).toBe('UNAUTHENTICATED');
      // Stored sealed: no table holds the name or the filer's account; the audit row's actor is 'anonymous' even
      // for a named report.
      expect(await rowsContaining(app, reporterName)).toEqual({});
      expect(await rowsContaining(app, 'facilitator-7')).toEqual({});
      const filed = await fullAuditLog(app, { source: 'GRIEVANCE', action: 'safeguarding.file' });
      expect(
        filed
          .filter((r) => [namedId, anonymousId].includes(r.after.reportId))
          .map((r) => [r.actorId, r.actorRole, r.requestId]),
      ).toEqual([
        ['anonymous', 'none', null],
        ['anonymous', 'none', null],
      ]);
    },
  );

  it('only the safeguarding team reads the identity, with a reason, and each read is a READ audit row', async () => {
    for (const role of CALLER_ROLES.filter((r) => r !== 'safeguarding')) {
      expect(
        codeOf(
          await app.gql(
            REVEAL_REPORTER,
            { id: namedId, reason: 'I want to know who it was' },
            { user: `${role}-1`, role },
          ),
        ),
      ).toBe('FORBIDDEN');
    }
    expect(codeOf(await app.gql(REVEAL_REPORTER, { id: namedId, reason: 'why' }, TEAM))).toBe('REASON_REQUIRED');
    const revealed = await app.gql(
      REVEAL_REPORTER,
      { id: namedId, reason: 'Calling the reporter back for a statement' },
      TEAM,
    );
    expect(revealed.data!.revealSafeguardingReporter).toBe(`${reporter} (signed in as facilitator-7)`);
    expect(
      (await app.gql(REVEAL_REPORTER, { id: anonymousId, reason: 'Checking whether a callback is possible' }, TEAM))
        .data!.revealSafeguardingReporter,
    ).toBeNull();
    const reads = (await fullAuditLog(app, { source: 'READ', action: 'revealSafeguardingReporter' })).filter((r) =>
      [namedId, anonymousId].includes(r.after.reportId),
    );
    expect(reads.map((r) => [r.actorId, r.actorRole, r.reason, r.after.reportId])).toEqual([
      ['safeguarding-1', 'safeguarding', 'Calling the reporter back for a statement', namedId],
      ['safeguarding-1', 'safeguarding', 'Checking whether a callback is possible', anonymousId],
    ]);
    expect(JSON.stringify(reads)).not.toContain('Budi');
  });

  it(
    'handling steps are visible to every role (notes to the team only); ' +
      'a PROVEN sanction exits the journey through the workflow',
    async () => {
      expect(
        codeOf(await app.gql(SANCTION, { report: namedId, journey: journeyId, reason: 'Proven harassment' }, MANAGER)),
      ).toBe('COMMAND_NOT_ALLOWED_IN_STAGE'); // no finding yet
      expect(codeOf(await app.gql(REPORT_ACTION, { id: namedId, input: { kind: 'LEGAL_SUPPORT' } }, MANAGER))).toBe(
        'FORBIDDEN',
      );
      const note = 'Counselling with Puskesmas psychologist booked for the victim';
      await app.gql(REPORT_ACTION, { id: namedId, input: { kind: 'PSYCHOLOGICAL_SUPPORT', note } }, TEAM);
      await app.gql(
        REPORT_ACTION,
        {
          id: namedId,
          input: { kind: 'REFERRAL_TO_AUTHORITIES', note: 'Victim accompanied to the police (PPA unit)' },
        },
        TEAM,
      );
      expect(
        codeOf(await app.gql(REPORT_ACTION, { id: namedId, input: { kind: 'PARTICIPANT_EXITED', journeyId } }, TEAM)),
      ).toBe('VALIDATION_FAILED'); // only through the journey
      const proven = await app.gql(REPORT_ACTION, { id: namedId, input: { kind: 'FINDING_PROVEN', journeyId } }, TEAM);
      expect(proven.data!.recordSafeguardingAction).toMatchObject({ finding: 'PROVEN', status: 'OPEN' });
      const asAuditor = (await app.gql(REPORT, { id: namedId }, { user: 'auditor-1', role: 'auditor' })).data!
        .safeguardingReport;
      expect(asAuditor.actions.map((a: { kind: string; note: string | null }) => [a.kind, a.note])).toEqual([
        ['PSYCHOLOGICAL_SUPPORT', null],
        ['REFERRAL_TO_AUTHORITIES', null],
        ['FINDING_PROVEN', null],
      ]);
      expect((await app.gql(REPORT, { id: namedId }, TEAM)).data!.safeguardingReport.actions[0].note).toBe(note);

      expect(
        codeOf(await app.gql(SANCTION, { report: namedId, journey: journeyId, reason: 'Proven harassment' }, TEAM)),
      ).toBe('FORBIDDEN'); // the exit is the manager's command
      const key = `sanction-${randomUUID()}`;
      const exited = await app.gql(
        SANCTION,
        { report: namedId, journey: journeyId, reason: 'Harassment proven by the safeguarding team', key },
        MANAGER,
      );
      expect(exited.data!.applySafeguardingSanction).toEqual({ journeyId, stage: 'EXITED', status: 'CLOSED' });
      expect(
        (
          await app.gql(
            SANCTION,
            { report: namedId, journey: journeyId, reason: 'Harassment proven by the safeguarding team', key },
            MANAGER,
          )
        ).data!.applySafeguardingSanction.stage,
      ).toBe('EXITED');

      // In the journey history: the exit update with its kind and report, recorded by the workflow; in the audit
      // log: the step.
      const history = await fullHistory(app, journeyId);
      const update = history.find((h) => h.kind === 'WORKFLOW_EXECUTION_UPDATE_ACCEPTED' && h.name === 'exit');
      expect(JSON.stringify(update?.detail)).toContain('SAFEGUARDING_SANCTION');
      expect(JSON.stringify(update?.detail)).toContain(namedId);
      const steps = await fullAuditLog(app, { journeyId, source: 'JOURNEY_EVENT' });
      const exitRow = steps.find((r) => r.action === 'exit');
      expect(exitRow).toMatchObject({ actorId: MANAGER.user, actorRole: 'manager' });
      expect(JSON.stringify(exitRow?.after)).toContain('SAFEGUARDING_SANCTION');
      const [event] = await sql(app, `select data from journey_event where journey_id = ? and type = 'EXITED'`, [
        journeyId,
      ]);
      expect(event.data).toMatchObject({ exitKind: 'SAFEGUARDING_SANCTION', safeguardingReportId: namedId });
      const report = (await app.gql(REPORT, { id: namedId }, { user: 'viewer-1', role: 'viewer' })).data!
        .safeguardingReport;
      expect(report.actions.filter((a: { kind: string }) => a.kind === 'PARTICIPANT_EXITED')).toEqual([
        { kind: 'PARTICIPANT_EXITED', actorId: MANAGER.user, actorRole: 'manager', journeyId, note: null },
      ]);
      const closed = await app.gql(REPORT_ACTION, { id: namedId, input: { kind: 'CLOSED' } }, TEAM);
      expect(closed.data!.recordSafeguardingAction.status).toBe('CLOSED');
    },
  );
});

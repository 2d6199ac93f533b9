import { randomUUID } from 'node:crypto';
import { ACCESS_POLICY, type FieldRule } from '../../api/auth/access-policy';
import { CALLER_ROLES } from '../../domain/staff/principal.rules';
import { randomNik, startAppHarness, type AppHarness, type Json, type TestIdentity } from '../support/app-harness';
import { csvLine, csvOf } from '../support/bulk-graphql';
import { START_IMPORT } from '../support/enrolment-import-graphql';
import { ENROLL, enrolmentInput } from '../support/journey-graphql';
import { connectLive, type LiveConnection } from '../support/live-client';

/**
 * Every Subscription field x every role, in and out of scope, over a real WebSocket, against the declared
 * table (api/auth/access-policy.ts), as test/e2e/access-matrix.e2e.test.ts does for queries and mutations.
 * A subscription is allowed when the server sets it up (it joins the process's live hub, or sends its
 * first event), refused when it answers FORBIDDEN; a connection without a token is closed with 4401.
 */
const run = randomUUID().slice(0, 8);
const DOCS: Record<string, string> = {
  journeyChanged: 'subscription($id: ID!) { journeyChanged(journeyId: $id) { id } }',
  caseloadChanged: 'subscription { caseloadChanged { id } }',
  reportJobChanged: 'subscription($id: ID!) { reportJobChanged(id: $id) { id } }',
  enrolmentImportChanged: 'subscription($id: ID!) { enrolmentImportChanged(id: $id) { importId } }',
};
/** Rules whose scope a subscription checks when it starts on the record it names. */
const SCOPE_BOUND = new Set<FieldRule['scope']>(['JOURNEY', 'REPORT_JOB']);
/** RECORD rules whose service checks the record the subscription names when it starts (as its query does). */
const RECORD_BOUND = new Set(['enrolmentImportChanged']);

describe('live access matrix: every subscription x every role, in and out of scope', () => {
  let app: AppHarness;
  let journeyId: string;
  let reportJobId: string;
  let importId: string;
  const facilitator = `lm-f-${run}`;
  const coordinator = `lm-c-${run}`;
  const organisation = `lm-org-${run}`;

  beforeAll(async () => {
    app = await startAppHarness();
    const must = async (res: Promise<{ errors?: unknown; data?: Json }>) => {
      const r = await res;
      if (r.errors) throw new Error(JSON.stringify(r.errors));
      return r.data;
    };
    const assign = 'mutation($i: AssignStaffInput!) { assignStaff(input: $i) { userId } }';
    const place = { programmeId: 'default', regionCodes: ['52'], reason: 'live access matrix team' };
    await must(app.gql(assign, { i: { ...place, userId: coordinator, role: 'COORDINATOR' } }));
    await must(
      app.gql(assign, { i: { ...place, userId: facilitator, role: 'FACILITATOR', coordinatorId: coordinator } }),
    );
    const enrolled = await must(
      app.gql(ENROLL, { input: enrolmentInput(randomNik(), { facilitatorId: facilitator }), key: `lm-${run}` }),
    );
    journeyId = enrolled!.enrollBeneficiary.id;
    // The journey is assigned to the in-scope partner's organisation, so partners in scope may follow it.
    await must(
      app.gql(
        'mutation($i: CreateOrganisationInput!) { createOrganisation(input: $i) { id } }',
        {
          i: {
            id: organisation,
            name: 'Live matrix partner',
            kind: 'NGO',
            programmeIds: ['default'],
            regionCodes: ['52'],
            reason: 'Live access matrix partner organisation',
          },
        },
        { user: 'admin-1', role: 'admin' },
      ),
    );
    await must(
      app.gql(
        'mutation($id: ID!, $k: String!, $i: AssignPartnerInput!) ' +
          '{ assignPartner(journeyId: $id, idempotencyKey: $k, input: $i) { id } }',
        { id: journeyId, k: `lm-assign-${run}`, i: { organisationId: organisation, reason: 'Live matrix partner' } },
      ),
    );
    const today = new Date().toISOString().slice(0, 10);
    const report = await must(
      app.gql(
        'mutation($input: RequestReportInput!, $k: String!) ' +
          '{ requestReport(input: $input, idempotencyKey: $k) { id } }',
        {
          k: `lm-report-${run}`,
          input: {
            type: 'QUARTERLY_PROGRESS',
            programmeId: 'default',
            regionPrefix: '52',
            from: today,
            to: today,
            format: 'CSV',
            locale: 'en',
          },
        },
      ),
    );
    reportJobId = report!.requestReport.id;
    // Started by the in-scope facilitator: a facilitator reads only the imports they started.
    const started = await must(
      app.gql(
        START_IMPORT,
        {
          csv: csvOf([csvLine({ nik: randomNik() })]),
          programmeId: 'default',
          cohortId: null,
          key: `lm-import-${run}`,
        },
        { user: facilitator, role: 'facilitator', programmes: ['default'], regions: ['52'] },
      ),
    );
    importId = started!.startEnrolmentImport.importId;
  });
  afterAll(() => app?.stop());

  it('allows and refuses every subscription exactly as the declared table says', async () => {
    const mismatches: string[] = [];
    const connections: LiveConnection[] = [];
    try {
      for (const role of CALLER_ROLES) {
        for (const inScope of [true, false]) {
          const user = { facilitator, coordinator }[role as string] ?? `${role}-lm`;
          const who: TestIdentity = inScope
            ? { user, role, programmes: ['default'], regions: ['52'], organisations: [organisation] }
            : { user, role, programmes: ['elsewhere'], regions: ['31'], organisations: ['elsewhere-org'] };
          const live = await connectLive(app.api.url, who);
          connections.push(live);
          for (const [field, rule] of Object.entries(ACCESS_POLICY.Subscription)) {
            const before = app.api.live.subscriberCount;
            const id = { reportJobChanged: reportJobId, enrolmentImportChanged: importId }[field] ?? journeyId;
            const sub = live.subscribe(DOCS[field], { id });
            let ended: Json = undefined;
            let settled = false;
            void sub.ended.then((error: Json) => ((ended = error), (settled = true)));
            const deadline = Date.now() + 10_000;
            while (
              !settled &&
              !sub.results.some((r) => r.data) &&
              app.api.live.subscriberCount <= before &&
              Date.now() < deadline
            )
              await new Promise((r) => setTimeout(r, 10));
            const errors = [...(Array.isArray(ended) ? ended : []), ...sub.results.flatMap((r) => r.errors ?? [])];
            const allowed = app.api.live.subscriberCount > before || sub.results.some((r) => r.data);
            const outcome = errors.length ? String(errors[0].extensions?.code) : allowed ? 'allowed' : 'no answer';
            sub.stop();
            // Stopped: the process lets it go before the next one is counted.
            while (app.api.live.subscriberCount > before && Date.now() < deadline + 5_000)
              await new Promise((r) => setTimeout(r, 10));
            const scopeBound = SCOPE_BOUND.has(rule.scope) || RECORD_BOUND.has(field);
            const expectDenied = !rule.roles.includes(role) || (!inScope && scopeBound);
            const denied = outcome === 'FORBIDDEN';
            if (denied !== expectDenied || (outcome !== 'allowed' && outcome !== 'FORBIDDEN'))
              mismatches.push(`${field} as ${role} ${inScope ? 'in' : 'out of'} scope: ${outcome}`);
          }
        }
      }
      const anonymous = await connectLive(app.api.url, { user: 'nobody', role: 'viewer' }, '');
      connections.push(anonymous);
      anonymous.subscribe(DOCS.caseloadChanged);
      expect((await anonymous.closed).code).toBe(4401);
    } finally {
      await Promise.all(connections.map((c) => c.close()));
    }
    expect(mismatches).toEqual([]);
  });
});

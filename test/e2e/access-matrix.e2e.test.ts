import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import { ACCESS_POLICY, type FieldRule } from '../../api/auth/access-policy';
import { CALLER_ROLES } from '../../domain/staff/principal.rules';
import { ENROLL, enrolmentInput } from '../support/journey-graphql';
import { ensureCohort } from '../support/cohort-graphql';
import { randomNik, startAppHarness, type AppHarness, type TestIdentity } from '../support/app-harness';

/**
 * Every Query and Mutation field x every role (the safeguarding team included), in and out of scope, and
 * anonymously, against the declared table (api/auth/access-policy.ts). Operations are generated from the schema
 * with type-correct arguments whose content the resolver refuses (idempotencyKey "x"), so an allowed call
 * answers VALIDATION_FAILED (or data) and changes nothing, and a refused one answers FORBIDDEN.
 */
const schema = buildSchema(readFileSync(join(__dirname, '..', '..', 'schema', 'schema.graphql'), 'utf8'));
const SCOPE_BOUND = new Set<FieldRule['scope']>([
  'JOURNEY',
  'BENEFICIARY',
  'ENROLMENT',
  'PROGRAMME',
  'AUDIT_FILTER',
  'REPORT',
  'PLACE',
  'COHORT',
]);

const SCALARS: Record<string, unknown> = {
  String: 'x',
  ID: 'x',
  Int: 1,
  Float: 1,
  Boolean: true,
  DateTimeISO: '2026-01-05T08:00:00.000Z',
  LocalDate: '1990-01-01',
  NIK: '3174000000000001',
  JSONObject: {},
};

function valueFor(type: GraphQLInputType, depth = 0): unknown {
  if (isNonNullType(type)) return valueFor(type.ofType, depth);
  if (isListType(type)) return [];
  if (isScalarType(type)) return SCALARS[type.name] ?? 'x';
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type) && depth < 5) {
    const out: Record<string, unknown> = {};
    for (const f of Object.values(type.getFields())) {
      if (f.name === 'programmeId') out[f.name] = 'default';
      else if (f.name === 'regionCode') out[f.name] = '52.71';
      else if (isNonNullType(f.type)) out[f.name] = valueFor(f.type, depth + 1);
    }
    return out;
  }
  return null;
}

/**
 * The global ids of the enrolled person's journey and beneficiary record (each argument gets its own type's),
 * and the id of their cohort.
 */
interface Ids {
  journey: string;
  beneficiary: string;
  cohort: string;
}

function operation(kind: 'Query' | 'Mutation', field: GraphQLField<unknown, unknown>, ids: Ids) {
  const vars: Record<string, unknown> = {};
  const decls: string[] = [];
  const uses: string[] = [];
  for (const arg of field.args) {
    let value: unknown;
    if (arg.name === 'journeyId' || (arg.name === 'id' && ['journey', 'journeyHistory', 'node'].includes(field.name)))
      value = ids.journey;
    else if (arg.name === 'beneficiaryId' || (arg.name === 'id' && field.name === 'beneficiary'))
      value = ids.beneficiary;
    else if (arg.name === 'programmeId') value = 'default';
    else if (arg.name === 'cohortId') value = ids.cohort;
    else if (field.name === 'updateCohort' && arg.name === 'input')
      value = { id: ids.cohort, plannedSize: 0, reason: 'x' }; // refused by the resolver: nothing changes
    else if (arg.name === 'idempotencyKey')
      value = 'x'; // refused by the resolver: nothing is ever applied
    else if (field.name === 'auditLog' && arg.name === 'filter')
      value = { programmeId: 'default', regionCode: '52*' }; // a scoped reader names their area
    else if (isNonNullType(arg.type)) value = valueFor(arg.type);
    else continue;
    vars[arg.name] = value;
    decls.push(`$${arg.name}: ${arg.type.toString()}`);
    uses.push(`${arg.name}: $${arg.name}`);
  }
  const ret = getNamedType(field.type);
  const selection = isObjectType(ret)
    ? ret.getFields().totalCount
      ? ' { __typename totalCount }'
      : ' { __typename }'
    : isInterfaceType(ret)
      ? ' { __typename }'
      : '';
  const operationType = kind === 'Query' ? 'query' : 'mutation';
  const params = decls.length ? `(${decls.join(', ')})` : '';
  const args = uses.length ? `(${uses.join(', ')})` : '';
  const doc = `${operationType}${params} { ${field.name}${args}${selection} }`;
  return { doc, vars };
}

describe('access matrix: every operation x every role, in and out of scope', () => {
  let app: AppHarness;
  let journeyId: string;
  let beneficiaryId: string;
  const cohortId = `matrix-${randomUUID().slice(0, 8)}`;

  beforeAll(async () => {
    app = await startAppHarness();
    await ensureCohort(app, cohortId, { regionCode: '52.71' });
    const res = await app.gql(ENROLL, {
      input: enrolmentInput(randomNik(), { regionCode: '52.71', cohortId }),
      key: `matrix-${randomUUID()}`,
    });
    journeyId = res.data!.enrollBeneficiary.id;
    beneficiaryId = res.data!.enrollBeneficiary.beneficiary.id;
    // coordinator-1 coordinates the journey's facilitator, so the journey is in their team's scope.
    const assign = `mutation($i: AssignStaffInput!) { assignStaff(input: $i) { userId } }`;
    const place = { programmeId: 'default', regionCodes: ['52'], reason: 'access matrix team' };
    for (const input of [
      { ...place, userId: 'coordinator-1', role: 'COORDINATOR' },
      { ...place, userId: 'facilitator-1', role: 'FACILITATOR', coordinatorId: 'coordinator-1' },
    ]) {
      const assigned = await app.gql(assign, { i: input });
      expect(assigned.errors).toBeUndefined();
    }
    // The journey is assigned to the in-scope partner's organisation, so partners in scope may read it.
    const org = await app.gql(
      `mutation($i: CreateOrganisationInput!) { createOrganisation(input: $i) { id } }`,
      {
        i: {
          id: 'matrix-org',
          name: 'Matrix partner',
          kind: 'NGO',
          programmeIds: ['default'],
          regionCodes: ['52'],
          reason: 'Access matrix partner organisation',
        },
      },
      { user: 'admin-1', role: 'admin' },
    );
    if (org.errors) throw new Error(JSON.stringify(org.errors));
    const assigned = await app.gql(
      `mutation($id: ID!, $i: AssignPartnerInput!) { assignPartner(journeyId: $id, idempotencyKey: "matrix-assign", ` +
        'input: $i) { id } }',
      { id: journeyId, i: { organisationId: 'matrix-org', reason: 'Access matrix partner' } },
    );
    if (assigned.errors) throw new Error(JSON.stringify(assigned.errors));
  });
  afterAll(() => app?.stop());

  it('allows and refuses exactly as the declared table says', async () => {
    const mismatches: string[] = [];
    let calls = 0;
    for (const kind of ['Query', 'Mutation'] as const) {
      const fields = (schema.getType(kind) as import('graphql').GraphQLObjectType).getFields();
      for (const [name, field] of Object.entries(fields)) {
        // node(id:) is asked for the journey: it must answer exactly as journey(id:) does.
        const rule = kind === 'Query' && name === 'node' ? ACCESS_POLICY.Query.journey : ACCESS_POLICY[kind][name];
        if (!rule) {
          mismatches.push(`${kind}.${name}: no rule`);
          continue;
        }
        const { doc, vars } = operation(kind, field, {
          journey: journeyId,
          beneficiary: beneficiaryId,
          cohort: cohortId,
        });
        const anon = await app.gql(doc, vars, null);
        calls++;
        // Public channels (complaints, safeguarding reports) answer callers without a token; everything else
        // refuses them.
        const anonCode = anon.errors?.[0]?.extensions?.code;
        const anonRefused = anonCode === 'UNAUTHENTICATED' || anonCode === 'FORBIDDEN';
        if (anonRefused === Boolean(rule.anonymous) || (rule.anonymous && anonCode === 'INTERNAL'))
          mismatches.push(`${kind}.${name} anonymous: ${JSON.stringify(anon.errors?.[0] ?? anon.data)}`);
        for (const role of CALLER_ROLES) {
          for (const inScope of [true, false]) {
            const who: TestIdentity = inScope
              ? { user: `${role}-1`, role, programmes: ['default'], regions: ['52'], organisations: ['matrix-org'] }
              : {
                  user: `${role}-1`,
                  role,
                  programmes: ['elsewhere'],
                  regions: ['31'],
                  organisations: ['elsewhere-org'],
                };
            const res = await app.gql(doc, vars, who);
            calls++;
            const code = res.errors?.[0]?.extensions?.code;
            const denied = code === 'FORBIDDEN' || code === 'UNAUTHENTICATED';
            // A partner answers only a referral naming its organisation: this journey has none.
            const noReferral = role === 'partner' && rule.partner === 'REFERRAL';
            const expectDenied = !rule.roles.includes(role) || (!inScope && SCOPE_BOUND.has(rule.scope)) || noReferral;
            if (denied !== expectDenied)
              mismatches.push(
                `${kind}.${name} as ${role} ${inScope ? 'in' : 'out of'} scope: ` +
                  `expected ${expectDenied ? 'denied' : 'allowed'}, ` +
                  `got ${code ?? 'data'} ${res.errors?.[0]?.message ?? ''}`,
              );
            if (code === 'INTERNAL') mismatches.push(`${kind}.${name} as ${role}: INTERNAL`);
            // A list out of scope is allowed but shows nothing of the areas it does not cover.
            const data = res.data?.[name] as { totalCount?: number } | undefined;
            if (
              !inScope &&
              !denied &&
              rule.scope === 'LIST' &&
              data &&
              typeof data.totalCount === 'number' &&
              data.totalCount !== 0
            ) {
              mismatches.push(`${kind}.${name} as ${role} out of scope: ${data.totalCount} rows`);
            }
          }
        }
      }
    }
    console.log(`access matrix: ${calls} calls`);
    expect(mismatches).toEqual([]);
  });

  it('limits lists to the scope and facilitators to their own caseload', async () => {
    const q = `query($f: JourneyFilter) { journeys(filter: $f, first: 100) { totalCount edges { node { id } } } }`;
    const inScope = await app.gql(
      q,
      { f: { regionCode: '52.71' } },
      { user: 'a', role: 'auditor', programmes: ['default'], regions: ['52.71'] },
    );
    expect(inScope.data!.journeys.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(journeyId);
    const otherRegion = await app.gql(
      q,
      { f: { regionCode: '52.71' } },
      { user: 'a', role: 'auditor', programmes: ['default'], regions: ['52.01'] },
    );
    expect(otherRegion.data!.journeys.totalCount).toBe(0);
    const otherProgramme = await app.gql(
      `query($id: ID!) { journey(id: $id) { id } }`,
      { id: journeyId },
      { user: 'a', role: 'auditor', programmes: ['training-sandbox'], regions: ['*'] },
    );
    expect(otherProgramme.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const otherFacilitator = await app.gql(
      `mutation($id: ID!) { withdraw(journeyId: $id, idempotencyKey: "x", reason: "moved away") { id } }`,
      { id: journeyId },
      { user: 'facilitator-2', role: 'facilitator' },
    );
    expect(otherFacilitator.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const att = await app.gql(
      `mutation($i: SessionAttendanceInput!) { recordSessionAttendance(idempotencyKey: "att-${randomUUID()}", ` +
        'input: $i) { entries { ok code } } }',
      {
        i: {
          sessionId: 's-1',
          heldAt: new Date().toISOString(),
          entries: [{ journeyId, moduleId: 'm-1', status: 'PRESENT' }],
        },
      },
      { user: 'facilitator-1', role: 'facilitator', programmes: ['default'], regions: ['31'] },
    );
    expect(att.data?.recordSessionAttendance.entries[0]).toEqual({ ok: false, code: 'FORBIDDEN' });
  });
});

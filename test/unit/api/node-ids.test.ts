import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  assertObjectType,
  buildSchema,
  getNullableType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isScalarType,
  type GraphQLInputType,
} from 'graphql';
import { ACCESS_POLICY, NODE_QUERIES } from '../../../api/auth/access-policy';
import { parseGlobalId, parseNodeId, toGlobalId, uuidOfReference } from '../../../api/node/global-id';
import { nodeArgumentPaths, nodeArgumentsDecoder } from '../../../api/node/node-arguments';
import { NODE_TYPES } from '../../../api/node/node-types';
import { DomainError } from '../../../domain/errors/error-codes';

const schema = buildSchema(readFileSync(join(__dirname, '..', '..', '..', 'schema', 'schema.graphql'), 'utf8'));

/** The code and message a call throws with (a DomainError), or null when it does not throw. */
function refusal(call: () => unknown): { code: string; message: string } | null {
  try {
    call();
    return null;
  } catch (err) {
    if (err instanceof DomainError) return { code: err.code, message: err.message };
    throw err;
  }
}

describe('global ids', () => {
  const uuid = randomUUID();

  it('name the type and the UUID, so a journey and its beneficiary have different ids', () => {
    const ids = NODE_TYPES.map((t) => toGlobalId(t, uuid));
    expect(new Set(ids).size).toBe(NODE_TYPES.length);
    for (const t of NODE_TYPES) expect(parseGlobalId(toGlobalId(t, uuid))).toEqual({ type: t, uuid });
    expect(toGlobalId('Journey', uuid.toUpperCase())).toBe(toGlobalId('Journey', uuid));
  });

  it('are only what toGlobalId writes: a bare UUID, an unknown type or other text is none', () => {
    const b64 = (text: string) => Buffer.from(text).toString('base64url');
    for (const value of [
      uuid,
      '',
      'x',
      b64(`Programme:${uuid}`),
      b64('Journey:not-a-uuid'),
      b64(`Journey:${uuid.toUpperCase()}`),
      `${toGlobalId('Journey', uuid)}=`,
      Buffer.from(`Journey:${uuid}`).toString('base64'),
    ])
      expect(parseGlobalId(value)).toBeNull();
  });

  it('a reference is its own type or a bare UUID; another type or other text names nothing', () => {
    expect(uuidOfReference(toGlobalId('Journey', uuid), 'Journey')).toBe(uuid);
    expect(uuidOfReference(uuid, 'Journey')).toBe(uuid);
    expect(uuidOfReference(toGlobalId('Complaint', uuid), 'Journey')).toBeNull();
    expect(uuidOfReference(toGlobalId('Beneficiary', uuid), 'Journey')).toBeNull();
    expect(uuidOfReference('garbage', 'Complaint')).toBeNull();
    expect(uuidOfReference(42, 'Complaint')).toBeNull();
  });

  it('node(id:) takes global ids only', () => {
    expect(parseNodeId(toGlobalId('ReportJob', uuid))).toEqual({ type: 'ReportJob', uuid });
    expect(refusal(() => parseNodeId(uuid))?.code).toBe('VALIDATION_FAILED');
    expect(refusal(() => parseNodeId('garbage'))?.code).toBe('VALIDATION_FAILED');
  });
});

describe('the Node interface in the schema', () => {
  it('is implemented by exactly the node types', () => {
    const node = schema.getType('Node');
    if (!isInterfaceType(node)) throw new Error('no Node interface');
    const implementations = schema.getPossibleTypes(node).map((t) => t.name);
    expect(implementations.sort()).toEqual([...NODE_TYPES].sort());
  });

  it('node(id:) is open to every role that may read some type by id, each type under its own query', () => {
    const readers = new Set(NODE_TYPES.flatMap((t) => ACCESS_POLICY.Query[NODE_QUERIES[t]].roles));
    expect([...ACCESS_POLICY.Query.node.roles].sort()).toEqual([...readers].sort());
    for (const t of NODE_TYPES)
      expect(assertObjectType(schema.getType('Query')).getFields()[NODE_QUERIES[t]]).toBeTruthy();
  });
});

/** Every ID-typed place of an argument (`input.entries.journeyId`), as node-arguments.ts walks them. */
function idPaths(type: GraphQLInputType, path: string, out: string[], depth = 0): string[] {
  const inner = getNullableType(type);
  if (isListType(inner)) return idPaths(inner.ofType, path, out, depth);
  if (isScalarType(inner) && inner.name === 'ID') out.push(path);
  if (isInputObjectType(inner) && depth < 5)
    for (const f of Object.values(inner.getFields())) idPaths(f.type, `${path}.${f.name}`, out, depth + 1);
  return out;
}

describe('arguments naming an object', () => {
  /**
   * ID arguments that are not decoded: programme ids, audit row ids, the programme's own id, an enrolment import's
   * UUID, node's (parsed by the access check and the resolver) and a complaint subject (a journey, facilitator or
   * group).
   */
  const RAW = [
    'Query.verifyAuditChain(toId)',
    'Query.verifyAuditChain(fromId)',
    'Query.beneficiaries(filter.programmeId)',
    'Query.cohort(programmeId)',
    'Query.cohorts(programmeId)',
    'Query.programmeIndicators(programmeId)',
    'Query.logframe(programmeId)',
    'Query.programme(id)',
    'Query.reportJobs(programmeId)',
    'Query.enrolmentImport(importId)',
    'Query.enrolmentImports(programmeId)',
    'Query.enrolmentImports(cohortId)',
    'Mutation.startEnrolmentImport(programmeId)',
    'Mutation.startEnrolmentImport(cohortId)',
    'Query.node(id)',
    'Mutation.enrollBeneficiariesCsv(programmeId)',
    'Mutation.requestReport(input.programmeId)',
    'Mutation.fileComplaint(input.subjectRef)',
    // Ids of programmes, cohorts, facilitators (users) and module templates: one ID type, never a node.
    'Mutation.approvePlan(input.modules.templateId)',
    'Mutation.createProgramme(input.id)',
    'Mutation.decideCapitalProposal(input.proposalId)',
    'Mutation.updateProgramme(input.id)',
    'Mutation.enrollBeneficiariesCsv(cohortId)',
    'Mutation.enrollBeneficiary(input.cohortId)',
    'Mutation.enrollBeneficiary(input.facilitatorId)',
    'Mutation.enrollBeneficiary(input.programmeId)',
    'Mutation.fileComplaint(input.programmeId)',
    'Mutation.fileSafeguardingReport(input.programmeId)',
    'Mutation.reassignFacilitator(input.facilitatorId)',
    'Mutation.recordCapitalReceipt(input.proposalId)',
    'Mutation.recordSatisfaction(input.moduleId)',
    'Mutation.assignModuleMentor(input.mentorId)',
    'Mutation.assignModuleMentor(input.templateId)',
    // Organisations are named by their slug (as in a token's scope.organisations), never a node.
    'Mutation.createOrganisation(input.id)',
    'Mutation.createOrganisation(input.programmeIds)',
    'Query.organisations(programmeId)',
    'Mutation.assignPartner(input.organisationId)',
    'Mutation.refer(input.organisationId)',
    'Mutation.recordConflict(input.cohortId)',
    'Mutation.recordConflict(input.programmeId)',
    'Mutation.createCohort(input.id)',
    'Mutation.createCohort(input.programmeId)',
    'Mutation.updateCohort(input.id)',
    'Mutation.recordSelectionRefusal(input.cohortId)',
    'Mutation.recordSelectionRefusal(input.programmeId)',
    'Query.cohortQuotaStatus(cohortId)',
    'Query.selectionRecords(cohortId)',
    'Mutation.requestReport(input.cohortId)',
    'Query.auditLog(filter.programmeId)',
    'Query.beneficiaries(filter.cohortId)',
    'Query.cohort(id)',
    'Query.complaints(programmeId)',
    'Query.conflictFigures(filter.cohortId)',
    'Query.conflictFigures(programmeId)',
    'Query.conflicts(filter.cohortId)',
    'Query.conflicts(programmeId)',
    'Query.journeys(filter.cohortId)',
    'Query.journeys(filter.facilitatorId)',
    'Query.journeys(filter.programmeId)',
    'Query.logframe(filter.cohortId)',
    'Query.programmeIndicators(filter.cohortId)',
    'Query.safeguardingReports(programmeId)',
    // Staff: user, programme and cohort ids.
    'Mutation.assignStaff(input.cohortIds)',
    'Mutation.assignStaff(input.coordinatorId)',
    'Mutation.assignStaff(input.programmeId)',
    'Mutation.assignStaff(input.userId)',
    'Mutation.endStaffAssignment(input.programmeId)',
    'Mutation.endStaffAssignment(input.userId)',
    'Query.staffMembers(programmeId)',
    'Mutation.handOverCaseload(input.fromFacilitatorId)',
    'Mutation.handOverCaseload(input.programmeId)',
    'Mutation.handOverCaseload(input.toFacilitatorId)',
    // Groups: programme, cohort, facilitator (user) and module template ids.
    'Mutation.createGroup(input.cohortId)',
    'Mutation.createGroup(input.facilitatorId)',
    'Mutation.createGroup(input.moduleTemplateId)',
    'Mutation.createGroup(input.programmeId)',
    'Query.groups(cohortId)',
    'Query.groups(programmeId)',
    // Facilitators' weekly report: programme and facilitator (user) ids.
    'Mutation.recordWeeklyNarrative(input.programmeId)',
    'Mutation.requestReport(input.facilitatorId)',
    'Query.myCaseloadFigures(facilitatorId)',
    'Query.myCaseloadFigures(programmeId)',
    // Groups: a group's and a group session's UUIDs (no global ids yet).
    'Mutation.recordGroupAttendance(input.sessionId)',
    // Webhooks: programme ids, and endpoint and delivery UUIDs (no global ids yet).
    'Mutation.registerWebhookEndpoint(input.programmeId)',
    'Mutation.updateWebhookEndpoint(input.id)',
    'Mutation.disableWebhookEndpoint(input.id)',
    'Mutation.rotateWebhookSecret(input.id)',
    'Mutation.replayWebhookDeliveries(input.endpointId)',
    'Mutation.replayWebhookDeliveries(input.deliveryIds)',
    'Query.webhookEndpoints(programmeId)',
    'Query.webhookDeliveries(endpointId)',
  ];

  it('are every ID argument but the raw ones listed here (a new ID argument must be classified)', () => {
    const raw: string[] = [];
    for (const root of ['Query', 'Mutation'] as const) {
      for (const field of Object.values(assertObjectType(schema.getType(root)).getFields())) {
        const decoded = nodeArgumentPaths(field);
        const all = field.args.flatMap((a) => idPaths(a.type, a.name, []));
        raw.push(...all.filter((p) => !decoded.includes(p)).map((p) => `${root}.${field.name}(${p})`));
      }
    }
    expect(raw.sort()).toEqual([...RAW].sort());
  });

  it('are decoded to UUIDs, nested inputs and lists included, and nothing else is touched', () => {
    const uuid = randomUUID();
    const mutation = assertObjectType(schema.getType('Mutation')).getFields();
    const attendance = nodeArgumentsDecoder(mutation.recordSessionAttendance)!;
    const args = {
      input: {
        sessionId: 's1',
        entries: [{ journeyId: toGlobalId('Journey', uuid), moduleId: 'm' }, { journeyId: uuid }],
      },
    };
    expect(attendance(args)).toEqual({
      args: { input: { sessionId: 's1', entries: [{ journeyId: uuid, moduleId: 'm' }, { journeyId: uuid }] } },
      invalid: null,
    });
    expect(args.input.entries[0].journeyId).toBe(toGlobalId('Journey', uuid));
    const conflict = nodeArgumentsDecoder(mutation.recordConflict)!;
    expect(conflict({ input: { journeyIds: [toGlobalId('Journey', uuid)] } })).toEqual({
      args: { input: { journeyIds: [uuid] } },
      invalid: null,
    });
    // A wrong or malformed id stays as given, and the first is reported for the access check to throw.
    const wrong = conflict({ input: { journeyIds: [toGlobalId('Conflict', uuid), 'x'] } });
    expect(wrong.args).toEqual({ input: { journeyIds: [toGlobalId('Conflict', uuid), 'x'] } });
    expect(wrong.invalid).toMatchObject({
      code: 'VALIDATION_FAILED',
      message: 'input.journeyIds must name a Journey; the id given names a Conflict',
    });
    expect(nodeArgumentsDecoder(assertObjectType(schema.getType('Query')).getFields().programmes)).toBeNull();
  });
});

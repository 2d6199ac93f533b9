import type { GraphQLResolveInfo } from 'graphql';
import { DomainError } from '../../domain/errors/error-codes';
import { ACCESS_REFUSALS, recordDenial } from '../audit/audit-denial.service';
import type { GraphQLContext } from '../context';
import { parseNodeId, uuidOfReference } from '../node/global-id';
import type { Args, ArgsDecoder } from '../node/node-arguments';
import { ACCESS_POLICY, NODE_QUERIES, ruleOf, type FieldRule } from './access-policy';
import { CALLER_ROLES, type Principal } from '../../domain/staff/principal.rules';
import { assertReportRequestInScope, reportJobInScope } from '../report/report-access';
import { assertCohortInScope } from '../cohort/cohort-access';
import { assertGroupInScope } from '../group/group-access';
import {
  assertAuditFilterInScope,
  assertJourneyInScope,
  assertPlaceInScope,
  assertProgrammeInScope,
  assertRegionFilterInScope,
} from './scope';

function assertRole(what: string, rule: FieldRule, principal: Principal): void {
  if (!rule.roles.includes(principal.role))
    throw new DomainError('FORBIDDEN', `${what} is for ${rule.roles.join(', ')}; you act as ${principal.role}`);
}

/**
 * A coordinator's scope is their team: fields that check a journey by id (JOURNEY, BENEFICIARY: the team
 * rule of api/auth/scope.ts), name a programme (PROGRAMME), nothing personal (NONE) or list with the team
 * condition (`team`). Any other field is refused to them, so a field opened to coordinators without a team
 * rule shows nothing beyond it; fields open to every role (public channels, safeguarding reports whose
 * services show each role only what it may see) are not a coordinator's grant and pass.
 */
const TEAM_CHECKED = new Set<FieldRule['scope']>(['JOURNEY', 'BENEFICIARY', 'PROGRAMME', 'NONE', 'NODE']);
export function coordinatorMayUse(rule: FieldRule): boolean {
  return Boolean(rule.team) || TEAM_CHECKED.has(rule.scope) || CALLER_ROLES.every((r) => rule.roles.includes(r));
}
function assertTeamRule(what: string, rule: FieldRule, principal: Principal): void {
  if (principal.role === 'coordinator' && !coordinatorMayUse(rule))
    throw new DomainError('FORBIDDEN', `${what} has no team rule for coordinators (refused)`);
}

async function checkScope(ctx: GraphQLContext, principal: Principal, rule: FieldRule, args: Args): Promise<void> {
  switch (rule.scope) {
    case 'JOURNEY':
      return assertJourneyInScope(ctx, args.journeyId ?? args.id, {
        ownCaseload: rule.ownCaseload,
        partner: rule.partner,
      });
    case 'BENEFICIARY':
      return assertJourneyInScope(ctx, args.id ?? args.beneficiaryId);
    case 'PROGRAMME':
      assertProgrammeInScope(
        principal,
        args.programmeId ?? (args.input as { programmeId?: unknown } | undefined)?.programmeId,
      );
      return assertRegionFilterInScope(principal, args.filter);
    case 'ENROLMENT': {
      // One person: programme and region here. A CSV: the programme here, each row's region in the enrolment service.
      const input = args.input as { programmeId?: unknown; regionCode?: unknown } | undefined;
      if (input && typeof input.programmeId === 'string' && typeof input.regionCode === 'string')
        return assertPlaceInScope(principal, input.programmeId, input.regionCode);
      return assertProgrammeInScope(principal, args.programmeId);
    }
    case 'AUDIT_FILTER':
      return assertAuditFilterInScope(ctx, args.filter as Record<string, unknown> | undefined);
    case 'REPORT':
      return assertReportRequestInScope(principal, args.input as Record<string, unknown> | undefined);
    case 'REPORT_JOB': {
      await reportJobInScope(ctx.em, principal, args.id);
      return;
    }
    case 'PLACE': {
      const input = args.input as { programmeId?: unknown; regionCode?: unknown } | undefined;
      if (input && typeof input.programmeId === 'string' && typeof input.regionCode === 'string')
        return assertPlaceInScope(principal, input.programmeId, input.regionCode);
      return;
    }
    case 'COHORT':
      return assertCohortInScope(ctx, principal, args.cohortId ?? (args.input as { id?: unknown } | undefined)?.id);
    case 'GROUP':
      return assertGroupInScope(ctx, principal, args.groupId ?? args.id);
    case 'NODE': {
      // The object's type decides: the roles and scope check of that type's own query, on its UUID.
      const { type, uuid } = parseNodeId(args.id);
      const own = ACCESS_POLICY.Query[NODE_QUERIES[type]];
      assertRole(`Query.node for a ${type} (as Query.${NODE_QUERIES[type]})`, own, principal);
      return checkScope(ctx, principal, own, { id: uuid });
    }
    default:
      return; // NONE; LIST and ENTRIES are limited where the rows are read; RECORD where the record is read
  }
}

/** Decoded arguments, or their first wrong or malformed id as VALIDATION_FAILED. */
function valid({ args, invalid }: ReturnType<ArgsDecoder>): Args {
  if (invalid) throw invalid;
  return args;
}

/**
 * The caller's identity, role and scope for one root field, in that order. The ids its arguments
 * name are decoded to UUIDs for the scope check, which reads them; a wrong or malformed id is
 * VALIDATION_FAILED after the access checks, as it was when only the resolvers checked ids.
 * Answers the decoded arguments.
 */
async function check(
  ctx: GraphQLContext,
  type: string,
  field: string,
  rule: FieldRule | null,
  args: Args,
  decode: ArgsDecoder,
): Promise<Args> {
  if (!rule) throw new DomainError('FORBIDDEN', `${type}.${field} has no access rule (refused to everybody)`);
  const principal = ctx.principal;
  if (!principal && rule.anonymous) return valid(decode(args)); // public channel: no identity asked for, none kept
  if (!principal)
    throw new DomainError(
      'UNAUTHENTICATED',
      'This operation needs an identity: Authorization: Bearer <JWT> (npm run token mints development tokens)',
    );
  assertRole(`${type}.${field}`, rule, principal);
  assertTeamRule(`${type}.${field}`, rule, principal);
  const decoded = decode(args);
  await checkScope(ctx, principal, rule, decoded.args);
  return valid(decoded);
}

/** The action an audit row names for a mutation: its journey command, its policy action, `enroll`, or its name. */
export const actionOf = (field: string, rule: FieldRule | null) =>
  rule?.command ?? rule?.action ?? (field === 'enrollBeneficiary' ? 'enroll' : field);

/** One call of a root field: its arguments, the request context and the field. */
export interface FieldCall {
  args: Args;
  context: GraphQLContext;
  info: GraphQLResolveInfo;
  /** Turns the ids its arguments name into UUIDs (api/node/node-arguments.ts); none: nothing to decode. */
  decode?: ArgsDecoder | null;
}

const asGiven: ArgsDecoder = (args) => ({ args, invalid: null });

/**
 * The same checks for a root field outside a resolver call: a subscription's every event is checked again
 * (api/live/live-stream.ts) with arguments already decoded, so a journey that left the caller's scope stops.
 */
export function assertFieldAccess(ctx: GraphQLContext, type: string, field: string, args: Args): Promise<Args> {
  return check(ctx, type, field, ruleOf(type, field), args, asGiven);
}

/**
 * Every Query, Mutation and Subscription field passes here first (schema.ts wraps each root field's
 * resolver, and a subscription's start): the caller's role must be in the field's row of ACCESS_POLICY
 * (no row: refused), and the journey, beneficiary, programme or place it names must be in the
 * caller's scope. A refused mutation is
 * written to the audit log as DENIED. `next` runs the field's own resolver with the decoded
 * arguments; other fields pass through untouched.
 */
export async function accessMiddleware(
  { args, context, info, decode }: FieldCall,
  next: (args: Args) => Promise<unknown>,
): Promise<unknown> {
  const type = info.parentType.name;
  if (type !== 'Query' && type !== 'Mutation' && type !== 'Subscription') return next(args);
  const rule = ruleOf(type, info.fieldName);
  let decoded: Args;
  try {
    decoded = await check(context, type, info.fieldName, rule, args, decode ?? asGiven);
  } catch (err) {
    if (type === 'Mutation') await recordMutationDenial(context, info.fieldName, rule, args, err);
    throw err;
  }
  return next(decoded);
}

/** The DENIED audit row of a mutation refused for who the caller is or may do (ACCESS_REFUSALS). */
async function recordMutationDenial(
  ctx: GraphQLContext,
  field: string,
  rule: FieldRule | null,
  args: Args,
  err: unknown,
): Promise<void> {
  const journeyId =
    uuidOfReference(args.journeyId, 'Journey') ?? (typeof args.journeyId === 'string' ? args.journeyId : null);
  const key = typeof args.idempotencyKey === 'string' ? args.idempotencyKey : undefined;
  await recordDenial(ctx, actionOf(field, rule), journeyId, err, key, ACCESS_REFUSALS);
}

/**
 * A mutation called over plain HTTP instead of GraphQL (the large-file upload of startEnrolmentImport): the checks
 * of its ACCESS_POLICY row and, for a refusal, the DENIED audit row, exactly as accessMiddleware does for the field.
 */
export async function assertMutationAccess(ctx: GraphQLContext, field: string, args: Args): Promise<Args> {
  const rule = ruleOf('Mutation', field);
  try {
    return await check(ctx, 'Mutation', field, rule, args, asGiven);
  } catch (err) {
    await recordMutationDenial(ctx, field, rule, args, err);
    throw err;
  }
}

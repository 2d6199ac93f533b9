import type { GraphQLResolveInfo } from 'graphql';
import { DomainError } from '../../domain/errors/error-codes';
import { ACCESS_REFUSALS, recordDenial } from '../audit/audit-denial.service';
import type { GraphQLContext } from '../context';
import { ruleOf, type FieldRule } from './access-policy';
import { assertReportRequestInScope, reportJobInScope } from '../report/report-access';
import { assertAuditFilterInScope, assertJourneyInScope, assertPlaceInScope, assertProgrammeInScope } from './scope';

type Args = Record<string, unknown>;

async function check(
  ctx: GraphQLContext,
  type: string,
  field: string,
  rule: FieldRule | null,
  args: Args,
): Promise<void> {
  if (!rule) throw new DomainError('FORBIDDEN', `${type}.${field} has no access rule (refused to everybody)`);
  const principal = ctx.principal;
  if (!principal && rule.anonymous) return; // public channel: no identity asked for, none kept
  if (!principal)
    throw new DomainError(
      'UNAUTHENTICATED',
      'This operation needs an identity: Authorization: Bearer <JWT> (npm run token mints development tokens)',
    );
  if (!rule.roles.includes(principal.role)) {
    throw new DomainError(
      'FORBIDDEN',
      `${type}.${field} is for ${rule.roles.join(', ')}; you act as ${principal.role}`,
    );
  }
  switch (rule.scope) {
    case 'JOURNEY':
      return assertJourneyInScope(ctx, args.journeyId ?? args.id, { ownCaseload: rule.ownCaseload });
    case 'BENEFICIARY':
      return assertJourneyInScope(ctx, args.id ?? args.beneficiaryId);
    case 'PROGRAMME':
      return assertProgrammeInScope(principal, args.programmeId);
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
    default:
      return; // NONE; LIST and ENTRIES are limited where the rows are read; RECORD where the record is read
  }
}

/** The action an audit row names for a mutation: its journey command, its policy action, `enroll`, or its name. */
export const actionOf = (field: string, rule: FieldRule | null) =>
  rule?.command ?? rule?.action ?? (field === 'enrollBeneficiary' ? 'enroll' : field);

/** One call of a root field: its arguments, the request context and the field. */
export interface FieldCall {
  args: Args;
  context: GraphQLContext;
  info: GraphQLResolveInfo;
}

/**
 * Every Query and Mutation field passes here first (schema.ts wraps each root field's resolver): the
 * caller's role must be in the field's row of ACCESS_POLICY (no row: refused), and the journey,
 * beneficiary, programme or place it names must be in the caller's scope. A refused mutation is
 * written to the audit log as DENIED. `next` runs the field's own resolver; other fields pass through untouched.
 */
export async function accessMiddleware(
  { args, context, info }: FieldCall,
  next: () => Promise<unknown>,
): Promise<unknown> {
  const type = info.parentType.name;
  if (type !== 'Query' && type !== 'Mutation') return next();
  const rule = ruleOf(type, info.fieldName);
  try {
    await check(context, type, info.fieldName, rule, args);
  } catch (err) {
    if (type === 'Mutation') {
      const a = args;
      const journeyId = typeof a.journeyId === 'string' ? a.journeyId : null;
      await recordDenial(
        context,
        actionOf(info.fieldName, rule),
        journeyId,
        err,
        typeof a.idempotencyKey === 'string' ? a.idempotencyKey : undefined,
        ACCESS_REFUSALS,
      );
    }
    throw err;
  }
  return next();
}

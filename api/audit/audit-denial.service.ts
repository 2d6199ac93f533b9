import type { ErrorCode } from '../../domain/errors/error-codes';
import { appendAuditRows } from '../../db/audit/audit-append';
import { domainCodeOf } from '../errors/error-mapping';
import type { GraphQLContext } from '../context';
import { auditQuery, inAuditTransaction } from './audit-sql';

/**
 * Refusals that are audit facts: who tried what they were not allowed to, or what the journey's
 * stage or rules refused. Outages (UPSTREAM_UNAVAILABLE), bugs (INTERNAL) and unknown journeys
 * (NOT_FOUND) are not attempts on a journey and are not written.
 */
const AUDITED: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'COMMAND_NOT_ALLOWED_IN_STAGE',
  'JOURNEY_PAUSED',
  'JOURNEY_CLOSED',
  'COMMUNICATION_REQUIRED',
  'REASON_REQUIRED',
  'FOLLOW_UP_NOT_DUE',
  'VISIT_DATE_OUT_OF_CYCLE',
  'UNKNOWN_ALTERNATIVE',
  'UNKNOWN_MODULE',
  'INVALID_PLAN',
  'SESSION_NOT_FOUND',
  'NOT_YOUR_MODULE',
  'IDEMPOTENCY_KEY_REUSED',
  'STAFF_NOT_ASSIGNED',
  'CASELOAD_LIMIT_REACHED',
  'VALIDATION_FAILED',
  'SELECTION_CRITERIA_NOT_MET',
  'DUPLICATE_NIK',
  'SESSION_HOURS_OUTSIDE_TEMPLATE',
  'MODULE_MINIMUM_DURATION',
  'CAPITAL_PROPOSAL_NOT_FOUND',
  'CAPITAL_PROPOSAL_ALREADY_DECIDED',
  'CAPITAL_PROPOSAL_NOT_APPROVED',
  'CAPITAL_ALREADY_RECEIVED',
  'MARKET_CHANNEL_ALREADY_OPEN',
  'SATISFACTION_NOT_DUE',
  'SATISFACTION_ALREADY_RECORDED',
  'LIVELIHOOD_FACTS_INCONSISTENT',
  'HOUSEHOLD_SIZE_REQUIRED',
  'LATE_RECORD_NEEDS_APPROVAL',
  'OCCURRED_AT_IN_FUTURE',
]);

/** Refusals of who the caller is or may do (enrolment audits only these: a bulk file's bad rows are not attempts). */
export const ACCESS_REFUSALS: ReadonlySet<ErrorCode> = new Set<ErrorCode>(['FORBIDDEN', 'UNAUTHENTICATED']);

type DenialContext = Pick<GraphQLContext, 'em' | 'actor' | 'requestId' | 'logger'>;

/**
 * Writes one DENIED audit row (actor, action, journey, code, message) for a refused command.
 * Never masks the refusal: a failure to write is logged and the caller rethrows the original error.
 * The message is the catalogue's or the machine's text (codes and ids, never personal data).
 */
export async function recordDenial(
  ctx: DenialContext,
  action: string,
  journeyId: string | null,
  err: unknown,
  idempotencyKey?: string,
  audited: ReadonlySet<ErrorCode> = AUDITED,
): Promise<void> {
  const domain = domainCodeOf(err);
  if (!domain || !audited.has(domain.code)) return;
  try {
    const journey =
      journeyId && /^[0-9a-f-]{36}$/i.test(journeyId)
        ? (await auditQuery(ctx.em, 'select programme_id, region_code from journey where id = ?', [journeyId]))[0]
        : undefined;
    await inAuditTransaction(ctx.em, (sql) =>
      appendAuditRows(sql, [
        {
          at: new Date(),
          actorId: ctx.actor?.userId ?? 'anonymous',
          actorRole: ctx.actor?.role ?? 'none',
          action,
          journeyId: journey ? journeyId : null,
          programmeId: (journey?.programme_id as string | undefined) ?? null,
          regionCode: (journey?.region_code as string | undefined) ?? null,
          reason: null,
          before: null,
          after: {
            code: domain.code,
            message: domain.message,
            ...(journey || !journeyId ? {} : { requestedJourneyId: journeyId }),
          },
          requestId: ctx.requestId,
          idempotencyKey: idempotencyKey ?? null,
          workflowId: null,
          runId: null,
          eventSeq: null,
          source: 'DENIED',
        },
      ]),
    );
  } catch (writeErr) {
    ctx.logger.error(
      { requestId: ctx.requestId, action, err: (writeErr as Error).message },
      'could not write the DENIED audit row',
    );
  }
}

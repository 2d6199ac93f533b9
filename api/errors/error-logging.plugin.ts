import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import { sanitizeForLog } from '../../config/logger';
import { isErrorCode, type ErrorCode } from '../../domain/errors/error-codes';
import { failureOf, isApolloCode } from './error-mapping';
import type { GraphQLContext } from '../context';

type LogLevel = 'info' | 'warn' | 'error';

/**
 * How loud each answered code is in the log. Operators alert on error, so only a fault of the server is one:
 * INTERNAL, and a backing service that is down. A client's mistake (a malformed query or input, a command the
 * rules refuse) is info; a refused caller (no or a bad token, a role or scope that does not allow it, too many
 * requests) is warn, as it may be an attack. Typed over the whole catalogue, so a new code cannot go unmapped.
 */
const LOG_LEVEL: Record<ErrorCode, LogLevel> = {
  VALIDATION_FAILED: 'info',
  NOT_FOUND: 'info',
  DUPLICATE_NIK: 'info',
  BENEFICIARY_ERASED: 'info',
  ORGANISATION_ID_TAKEN: 'info',
  WEBHOOK_URL_INVALID: 'info',
  WEBHOOK_ENDPOINT_DISABLED: 'info',
  WEBHOOK_SECRET_ROTATED: 'info',
  SELECTION_CRITERIA_NOT_MET: 'info',
  COHORT_NOT_FOUND: 'info',
  COHORT_ALREADY_EXISTS: 'info',
  COHORT_NOT_ENROLLING: 'info',
  COHORT_REGION_MISMATCH: 'info',
  COHORT_OVER_PLANNED_SIZE: 'info',
  COHORT_QUOTA_AT_RISK: 'info',
  DISABILITY_DISAGREES_WITH_FUNCTIONING: 'info',
  ETHNICITY_NOT_COLLECTED: 'info',
  COMMAND_NOT_ALLOWED_IN_STAGE: 'info',
  FOLLOW_UP_NOT_DUE: 'info',
  VISIT_DATE_OUT_OF_CYCLE: 'info',
  UNKNOWN_ALTERNATIVE: 'info',
  JOURNEY_PAUSED: 'info',
  JOURNEY_CLOSED: 'info',
  COMMUNICATION_REQUIRED: 'info',
  REASON_REQUIRED: 'info',
  UNKNOWN_MODULE: 'info',
  INVALID_PLAN: 'info',
  SESSION_NOT_FOUND: 'info',
  NOT_YOUR_MODULE: 'info',
  NOT_YOUR_CASELOAD: 'warn',
  WEEK_NOT_VALID: 'info',
  REGION_NOT_COVERED: 'info',
  PROGRAMME_EXISTS: 'info',
  INVALID_RULES: 'info',
  RULES_VERSION_PUBLISHED: 'info',
  IDEMPOTENCY_KEY_REUSED: 'info',
  STAFF_NOT_ASSIGNED: 'info',
  CASELOAD_LIMIT_REACHED: 'info',
  GROUP_NOT_FOUND: 'info',
  GROUP_STATUS_CHANGE_NOT_ALLOWED: 'info',
  GROUP_DISSOLVED: 'info',
  GROUP_MEMBER_NOT_ELIGIBLE: 'info',
  ALREADY_A_GROUP_MEMBER: 'info',
  NOT_A_GROUP_MEMBER: 'info',
  GROUP_ROLE_TAKEN: 'info',
  IN_ANOTHER_LEARNING_GROUP: 'info',
  NOT_A_BUSINESS_GROUP: 'info',
  GROUP_REPORT_PERIOD_OVERLAPS: 'info',
  SESSION_HOURS_OUTSIDE_TEMPLATE: 'info',
  MODULE_MINIMUM_DURATION: 'info',
  CAPITAL_PROPOSAL_NOT_FOUND: 'info',
  CAPITAL_PROPOSAL_ALREADY_DECIDED: 'info',
  CAPITAL_PROPOSAL_NOT_APPROVED: 'info',
  CAPITAL_ALREADY_RECEIVED: 'info',
  MARKET_CHANNEL_ALREADY_OPEN: 'info',
  SATISFACTION_NOT_DUE: 'info',
  SATISFACTION_ALREADY_RECORDED: 'info',
  LIVELIHOOD_FACTS_INCONSISTENT: 'info',
  HOUSEHOLD_SIZE_REQUIRED: 'info',
  LATE_RECORD_NEEDS_APPROVAL: 'info',
  OCCURRED_AT_IN_FUTURE: 'info',
  LISTED_TWICE: 'info',
  ATTENDANCE_ALREADY_RECORDED: 'info',
  QUERY_TOO_COMPLEX: 'info',
  RATE_LIMITED: 'warn',
  FORBIDDEN: 'warn',
  UNAUTHENTICATED: 'warn',
  UPSTREAM_UNAVAILABLE: 'error',
  INTERNAL: 'error',
};

/** The level of an answered code: Apollo's codes for a malformed request are info; no code (unexpected) is error. */
export function logLevelOf(code: string | null): LogLevel {
  if (isErrorCode(code)) return LOG_LEVEL[code];
  return isApolloCode(code) ? 'info' : 'error';
}

/**
 * Logs one error of a request at its level, with the code the client was answered with. No variables and, for a
 * client's error, no message (they can quote input); an unexpected error adds its type and sanitized message for
 * the operator, since the client only saw INTERNAL.
 */
export function logRequestError(logger: Logger, err: GraphQLError, operationName?: string | null): void {
  const extensionCode = err.extensions?.code;
  const code = isApolloCode(extensionCode) ? extensionCode : (failureOf(err, extensionCode, err.message)?.code ?? null);
  const level = logLevelOf(code);
  const where = { operationName, path: err.path, code: code ?? 'INTERNAL' };
  if (level !== 'error') {
    logger[level](where, 'client error');
    return;
  }
  const cause = err.originalError ?? err;
  logger.error(
    { ...where, err: { type: cause.name, message: sanitizeForLog(cause.message) } },
    code === 'UPSTREAM_UNAVAILABLE' ? 'backing service unavailable' : 'unexpected error',
  );
}

/** Logs every error of a request once, with the request id (the context's logger). */
export function errorLoggingPlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    requestDidStart() {
      return Promise.resolve({
        didEncounterErrors({ contextValue, errors, operationName }) {
          for (const err of errors) logRequestError(contextValue.logger, err, operationName);
          return Promise.resolve();
        },
      });
    },
  };
}

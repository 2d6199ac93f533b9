import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import { DomainError, ERROR_CODES, isErrorCode, type ErrorCode } from '../../domain/errors/error-codes';

/** Apollo's own codes for malformed requests are kept as they are (they are stable too). */
const APOLLO_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'PERSISTED_QUERY_NOT_FOUND', 'BAD_REQUEST', 'OPERATION_RESOLUTION_FAILURE']);

function causeChain(err: unknown): unknown[] {
  const chain: unknown[] = [];
  let current: unknown = err;
  while (current && chain.length < 8) {
    chain.push(current);
    current = (current as { cause?: unknown; originalError?: unknown }).originalError ?? (current as { cause?: unknown }).cause;
  }
  return chain;
}

/** Finds the domain code in an error or any of its causes (Temporal failures carry it as `type`). */
export function domainCodeOf(err: unknown): { code: ErrorCode; message: string; details?: Record<string, unknown> } | null {
  for (const e of causeChain(err)) {
    if (e instanceof DomainError) return { code: e.code, message: e.message, details: e.details };
    if (e instanceof ArgumentValidationError) {
      const fields = e.extensions.validationErrors?.map((v) => ({ field: v.property, problems: Object.values(v.constraints ?? {}) }));
      return { code: 'VALIDATION_FAILED', message: 'Input is invalid: ' + (fields ?? []).map((f) => `${f.field} (${f.problems.join('; ')})`).join(', '), details: { fields } };
    }
    const type = (e as { type?: unknown }).type;
    if (isErrorCode(type)) return { code: type, message: (e as Error).message };
  }
  return null;
}

/**
 * The one place errors become `extensions.code`. Domain errors keep their code and message;
 * anything unexpected becomes INTERNAL without leaking internals (the log has the detail).
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && APOLLO_CODES.has(code)) return formatted;
  const domain = domainCodeOf(error);
  if (!domain && isErrorCode(code)) return { ...formatted, extensions: { code } }; // e.g. a scalar's own refusal
  if (!domain && code === 'BAD_USER_INPUT') {
    // Variables of the wrong type: the same stable code as any other malformed input.
    return { ...formatted, extensions: { code: 'VALIDATION_FAILED' } };
  }
  if (domain) {
    return { ...formatted, message: domain.message, extensions: { code: domain.code, ...(domain.details ? { details: domain.details } : {}) } };
  }
  return { message: ERROR_CODES.INTERNAL, locations: formatted.locations, path: formatted.path, extensions: { code: 'INTERNAL' } };
}

export const toGraphQLError = (err: DomainError) => new GraphQLError(err.message, { extensions: { code: err.code } });

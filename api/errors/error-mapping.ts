import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import type { ValidationError } from 'class-validator';
import { DomainError, ERROR_CODES, isErrorCode, type ErrorCode } from '../../domain/errors/error-codes';
import type { Locale } from '../../domain/i18n/locale';
import { errorText } from '../../domain/i18n/translate';
import { invalidInputText, validationProblemText } from '../../domain/i18n/validation-text';
import { isTokenLimitRefusal, QUERY_LIMITS } from '../http/query-limits';
import { currentLocale } from '../http/request-locale';

/** Apollo's own codes for malformed requests are kept as they are (they are stable too). */
const APOLLO_CODES: ReadonlySet<string> = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** Whether a code is one of Apollo's own codes for a malformed request (a client's mistake). */
export const isApolloCode = (code: unknown): code is string => typeof code === 'string' && APOLLO_CODES.has(code);

/** One input field that failed class-validator, with its constraints (name -> English message). */
export interface FieldProblem {
  field: string;
  constraints: Record<string, string>;
}

export interface DomainFailure {
  code: ErrorCode;
  message: string;
  details?: Record<string, unknown>;
  problems?: FieldProblem[];
}

function causeChain(err: unknown): unknown[] {
  const chain: unknown[] = [];
  let current: unknown = err;
  while (current && chain.length < 8) {
    chain.push(current);
    current =
      (current as { cause?: unknown; originalError?: unknown }).originalError ?? (current as { cause?: unknown }).cause;
  }
  return chain;
}

/**
 * class-validator's problems, field by field. Nested inputs (ValidateNested) report their children
 * as `modules.0.phase`, or by their own name when `dotted` is false (a CSV's flat columns).
 */
export function fieldProblems(errors: readonly ValidationError[], dotted = true, prefix = ''): FieldProblem[] {
  return errors.flatMap((v) => {
    const field = prefix + v.property;
    const own = v.constraints && Object.keys(v.constraints).length ? [{ field, constraints: v.constraints }] : [];
    return [...own, ...fieldProblems(v.children ?? [], dotted, dotted ? `${field}.` : '')];
  });
}

/** Finds the domain code in an error or any of its causes (Temporal failures carry it as `type`). */
export function domainCodeOf(err: unknown): DomainFailure | null {
  for (const e of causeChain(err)) {
    if (e instanceof DomainError) return { code: e.code, message: e.message, details: e.details };
    if (e instanceof ArgumentValidationError) {
      const problems = fieldProblems(e.extensions.validationErrors ?? []);
      const fields = problems.map((p) => ({ field: p.field, problems: Object.values(p.constraints) }));
      return { code: 'VALIDATION_FAILED', message: invalidInputText('en', fields), details: { fields }, problems };
    }
    const type = (e as { type?: unknown }).type;
    if (isErrorCode(type)) return { code: type, message: (e as Error).message };
  }
  return null;
}

/**
 * The catalogue failure a client is answered with: a domain error's (or one of its causes'), a scalar's own
 * refusal (its catalogue code), or VALIDATION_FAILED for variables of the wrong type (Apollo's BAD_USER_INPUT);
 * null for anything unexpected, which is answered INTERNAL.
 */
export function failureOf(error: unknown, code: unknown, message: string): DomainFailure | null {
  return (
    domainCodeOf(error) ??
    (isErrorCode(code) ? { code, message } : null) ??
    (code === 'BAD_USER_INPUT' ? { code: 'VALIDATION_FAILED' as const, message } : null)
  );
}

/**
 * The message a person reads, in `locale`. English keeps the specific message the error was raised
 * with; Indonesian is the code's sentence from the catalogue (validation problems field by field),
 * and the English specifics, when there were any, go to `detail` for support and developers.
 */
export function localizedMessage(
  failure: Pick<DomainFailure, 'code' | 'message' | 'problems'>,
  locale: Locale,
): { message: string; detail?: string } {
  if (failure.problems) {
    const fields = failure.problems.map((p) => ({
      field: p.field,
      problems: Object.entries(p.constraints).map(([c, m]) =>
        validationProblemText(locale, p.field.split('.').at(-1)!, c, m),
      ),
    }));
    return { message: invalidInputText(locale, fields) };
  }
  if (locale === 'en') return { message: failure.message || ERROR_CODES[failure.code] };
  const sentence = errorText(locale, failure.code);
  return failure.message && failure.message !== ERROR_CODES[failure.code]
    ? { message: sentence, detail: failure.message }
    : { message: sentence };
}

/**
 * The one place errors become `extensions.code`, with the message in the request's language.
 * Domain errors keep their code; anything unexpected becomes INTERNAL without leaking internals
 * (the log has the detail).
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  locale: Locale = currentLocale(),
): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  const tokenFlood = code === 'GRAPHQL_PARSE_FAILED' && isTokenLimitRefusal(formatted.message);
  // Apollo re-codes every validation error GRAPHQL_VALIDATION_FAILED; a query limit's refusal keeps its own code.
  const overLimit =
    code === 'GRAPHQL_VALIDATION_FAILED' &&
    (error as { originalError?: GraphQLError }).originalError?.extensions?.code === 'QUERY_TOO_COMPLEX';
  if (isApolloCode(code) && !tokenFlood && !overLimit) return formatted;
  const domain = tokenFlood
    ? {
        code: 'QUERY_TOO_COMPLEX' as const,
        message: `The query has more than ${QUERY_LIMITS.maxTokens} tokens; ask for less at once`,
      }
    : overLimit
      ? { code: 'QUERY_TOO_COMPLEX' as const, message: formatted.message }
      : failureOf(error, code, formatted.message);
  if (domain) {
    const { message, detail } = localizedMessage(domain, locale);
    return {
      ...formatted,
      message,
      extensions: {
        code: domain.code,
        ...(detail ? { detail } : {}),
        ...(domain.details ? { details: domain.details } : {}),
      },
    };
  }
  return {
    message: errorText(locale, 'INTERNAL'),
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL' },
  };
}

export const toGraphQLError = (err: DomainError) => new GraphQLError(err.message, { extensions: { code: err.code } });

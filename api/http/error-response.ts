import type { ServerResponse } from 'node:http';
import type { Locale } from '../../domain/i18n/locale';
import { domainCodeOf, localizedMessage } from '../errors/error-mapping';

/** The HTTP status of a catalogue code on the plain HTTP endpoints (downloads, exports, import upload); others 400. */
const STATUS: Readonly<Record<string, number>> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  COHORT_NOT_FOUND: 404,
  IDEMPOTENCY_KEY_REUSED: 409,
  RATE_LIMITED: 429,
  VALIDATION_FAILED: 400,
  UPSTREAM_UNAVAILABLE: 503,
};

/**
 * Answers a catalogue error on a plain HTTP endpoint with the body GraphQL clients already read
 * (`{ errors: [{ message, extensions: { code } }] }`), in the caller's language. Returns false for an
 * error outside the catalogue, which the caller rethrows (a server fault, logged as such).
 */
export function writeDomainError(res: ServerResponse, err: unknown, locale: Locale): boolean {
  const domain = domainCodeOf(err);
  if (!domain) return false;
  res.writeHead(STATUS[domain.code] ?? 400, { 'content-type': 'application/json' }).end(
    JSON.stringify({
      errors: [{ message: localizedMessage(domain, locale).message, extensions: { code: domain.code } }],
    }),
  );
  return true;
}

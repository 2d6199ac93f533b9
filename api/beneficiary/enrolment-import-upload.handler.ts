import type { IncomingMessage, ServerResponse } from 'node:http';
import { DomainError } from '../../domain/errors/error-codes';
import type { Locale } from '../../domain/i18n/locale';
import { assertMutationAccess } from '../auth/access.middleware';
import { actorOf } from '../../domain/staff/principal.rules';
import { domainCodeOf } from '../errors/error-mapping';
import { actorFromHeaders } from '../http/actor';
import { writeDomainError } from '../http/error-response';
import type { RateLimiter } from '../http/rate-limiter';
import { discardBody, readBody } from '../http/request-body';
import { requestContext, type ContextServices } from '../http/request-context';
import { startEnrolmentImport } from './enrolment-import.service';

export interface ImportUploadDeps {
  services: ContextServices;
  /** The GraphQL route's per-caller budget (null: the rate limit guard is off). */
  limiter: RateLimiter | null;
}

/** The query parameter `name` when given once and not empty. */
function param(url: URL, name: string): string | undefined {
  const values = url.searchParams.getAll(name);
  if (values.length > 1) throw new DomainError('VALIDATION_FAILED', `${name} must be given once`);
  return values[0] || undefined;
}

/**
 * POST /enrolment-imports?programmeId=..&cohortId=..&idempotencyKey=..: startEnrolmentImport for a CSV too large for
 * a GraphQL request (the body is the file, `Content-Type: text/csv`, up to ENROLMENT_IMPORT_MAX_BYTES). The same
 * caller (bearer token), rate limit, ACCESS_POLICY row with its DENIED audit rows and service as the mutation; answers
 * 202 with the import, or the catalogue error as GraphQL clients read it. Answers false for another path or method.
 */
export async function handleEnrolmentImportUpload(
  deps: ImportUploadDeps,
  req: IncomingMessage,
  res: ServerResponse,
  requestId: string,
  locale: Locale,
): Promise<boolean> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname !== '/enrolment-imports' || req.method !== 'POST') return false;
  const { services, limiter } = deps;
  const logger = services.logger.child({ requestId });
  res.setHeader('cache-control', 'no-store');
  res.setHeader('x-request-id', requestId);
  try {
    const principal = await actorFromHeaders(req.headers, services.config);
    const actor = principal ? actorOf(principal) : null;
    if (limiter && !(await limiter.take(actor ? `u:${actor.userId}` : `a:${req.socket.remoteAddress ?? '?'}`)))
      throw new DomainError('RATE_LIMITED');
    const args = {
      programmeId: param(url, 'programmeId'),
      cohortId: param(url, 'cohortId'),
      idempotencyKey: param(url, 'idempotencyKey'),
    };
    if (!args.programmeId || !args.idempotencyKey)
      throw new DomainError('VALIDATION_FAILED', 'programmeId and idempotencyKey are required query parameters');
    const ctx = requestContext(services, principal, requestId, locale, logger);
    await assertMutationAccess(ctx, 'startEnrolmentImport', args);
    const type = (req.headers['content-type'] ?? '').toLowerCase();
    if (!/^text\/csv\s*(;\s*charset="?utf-8"?\s*)?$/.test(type))
      throw new DomainError('VALIDATION_FAILED', 'The body must be the CSV file, Content-Type: text/csv (UTF-8)');
    const csv = await readBody(req, services.config.enrolmentImportMaxBytes);
    const job = await startEnrolmentImport(ctx, {
      csv,
      programmeId: args.programmeId,
      cohortId: args.cohortId,
      idempotencyKey: args.idempotencyKey,
    });
    const { importId, status, totalRows, processedRows, enrolled, refused, alreadyEnrolled, resultUrl } = job;
    const body = { importId, status, totalRows, processedRows, enrolled, refused, alreadyEnrolled, resultUrl };
    res.writeHead(202, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  } catch (err) {
    const failure = domainCodeOf(err);
    if (!failure) throw err; // a server fault (or a body over the limit): answered by the server's own handler
    logger.info({ code: failure.code }, 'client error: enrolment import upload refused');
    await discardBody(req, services.config.enrolmentImportMaxBytes);
    writeDomainError(res, err, locale);
  }
  return true;
}

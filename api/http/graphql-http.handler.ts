import type { IncomingMessage, ServerResponse } from 'node:http';
import { type ApolloServer, HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { DomainError } from '../../domain/errors/error-codes';
import { t } from '../../domain/i18n/translate';
import type { Locale } from '../../domain/i18n/locale';
import type { GraphQLContext } from '../context';
import { logRequestError } from '../errors/error-logging.plugin';
import { actorOf } from '../../domain/staff/principal.rules';
import { actorFromHeaders } from './actor';
import { type ApiMetrics, UNRESOLVED } from './api-metrics';
import type { RateLimiter } from './rate-limiter';
import { readBody } from './request-body';
import { requestContext, type ContextServices } from './request-context';
import { withRequestLocale } from './request-locale';

/** The largest GraphQL request body read (a large CSV goes to POST /enrolment-imports instead). */
export const MAX_BODY_BYTES = 1_000_000;

export interface GraphQLHttpParts {
  apollo: ApolloServer<GraphQLContext>;
  services: ContextServices;
  metrics: ApiMetrics;
  /** The per-caller limit; null when the rate limit guard is off. */
  limiter: RateLimiter | null;
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

/**
 * GraphQL over plain Node HTTP: reads the body (up to MAX_BODY_BYTES), refuses a bad token (401) or a caller over
 * the rate limit (429) before Apollo runs, then hands the request to Apollo in the caller's language and streams its
 * answer, never cached.
 */
export function graphqlHttpHandler(
  parts: GraphQLHttpParts,
): (req: IncomingMessage, res: ServerResponse, requestId: string, locale: Locale) => Promise<void> {
  return async (req: IncomingMessage, res: ServerResponse, requestId: string, locale: Locale): Promise<void> => {
    const started = process.hrtime.bigint();
    // Refusals before Apollo's pipeline starts (its metrics plugin never sees them).
    const refusedEarly = (code: string) =>
      parts.metrics.observe(UNRESOLVED, Number(process.hrtime.bigint() - started) / 1e9, [code]);
    const headers = new HeaderMap();
    for (const [k, v] of Object.entries(req.headers))
      if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
    const raw = req.method === 'POST' ? await readBody(req, MAX_BODY_BYTES) : '';
    let body: unknown = raw;
    if (raw && (headers.get('content-type') ?? '').includes('application/json')) {
      try {
        body = JSON.parse(raw);
      } catch {
        parts.services.logger.info({ requestId, code: 'VALIDATION_FAILED' }, 'client error: body is not JSON');
        refusedEarly('VALIDATION_FAILED');
        sendJson(res, 400, {
          errors: [{ message: t(locale, 'http.invalidJson'), extensions: { code: 'VALIDATION_FAILED' } }],
        });
        return;
      }
    }
    const url = new URL(req.url ?? '/', 'http://localhost');
    // The request's language: labels read it from the context, the error mapping from this store.
    const result = await withRequestLocale(locale, () =>
      parts.apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
        context: async () => {
          const logger = parts.services.logger.child({ requestId });
          // A refusal before the request starts (bad token, rate limit) is logged here: Apollo's plugins never see it.
          const refuse = (err: DomainError, status: number): never => {
            const refused = new GraphQLError(err.message, {
              originalError: err,
              extensions: { code: err.code, http: { status } },
            });
            logRequestError(logger, refused);
            refusedEarly(err.code);
            throw refused;
          };
          let principal = null;
          try {
            principal = await actorFromHeaders(req.headers, parts.services.config);
          } catch (err) {
            if (!(err instanceof DomainError)) throw err;
            refuse(err, 401);
          }
          const actor = principal ? actorOf(principal) : null;
          if (
            parts.limiter &&
            !(await parts.limiter.take(actor ? `u:${actor.userId}` : `a:${req.socket.remoteAddress ?? '?'}`))
          )
            refuse(new DomainError('RATE_LIMITED'), 429);
          return requestContext(parts.services, principal, requestId, locale, logger);
        },
      }),
    );
    res.statusCode = result.status ?? 200;
    for (const [k, v] of result.headers) res.setHeader(k, v);
    res.setHeader('cache-control', 'no-store');
    res.setHeader('x-request-id', requestId);
    if (result.body.kind === 'complete') {
      res.end(result.body.string);
      return;
    }
    for await (const chunk of result.body.asyncIterator) res.write(chunk);
    res.end();
  };
}

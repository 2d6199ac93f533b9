import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { printSchema } from 'graphql';
import type { MikroORM } from '@mikro-orm/postgresql';
import { Pool } from 'pg';
import type { Client } from '@temporalio/client';
import type { Logger } from 'pino';
import { FieldCipher } from '../config/crypto/field-cipher';
import type { AppConfig } from '../config/env';
import { sanitizeForLog } from '../config/logger';
import type { GraphQLContext } from './context';
import { handleAuditExport } from './audit/audit-export.handler';
import { handleReportDownload } from './report/report-download.handler';
import { handleImportResultDownload } from './beneficiary/enrolment-import-download.handler';
import { handleEnrolmentImportUpload } from './beneficiary/enrolment-import-upload.handler';
import { errorLoggingPlugin } from './errors/error-logging.plugin';
import { formatError } from './errors/error-mapping';
import { ApiMetrics, metricsPlugin } from './http/api-metrics';
import { localeOfRequest } from './http/request-locale';
import { t } from '../domain/i18n/translate';
import { formatNumber } from '../domain/i18n/format';
import { graphiqlPage } from './http/graphiql-page';
import { parseOptionsOf, queryLimitRules } from './http/query-limits';
import { RateLimiter } from './http/rate-limiter';
import { checkReadiness } from './http/readiness';
import { startLiveSocket } from './http/live-socket';
import { LiveHub } from './live/live-hub';
import { BodyTooLargeError } from './http/request-body';
import { graphqlHttpHandler } from './http/graphql-http.handler';
import { buildJejakSchema } from './schema';

export interface ApiDeps {
  orm: MikroORM;
  temporal: Client;
  config: AppConfig;
  logger: Logger;
}
export interface RunningApi {
  server: Server;
  url: string;
  /** This process's live updates (its LISTEN connection and current subscribers). */
  live: LiveHub;
  stop(): Promise<void>;
}

/**
 * The request guards, all on unless a caller turns one off explicitly. Only the security-overhead
 * benchmark's fixture (bench/fixtures/unguarded-api.main.ts) does; no setting or environment
 * variable reaches this. `authorization`: the access middleware (ACCESS_POLICY roles and scope
 * checks of named records); identity (JWT) and the resolvers' own checks stay.
 */
export interface ApiGuards {
  queryLimits: boolean;
  rateLimit: boolean;
  authorization: boolean;
}
export const ALL_GUARDS: ApiGuards = { queryLimits: true, rateLimit: true, authorization: true };

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

/**
 * The GraphQL API on a plain Node HTTP server: /graphql (GraphiQL for a browser, api/http/graphiql-page.ts),
 * /graphiql/* (its files), /schema.graphql, /healthz, /readyz, /metrics (Prometheus), /exports/*, /reports/*,
 * /enrolment-imports (POST: a large CSV) and /enrolment-imports/* (results); subscriptions over WebSocket on
 * /graphql, the same port (api/http/live-socket.ts).
 */
export async function startApi(
  deps: ApiDeps,
  port = deps.config.apiPort,
  guards: ApiGuards = ALL_GUARDS,
): Promise<RunningApi> {
  const schema = await buildJejakSchema({ authorization: guards.authorization });
  const sdl = printSchema(schema);
  const metrics = new ApiMetrics();
  const apollo = new ApolloServer<GraphQLContext>({
    schema,
    formatError,
    introspection: deps.config.introspection,
    includeStacktraceInErrorResponses: false,
    plugins: [
      // GraphiQL (api/http/graphiql-page.ts) answers browsers before Apollo does; Apollo's own page stays off.
      ApolloServerPluginLandingPageDisabled(),
      errorLoggingPlugin(),
      metricsPlugin(metrics),
      // Answers carry personal data and are never cached (no-store below); the cache-control plugin would only wrap
      // every field resolver.
      ApolloServerPluginCacheControlDisabled(),
    ],
    validationRules: guards.queryLimits ? queryLimitRules() : [],
    parseOptions: guards.queryLimits ? parseOptionsOf() : {},
  });
  await apollo.start();
  // Per caller: the verified user id, or the address of an anonymous caller.
  const limiterPool = new Pool({ connectionString: deps.config.databaseUrl, max: 2 });
  limiterPool.on('error', (err) => deps.logger.warn({ err: sanitizeForLog(err.message) }, 'rate limit pool error'));
  const limiter = new RateLimiter(limiterPool, deps.config.rateLimitPerMinute);
  const cipher = new FieldCipher(deps.config.dataKeys);
  const services = { ...deps, cipher };
  const graphiql = deps.config.landingPage ? graphiqlPage() : undefined;
  const upload = { services, limiter: guards.rateLimit ? limiter : null };

  const handleGraphQL = graphqlHttpHandler({
    apollo,
    services,
    metrics,
    limiter: guards.rateLimit ? limiter : null,
  });

  const server = createServer((req, res) => {
    const requestId =
      typeof req.headers['x-request-id'] === 'string' && /^[\w-]{1,64}$/.test(req.headers['x-request-id'])
        ? req.headers['x-request-id']
        : randomUUID();
    const path = (req.url ?? '/').split('?')[0];
    const locale = localeOfRequest(req.headers, deps.config.defaultLocale);
    res.setHeader('content-language', locale);
    const work = (async () => {
      if (path === '/healthz') return sendJson(res, 200, { status: 'ok' });
      if (path === '/readyz') {
        const r = await checkReadiness(deps.orm, deps.temporal, deps.config.temporalNamespace, deps.config.taskQueue);
        return sendJson(res, r.ready ? 200 : 503, r);
      }
      if (path === '/metrics') {
        const scrape = await metrics.scrape();
        res.writeHead(200, { 'content-type': scrape.contentType }).end(scrape.body);
        return;
      }
      if (path === '/schema.graphql') {
        res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(sdl);
        return;
      }
      if (graphiql?.handle(req, res, path)) return;
      if (path === '/' || path === '/graphql') return handleGraphQL(req, res, requestId, locale);
      if (path.startsWith('/exports/') && (await handleAuditExport(deps, req, res, locale))) return;
      if (path.startsWith('/reports/') && (await handleReportDownload(services, req, res, locale))) return;
      if (path.startsWith('/enrolment-imports/') && (await handleImportResultDownload(deps, req, res, locale))) return;
      if (path === '/enrolment-imports' && (await handleEnrolmentImportUpload(upload, req, res, requestId, locale)))
        return;
      sendJson(res, 404, {
        error: t(locale, 'http.notFound'),
        paths: ['/graphql', '/schema.graphql', '/healthz', '/readyz', '/metrics'],
      });
    })();
    work.catch((err: Error & { status?: number }) => {
      const tooLarge = err instanceof BodyTooLargeError;
      // A body over the limit is the client's; anything else failed in the server.
      if (tooLarge) deps.logger.info({ requestId, code: 'VALIDATION_FAILED' }, 'client error: request body too large');
      else deps.logger.error({ requestId, err: sanitizeForLog(err.message) }, 'request failed');
      if (!res.headersSent)
        sendJson(res, err.status ?? 500, {
          errors: [
            {
              message: tooLarge
                ? t(locale, 'http.bodyTooLarge', { limit: formatNumber(locale, err.limit) })
                : t(locale, 'http.internal'),
              extensions: { code: tooLarge ? 'VALIDATION_FAILED' : 'INTERNAL' },
            },
          ],
        });
    });
  });
  // Live updates: this process's one LISTEN connection, and graphql-ws on the same server.
  const hub = new LiveHub(deps.logger.child({ component: 'live' }));
  await hub.start(deps.config.databaseUrl);
  const socket = startLiveSocket(server, schema, services, hub);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, resolve);
  });
  const url = `http://localhost:${(server.address() as AddressInfo).port}`;
  return {
    server,
    url,
    live: hub,
    async stop() {
      await socket.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await hub.stop();
      await apollo.stop();
      await limiterPool.end();
    },
  };
}

import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import {
  getOperationAST,
  GraphQLError,
  OperationTypeNode,
  parse,
  specifiedRules,
  validate,
  type GraphQLFormattedError,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';
import { CloseCode, type ExecutionResult } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { decodeJwt } from 'jose';
import { WebSocketServer, type WebSocket } from 'ws';
import { DomainError } from '../../domain/errors/error-codes';
import type { Locale } from '../../domain/i18n/locale';
import type { Principal } from '../../domain/staff/principal.rules';
import { logRequestError } from '../errors/error-logging.plugin';
import { formatError } from '../errors/error-mapping';
import type { LiveContext } from '../live/live-context';
import type { LiveHub } from '../live/live-hub';
import { actorFromHeaders } from './actor';
import { queryLimitRules } from './query-limits';
import { requestContext, type ContextServices } from './request-context';
import { localeOfRequest, withRequestLocale } from './request-locale';

/** The token of a connection: missing, invalid or expired ends it with this code and a reason. */
export const TOKEN_CLOSE_CODE = CloseCode.Unauthorized; // 4401
const MAX_TIMER_MS = 2 ** 31 - 1;
/** Subscriptions one connection may hold at once (a screen needs a few; each costs a check per event). */
export const MAX_SUBSCRIPTIONS = 50;

/** What one connection keeps once its connection_init is accepted. */
interface Session {
  principal: Principal;
  expiresAtMs: number;
  timer?: NodeJS.Timeout;
  locale: Locale;
}

/** A malformed operation answers with the code Apollo gives the same mistake over HTTP. */
const malformed = (code: 'GRAPHQL_PARSE_FAILED' | 'GRAPHQL_VALIDATION_FAILED', error: GraphQLError | string) =>
  typeof error === 'string'
    ? new GraphQLError(error, { extensions: { code } })
    : new GraphQLError(error.message, { nodes: error.nodes, extensions: { ...error.extensions, code } });

/**
 * graphql-ws (the graphql-transport-ws protocol) on the API's own HTTP server and port, path
 * /graphql: subscriptions only (queries and mutations go over HTTP POST, with its rate limit and
 * logs). The bearer token comes in connection_init's payload, `{ authorization: "Bearer <JWT>" }`
 * (and `actAs`, as the x-jejak-act-as header); a missing, invalid or expired token closes the
 * connection with 4401, at connection_init or when the token's exp passes.
 */
export function startLiveSocket(
  server: Server,
  schema: GraphQLSchema,
  services: ContextServices,
  hub: LiveHub,
): { stop(): Promise<void> } {
  const { config } = services;
  const log = services.logger.child({ component: 'live' });
  const wss = new WebSocketServer({ server, path: '/graphql', maxPayload: 64 * 1024 });
  // Ids and codes only in the log line (the reason names no person).
  const refuse = (socket: WebSocket, reason: string) => {
    log.info({ code: 'UNAUTHENTICATED', closeCode: TOKEN_CLOSE_CODE, reason }, 'live connection closed');
    socket.close(TOKEN_CLOSE_CODE, `Unauthorized: ${reason}`);
  };
  const sessions = new WeakMap<WebSocket, Session>();
  /** Errors as over HTTP: the stable codes and messages of the error catalogue, logged as Apollo's plugin does. */
  const format = (session: Session | undefined, errors: readonly GraphQLError[]): GraphQLFormattedError[] => {
    for (const e of errors) logRequestError(log, e);
    return withRequestLocale(session?.locale ?? config.defaultLocale, () =>
      errors.map((e) => formatError(e.toJSON(), e)),
    );
  };

  const disposable = useServer<Record<string, unknown>>(
    {
      schema,
      async onConnect({ connectionParams, extra: { socket, request } }) {
        const authorization = connectionParams?.authorization;
        if (typeof authorization !== 'string' || authorization === '') {
          refuse(socket, 'connection_init payload must carry authorization: "Bearer <JWT>"');
          return false;
        }
        const actAs = typeof connectionParams?.actAs === 'string' ? connectionParams.actAs : undefined;
        let principal: Principal | null;
        try {
          principal = await actorFromHeaders({ authorization, 'x-jejak-act-as': actAs }, config);
        } catch (err) {
          if (!(err instanceof DomainError)) throw err;
          refuse(socket, err.message);
          return false;
        }
        const exp = decodeJwt(authorization.trim().slice('Bearer '.length)).exp;
        if (!principal || typeof exp !== 'number') {
          refuse(socket, 'token without exp');
          return false;
        }
        const expiresAtMs = exp * 1000;
        const locale = localeOfRequest(request.headers, config.defaultLocale);
        const session: Session = { principal, expiresAtMs, locale };
        // Closes at exp; a timer cannot wait longer than ~24.8 days, so a far exp is waited for in steps.
        const arm = () => {
          const wait = expiresAtMs - Date.now();
          session.timer =
            wait > MAX_TIMER_MS
              ? setTimeout(arm, MAX_TIMER_MS)
              : setTimeout(() => refuse(socket, 'token expired'), wait);
        };
        arm();
        sessions.set(socket, session);
        return true;
      },
      onClose({ extra: { socket } }) {
        const session = sessions.get(socket);
        if (session) clearTimeout(session.timer);
      },
      // Parsed and validated here (with the same query limits as HTTP), so only subscriptions run.
      onSubscribe({ extra: { socket }, subscriptions }, _id, payload) {
        const session = sessions.get(socket);
        if (!session || Date.now() >= session.expiresAtMs) {
          refuse(socket, 'token expired');
          return [new GraphQLError('Unauthorized: token expired')];
        }
        // graphql-ws has registered this one already.
        if (Object.keys(subscriptions).length > MAX_SUBSCRIPTIONS) {
          const err = new DomainError('RATE_LIMITED', `At most ${MAX_SUBSCRIPTIONS} subscriptions per connection`);
          return [new GraphQLError(err.message, { originalError: err })];
        }
        let document: DocumentNode;
        try {
          document = parse(payload.query);
        } catch (err) {
          return [
            malformed('GRAPHQL_PARSE_FAILED', err instanceof GraphQLError ? err : 'The operation does not parse'),
          ];
        }
        const errors = validate(schema, document, [...specifiedRules, ...queryLimitRules()]);
        if (errors.length > 0) return errors.map((e) => malformed('GRAPHQL_VALIDATION_FAILED', e));
        if (getOperationAST(document, payload.operationName)?.operation !== OperationTypeNode.SUBSCRIPTION)
          return [
            malformed(
              'GRAPHQL_VALIDATION_FAILED',
              'Over WebSocket only subscriptions: send queries and mutations over HTTP POST',
            ),
          ];
        return { schema, document, operationName: payload.operationName, variableValues: payload.variables };
      },
      context({ extra: { socket } }): LiveContext {
        const session = sessions.get(socket)!;
        const requestId = randomUUID();
        const logger = log.child({ requestId });
        return {
          ...requestContext(services, session.principal, requestId, session.locale, logger),
          live: { hub, expiresAtMs: session.expiresAtMs, closeExpired: () => refuse(socket, 'token expired') },
        };
      },
      onNext({ extra: { socket } }, _id, _payload, _args, result: ExecutionResult) {
        if (!result.errors) return undefined;
        return { ...result, errors: format(sessions.get(socket), result.errors) };
      },
      onError({ extra: { socket } }, _id, _payload, errors) {
        return format(sessions.get(socket), errors);
      },
    },
    wss,
  );
  return {
    async stop() {
      await disposable.dispose();
    },
  };
}

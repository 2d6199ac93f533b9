import type { ApolloServerPlugin } from '@apollo/server';
import { getOperationAST, type GraphQLSchema, type OperationDefinitionNode, Kind } from 'graphql';
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';
import { ERROR_CODES } from '../../domain/errors/error-codes';

/** The label of a request that never reached a known operation (refused before, or not parsed). */
export const UNRESOLVED = 'unresolved';

/** Apollo's own codes a response may carry, next to the catalogue's. */
const APOLLO_CODES = [
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
];
const KNOWN_CODES: ReadonlySet<string> = new Set([...Object.keys(ERROR_CODES), ...APOLLO_CODES]);

/**
 * The API's Prometheus metrics (prom-client, one registry per API): requests, latency and errors per
 * operation and error code, and the process's default metrics. Labels are bounded: an operation is
 * named by its type and first root field as the schema defines it (never the client's operation
 * name), a code by the error catalogue (anything else is OTHER).
 */
export class ApiMetrics {
  readonly registry = new Registry();
  private readonly requests = new Counter({
    name: 'jejak_graphql_requests_total',
    help: 'GraphQL requests answered, by operation (type:rootField)',
    labelNames: ['operation'],
    registers: [this.registry],
  });
  private readonly duration = new Histogram({
    name: 'jejak_graphql_request_duration_seconds',
    help: 'Time from receiving a GraphQL request to its answer, by operation',
    labelNames: ['operation'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  private readonly errors = new Counter({
    name: 'jejak_graphql_errors_total',
    help: 'Errors in GraphQL answers, by operation and error code',
    labelNames: ['operation', 'code'],
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }

  /** One answered request: its operation label, how long it took, and its errors' codes. */
  observe(operation: string, seconds: number, codes: readonly unknown[]): void {
    this.requests.inc({ operation });
    this.duration.observe({ operation }, seconds);
    for (const code of codes)
      this.errors.inc({ operation, code: typeof code === 'string' && KNOWN_CODES.has(code) ? code : 'OTHER' });
  }

  /** The Prometheus text exposition. */
  async scrape(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}

/** `query:journeys`: the operation's type and its first root field, if the schema has that field. */
export function operationLabel(schema: GraphQLSchema, operation: OperationDefinitionNode | undefined | null): string {
  if (!operation) return UNRESOLVED;
  const root = schema.getRootType(operation.operation);
  const first = operation.selectionSet.selections.find((s) => s.kind === Kind.FIELD && s.name.value !== '__typename');
  const name = first?.kind === Kind.FIELD ? first.name.value : '__typename';
  const known = name.startsWith('__') ? ['__schema', '__type', '__typename'].includes(name) : !!root?.getFields()[name];
  return known ? `${operation.operation}:${name}` : `${operation.operation}:${UNRESOLVED}`;
}

/** Observes every request Apollo answers (context refusals are observed where they are thrown). */
export function metricsPlugin(metrics: ApiMetrics): ApolloServerPlugin {
  return {
    requestDidStart() {
      const started = process.hrtime.bigint();
      return Promise.resolve({
        willSendResponse({ schema, operation, document, request, response }) {
          // A document refused in validation has no resolved operation; its first root field still names it.
          const op = operation ?? (document ? getOperationAST(document, request.operationName) : null);
          const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
          const seconds = Number(process.hrtime.bigint() - started) / 1e9;
          metrics.observe(
            operationLabel(schema, op),
            seconds,
            errors.map((e) => e.extensions?.code),
          );
          return Promise.resolve();
        },
      });
    },
  };
}

/**
 * OpenTelemetry tracing of one command: the GraphQL request, the Temporal client call, the workflow, the activity
 * and its SQL (docs/monitoring.md). Off unless OTEL_EXPORTER_OTLP_ENDPOINT is set: nothing is loaded, patched or
 * exported then. Spans carry names, ids and SQL text with placeholders, never values a person typed: GraphQL
 * literals are masked (allowValues false), query parameters are not recorded (enhancedDatabaseReporting false).
 */
import type { NodeSDKConfiguration } from '@opentelemetry/sdk-node';
import type { SpanProcessor } from '@opentelemetry/sdk-trace-base';
import type { Resource } from '@opentelemetry/resources';
import type { ClientInterceptors } from '@temporalio/client';
import { ConfigError, otlpEndpoint } from './env';

export type TracedService = 'jejak-api' | 'jejak-worker';

/** What the worker needs to export its workflows' spans (they are made inside the sandbox and sent out by a sink). */
export interface WorkerTracing {
  spanProcessor: SpanProcessor;
  resource: Resource;
}

/** A running tracer: flushes and stops on shutdown. */
export interface ProcessTracing extends WorkerTracing {
  shutdown(): Promise<void>;
}

/** SQL with its string, dollar-quoted and numeric literals replaced by `?`: the shape of a statement, no values. */
export function withoutLiterals(sql: string): string {
  return sql
    .replace(/\$([A-Za-z_]*)\$[\s\S]*?\$\1\$/g, '?')
    .replace(/[Ee]?'(?:[^'\\]|''|\\.)*'/g, '?')
    .replace(/(?<![\w$."])-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?\b/g, '?');
}

/** The instrumentations of one process, with the options that keep personal data out of span attributes. */
export function instrumentationsOf(service: TracedService): NodeSDKConfiguration['instrumentations'] {
  /* eslint-disable @typescript-eslint/no-require-imports -- loaded only when tracing is on */
  const { PgInstrumentation } =
    require('@opentelemetry/instrumentation-pg') as typeof import('@opentelemetry/instrumentation-pg');
  // MikroORM sends some statements with their values written in (an insert's name and phone): the recorded
  // statement keeps its shape and drops every literal.
  const pg = new PgInstrumentation({
    enhancedDatabaseReporting: false,
    requireParentSpan: true,
    requestHook: (span, { query }) => span.setAttribute('db.statement', withoutLiterals(query.text)),
  });
  if (service === 'jejak-worker') return [pg];
  const { HttpInstrumentation } =
    require('@opentelemetry/instrumentation-http') as typeof import('@opentelemetry/instrumentation-http');
  const { GraphQLInstrumentation } =
    require('@opentelemetry/instrumentation-graphql') as typeof import('@opentelemetry/instrumentation-graphql');
  /* eslint-enable @typescript-eslint/no-require-imports */
  return [
    // Only inbound requests start traces; probes and scrapes are left out.
    new HttpInstrumentation({
      ignoreIncomingRequestHook: (req) => /^\/(healthz|readyz|metrics)\b/.test(req.url ?? ''),
      ignoreOutgoingRequestHook: () => true,
    }),
    new GraphQLInstrumentation({ allowValues: false, ignoreResolveSpans: true, mergeItems: true }),
    pg,
  ];
}

/** The resource naming the process in the tracing backend. */
export function resourceOf(service: TracedService): Resource {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { Resource } = require('@opentelemetry/resources') as typeof import('@opentelemetry/resources');
  /* eslint-enable @typescript-eslint/no-require-imports */
  return new Resource({ 'service.name': service });
}

/**
 * Starts the OpenTelemetry Node SDK for this process when an endpoint is set: spans go out in batches over
 * OTLP/HTTP (the exporter reads the OTEL_EXPORTER_OTLP_* variables itself). Call it before the modules it patches
 * (pg, graphql, http) are loaded: api/tracing.start.ts and worker/tracing.start.ts are their processes' first
 * import. Null when tracing is off.
 */
export function startProcessTracing(
  service: TracedService,
  env: NodeJS.ProcessEnv = process.env,
): ProcessTracing | null {
  if (otlpEndpoint(env) === null) return null;
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { NodeSDK } = require('@opentelemetry/sdk-node') as typeof import('@opentelemetry/sdk-node');
  const { BatchSpanProcessor } =
    require('@opentelemetry/sdk-trace-base') as typeof import('@opentelemetry/sdk-trace-base');
  const { OTLPTraceExporter } =
    require('@opentelemetry/exporter-trace-otlp-http') as typeof import('@opentelemetry/exporter-trace-otlp-http');
  /* eslint-enable @typescript-eslint/no-require-imports */
  const resource = resourceOf(service);
  const spanProcessor = new BatchSpanProcessor(new OTLPTraceExporter());
  const sdk = new NodeSDK({ resource, spanProcessors: [spanProcessor], instrumentations: instrumentationsOf(service) });
  sdk.start();
  return { spanProcessor, resource, shutdown: () => sdk.shutdown() };
}

/** The Temporal client's interceptors: with tracing on, each call's span context travels in the workflow's headers. */
export function temporalClientInterceptors(on: boolean): ClientInterceptors | undefined {
  if (!on) return undefined;
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { OpenTelemetryWorkflowClientInterceptor } =
    require('@temporalio/interceptors-opentelemetry') as typeof import('@temporalio/interceptors-opentelemetry');
  /* eslint-enable @typescript-eslint/no-require-imports */
  return { workflow: [new OpenTelemetryWorkflowClientInterceptor()] };
}

/** startProcessTracing for an entry point: a bad endpoint is left for loadConfigOrExit to report (exit 78). */
export function startProcessTracingOrSkip(service: TracedService): ProcessTracing | null {
  try {
    return startProcessTracing(service);
  } catch (err) {
    if (err instanceof ConfigError) return null;
    throw err;
  }
}

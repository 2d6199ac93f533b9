import type { WorkerOptions } from '@temporalio/worker';
import type { WorkerTracing } from '../config/tracing';

/**
 * The OpenTelemetry interceptors Temporal provides, as worker options. Workflows make their spans in the sandbox
 * (deterministically, ids only) and hand them to the `exporter` sink, which the process's span processor sends
 * on; activities continue the trace from their headers, so the SQL of a recording shows beneath its activity.
 */
export const OTEL_WORKFLOW_INTERCEPTORS = require.resolve('./workflow-tracing.interceptors');

export function workerTracingOptions(
  tracing: WorkerTracing | null | undefined,
): Pick<WorkerOptions, 'interceptors' | 'sinks'> {
  if (!tracing) {
    // A bundle built with tracing (WORKFLOW_BUNDLE_PATH) still calls the sink: it is dropped here.
    return { sinks: { exporter: { export: { fn: () => undefined } } } };
  }
  /* eslint-disable @typescript-eslint/no-require-imports -- loaded only when tracing is on */
  const otel =
    require('@temporalio/interceptors-opentelemetry') as typeof import('@temporalio/interceptors-opentelemetry');
  /* eslint-enable @typescript-eslint/no-require-imports */
  return {
    interceptors: {
      workflowModules: [OTEL_WORKFLOW_INTERCEPTORS],
      activity: [
        (ctx) => ({
          inbound: new otel.OpenTelemetryActivityInboundInterceptor(ctx),
          outbound: new otel.OpenTelemetryActivityOutboundInterceptor(ctx),
        }),
      ],
    },
    sinks: { exporter: otel.makeWorkflowExporter(tracing.spanProcessor, tracing.resource) },
  };
}

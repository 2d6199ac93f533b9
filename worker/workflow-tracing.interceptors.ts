/**
 * Workflow interceptors for tracing, bundled into the workflow sandbox when tracing is on (worker-tracing.ts).
 * Temporal's OpenTelemetry interceptors make the workflow's spans; the one addition here ties a journey's
 * recording to the command that asked for it. A command's update handler waits while the workflow's main loop
 * records its step (the recording activity, several steps at once when commands arrive together), so the
 * activity would otherwise hang beneath RunWorkflow, in the trace of the journey's start. Scheduled while
 * updates wait, it is scheduled in the context of the oldest waiting one: beneath its HandleUpdate span, in
 * the command's trace. Contexts only choose span parents; no command or payload changes, so replay is untouched.
 */
import * as otel from '@opentelemetry/api';
import {
  OpenTelemetryInboundInterceptor,
  OpenTelemetryInternalsInterceptor,
  OpenTelemetryOutboundInterceptor,
} from '@temporalio/interceptors-opentelemetry/lib/workflow';
import {
  workflowInfo,
  type ActivityInput,
  type DisposeInput,
  type LocalActivityInput,
  type Next,
  type UpdateInput,
  type WorkflowInboundCallsInterceptor,
  type WorkflowInterceptorsFactory,
  type WorkflowInternalsInterceptor,
  type WorkflowOutboundCallsInterceptor,
} from '@temporalio/workflow';

/** The contexts of the update handlers still running, oldest first, per workflow run (module state is shared). */
const waiting = new Map<string, otel.Context[]>();

class UpdateContextInbound implements WorkflowInboundCallsInterceptor {
  async handleUpdate(input: UpdateInput, next: Next<WorkflowInboundCallsInterceptor, 'handleUpdate'>) {
    const runId = workflowInfo().runId;
    const contexts = waiting.get(runId) ?? [];
    const context = otel.context.active();
    contexts.push(context);
    waiting.set(runId, contexts);
    try {
      return await next(input);
    } finally {
      contexts.splice(contexts.indexOf(context), 1);
      if (contexts.length === 0) waiting.delete(runId);
    }
  }
}

class UpdateContextOutbound implements WorkflowOutboundCallsInterceptor {
  private inOldestUpdate<T>(run: () => T): T {
    const oldest = waiting.get(workflowInfo().runId)?.[0];
    return oldest ? otel.context.with(oldest, run) : run();
  }

  scheduleActivity(input: ActivityInput, next: Next<WorkflowOutboundCallsInterceptor, 'scheduleActivity'>) {
    return this.inOldestUpdate(() => next(input));
  }

  scheduleLocalActivity(
    input: LocalActivityInput,
    next: Next<WorkflowOutboundCallsInterceptor, 'scheduleLocalActivity'>,
  ) {
    return this.inOldestUpdate(() => next(input));
  }
}

class UpdateContextInternals implements WorkflowInternalsInterceptor {
  dispose(input: DisposeInput, next: Next<WorkflowInternalsInterceptor, 'dispose'>): void {
    waiting.delete(workflowInfo().runId);
    next(input);
  }
}

/** The first interceptor of each list is the outermost: the update's span exists before its context is kept. */
export const interceptors: WorkflowInterceptorsFactory = () => ({
  inbound: [new OpenTelemetryInboundInterceptor(), new UpdateContextInbound()],
  outbound: [new UpdateContextOutbound(), new OpenTelemetryOutboundInterceptor()],
  internals: [new UpdateContextInternals(), new OpenTelemetryInternalsInterceptor()],
});

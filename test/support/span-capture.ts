import { InMemorySpanExporter, SimpleSpanProcessor, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { isBuiltin } from 'node:module';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { instrumentationsOf, resourceOf, type WorkerTracing } from '../../config/tracing';

/**
 * Spans of this test file, kept in memory. Jest gives each test file its own global object, so the provider
 * registered here (with its context manager and W3C propagator) is this file's only one, as NodeSDK's is a
 * process's. Jest also loads modules through its own registry, which OpenTelemetry's require hook never sees:
 * the instrumentations' own patches are applied here to the modules as this file loads them (pg, graphql). Node's
 * own http is left as it is (loaded before this runs), so a test's trace starts at the GraphQL operation.
 */
export interface SpanCapture {
  exporter: InMemorySpanExporter;
  tracing: WorkerTracing;
  spans(): ReadableSpan[];
  stop(): Promise<void>;
}

interface ModulePatch {
  name: string;
  patch?: (exports: unknown) => unknown;
  files?: { name: string; patch: (exports: unknown) => unknown }[];
}

/* eslint-disable @typescript-eslint/no-require-imports -- the modules are loaded by name, as the hook would */
function patchLoadedModules(definitions: ModulePatch[]): void {
  for (const definition of definitions) {
    // Node's own modules (http) are not in jest's registry: left unpatched.
    if (isBuiltin(definition.name)) continue;
    // The version only selects among the patches the instrumentations offer; the installed ones fit (package.json).
    if (definition.patch) definition.patch(require(definition.name));
    for (const file of definition.files ?? []) file.patch(require(file.name));
  }
}
/* eslint-enable @typescript-eslint/no-require-imports */

export function captureSpans(): SpanCapture {
  const exporter = new InMemorySpanExporter();
  const spanProcessor = new SimpleSpanProcessor(exporter);
  const resource = resourceOf('jejak-api');
  const provider = new NodeTracerProvider({ resource, spanProcessors: [spanProcessor] });
  provider.register();
  const instrumentations = (instrumentationsOf('jejak-api') ?? []).flat();
  for (const instrumentation of instrumentations) {
    instrumentation.setTracerProvider(provider);
    if ('getModuleDefinitions' in instrumentation)
      patchLoadedModules((instrumentation.getModuleDefinitions as () => ModulePatch[])());
  }
  return {
    exporter,
    tracing: { spanProcessor, resource },
    spans: () => exporter.getFinishedSpans(),
    async stop() {
      for (const instrumentation of instrumentations) instrumentation.disable();
      await provider.shutdown();
    },
  };
}

/** The spans under `root` as an indented tree: name and duration in milliseconds, children in start order. */
export function traceTree(spans: ReadableSpan[], root: ReadableSpan): string {
  const ms = (s: ReadableSpan) => (s.duration[0] * 1e3 + s.duration[1] / 1e6).toFixed(1);
  const children = (s: ReadableSpan) =>
    spans
      .filter((c) => c.parentSpanId === s.spanContext().spanId)
      .sort((a, b) => a.startTime[0] - b.startTime[0] || a.startTime[1] - b.startTime[1]);
  const lines: string[] = [];
  const walk = (s: ReadableSpan, depth: number) => {
    lines.push(`${'  '.repeat(depth)}${s.name}  ${ms(s)} ms  [${String(s.resource.attributes['service.name'])}]`);
    for (const c of children(s)) walk(c, depth + 1);
  };
  walk(root, 0);
  return lines.join('\n');
}

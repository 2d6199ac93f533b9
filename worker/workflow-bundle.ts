/**
 * Builds the journey workflow bundle ahead of time: `node dist/worker/workflow-bundle.js <file>`.
 * A worker given it (WORKFLOW_BUNDLE_PATH) polls as soon as it is connected instead of running
 * webpack first, so a worker restarted after a crash picks the journeys up seconds sooner. Build
 * it from the same dist/ the worker runs (a bundle of other code would not replay its histories).
 */
import { writeFileSync } from 'node:fs';
import { bundleWorkflowCode } from '@temporalio/worker';
import { otlpEndpoint } from '../config/env';
import { OTEL_WORKFLOW_INTERCEPTORS } from './worker-tracing';

/**
 * With `traced` (by default: OTEL_EXPORTER_OTLP_ENDPOINT set where the bundle is built), the bundle carries
 * Temporal's OpenTelemetry workflow interceptors; a worker with tracing off drops their spans.
 */
export async function writeWorkflowBundle(file: string, traced = otlpEndpoint() !== null): Promise<number> {
  const { code } = await bundleWorkflowCode({
    workflowsPath: require.resolve('../workflows'),
    workflowInterceptorModules: traced ? [OTEL_WORKFLOW_INTERCEPTORS] : [],
  });
  writeFileSync(file, code);
  return code.length;
}

if (require.main === module) {
  const file = process.argv[2];
  if (!file) {
    process.stderr.write('usage: node dist/worker/workflow-bundle.js <output file>\n');
    process.exit(64);
  }
  writeWorkflowBundle(file).then(
    (bytes) => process.stdout.write(`workflow bundle written to ${file} (${bytes} bytes)\n`),
    (err: Error) => {
      process.stderr.write(`could not bundle the workflows: ${err.message}\n`);
      process.exit(1);
    },
  );
}

/**
 * The Temporal time-skipping test environment, backed by the Java test server that `npm test`
 * provisions into the tools folder (the SDK's own download of the server does not work here).
 */
import { existsSync } from 'node:fs';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { JOURNEY_SEARCH_ATTRIBUTES } from '../../workflows/journey/journey-search-attributes';
import { INDEXED_VALUE_TYPE } from '../../infra/temporal-search-attributes';
import { testServerWrapper } from '../../infra/tools-paths';

const PROVISION =
  'npm test (or: node -e "import(\'./scripts/lib/ensure-test-server.mjs\').then((m) => m.ensureTestServer())")';

/**
 * Starts a time-skipping environment with the journey search attributes registered. The Java test
 * server knows only its built-in Custom*Field attributes and does not implement
 * listSearchAttributes, but it does implement operatorService.addSearchAttributes: we add ours
 * there, else a workflow's upsert of JejakStage fails its workflow task ("not registered").
 */
export async function createTimeSkippingEnv(): Promise<TestWorkflowEnvironment> {
  const wrapper = process.env.TEMPORAL_TEST_SERVER_BIN ?? testServerWrapper();
  if (!existsSync(wrapper)) {
    throw new Error(
      `Temporal time-skipping test server not provisioned (no ${wrapper}); provision it with: ${PROVISION}`,
    );
  }
  const env = await startTestServer(wrapper);
  try {
    const searchAttributes = Object.fromEntries(
      Object.entries(JOURNEY_SEARCH_ATTRIBUTES).map(([name, type]) => [name, INDEXED_VALUE_TYPE[type]]),
    );
    await env.connection.operatorService.addSearchAttributes({
      namespace: env.namespace ?? 'default',
      searchAttributes,
    });
  } catch (err) {
    await env.teardown();
    throw new Error(
      `could not register the journey search attributes on the time-skipping test server: ${(err as Error).message}`,
    );
  }
  return env;
}

/**
 * The SDK gives the Java test server 5 s to listen; on a loaded machine (two cores, a JVM starting
 * beside other test servers) it sometimes needs longer. Only that start-up failure is retried, twice.
 */
async function startTestServer(wrapper: string, attempts = 3): Promise<TestWorkflowEnvironment> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await TestWorkflowEnvironment.createTimeSkipping({
        server: { executable: { type: 'existing-path', path: wrapper } },
      });
    } catch (err) {
      if (attempt >= attempts || !/did not start within/.test((err as Error).message)) throw err;
    }
  }
}

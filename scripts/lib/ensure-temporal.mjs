// Finds the Temporal CLI (for its dev server), or builds it with Go into the tools folder.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { TEMPORAL_CLI_VERSION, findTemporalBinary, temporalToolsBinary } from './tools-paths.mjs';
import { BootstrapError, capture, run, say, since } from './run.mjs';

const MODULE = `github.com/temporalio/cli/cmd/temporal@${TEMPORAL_CLI_VERSION}`;

const NO_GO = `The Temporal CLI (which runs the local Temporal dev server) is not installed and Go, which builds it,
is not on PATH.
Any one of these fixes it:
  - install Go 1.25 or later (https://go.dev/dl/ or brew install go; a Go 1.21+ fetches the 1.25 toolchain
    itself, older distribution packages such as Debian 12's golang-go cannot) and run this command again;
  - put a Temporal CLI ${TEMPORAL_CLI_VERSION} binary on PATH, or at ${'%BIN%'}
    (release downloads: https://github.com/temporalio/cli/releases; or brew install temporal);
  - point at a Temporal server you already run: TEMPORAL_ADDRESS=host:7233.`;

/** Returns the path of a Temporal CLI binary, building it with Go if there is none. */
export async function ensureTemporalCli(env = process.env) {
  const found = findTemporalBinary(env);
  if (found) return found;
  const target = temporalToolsBinary(env);
  try {
    await capture('go', ['version']);
  } catch {
    throw new BootstrapError(NO_GO.replace('%BIN%', target));
  }
  mkdirSync(path.dirname(target), { recursive: true });
  const started = Date.now();
  say(
    `building Temporal CLI ${TEMPORAL_CLI_VERSION} with Go, ~3 minutes on first run ` +
      `(once per machine; into ${path.dirname(target)})...`,
  );
  const ticker = setInterval(() => say(`  still building the Temporal CLI (${since(started)})...`), 20_000);
  try {
    await run('go', ['install', MODULE], { env: { ...env, GOBIN: path.dirname(target) } });
  } finally {
    clearInterval(ticker);
  }
  say(`Temporal CLI built in ${since(started)}: ${target}`);
  return target;
}

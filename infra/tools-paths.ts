/**
 * Where the project's built and downloaded tools live: outside the clone by default
 * (`${JEJAK_TOOLS_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/jejak/tools}`), so a fresh CI clone on the
 * same machine reuses them. Keep in sync with scripts/lib/tools-paths.mjs, which runs before
 * node_modules and the TypeScript build exist.
 */
import { existsSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const TEMPORAL_CLI_VERSION = 'v1.5.1';
export const TEMPORAL_TEST_SERVER_VERSION = '1.31.0';

export function toolsDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.JEJAK_TOOLS_DIR) return path.resolve(env.JEJAK_TOOLS_DIR);
  const cache = env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  return path.join(cache, 'jejak', 'tools');
}

export const temporalToolsBinary = (env: NodeJS.ProcessEnv = process.env): string =>
  path.join(toolsDir(env), 'bin', 'temporal');

export const testServerWrapper = (env: NodeJS.ProcessEnv = process.env): string =>
  path.join(toolsDir(env), 'temporal-test-server', 'bin', 'temporal-test-server');

function isExecutable(file: string): boolean {
  try {
    const st = statSync(file);
    return st.isFile() && (st.mode & 0o111) !== 0;
  } catch {
    return false;
  }
}

/** TEMPORAL_BIN, then `temporal` on PATH, then the tools folder; undefined if none. */
export function findTemporalBinary(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.TEMPORAL_BIN && isExecutable(env.TEMPORAL_BIN)) return env.TEMPORAL_BIN;
  for (const dir of (env.PATH ?? '').split(path.delimiter)) {
    if (dir && isExecutable(path.join(dir, 'temporal'))) return path.join(dir, 'temporal');
  }
  const built = temporalToolsBinary(env);
  return existsSync(built) ? built : undefined;
}

/** The Temporal CLI binary, or an Error that names the command which provisions it. */
export function requireTemporalBinary(env: NodeJS.ProcessEnv = process.env): string {
  const found = findTemporalBinary(env);
  if (found) return found;
  throw new Error(
    `Temporal CLI not found (looked at TEMPORAL_BIN, PATH and ${temporalToolsBinary(env)}). ` +
      '`npm start` or `npm test` builds it with Go (~3 min, once per machine).',
  );
}

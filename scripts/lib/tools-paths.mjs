// Where the project's downloaded and built tools live: outside the clone by default, so a fresh CI
// clone on the same machine reuses them. Keep in sync with infra/tools-paths.ts.
import { existsSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const TEMPORAL_CLI_VERSION = 'v1.5.1';
export const TEMPORAL_TEST_SERVER_VERSION = '1.31.0';

export function toolsDir(env = process.env) {
  if (env.JEJAK_TOOLS_DIR) return path.resolve(env.JEJAK_TOOLS_DIR);
  const cache = env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  return path.join(cache, 'jejak', 'tools');
}

export const temporalToolsBinary = (env = process.env) => path.join(toolsDir(env), 'bin', 'temporal');
export const testServerDir = (env = process.env) => path.join(toolsDir(env), 'temporal-test-server');
export const testServerWrapper = (env = process.env) => path.join(testServerDir(env), 'bin', 'temporal-test-server');

/** First executable called `name` on PATH, or undefined. */
export function whichSync(name, env = process.env) {
  for (const dir of (env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, name);
    try {
      if (statSync(candidate).isFile() && (statSync(candidate).mode & 0o111) !== 0) return candidate;
    } catch {
      // not there
    }
  }
  return undefined;
}

/** TEMPORAL_BIN, then `temporal` on PATH, then the tools folder. */
export function findTemporalBinary(env = process.env) {
  if (env.TEMPORAL_BIN && existsSync(env.TEMPORAL_BIN)) return env.TEMPORAL_BIN;
  return whichSync('temporal', env) ?? (existsSync(temporalToolsBinary(env)) ? temporalToolsBinary(env) : undefined);
}

/**
 * The API and worker as child processes of the dev stack: `node <build>/<name>/main.js` beside the compiled
 * stack (dist/ after `npm run build`) with the stack's environment, each output line passed through with a
 * short coloured prefix.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { startManagedProcess, type ManagedProcess } from './managed-process';

const COLOURS: Record<string, string> = { api: '\x1b[36m', worker: '\x1b[35m' };

export function prefixer(name: string, width = 6): (line: string) => void {
  const colour = process.stdout.isTTY ? (COLOURS[name] ?? '\x1b[33m') : '';
  const reset = colour ? '\x1b[0m' : '';
  const prefix = `${colour}${name.padEnd(width)} |${reset} `;
  return (line) => process.stdout.write(`${prefix}${line}\n`);
}

export interface AppProcessOptions {
  root: string;
  name: 'api' | 'worker';
  env: NodeJS.ProcessEnv;
  logFile: string;
}

/** Starts <build>/<name>/main.js of the build this module belongs to; throws a clear error if it is missing. */
export function startAppProcess(opts: AppProcessOptions): ManagedProcess {
  const entry = path.join(__dirname, '..', opts.name, 'main.js');
  if (!existsSync(entry)) {
    throw new Error(
      `${path.relative(opts.root, entry)} does not exist: ` +
        `the TypeScript build has no ${opts.name} entry point yet (npm run build)`,
    );
  }
  return startManagedProcess(process.execPath, ['--enable-source-maps', entry], {
    name: opts.name,
    cwd: opts.root,
    env: opts.env,
    logFile: opts.logFile,
    onLine: prefixer(opts.name),
  });
}

/** Polls http://127.0.0.1:port/readyz until 200; false on timeout or once the process has exited for good. */
export async function waitReady(
  port: number,
  proc: Pick<ManagedProcess, 'hasExited'>,
  timeoutMs = 60_000,
): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && !proc.hasExited()) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/readyz`, { signal: AbortSignal.timeout(2_000) });
      if (res.ok) return true;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  return false;
}

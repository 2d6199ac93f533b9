/**
 * A server process we start and stop ourselves: its own process group (so a terminal's Ctrl-C
 * reaches only the orchestrator, which stops things in order), output kept in a log file and in a
 * short in-memory tail for error messages, and a stop() that escalates to SIGKILL after a timeout.
 */
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { createWriteStream, mkdirSync, type WriteStream } from 'node:fs';
import path from 'node:path';

export interface ManagedProcess {
  readonly child: ChildProcess;
  readonly name: string;
  /** Last lines of output, for error messages. */
  tail(): string;
  /** Resolves with the exit code (or signal name) once the process has exited. */
  readonly exited: Promise<number | string>;
  hasExited(): boolean;
  stop(signal?: NodeJS.Signals, timeoutMs?: number): Promise<void>;
}

export interface ManagedProcessOptions extends Pick<SpawnOptions, 'env' | 'cwd' | 'uid' | 'gid'> {
  name: string;
  logFile?: string;
  /** Called with each output line (stdout and stderr). */
  onLine?: (line: string) => void;
  tailLines?: number;
}

const live = new Set<ChildProcess>();
// Last resort if the orchestrator exits without stopping its servers (an uncaught error).
process.once('exit', () => {
  for (const child of live) child.kill('SIGKILL');
});

export function startManagedProcess(cmd: string, args: string[], opts: ManagedProcessOptions): ManagedProcess {
  let log: WriteStream | undefined;
  if (opts.logFile) {
    mkdirSync(path.dirname(opts.logFile), { recursive: true });
    log = createWriteStream(opts.logFile, { flags: 'a' });
  }
  const lines: string[] = [];
  const keep = opts.tailLines ?? 40;
  const child = spawn(cmd, args, {
    env: opts.env,
    cwd: opts.cwd,
    uid: opts.uid,
    gid: opts.gid,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  live.add(child);
  let done = false;
  const exited = new Promise<number | string>((resolve) => {
    child.once('error', (err) => {
      lines.push(`${opts.name} could not start: ${err.message}`);
      done = true;
      live.delete(child);
      resolve('spawn-error');
    });
    child.once('exit', (code, signal) => {
      done = true;
      live.delete(child);
      // Let buffered output arrive before callers read tail().
      setImmediate(() => {
        log?.end();
        resolve(code ?? signal ?? 'unknown');
      });
    });
  });
  for (const stream of [child.stdout, child.stderr]) {
    let partial = '';
    stream?.on('data', (chunk: Buffer) => {
      log?.write(chunk);
      const parts = (partial + chunk.toString('utf8')).split('\n');
      partial = parts.pop() ?? '';
      for (const line of parts) {
        lines.push(line);
        if (lines.length > keep) lines.shift();
        opts.onLine?.(line);
      }
    });
  }
  return {
    child,
    name: opts.name,
    exited,
    hasExited: () => done,
    tail: () => lines.join('\n'),
    async stop(signal: NodeJS.Signals = 'SIGTERM', timeoutMs = 15_000) {
      if (done) return;
      child.kill(signal);
      const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
      await exited;
      clearTimeout(timer);
    },
  };
}
